"""A desktop's tray and notification services, served on a private session bus.

Run as a script with DBUS_SESSION_BUS_ADDRESS pointing at a bus of its own.
It plays the parts a Linux panel plays for Qt's tray icon:

- ``org.kde.StatusNotifierWatcher`` with a host registered, which is what Qt
  asks before it offers a tray at all. When an item registers, the host reads
  its properties and its ``com.canonical.dbusmenu`` menu, as a panel would.
- ``org.freedesktop.Notifications``, which records every ``Notify`` and, on
  command, sends ``ActionInvoked`` and ``NotificationClosed`` back.

It talks JSON lines: events out on stdout, commands in on stdin::

    {"event": "ready"}
    {"event": "item", "service": ..., "properties": {...}, "menu": [...]}
    {"event": "notify", "id": 1, "app_name": ..., "summary": ..., "body": ...,
     "actions": [...], "hints": {...}}
    {"event": "closed", "id": 1}               (the app withdrew a message)
    {"command": "invoke", "id": 1, "action": "default"}
    {"command": "close", "id": 1, "reason": 2}
    {"command": "click", "label": "Show Follow-up Desk"}   (a menu entry)
    {"command": "activate"}                    (a left click on the icon)
    {"command": "read"}                        (the item and menu once more)

Each command ends with ``{"event": "done"}`` once the app has handled it.

jeepney, a pure-Python D-Bus library, speaks the protocol here, so the app's
side (Qt's QtDBus) is checked against an implementation other than its own.
"""

from __future__ import annotations

import itertools
import json
import os
import selectors
import sys
from collections.abc import Callable

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
ITEM = "org.kde.StatusNotifierItem"
ITEM_PATH = "/StatusNotifierItem"
MENU = "com.canonical.dbusmenu"
PROPERTIES = "org.freedesktop.DBus.Properties"
INTROSPECTABLE = "org.freedesktop.DBus.Introspectable"

# What Qt reads to learn the interface before asking for a property.
_INTROSPECTION = {
    WATCHER_PATH: f"""<node>
 <interface name="{WATCHER}">
  <method name="RegisterStatusNotifierItem"><arg name="service" type="s"/></method>
  <method name="RegisterStatusNotifierHost"><arg name="service" type="s"/></method>
  <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
  <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
  <property name="ProtocolVersion" type="i" access="read"/>
  <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
  <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
  <signal name="StatusNotifierHostRegistered"/>
 </interface>
</node>""",
    NOTIFICATIONS_PATH: f"""<node>
 <interface name="{NOTIFICATIONS}">
  <method name="Notify">
   <arg type="s" direction="in"/><arg type="u" direction="in"/>
   <arg type="s" direction="in"/><arg type="s" direction="in"/>
   <arg type="s" direction="in"/><arg type="as" direction="in"/>
   <arg type="a{{sv}}" direction="in"/><arg type="i" direction="in"/>
   <arg type="u" direction="out"/>
  </method>
  <method name="CloseNotification"><arg type="u" direction="in"/></method>
  <method name="GetCapabilities"><arg type="as" direction="out"/></method>
  <method name="GetServerInformation">
   <arg type="s" direction="out"/><arg type="s" direction="out"/>
   <arg type="s" direction="out"/><arg type="s" direction="out"/>
  </method>
  <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
 </interface>
</node>""",
}


def emit(event: str, **fields: object) -> None:
    print(json.dumps({"event": event, **fields}), flush=True)


def plain(value: object) -> object:
    """A D-Bus value as JSON can carry it; pixel data only summed up.

    The only byte arrays here are icons, ARGB pixels with alpha first: how
    many are not transparent tells a drawn icon from an empty one.
    """
    if isinstance(value, bytes):
        return {"bytes": len(value), "visible": sum(1 for a in value[::4] if a)}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def values(mapping: dict[str, tuple[str, object]]) -> dict[str, object]:
    """An ``a{sv}`` dictionary without its variants' signatures."""
    return {key: plain(value) for key, (_signature, value) in mapping.items()}


