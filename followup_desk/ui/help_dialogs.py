"""The Help menu's two dialogs: a short guide, and About with version and folders.

The guide is a few paragraphs on the front-desk day, then every keyboard
shortcut of the window, read from its actions so the list is never out of
date. About says which version runs and where its files are, with a button to
open the data folder and one to copy the lot for whoever helps.
"""

from __future__ import annotations

import html
import platform
from collections.abc import Iterable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from followup_desk import __version__, paths
from followup_desk.logging_setup import log_file
from followup_desk.storage.database import current_file, describe, resolve_target
from followup_desk.ui import session, theme
from followup_desk.ui.forms import attach_form


class GuideDialog(QDialog):
    """How the day goes in Follow-up Desk, and every shortcut."""

    def __init__(
        self, actions: Iterable[QAction] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.ui = attach_form(self, "guide_dialog")
        self.ui.guide_browser.setHtml(self.guide_html(actions))
        self.ui.close_button.clicked.connect(self.accept)
        self.resize(720, 640)
        session.restore_geometry(self, "guide_dialog")

    def done(self, result: int) -> None:
        session.save_geometry(self, "guide_dialog")
        super().done(result)

    def guide_html(self, actions: Iterable[QAction]) -> str:
        sections = (
            (
                self.tr("Your day"),
                self.tr(
                    "The Today tab lists what is due: overdue follow-ups on top, "
                    "then calls to make, e-mails to send and things to print. Pick "
                    "one and press Ctrl+D to say what came of it; the plan goes on "
                    "by itself."
                ),
            ),
            (
                self.tr("Someone calls, walks in or writes"),
                self.tr(
                    "Press Ctrl+N and type who it is and how they got in touch. "
                    "Follow-up Desk plans every follow-up at once: the e-mail the "
                    "next working day, the call after the package, a year of spaced "
                    "e-mails and mailers. Walk-ins get their quotation printed while "
                    "they wait."
                ),
            ),
            (
                self.tr("Calls at an agreed time"),
                self.tr(
                    "When someone says \u201cring me back at three\u201d, pick the "
                    "call and press Ctrl+T to set the time. Follow-up Desk reminds "
                    "you shortly before, in the corner of the screen or in the "
                    "status bar."
                ),
            ),
            (
                self.tr("The day's post"),
                self.tr(
                    "Ctrl+Shift+P prints every package and mailer due today as one "
                    "document, ready to fold and stuff. Once it is in the post, "
                    "mark it posted so the calls that follow move with it."
                ),
            ),
            (
                self.tr("Finding someone"),
                self.tr(
                    "Press Ctrl+F and type the start of a name, company or e-mail "
                    "address. Accents do not matter: \u201czoe\u201d finds "
                    "\u201cZo\u00eb\u201d."
                ),
            ),
            (
                self.tr("Your data"),
                self.tr(
                    "Everything is kept in the data folder shown under Help, About, "
                    "and backed up there automatically. Settings of this computer "
                    "only, such as the window layout and language, are kept apart."
                ),
            ),
        )
        # Translated outside the f-strings: lupdate does not look inside them.
        heading = self.tr("Follow-up Desk in brief")
        parts = [f"<h2>{html.escape(heading)}</h2>"]
        for title, text in sections:
            parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
        rows = shortcut_rows(actions)
        if rows:
            heading = self.tr("Keyboard shortcuts")
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append('<table cellspacing="0" cellpadding="4">')
            for name, keys in rows:
                parts.append(
                    f"<tr><td><b>{html.escape(keys)}</b></td>"
                    f"<td>{html.escape(name)}</td></tr>"
                )
            parts.append("</table>")
            parts.append(
                "<p>"
                + html.escape(
                    self.tr(
                        "Every menu opens with Alt and its underlined letter; "
                        "Tab moves from field to field."
                    )
                )
                + "</p>"
            )
        return "\n".join(parts)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, in menu order."""
    rows = []
    seen = set()
    for action in actions:
        keys = [
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in action.shortcuts()
        ]
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.rstrip("…").rstrip(".").strip()
        if not keys or not name or name in seen:
            continue
        seen.add(name)
        rows.append((name, ", ".join(keys)))
    return rows


class AboutDialog(QDialog):
    """Version, folders and system, to read or to copy for whoever helps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Follow-up Desk"))
        self.ui = attach_form(self, "about_dialog")
        self._fill()
        self.ui.open_data_button.clicked.connect(self._on_open_data_button_clicked)
        self.ui.copy_button.clicked.connect(self.copy_details)
        self.ui.close_button.clicked.connect(self.accept)
        self.resize(640, self.sizeHint().height())

    def details(self) -> str:
        """Everything the dialog shows, as plain text."""
        ui = self.ui
        pairs = (
            (ui.version_caption, ui.version_label),
            (ui.data_caption, ui.data_label),
            (ui.database_caption, ui.database_label),
            (ui.settings_caption, ui.settings_label),
            (ui.log_caption, ui.log_label),
            (ui.system_caption, ui.system_label),
        )
        return "\n".join(f"{key.text()}: {value.text()}" for key, value in pairs)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(f"Follow-up Desk\n{self.details()}")
        self.ui.copy_button.setText(self.tr("Copied"))

    def _fill(self) -> None:
        ui = self.ui
        size = 64
        ui.icon_label.setPixmap(theme.icon("app").pixmap(size, size))
        ui.version_label.setText(__version__)
        ui.data_label.setText(str(paths.data_dir()))
        file = current_file()
        ui.database_label.setText(
            str(file) if file is not None else describe(resolve_target(None))
        )
        ui.settings_label.setText(str(paths.settings_file()))
        ui.log_label.setText(str(log_file()))
        ui.system_label.setText(
            f"Python {platform.python_version()}, Qt {qVersion()}, "
            f"PySide6 {pyside_version}, {platform.system()} {platform.release()}"
        )

    def _on_open_data_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir())))
