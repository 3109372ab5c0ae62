"""Call reminders in a Linux desktop's tray, over a real D-Bus session.

On Linux, Qt's tray icon is a StatusNotifierItem on the session bus and its
messages are desktop notifications. The offscreen platform the other UI tests
use never offers a tray (its platform theme makes none), so these tests start
what a desktop session has: an X server (Xvfb), a session bus of their own,
and on it ``tray_desktop.py`` playing the panel's tray host and the
notification server. The app runs in a process of its own (``tray_app.py``)
on the xcb platform, through the real start-up.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from followup_desk import logging_setup
from followup_desk.services import call_times, users
from followup_desk.storage.models import Touch

HERE = Path(__file__).resolve().parent
WAIT_S = 30  # reached only when nothing arrives at all
OWNER, PASSWORD = "Sam Rivera", "owner-pass-1"

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the D-Bus tray is Linux's"
)


def cannot_run(reason: str) -> None:
    """Skip, unless FOLLOWUP_DESK_TEST_TRAY says this machine must run them."""
    if os.environ.get("FOLLOWUP_DESK_TEST_TRAY"):
        pytest.fail(f"{reason} (FOLLOWUP_DESK_TEST_TRAY is set)")
    pytest.skip(reason)


class Peer:
    """A helper process that talks JSON lines: commands in, events out."""

    def __init__(self, args: list[str], env: dict[str, str]):
        self.process = subprocess.Popen(
            args,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.events: list[dict] = []
        self.started: dict = {}
        self._read_up_to: dict[str, int] = {}
        self._arrived = threading.Condition()
        self._stderr = b""
        self._readers = [
            threading.Thread(target=self._read_stdout, daemon=True),
            threading.Thread(target=self._read_stderr, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def send(self, command: str | dict) -> None:
        text = command if isinstance(command, str) else json.dumps(command)
        self.process.stdin.write(text.encode() + b"\n")
        self.process.stdin.flush()

    def ask(self, command: str | dict, answer: str) -> dict:
        self.send(command)
        return self.next(answer)

    def next(self, event: str) -> dict:
        """The next event of this kind, in the order they came."""
        with self._arrived:
            while True:
                start = self._read_up_to.get(event, 0)
                for index in range(start, len(self.events)):
                    if self.events[index]["event"] == event:
                        self._read_up_to[event] = index + 1
                        return self.events[index]
                gone = self.process.poll() is not None
                if gone or not self._arrived.wait(WAIT_S):
                    raise PeerSilent(event, self.stderr(), gone)

    def stderr(self) -> str:
        return self._stderr.decode(errors="replace")

    def close(self) -> None:
        if not self.process.stdin.closed:
            self.process.stdin.close()  # both helpers quit at the end of input
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for reader in self._readers:
            reader.join(10)
        self.process.stdout.close()
        self.process.stderr.close()

    def _read_stdout(self) -> None:
        for line in self.process.stdout:
            with self._arrived:
                self.events.append(json.loads(line))
                self._arrived.notify_all()
        with self._arrived:
            self._arrived.notify_all()

    def _read_stderr(self) -> None:
        for line in self.process.stderr:
            self._stderr += line


class PeerSilent(AssertionError):
    """A helper process exited or went quiet before saying what was awaited."""

    def __init__(self, event: str, stderr: str, gone: bool):
        why = "exited" if gone else f"said nothing for {WAIT_S} s"
        super().__init__(f"waiting for {event!r}: the process {why}\n{stderr}")
        self.stderr = stderr


class LinuxDesktop:
    """An X display and a session bus with a tray host and notification server."""

    def __init__(self, folder: Path):
        self._daemons: list[subprocess.Popen] = []
        self.env = {
            key: value
            for key, value in os.environ.items()
            # Nothing of a desktop the tests may run in.
            if key not in ("QT_QPA_PLATFORMTHEME", "XDG_CURRENT_DESKTOP")
            and not key.startswith(("DESKTOP_SESSION", "WAYLAND", "DBUS_"))
        }
        self.panel: Peer | None = None
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700)
        try:
            self.env.update(
                QT_QPA_PLATFORM="xcb",
                XDG_RUNTIME_DIR=str(runtime),
                DISPLAY=self._start_x(),
                DBUS_SESSION_BUS_ADDRESS=self._start_bus(),
            )
            script = str(HERE / "tray_desktop.py")
            self.panel = Peer([sys.executable, script], self.env)
            self.panel.next("ready")
        except BaseException:
            self.close()  # no X server or bus left behind
            raise

    def start_app(self, database: Path, now: dt.datetime) -> Peer:
        """Follow-up Desk on this desktop, its clock at ``now``, window up."""
        args = [str(database), OWNER, PASSWORD, now.isoformat()]
        env = {**self.env, "FOLLOWUP_DESK_HOME": os.environ["FOLLOWUP_DESK_HOME"]}
        app = Peer([sys.executable, str(HERE / "tray_app.py"), *args], env)
        try:
            app.started = app.next("started")
        except PeerSilent as silent:
            app.close()
            if "no Qt platform plugin could be initialized" in silent.stderr:
                cannot_run(f"Qt's xcb platform cannot start here:\n{silent.stderr}")
            raise
        return app

    def close(self) -> None:
        if self.panel is not None:
            self.panel.close()
        for daemon in reversed(self._daemons):
            daemon.terminate()
            daemon.wait(10)
            if daemon.stdout is not None:
                daemon.stdout.close()

    def _start_x(self) -> str:
        # Xvfb picks a free display and writes its number to the pipe.
        read_end, write_end = os.pipe()
        self._daemons.append(
            subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp"],
                pass_fds=(write_end,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(write_end)
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        return f":{number}"

    def _start_bus(self) -> str:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._daemons.append(bus)
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        return address


@pytest.fixture
def linux_desktop(tmp_path):
    """A private X display and session bus with a tray and notifications."""
    for tool in ("dbus-daemon", "Xvfb"):
        if shutil.which(tool) is None:
            cannot_run(f"{tool} is not installed")
    if importlib.util.find_spec("jeepney") is None:
        cannot_run("jeepney (tray_desktop.py speaks D-Bus with it) is not installed")
    desktop = LinuxDesktop(tmp_path)
    yield desktop
    desktop.close()


@pytest.fixture
def shop_with_a_call(ui_db, tmp_path, make_prospect, shop_today):
    """A shop with an owner and a call agreed for noon; the clock at 11:50."""
    users.create_first_owner(OWNER, PASSWORD)
    users.sign_out()
    prospect = make_prospect(
        first_name="Zoë", last_name="Ångström", phone="+1 201 555 0199"
    )
    touch = Touch.get((Touch.prospect == prospect.id) & (Touch.kind == "call"))
    Touch.update(due=shop_today).where(Touch.id == touch.id).execute()
    call_times.set_call_time(touch.id, dt.time(12, 0))
    ten_to_noon = dt.datetime.combine(shop_today, dt.time(11, 50))
    return tmp_path / "t.sqlite3", prospect.id, ten_to_noon


def qt_complaints() -> list[str]:
    """Qt's warnings and errors, which the app writes to its log file."""
    lines = logging_setup.log_file().read_text(encoding="utf-8").splitlines()
    return [
        line
        for line in lines
        if "followup_desk.qt:" in line and (" WARNING " in line or " ERROR " in line)
    ]


