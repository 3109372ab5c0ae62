"""The look of the app: colours, one style sheet and the shipped icons.

Fusion gives the same widgets on every platform; a palette and a short style
sheet add the margins, rounded fields and bold headings. There are two colour
schemes, light and dark, picked by the desk's setting or by the computer's;
they differ only in the colour table below. Widgets opt in to special looks
through dynamic properties (``heading``, ``primary``, ``invalid``) rather than
per-widget style sheets, so this file is the only place that says what things
look like.

Icons are SVG, drawn at the size and screen scale asked for, so they stay
sharp on high-DPI screens.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QTableView,
    QWidget,
)

from followup_desk import paths

# The two colour schemes. Every colour the style sheet uses is named here, so
# light and dark differ in this table only.
LIGHT = {
    "accent": "#2563c9",
    "accent_soft": "#dbe6f8",
    "danger": "#c62828",
    "warning": "#b45309",
    "success": "#1f7a4d",
    "muted": "#6b7480",
    "window": "#f4f5f7",
    "border": "#d7dce2",
    "surface": "#ffffff",
    "hover": "#eef2f8",
    "text": "#1d2530",
    "text_strong": "#141a22",
    "text_soft": "#26303b",
    "header_text": "#4a5461",
    "header_bg": "#f7f8fa",
    "error_bg": "#fdecea",
    "error_border": "#f3c4c0",
    "alternate": "#f8f9fb",
    "grid": "#edf0f3",
    "selection_text": "#111820",
    "input_border": "#c9d0d8",
    "invalid_bg": "#fff5f4",
    "button_hover": "#f1f4f9",
    "button_hover_border": "#b3bcc7",
    "pressed": "#e6ebf3",
    "disabled_text": "#a3abb5",
    "disabled_bg": "#f7f8fa",
    "disabled_border": "#e0e4e9",
    "primary_hover": "#1f56b0",
    "primary_disabled": "#9fb7e3",
    "tile_checked_text": "#123a7a",
    "placeholder": "#98a1ac",
    "group_row": "#eef1f5",
    "icon_ink": "#3a4656",
}
DARK = {
    "accent": "#4f8ff0",
    "accent_soft": "#243a5e",
    "danger": "#f07171",
    "warning": "#f0a44b",
    "success": "#4cc38a",
    "muted": "#9aa4b1",
    "window": "#1c1f24",
    "border": "#363b44",
    "surface": "#252930",
    "hover": "#313743",
    "text": "#e3e7ed",
    "text_strong": "#f3f5f8",
    "text_soft": "#d5dbe3",
    "header_text": "#b3bcc8",
    "header_bg": "#2b3038",
    "error_bg": "#472523",
    "error_border": "#7a3b36",
    "alternate": "#2a2e36",
    "grid": "#30353e",
    "selection_text": "#ffffff",
    "input_border": "#474e5a",
    "invalid_bg": "#3b2624",
    "button_hover": "#323844",
    "button_hover_border": "#5a6372",
    "pressed": "#3a4250",
    "disabled_text": "#6c7480",
    "disabled_bg": "#262a31",
    "disabled_border": "#343941",
    "primary_hover": "#3b7fe6",
    "primary_disabled": "#34496d",
    "tile_checked_text": "#d6e4ff",
    "placeholder": "#7d8794",
    "group_row": "#2f343d",
    "icon_ink": "#cdd4de",
}
SCHEMES = {"light": LIGHT, "dark": DARK}

# The colours of the scheme in use, for code that paints or colours text.
# ``apply`` sets them before the window's models are imported.
ACCENT = LIGHT["accent"]
ACCENT_SOFT = LIGHT["accent_soft"]
DANGER = LIGHT["danger"]
WARNING = LIGHT["warning"]
SUCCESS = LIGHT["success"]
MUTED = LIGHT["muted"]
WINDOW = LIGHT["window"]
BORDER = LIGHT["border"]
GROUP_ROW = LIGHT["group_row"]

_current = "light"

_STYLE = """
QWidget { font-size: 10pt; }
QMainWindow, QDialog, QWizard { background: %(window)s; }
QToolBar { background: %(surface)s; border: none; border-bottom: 1px solid %(border)s;
    padding: 4px 8px; spacing: 4px; }
