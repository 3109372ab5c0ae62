"""The reminder, in the status bar, that the window shows the sample shop."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class SampleBanner(QFrame):
    """ "Sample shop: nothing here is real", with the way to the real shop."""

    set_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sample_banner")
        self.setProperty("banner", True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(10)
        self.label = QLabel(
            self.tr("Sample shop: try anything, nothing here is real."), self
        )
        self.button = QPushButton(self.tr("Set up &my shop…"), self)
        self.button.setToolTip(
            self.tr("Leave the sample shop and set up your own, with your details")
        )
        self.button.setAccessibleName(self.tr("Set up my shop"))
        self.button.clicked.connect(self.set_up_requested)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