def test_the_reminder_is_a_desktop_notification_that_opens_the_prospect(
    linux_desktop, shop_with_a_call
):
    database, prospect_id, ten_to_noon = shop_with_a_call
    panel = linux_desktop.panel
    app = linux_desktop.start_app(database, ten_to_noon)
    try:
        assert app.started["tray"] and app.started["tray_visible"]

        # The panel was told about the icon and shows it.
        item = panel.next("item")
        shown = item["properties"]
        assert shown["Title"] == "Follow-up Desk"
        assert shown["IconPixmap"], "the tray icon has no picture"
        for width, height, pixels in shown["IconPixmap"]:
            assert pixels["bytes"] == width * height * 4
            assert pixels["visible"] > width * height // 4, "a blank tray icon"

        # The reminder names the call: who, when, which number.
        note = panel.next("notify")
        assert note["app_name"] == "Follow-up Desk"
        assert "12:00" in note["summary"]
        assert "Zoë Ångström" in note["body"]
        assert "+1 201 555 0199" in note["body"]
        # The tooltip is the message while it shows, the app's name after.
        _icon, _pixmaps, tip_title, _tip_text = shown["ToolTip"]
        assert tip_title in ("Follow-up Desk", note["summary"])
        assert app.ask("state", "state")["minimized"]  # the person is elsewhere

        # The notification's default action brings the window up on Zoë.
        # (Qt listens for it, but offers no actions with an information
        # message, so a server that only sends offered actions never will.)
        panel.ask({"command": "invoke", "id": note["id"]}, "done")
        state = app.ask("state", "state")
        assert state["prospect_id"] == prospect_id
        assert state["tab"] == "prospect_tab"
        assert not state["minimized"]

        # Later, a click on another program's message leaves the window be.
        app.ask("minimize", "state")
        panel.ask({"command": "invoke", "id": note["id"] + 100}, "done")
        assert app.ask("state", "state")["minimized"]
    finally:
        app.close()
    assert qt_complaints() == []


def test_the_tray_icon_and_its_menu_work_from_the_panel(
    linux_desktop, shop_with_a_call
):
    database, _prospect_id, ten_to_noon = shop_with_a_call
    panel = linux_desktop.panel
    app = linux_desktop.start_app(database, ten_to_noon)
    try:
        menu = {entry["label"]: entry for entry in panel.next("item")["menu"]}
        assert list(menu) == ["_Show Follow-up Desk", "_Remind me of calls"]
        remind = menu["_Remind me of calls"]
        assert (remind["toggle_type"], remind["toggle_state"]) == ("checkmark", 1)

        # A click on the icon, then "Show Follow-up Desk", bring the window up.
        assert app.ask("state", "state")["minimized"]
        panel.ask({"command": "activate"}, "done")
        assert not app.ask("state", "state")["minimized"]
        app.ask("minimize", "state")
        panel.ask({"command": "click", "label": "Show Follow-up Desk"}, "done")
        assert not app.ask("state", "state")["minimized"]

        # "Remind me of calls" switches reminders off, and the menu says so.
        panel.ask({"command": "click", "label": "Remind me of calls"}, "done")
        assert app.ask("state", "state")["reminders_enabled"] is False
        menu = {
            entry["label"]: entry
            for entry in panel.ask({"command": "read"}, "item")["menu"]
        }
        assert menu["_Remind me of calls"]["toggle_state"] == 0
    finally:
        app.close()
    assert qt_complaints() == []