QToolBar QToolButton { padding: 5px 10px; border-radius: 6px; color: %(text_soft)s; }
QToolBar QToolButton:hover { background: %(hover)s; }
QToolBar QToolButton:focus { border: 1px solid %(accent)s; }
QStatusBar { background: %(surface)s; border-top: 1px solid %(border)s;
    color: %(muted)s; }
QStatusBar::item { border: none; }
QLabel[heading="true"] { font-size: 12pt; font-weight: 600; color: %(text)s; }
QLabel[title="true"] { font-size: 16pt; font-weight: 600; color: %(text_strong)s; }
QLabel[muted="true"] { color: %(muted)s; }
QLabel[error="true"] { color: %(danger)s; background: %(error_bg)s;
    border: 1px solid %(error_border)s; border-radius: 6px; padding: 6px 10px; }
QLabel[chip="true"] { border-radius: 9px; padding: 2px 10px; font-weight: 600;
    background: %(accent_soft)s; color: %(accent)s; }
QLabel[total="true"] { font-size: 13pt; font-weight: 700; color: %(text_strong)s; }
QFrame[card="true"] { background: %(surface)s; border: 1px solid %(border)s;
    border-radius: 8px; }
QFrame[banner="true"] { background: %(accent_soft)s; border: 1px solid %(accent)s;
    border-radius: 8px; }
QTableView, QTreeView, QTreeWidget, QListView, QTableWidget {
    background: %(surface)s; border: 1px solid %(border)s; border-radius: 6px;
    alternate-background-color: %(alternate)s; gridline-color: %(grid)s;
    selection-background-color: %(accent_soft)s;
    selection-color: %(selection_text)s; }
QTreeView::item { padding: 4px 2px; }
QHeaderView::section { background: %(header_bg)s; color: %(header_text)s;
    font-weight: 600; border: none; border-bottom: 1px solid %(border)s;
    padding: 6px 8px; text-align: left; }
QLineEdit, QComboBox, QDateEdit, QTimeEdit, QPlainTextEdit, QTextEdit, QSpinBox {
    background: %(surface)s; color: %(text)s; border: 1px solid %(input_border)s;
    border-radius: 6px; padding: 5px 8px; selection-background-color: %(accent)s; }
QTextBrowser { border: none; }
QLineEdit:focus, QComboBox:focus, QDateEdit:focus, QTimeEdit:focus,
QPlainTextEdit:focus, QSpinBox:focus { border: 1px solid %(accent)s; }
QTableView QLineEdit { border-radius: 0; padding: 0 4px; }
QSpinBox::up-button, QSpinBox::down-button { subcontrol-origin: border; width: 16px; }
QComboBox::drop-down, QDateEdit::drop-down { border: none; width: 22px; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(%(chevron)s);
    width: 12px; height: 12px; }
*[invalid="true"], *[invalid="true"]:focus { border: 1px solid %(danger)s;
    background: %(invalid_bg)s; }
QPushButton { background: %(surface)s; border: 1px solid %(input_border)s;
    border-radius: 6px; padding: 6px 14px; color: %(text)s; }
QPushButton:hover { background: %(button_hover)s;
    border-color: %(button_hover_border)s; }
QPushButton:focus { border: 1px solid %(accent)s; }
QPushButton:pressed { background: %(pressed)s; }
QPushButton:disabled { color: %(disabled_text)s; background: %(disabled_bg)s;
    border-color: %(disabled_border)s; }
QPushButton[primary="true"] { background: %(accent)s; color: #ffffff;
    border-color: %(accent)s; font-weight: 600; }
