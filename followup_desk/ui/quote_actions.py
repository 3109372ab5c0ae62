"""The window's quotation menu entries: the catalogue and the settings."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from followup_desk.ui import theme


class QuoteActions(QObject):
    """Menu actions that open the catalogue and the quotation settings."""

    catalogue_changed = Signal()
    settings_saved = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QWidget | None = None
        self.catalogue_action = QAction(self.tr("Products and ser&vices…"), window)
        self.catalogue_action.setIcon(theme.icon("quote"))
        self.catalogue_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.catalogue_action.setStatusTip(
            self.tr(
                "The catalogue the quote lines are picked from; import a price list"
            )
        )
        self.catalogue_action.triggered.connect(self.open_catalogue)
        self.settings_action = QAction(self.tr("&Quotation settings…"), window)
        self.settings_action.setStatusTip(
            self.tr(
                "Quote numbers, validity, tax rounding, terms and how this desk prints"
            )
        )
        self.settings_action.triggered.connect(self.open_settings)
        for action in self.file_actions:
            window.addAction(action)

    @property
    def file_actions(self) -> list[QAction]:
        return [self.catalogue_action, self.settings_action]

    def open_catalogue(self):
        from followup_desk.ui.catalogue_dialog import CatalogueDialog

        dialog = CatalogueDialog(self._window)
        dialog.catalogue_changed.connect(self.catalogue_changed)
        return self._open(dialog)

    def open_settings(self):
        from followup_desk.ui.quote_settings_dialog import QuoteSettingsDialog

        dialog = QuoteSettingsDialog(self._window)
        dialog.settings_saved.connect(self.settings_saved)
        return self._open(dialog)

    def _open(self, dialog):
        # Like the window's other dialogs: no nested event loop.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog = dialog
        dialog.show()
        return dialog