class Desktop:
    """The watcher, host and notification server on one connection."""

    def __init__(self, conn: DBusConnection):
        self.conn = conn
        self.items: list[str] = []
        self.notification_ids = itertools.count(1)
        self.item: tuple[str, str] = ("", "")
        self.menu: tuple[str, str] = ("", "")
        self.menu_ids: dict[str, int] = {}
        self.pending: dict[int, Callable[[Message], None]] = {}
        self.methods: dict[tuple[str, str], Callable[[Message], None]] = {
            (WATCHER_PATH, "RegisterStatusNotifierItem"): self.register_item,
            (WATCHER_PATH, "RegisterStatusNotifierHost"): self.reply,
            (NOTIFICATIONS_PATH, "Notify"): self.notify,
            (NOTIFICATIONS_PATH, "CloseNotification"): self.close_notification,
            (NOTIFICATIONS_PATH, "GetCapabilities"): self.capabilities,
            (NOTIFICATIONS_PATH, "GetServerInformation"): self.server_information,
        }

    # -- calls we make ----------------------------------------------------------

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple = (),
        then: Callable[[Message], None] | None = None,
    ) -> None:
        address = DBusAddress(path, bus_name=service, interface=interface)
        serial = next(self.conn.outgoing_serial)
        if then is not None:
            self.pending[serial] = then
        self.conn.send(new_method_call(address, method, signature, body), serial)

    def signal(self, path: str, interface: str, name: str, sig: str, body) -> None:
        self.conn.send(
            new_signal(DBusAddress(path, interface=interface), name, sig, body)
        )

    # -- messages that arrive ---------------------------------------------------

    def receive(self, msg: Message) -> None:
        kind = msg.header.message_type
        fields = msg.header.fields
        if kind in (MessageType.method_return, MessageType.error):
            then = self.pending.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if then is not None:
                then(msg)
            return
        if kind != MessageType.method_call:
            return
        path = fields.get(HeaderFields.path, "")
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        method = self.methods.get((path, member))
        if interface == INTROSPECTABLE and path in _INTROSPECTION:
            self.reply(msg, "s", (_INTROSPECTION[path],))
        elif interface == PROPERTIES and path == WATCHER_PATH:
            self.watcher_properties(msg, member)
        elif method is not None:
            method(msg)
        else:
            self.conn.send(
                new_error(
                    msg,
                    "org.freedesktop.DBus.Error.UnknownMethod",
                    "s",
                    (f"No {interface}.{member} at {path}",),
                )
            )

    def reply(self, msg: Message, signature: str | None = None, body=()) -> None:
        self.conn.send(new_method_return(msg, signature, body))

    def watcher_properties(self, msg: Message, member: str) -> None:
        values = {
            "RegisteredStatusNotifierItems": ("as", self.items),
            "IsStatusNotifierHostRegistered": ("b", True),
            "ProtocolVersion": ("i", 0),
        }
        if member == "GetAll":
            self.reply(msg, "a{sv}", (values,))
        elif member == "Get" and msg.body[1] in values:
            self.reply(msg, "v", (values[msg.body[1]],))
        else:
            self.conn.send(
                new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs", "s", ("",))
            )

    # -- the watcher and host ---------------------------------------------------

    def register_item(self, msg: Message) -> None:
        sender = msg.header.fields[HeaderFields.sender]
        (given,) = msg.body
        # Some apps pass their object path, most their service name.
        service, path = (sender, given) if given.startswith("/") else (given, ITEM_PATH)
        self.items.append(f"{service}{path}")
        self.item = (service, path)
        self.reply(msg)
        self.signal(
            WATCHER_PATH, WATCHER, "StatusNotifierItemRegistered", "s", (service,)
        )
        self.read_item(service, path)

    def read_item(
        self, service: str, path: str, then: Callable[[], None] | None = None
    ) -> None:
        """Read the item's properties and menu, report them, then ``then()``."""

        def report(**fields: object) -> None:
            emit("item", service=service, **fields)
            if then is not None:
                then()

        def got_properties(reply: Message) -> None:
            if reply.header.message_type == MessageType.error:
                emit("error", during="GetAll", detail=plain(reply.body))
                report(properties={}, menu=[])
                return
            properties = values(reply.body[0])
            menu_path = properties.get("Menu", "")
            if not menu_path or menu_path == "/NO_DBUSMENU":
                report(properties=properties, menu=[])
                return
            self.menu = (service, menu_path)
            self.call(
                service,
                menu_path,
                MENU,
                "GetLayout",
                "iias",
                (0, -1, []),
                lambda layout: got_menu(properties, menu_path, layout),
            )

        def got_menu(properties: dict, menu_path: str, layout: Message) -> None:
            entries = []
            if layout.header.message_type == MessageType.method_return:
                _revision, (_root, _props, children) = layout.body
                for _signature, (entry_id, entry, _kids) in children:
                    shown = values(entry)
                    label = shown.get("label", "")
                    entries.append(
                        {
                            "id": entry_id,
                            "label": label,
                            "toggle_type": shown.get("toggle-type", ""),
                            "toggle_state": shown.get("toggle-state", -1),
                        }
                    )
                    self.menu_ids[label.replace("_", "").replace("&", "")] = entry_id
            report(properties=properties, menu=entries)

        self.call(service, path, PROPERTIES, "GetAll", "s", (ITEM,), got_properties)

    # -- the notification server ------------------------------------------------

    def notify(self, msg: Message) -> None:
        app_name, replaces, icon, summary, body, actions, hints, timeout = msg.body
        number = replaces or next(self.notification_ids)
        self.reply(msg, "u", (number,))
        emit(
            "notify",
            id=number,
            app_name=app_name,
            app_icon=icon,
            summary=summary,
            body=body,
            actions=actions,
            hints=values(hints),
            timeout=timeout,
        )

    def close_notification(self, msg: Message) -> None:
        (number,) = msg.body
        self.reply(msg)
        self.closed(number, 3)
        emit("closed", id=number)

    def capabilities(self, msg: Message) -> None:
        self.reply(msg, "as", (["actions", "body", "body-markup"],))

    def server_information(self, msg: Message) -> None:
        self.reply(msg, "ssss", ("tray_desktop", "Follow-up Desk tests", "1", "1.2"))

    def closed(self, number: int, reason: int) -> None:
        self.signal(
            NOTIFICATIONS_PATH,
            NOTIFICATIONS,
            "NotificationClosed",
            "uu",
            (number, reason),
        )

    # -- commands from the test -------------------------------------------------

    def command(self, line: str) -> None:
        order = json.loads(line)
        what = order["command"]

        def done(_reply: Message | None = None) -> None:
            emit("done", command=what)

        if what == "invoke":
            self.signal(
                NOTIFICATIONS_PATH,
                NOTIFICATIONS,
                "ActionInvoked",
                "us",
                (order["id"], order.get("action", "default")),
            )
            # A server closes a message once it has been clicked.
            self.closed(order["id"], 2)
            self.sync(done)
        elif what == "close":
            self.closed(order["id"], order.get("reason", 2))
            self.sync(done)
        elif what == "click":
            service, menu_path = self.menu
            self.call(
                service,
                menu_path,
                MENU,
                "Event",
                "isvu",
                (self.menu_ids[order["label"]], "clicked", ("i", 0), 0),
                done,
            )
        elif what == "activate":
            # A left click on the icon in the panel.
            service, path = self.item
            self.call(service, path, ITEM, "Activate", "ii", (0, 0), done)
        elif what == "read":
            self.read_item(*self.item, then=done)

    def sync(self, then: Callable[[Message], None]) -> None:
        """Call the app once more; by its answer it has handled what we sent.

        D-Bus keeps the order of messages between two connections, and Qt
        handles them in that order on the window's thread.
        """
        service, path = self.item
        self.call(service, path, PROPERTIES, "Get", "ss", (ITEM, "Status"), then)