QPushButton[primary="true"]:hover { background: %(primary_hover)s; }
QPushButton[primary="true"]:focus { border: 2px solid %(tile_checked_text)s; }
QPushButton[primary="true"]:disabled { background: %(primary_disabled)s;
    border-color: %(primary_disabled)s; }
QTabWidget::pane { border: none; }
QTabBar::tab { background: transparent; color: %(header_text)s; padding: 8px 18px;
    border: none; border-bottom: 2px solid transparent; font-weight: 600; }
QTabBar::tab:selected { color: %(accent)s; border-bottom: 2px solid %(accent)s; }
QTabBar::tab:hover:!selected { color: %(text)s; }
QPushButton[tile="true"] { border-radius: 8px; padding: 10px 18px;
    font-weight: 600; text-align: left; }
QPushButton[tile="true"]:checked { background: %(accent_soft)s;
    border: 2px solid %(accent)s; color: %(tile_checked_text)s; }
QSplitter::handle { background: transparent; }
QCalendarWidget QWidget#qt_calendar_navigationbar { background: %(surface)s;
    border-bottom: 1px solid %(border)s; }
QCalendarWidget QToolButton { color: %(text)s; font-weight: 600; padding: 4px 10px;
    border-radius: 6px; }
QCalendarWidget QToolButton:hover { background: %(hover)s; }
QCalendarWidget QAbstractItemView { selection-background-color: %(accent_soft)s;
    selection-color: %(selection_text)s; }
"""


def current_scheme() -> str:
    """ "light" or "dark": the scheme the window is painted in."""
    return _current


def colour(name: str) -> str:
    """One named colour of the scheme in use (see ``LIGHT``)."""
    return SCHEMES[_current][name]


def icon(name: str, colour: str = "") -> QIcon:
    """One of the SVG icons in ``resources/icons``, optionally in one colour.

    A single colour is for icons on coloured buttons (white on blue). In the
    dark scheme the icons' dark ink is lightened so they stay visible.
    """
    return _icon(name, colour, _current)


@cache
def _icon(name: str, colour: str, scheme: str) -> QIcon:
    path = paths.resources_dir() / "icons" / f"{name}.svg"
    if not colour and scheme == "light":
        return QIcon(str(path))
    svg = path.read_text(encoding="utf-8")
    if colour:
        svg = re.sub(r"#[0-9a-fA-F]{6}\b", colour, svg)
    else:
        for light_ink, dark_ink in (
            (LIGHT["icon_ink"], DARK["icon_ink"]),
            ("#5b6675", DARK["muted"]),
            (LIGHT["accent"], DARK["accent"]),
        ):
            svg = svg.replace(light_ink, dark_ink)
    # Rendered by the SVG engine at whatever size and scale is asked, so
    # icons stay sharp at 200 %.
    return QIcon(_SvgIconEngine(svg.encode("utf-8")))


class _SvgIconEngine(QIconEngine):
    """Draws SVG text at any size: a recoloured icon as sharp as a file one."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data
        self._renderer = QSvgRenderer(data)

    def paint(self, painter, rect, mode, state) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        self._renderer.render(painter, QRectF(rect))

    def pixmap(self, size, mode, state) -> QPixmap:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return QPixmap.fromImage(image)

    def scaledPixmap(self, size, mode, state, scale) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._data)


def style_sheet(scheme: str | None = None) -> str:
    colours = SCHEMES[scheme or _current]
    chevron = paths.resources_dir() / "icons" / "chevron_down.svg"
    return _STYLE % {**colours, "chevron": chevron.as_posix()}


