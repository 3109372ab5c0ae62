"""The one door for messages to the user: errors, information, questions.

Every screen calls :func:`error`, :func:`info` or :func:`confirm`. The title is
a short noun ("Quotation", "Database"); the body says in plain words what
happened and what to do. Technical details (a traceback, a path) go in
``details``, which the dialog folds away and the log keeps.

Without a running ``QApplication`` (scripts, the command line) messages go to
the log instead, and :func:`confirm` answers no. Tests replace
:func:`_present` with a recorder.

Messages from the services are marked for translation there, without Qt
(:mod:`followup_desk.translatable`); :func:`translated` puts them into the
person's language before a screen shows them.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from followup_desk.translatable import Text, message_of
from followup_desk.ui import formatting

log = logging.getLogger("followup_desk.ui")

_ICONS = {
    "error": QMessageBox.Icon.Warning,
    "info": QMessageBox.Icon.Information,
    "confirm": QMessageBox.Icon.Question,
}


def translated(message: object) -> str:
    """A message from below the window (an exception or text), translated.

    Text a service marked is looked up in its context and its values filled
    in, themselves translated when marked. Anything else reads as written.
    """
    if isinstance(message, BaseException):
        message = message_of(message)
    if not isinstance(message, Text):
        return str(message)

    values = {name: _shown(value) for name, value in message.values.items()}
    template = QCoreApplication.translate(message.context, message.source)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation with a mistyped field must not hide the message.
        log.warning("The translation of %r does not fit its values", message.source)
        return str(message)


def _shown(value: object) -> object:
    # A marked word inside a message is translated too; a day is written the
    # way the window's language writes it.
    if isinstance(value, Text):
        return translated(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return formatting.short_day(value)
    return value


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something failed and what to do about it."""
    log.warning("%s: %s", title, text)
    if details:
        log.debug("Details: %s", details)
    _present("error", parent, title, text, details, "")


def info(parent: QWidget | None, title: str, text: str) -> None:
    _present("info", parent, title, text, "", "")


def unexpected(parent: QWidget | None, title: str, text: str, details: str) -> None:
    """An error nobody foresaw: a friendly dialog with details to copy.

    The dialog does not wait for an answer, so the window stays usable.
    """
    _present("unexpected", parent, title, text, details, "")


def confirm(parent: QWidget | None, title: str, text: str, yes_label: str = "") -> bool:
    """Ask a yes/no question; True when the user chose ``yes_label`` (OK)."""
    yes_label = yes_label or QCoreApplication.translate("messages", "OK")
    return _present("confirm", parent, title, text, "", yes_label)


def show_inline_error(
    label: QLabel, message: str, widget: QWidget | None = None
) -> None:
    """A form's own error line: say what to fix, mark the field and go to it.

    Forms use this instead of a message box so what was typed stays in view.
    """
    from followup_desk.ui import theme

    label.setText(message)
    label.show()
    if widget is not None:
        theme.set_flag(widget, "invalid", True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _present(
    kind: str,
    parent: QWidget | None,
    title: str,
    text: str,
    details: str,
    yes_label: str,
) -> bool:
    title, text = translated(title), translated(text)
    if QApplication.instance() is None:
        log.info("%s (%s): %s", title, kind, text)
        return False

    if kind == "unexpected":
        from followup_desk.ui.error_dialog import ErrorDialog

        dialog = ErrorDialog(parent, title, text, details)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return True

    box = QMessageBox(parent)
    box.setIcon(_ICONS[kind])
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    if kind == "confirm":
        yes = box.addButton(yes_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.exec()
        return box.clickedButton() is yes
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return True