def main() -> int:
    conn = open_dbus_connection(os.environ["DBUS_SESSION_BUS_ADDRESS"])
    desktop = Desktop(conn)
    host = f"org.kde.StatusNotifierHost-{os.getpid()}"
    for name in (WATCHER, NOTIFICATIONS, host):
        reply = conn.send_and_get_reply(message_bus.RequestName(name, 4))
        if reply.body != (1,):  # 1: we are the primary owner now
            emit("error", during="RequestName", detail=name)
            return 1
    emit("ready")

    # Stdin and the bus socket in one loop; jeepney's parser may hold several
    # messages from one read, so it is drained before waiting again.
    selector = selectors.DefaultSelector()
    selector.register(conn.sock, selectors.EVENT_READ, "bus")
    selector.register(sys.stdin.fileno(), selectors.EVENT_READ, "stdin")
    typed = b""
    while True:
        while (msg := conn.parser.get_next_message()) is not None:
            desktop.receive(msg)
        for key, _events in selector.select():
            if key.data == "bus":
                data = conn.sock.recv(65536)
                if not data:
                    return 0
                conn.parser.add_data(data)
                continue
            chunk = os.read(sys.stdin.fileno(), 65536)
            if not chunk:
                return 0  # the test is done with us
            typed += chunk
            while b"\n" in typed:
                line, typed = typed.split(b"\n", 1)
                if line.strip():
                    desktop.command(line.decode("utf-8"))


if __name__ == "__main__":
    sys.exit(main())