def system_scheme(app: QApplication) -> str:
    """What the computer asks for: "dark" or "light" (light when it says nothing)."""
    hints = app.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: None)()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def apply(app: QApplication, scheme: str = "light") -> str:
    """Give the whole application its style, palette and style sheet.

    ``scheme`` is "light", "dark" or "system" (follow the computer). Returns
    the scheme applied.
    """
    global _current, ACCENT, ACCENT_SOFT, DANGER, WARNING, SUCCESS, MUTED
    global WINDOW, BORDER, GROUP_ROW
    if scheme == "system":
        scheme = system_scheme(app)
    if scheme not in SCHEMES:
        scheme = "light"
    if scheme == _current and app.styleSheet() == style_sheet(scheme):
        # Already so. Setting the same palette and sheet again is not only
        # slow (every widget is polished again) but, once a QWizard has been
        # shown, makes Qt 6.11 crash while re-polishing.
        return scheme
    _current = scheme
    colours = SCHEMES[scheme]
    ACCENT, ACCENT_SOFT = colours["accent"], colours["accent_soft"]
    DANGER, WARNING, SUCCESS = colours["danger"], colours["warning"], colours["success"]
    MUTED, WINDOW, BORDER = colours["muted"], colours["window"], colours["border"]
    GROUP_ROW = colours["group_row"]

    if app.style().name().casefold() != "fusion":
        # Only once: setting a style deletes the previous one, and widgets
        # from earlier (a closed dialog not yet deleted) may still point at it.
        app.setStyle("Fusion")
    palette = app.palette()
    roles = QPalette.ColorRole
    for role, key in (
        (roles.Window, "window"),
        (roles.Base, "surface"),
        (roles.AlternateBase, "alternate"),
        (roles.Button, "surface"),
        (roles.ToolTipBase, "surface"),
        (roles.ToolTipText, "text"),
        (roles.Text, "text"),
        (roles.WindowText, "text"),
        (roles.ButtonText, "text"),
        (roles.PlaceholderText, "placeholder"),
        (roles.Highlight, "accent"),
        (roles.Link, "accent"),
        (roles.Mid, "border"),
        (roles.Midlight, "border"),
        # Fusion draws the line under the tab bar and bevels with these.
        (roles.Light, "surface"),
        (roles.Dark, "border"),
    ):
        palette.setColor(role, QColor(colours[key]))
    palette.setColor(roles.HighlightedText, QColor("#ffffff"))
    palette.setColor(roles.BrightText, QColor("#ffffff"))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, QColor(colours["disabled_text"])
        )
    app.setPalette(palette)
    app.setStyleSheet(style_sheet(scheme))
    return scheme


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
    # Found in the shop's inbox: a prospect's reply, a bounced e-mail.
    "reply": "email",
    "bounce": "lost",
}


def kind_icon(kind: str) -> QIcon:
    """The icon for a kind of touch (call, e-mail, package…) or a quote."""
    return icon(_KIND_ICONS.get(kind, "today"))


def compact_combo(combo: QComboBox, characters: int = 12) -> None:
    """Let a list of long choices shrink on a small screen, whole when opened.

    Left to themselves, choices such as label products ("L7163 – 14 per
    sheet, 99.1 × 38.1 mm") set the least width of their row, and with it of
    the window, past a laptop screen. Squeezed, the closed box shows the start
    of the choice and the whole of it in its tooltip; the opened list is as
    wide as its longest entry.
    """
    # Measured as a box of ``characters`` letters, then set as the least it
    # may shrink to: where the row has room the whole choice still shows.
    policy = combo.sizeAdjustPolicy()
    combo.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    combo.setMinimumContentsLength(characters)
    combo.setMinimumWidth(combo.minimumSizeHint().width())
    combo.setSizeAdjustPolicy(policy)
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().width())
    combo.setToolTip(combo.currentText())
    combo.currentTextChanged.connect(lambda text: combo.setToolTip(text))


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


def prospect_status_colour(status: str) -> QColor | None:
    """Text colour of a prospect's status in lists, in the scheme now shown.

    Read at paint time, so a list follows a switch between light and dark.
    """
    if status == "customer":
        return QColor(SUCCESS)
    if status in ("lost", "do_not_contact"):
        return QColor(MUTED)
    return None
