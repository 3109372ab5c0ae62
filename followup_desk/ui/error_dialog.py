"""The friendly face of an unexpected error: what happened, and a way to report it.

Shown by ``messages.unexpected`` when something fails that no screen foresaw.
It says in plain words that saved data is safe, keeps the technical details
folded away, and offers to copy them for an e-mail to whoever looks after the
app. It does not block: the window stays usable behind it, so the person can
carry on (or save their work) at once.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from followup_desk import __version__, paths
from followup_desk.logging_setup import redact
from followup_desk.ui.forms import attach_form


class ErrorDialog(QDialog):
    """Tells the user about an unexpected error; details fold out and copy."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, details: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("error_dialog")
        self.ui = attach_form(self, "error_dialog")
        self.details = self._full_details(details)
        self._setup(text)

    def copy_details(self) -> None:
        """Put the details on the clipboard, ready to paste into an e-mail."""
        QGuiApplication.clipboard().setText(self.details)
        self.ui.copy_button.setText(self.tr("Copied"))

    def _setup(self, text: str) -> None:
        ui = self.ui
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        # Drawn for the screen's scale, so it stays sharp at 150 % or 200 %.
        ui.icon_label.setPixmap(icon.pixmap(size, size))
        ui.text_label.setText(text)
        ui.details_edit.setPlainText(self.details)
        ui.details_edit.hide()
        ui.details_button.toggled.connect(self._on_details_button_toggled)
        ui.copy_button.clicked.connect(self.copy_details)
        ui.log_button.clicked.connect(self._on_log_button_clicked)
        ui.close_button.clicked.connect(self.accept)
        ui.close_button.setFocus()
        self.resize(620, self.sizeHint().height())

    def _full_details(self, details: str) -> str:
        """The traceback with what a helper asks first: version and system."""
        head = (
            f"Follow-up Desk {__version__}\n"
            f"Python {platform.python_version()} on {platform.platform()}\n"
            f"Log folder: {paths.log_dir()}\n\n"
        )
        return redact(head + details)

    def _on_details_button_toggled(self, shown: bool) -> None:
        self.ui.details_edit.setVisible(shown)
        self.ui.details_button.setText(
            self.tr("Hide &details") if shown else self.tr("Show &details")
        )
        self.resize(self.width(), self.sizeHint().height() + (240 if shown else 0))

    def _on_log_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))
