"""The look of the app: colours, one style sheet and the shipped icons.

Fusion gives the same widgets on every platform; a light palette and a short
style sheet add the margins, rounded fields and bold headings. Widgets opt in
to special looks through dynamic properties (``heading``, ``primary``,
``invalid``) rather than per-widget style sheets, so this file is the only
place that says what things look like.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView, QWidget

from followup_desk import paths

ACCENT = "#2563c9"
ACCENT_SOFT = "#dbe6f8"
DANGER = "#c62828"
WARNING = "#b45309"
SUCCESS = "#1f7a4d"
MUTED = "#6b7480"
WINDOW = "#f4f5f7"
BORDER = "#d7dce2"

_STYLE = """
QWidget { font-size: 10pt; }
QMainWindow, QDialog { background: %(window)s; }
QToolBar { background: #ffffff; border: none; border-bottom: 1px solid %(border)s;
    padding: 4px 8px; spacing: 4px; }
QToolBar QToolButton { padding: 5px 10px; border-radius: 6px; color: #26303b; }
QToolBar QToolButton:hover { background: #eef2f8; }
QStatusBar { background: #ffffff; border-top: 1px solid %(border)s; color: %(muted)s; }
QStatusBar::item { border: none; }
QLabel[heading="true"] { font-size: 12pt; font-weight: 600; color: #1d2530; }
QLabel[title="true"] { font-size: 16pt; font-weight: 600; color: #141a22; }
QLabel[muted="true"] { color: %(muted)s; }
QLabel[error="true"] { color: %(danger)s; background: #fdecea;
    border: 1px solid #f3c4c0; border-radius: 6px; padding: 6px 10px; }
QLabel[chip="true"] { border-radius: 9px; padding: 2px 10px; font-weight: 600;
    background: %(accent_soft)s; color: %(accent)s; }
QLabel[total="true"] { font-size: 13pt; font-weight: 700; color: #141a22; }
QFrame[card="true"] { background: #ffffff; border: 1px solid %(border)s;
    border-radius: 8px; }
QTableView, QTreeView, QTreeWidget, QListView { background: #ffffff;
    border: 1px solid %(border)s; border-radius: 6px;
    alternate-background-color: #f8f9fb; gridline-color: #edf0f3;
    selection-background-color: %(accent_soft)s; selection-color: #111820; }
QTreeView::item { padding: 4px 2px; }
QHeaderView::section { background: #f7f8fa; color: #4a5461; font-weight: 600;
    border: none; border-bottom: 1px solid %(border)s; padding: 6px 8px;
    text-align: left; }
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QSpinBox {
    background: #ffffff; border: 1px solid #c9d0d8; border-radius: 6px;
    padding: 5px 8px; selection-background-color: %(accent)s; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QPlainTextEdit:focus {
    border: 1px solid %(accent)s; }
QTableView QLineEdit { border-radius: 0; padding: 0 4px; }
QComboBox::drop-down, QDateEdit::drop-down { border: none; width: 22px; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(%(chevron)s);
    width: 12px; height: 12px; }
*[invalid="true"], *[invalid="true"]:focus { border: 1px solid %(danger)s;
    background: #fff5f4; }
QPushButton { background: #ffffff; border: 1px solid #c9d0d8; border-radius: 6px;
    padding: 6px 14px; color: #1d2530; }
QPushButton:hover { background: #f1f4f9; border-color: #b3bcc7; }
QPushButton:pressed { background: #e6ebf3; }
QPushButton:disabled { color: #a3abb5; background: #f7f8fa; border-color: #e0e4e9; }
QPushButton[primary="true"] { background: %(accent)s; color: #ffffff;
    border-color: %(accent)s; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #1f56b0; }
QPushButton[primary="true"]:disabled { background: #9fb7e3; border-color: #9fb7e3; }
QTabWidget::pane { border: none; }
QTabBar::tab { background: transparent; color: #4a5461; padding: 8px 18px;
    border: none; border-bottom: 2px solid transparent; font-weight: 600; }
QTabBar::tab:selected { color: %(accent)s; border-bottom: 2px solid %(accent)s; }
QTabBar::tab:hover:!selected { color: #1d2530; }
QPushButton[tile="true"] { border-radius: 8px; padding: 10px 18px;
    font-weight: 600; text-align: left; }
QPushButton[tile="true"]:checked { background: %(accent_soft)s;
    border: 2px solid %(accent)s; color: #123a7a; }
QSplitter::handle { background: transparent; }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: #ffffff;
    border-bottom: 1px solid %(border)s; }
QCalendarWidget QToolButton { color: #1d2530; font-weight: 600; padding: 4px 10px;
    border-radius: 6px; }
QCalendarWidget QToolButton:hover { background: #eef2f8; }
QCalendarWidget QAbstractItemView { selection-background-color: %(accent_soft)s;
    selection-color: #111820; }
"""


@cache
def icon(name: str, colour: str = "") -> QIcon:
    """One of the SVG icons in ``resources/icons``, optionally in one colour.

    A single colour is for icons on coloured buttons (white on blue).
    """
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    if not colour:
        return QIcon(str(path))
    svg = re.sub(r"#[0-9a-fA-F]{6}\b", colour, path.read_text(encoding="utf-8"))
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode("utf-8"), "SVG")
    return QIcon(pixmap)


def style_sheet() -> str:
    chevron = (paths.resources_dir() / "icons" / "chevron_down.svg").as_posix()
    return _STYLE % {
        "window": WINDOW,
        "border": BORDER,
        "muted": MUTED,
        "danger": DANGER,
        "accent": ACCENT,
        "accent_soft": ACCENT_SOFT,
        "chevron": chevron,
    }


def apply(app: QApplication) -> None:
    """Give the whole application its style, palette and style sheet."""
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f8f9fb"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1d2530"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1d2530"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#98a1ac"))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Switch a style property (``invalid``, ``primary``…) and restyle."""
    # Set without reading first: reading an unset property hits the PySide
    # bug described in followup_desk.ui.
    widget.setProperty(name, on)
    # Qt does not re-read style sheets when a dynamic property changes.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


_KIND_ICONS = {
    "call": "phone",
    "visit": "walk_in",
    "email": "email",
    "package": "package",
    "mailer": "print",
    "quote": "quote",
}


def kind_icon(kind: str) -> QIcon:
    """The icon for a kind of touch (call, e-mail, package…) or a quote."""
    return icon(_KIND_ICONS.get(kind, "today"))


def setup_table(
    view: QTableView,
    widths: Sequence[int] = (),
    *,
    read_only: bool = True,
    row_height: int = 28,
) -> None:
    """The look every table shares: banded rows, no grid, left-aligned headers."""
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if read_only:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    rows = view.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(row_height)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
