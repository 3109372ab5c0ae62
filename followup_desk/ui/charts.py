"""Small chart widgets painted with QPainter: bar charts and a line chart.

Why our own widgets rather than QtCharts or pyqtgraph: QtCharts is not in
PySide6-Essentials, and the PySide6-Addons package that has it is several
times the size of the whole app; pyqtgraph brings NumPy along. The owner's
charts need little: bars (across or up, side by side or stacked), one line,
value labels, a legend, a tooltip on hover and a click on a bar. About four
hundred lines of painting do that, in the app's own look, and since
everything is drawn with floating-point geometry on the widget's own painter
the charts are as sharp on a high-DPI screen as the text around them.

Each chart holds its data as ``Series`` (read back with ``series()`` and
``categories()``, as the tests do) and says what was clicked with
``bar_activated(series_index, category_index)``; the screen that owns the
chart knows which prospects stand behind that bar.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from followup_desk.ui import theme

GRID = QColor("#e6e9ee")
AXIS_TEXT = QColor("#6b7480")
LABEL_TEXT = QColor("#1d2530")
BAR_GAP = 0.28  # share of a category's band left empty around its bars
HIT_SLOP = 6.0  # how near the line a click or hover still counts, in pixels
MAX_BAR = 30.0  # thickest bar, so a tall card does not get slabs


@dataclass(frozen=True)
class Series:
    """One set of values across the categories, drawn in one colour.

    ``labels`` are the values as people read them ("$5.00", "8 · 100.0%"),
    shown on hover and, where there is room, beside the bars.
    """

    name: str
    values: tuple[float, ...]
    colour: str
    labels: tuple[str, ...] = ()

    def label(self, index: int) -> str:
        if index < len(self.labels):
            return self.labels[index]
        value = self.values[index]
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def nice_step(maximum: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) for about ``ticks`` lines."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if raw <= multiple * magnitude:
            return multiple * magnitude
    return 10 * magnitude


class _Chart(QWidget):
    """What both charts share: data, legend, empty state, hover and click."""

    bar_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._totals: list[str] = []
        self._empty_text = self.tr("Nothing to show for this period")
        self._hover: tuple[int, int] | None = None
        self._clickable = True
        self.axis_format: Callable[[float], str] = _whole_number
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(220, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    # -- what screens and tests use --------------------------------------------

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        totals: Sequence[str] = (),
        empty_text: str = "",
    ) -> None:
        for one in series:
            if len(one.values) != len(categories):
                raise ValueError(f"Series {one.name!r} does not match the categories")
        self._categories = list(categories)
        self._series = list(series)
        self._totals = list(totals)
        if empty_text:
            self._empty_text = empty_text
        self._hover = None
        self.updateGeometry()
        self.update()

    def set_clickable(self, clickable: bool) -> None:
        self._clickable = clickable

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[Series]:
        return list(self._series)

    def is_empty(self) -> bool:
        return not any(v for s in self._series for v in s.values)

    def hover_text(self, series: int, category: int) -> str:
        one = self._series[series]
        lines = [self._categories[category]]
        if len(self._series) > 1:
            lines.append(f"{one.name}: {one.label(category)}")
        else:
            lines.append(one.label(category))
        if self._clickable and one.values[category]:
            lines.append(self.tr("Click to list these prospects"))
        return "\n".join(line for line in lines if line)

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """The (series, category) under ``point``, if any."""
        raise NotImplementedError

    def bar_centre(self, series: int, category: int) -> QPointF:
        """Where a bar or point is drawn: for tests that click on it."""
        raise NotImplementedError

    # -- Qt events ---------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event
            target = self.hit(QPointF(help_event.pos()))
            if target is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(
                    help_event.globalPos(), self.hover_text(*target), self
                )
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        target = self.hit(event.position())
        if target != self._hover:
            self._hover = target
            clickable = (
                target is not None
                and self._clickable
                and bool(self._series[target[0]].values[target[1]])
            )
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if clickable
                else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._clickable:
            target = self.hit(event.position())
            if target is not None and self._series[target[0]].values[target[1]]:
                self.bar_activated.emit(*target)
        super().mouseReleaseEvent(event)

    # -- painting helpers ----------------------------------------------------------

    def _small_font(self, scale: float = 0.88, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * scale))
        font.setBold(bold)
        return font

    def _legend_height(self) -> float:
        return 22.0 if len(self._series) > 1 else 0.0

    def _paint_legend(self, painter: QPainter) -> None:
        if len(self._series) < 2:
            return
        painter.setFont(self._small_font())
        metrics = QFontMetricsF(painter.font())
        x, y = 4.0, 4.0
        for one in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(one.colour))
            painter.drawRoundedRect(QRectF(x, y + 3, 10, 10), 2.5, 2.5)
            painter.setPen(LABEL_TEXT)
            painter.drawText(QPointF(x + 15, y + 12), one.name)
            x += 15 + metrics.horizontalAdvance(one.name) + 16

    def _paint_empty(self, painter: QPainter) -> None:
        painter.setPen(AXIS_TEXT)
        painter.setFont(self._small_font(0.95))
        painter.drawText(
            QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self._empty_text
        )


def _whole_number(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 1e-9 else ""


def _lighter(colour: str) -> QColor:
    return QColor(colour).lighter(118)


class BarChart(_Chart):
    """Bars per category: across (categories down the side) or up (columns),
    several series side by side or stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = False
        self.stacked = False
        self._rects: dict[tuple[int, int], QRectF] = {}

    def configure(self, *, horizontal: bool = False, stacked: bool = False) -> None:
        self.horizontal = horizontal
        self.stacked = stacked
        self.update()

    # -- geometry ------------------------------------------------------------------

    def _max_value(self) -> float:
        if not self._series:
            return 0.0
        if self.stacked:
            return max(
                (
                    sum(s.values[i] for s in self._series)
                    for i in range(len(self._categories))
                ),
                default=0.0,
            )
        return max((max(s.values, default=0) for s in self._series), default=0.0)

    def _layout(self) -> tuple[QRectF, float, float]:
        """The plot area, the top of the value scale and its step; fills
        ``self._rects`` with every bar's rectangle."""
        self._rects = {}
        metrics = QFontMetricsF(self._small_font())
        area = QRectF(self.rect()).adjusted(4, 4 + self._legend_height(), -8, -4)
        top_value = self._max_value()
        step = nice_step(top_value)
        scale_top = max(step, math.ceil(top_value / step) * step) if top_value else 1.0
        count = len(self._categories)
        if not count:
            return area, scale_top, step

        if self.horizontal:
            names = max(
                (metrics.horizontalAdvance(c) for c in self._categories), default=0
            )
            labels = max(
                (
                    metrics.horizontalAdvance(s.label(i))
                    for s in self._series
                    for i in range(count)
                ),
                default=0,
            )
            plot = area.adjusted(
                min(names + 10, area.width() * 0.4), 0, -(labels + 10), 0
            )
        else:
            axis = max(
                metrics.horizontalAdvance(self.axis_format(scale_top)),
                metrics.horizontalAdvance("0"),
            )
            top_room = (
                metrics.height() + 4 if self._totals or len(self._series) == 1 else 4
            )
            plot = area.adjusted(axis + 8, top_room, 0, -(metrics.height() + 6))

        band = (plot.height() if self.horizontal else plot.width()) / count
        inner = band * (1 - BAR_GAP)
        groups = 1 if self.stacked else max(1, len(self._series))
        thickness = min(inner / groups, MAX_BAR)
        length = plot.width() if self.horizontal else plot.height()
        for category in range(count):
            start = band * category + (band - thickness * groups) / 2
            base = 0.0
            for index, one in enumerate(self._series):
                value = one.values[category]
                size = length * value / scale_top if scale_top else 0
                offset = start + (0 if self.stacked else index * thickness)
                if self.horizontal:
                    rect = QRectF(
                        plot.left() + base, plot.top() + offset, size, thickness
                    )
                else:
                    rect = QRectF(
                        plot.left() + offset,
                        plot.bottom() - base - size,
                        thickness,
                        size,
                    )
                self._rects[(index, category)] = rect
                if self.stacked:
                    base += size
        return plot, scale_top, step

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        if not self._rects:
            self._layout()
        for key, rect in self._rects.items():
            # Thin bars get a little slop so they can still be pointed at.
            if rect.adjusted(-1, -HIT_SLOP / 2, 1, HIT_SLOP / 2).contains(point):
                return key
        return None

    def bar_centre(self, series: int, category: int) -> QPointF:
        self._layout()
        return self._rects[(series, category)].center()

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if not self._categories or self.is_empty():
            self._paint_empty(painter)
            painter.end()
            return
        plot, scale_top, step = self._layout()
        self._paint_legend(painter)
        self._paint_scale(painter, plot, scale_top, step)
        self._paint_bars(painter)
        self._paint_labels(painter, plot)
        painter.end()

    def _paint_scale(
        self, painter: QPainter, plot: QRectF, top: float, step: float
    ) -> None:
        painter.setFont(self._small_font())
        metrics = QFontMetricsF(painter.font())
        value = 0.0
        while value <= top + 1e-9:
            share = value / top if top else 0
            pen = QPen(GRID, 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            if self.horizontal:
                x = plot.left() + plot.width() * share
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            else:
                y = plot.bottom() - plot.height() * share
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                text = self.axis_format(value)
                painter.setPen(AXIS_TEXT)
                width = metrics.horizontalAdvance(text)
                painter.drawText(
                    QPointF(plot.left() - width - 6, y + metrics.ascent() / 2.6), text
                )
            value += step

    def _paint_bars(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        last = len(self._series) - 1
        for (index, category), rect in self._rects.items():
            if rect.width() <= 0 or rect.height() <= 0:
                continue
            colour = self._series[index].colour
            hovered = self._hover == (index, category)
            painter.setBrush(_lighter(colour) if hovered else QColor(colour))
            # Only the outer end of a bar (or of a stack) is rounded.
            outer = (
                not self.stacked
                or index == last
                or self._above_is_empty(index, category)
            )
            painter.drawPath(_bar_path(rect, 3.0 if outer else 0.0, self.horizontal))
            if hovered:
                pen = QPen(QColor(colour).darker(130), 1.4)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(
                    _bar_path(rect, 3.0 if outer else 0.0, self.horizontal)
                )
                painter.setPen(Qt.PenStyle.NoPen)

    def _above_is_empty(self, index: int, category: int) -> bool:
        return all(not s.values[category] for s in self._series[index + 1 :])

    def _paint_labels(self, painter: QPainter, plot: QRectF) -> None:
        small = self._small_font()
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(LABEL_TEXT)
        # Columns too narrow for their names: name every second (or third)
        # column, counting back from the last, which is usually "now".
        widest = max(metrics.horizontalAdvance(c) for c in self._categories)
        band = plot.width() / len(self._categories)
        label_step = 1 if self.horizontal else max(1, math.ceil((widest + 8) / band))
        for category, name in enumerate(self._categories):
            rects = [self._rects[(i, category)] for i in range(len(self._series))]
            if self.horizontal:
                band = QRectF(
                    0,
                    min(r.top() for r in rects),
                    plot.left() - 8,
                    max(r.bottom() for r in rects) - min(r.top() for r in rects),
                )
                text = metrics.elidedText(
                    name, Qt.TextElideMode.ElideRight, band.width()
                )
                painter.setPen(LABEL_TEXT)
                painter.drawText(
                    band,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            else:
                if (len(self._categories) - 1 - category) % label_step:
                    continue
                left = min(r.left() for r in rects)
                right = max(r.right() for r in rects)
                band_width = plot.width() / len(self._categories) * label_step
                centre = (left + right) / 2
                text = metrics.elidedText(
                    name, Qt.TextElideMode.ElideRight, band_width + 4
                )
                painter.setPen(AXIS_TEXT)
                painter.drawText(
                    QRectF(
                        centre - band_width / 2 - 2,
                        plot.bottom() + 3,
                        band_width + 4,
                        metrics.height(),
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
        painter.setFont(self._small_font(bold=True))
        bold = QFontMetricsF(painter.font())
        painter.setPen(LABEL_TEXT)
        for category in range(len(self._categories)):
            for text, rect in self._value_labels(category):
                if not text:
                    continue
                if self.horizontal:
                    painter.drawText(
                        QPointF(
                            rect.right() + 6, rect.center().y() + bold.ascent() / 2.8
                        ),
                        text,
                    )
                else:
                    width = bold.horizontalAdvance(text)
                    if (
                        width
                        > rect.width()
                        + (plot.width() / len(self._categories)) * BAR_GAP
                    ):
                        continue  # no room above a narrow column: the tooltip has it
                    painter.drawText(
                        QPointF(rect.center().x() - width / 2, rect.top() - 4), text
                    )

    def _value_labels(self, category: int) -> list[tuple[str, QRectF]]:
        """Texts to print at the end of bars: totals for stacks, else each value."""
        rects = [self._rects[(i, category)] for i in range(len(self._series))]
        if self.stacked:
            total = self._totals[category] if category < len(self._totals) else ""
            outer = rects[-1]
            for rect in rects:
                if self.horizontal and rect.right() > outer.right():
                    outer = rect
                if not self.horizontal and rect.top() < outer.top():
                    outer = rect
            return [(total, outer)]
        if len(self._series) > 1:
            return []  # side-by-side bars: values on hover only
        one = self._series[0]
        value = one.values[category]
        text = (
            self._totals[category]
            if category < len(self._totals)
            else one.label(category)
        )
        return [(text if value else "", rects[0])]


def _bar_path(rect: QRectF, radius: float, horizontal: bool) -> QPainterPath:
    """A bar whose outer end has rounded corners and whose base is square."""
    radius = min(radius, rect.width() / 2, rect.height() / 2)
    path = QPainterPath()
    if radius <= 0.5:
        path.addRect(rect)
        return path
    if horizontal:
        path.moveTo(rect.left(), rect.top())
        path.lineTo(rect.right() - radius, rect.top())
        path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + radius)
        path.lineTo(rect.right(), rect.bottom() - radius)
        path.quadTo(rect.right(), rect.bottom(), rect.right() - radius, rect.bottom())
        path.lineTo(rect.left(), rect.bottom())
    else:
        path.moveTo(rect.left(), rect.bottom())
        path.lineTo(rect.left(), rect.top() + radius)
        path.quadTo(rect.left(), rect.top(), rect.left() + radius, rect.top())
        path.lineTo(rect.right() - radius, rect.top())
        path.quadTo(rect.right(), rect.top(), rect.right(), rect.top() + radius)
        path.lineTo(rect.right(), rect.bottom())
    path.closeSubpath()
    return path


class LineChart(_Chart):
    """One series as a line over the categories (days), with a soft fill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[QPointF] = []
        self._plot = QRectF()
        self.label_every = 7

    def _layout(self) -> tuple[QRectF, float, float]:
        metrics = QFontMetricsF(self._small_font())
        values = self._series[0].values if self._series else ()
        top_value = max(values, default=0)
        step = nice_step(top_value)
        scale_top = max(step, math.ceil(top_value / step) * step) if top_value else 1.0
        axis = metrics.horizontalAdvance(self.axis_format(scale_top))
        plot = QRectF(self.rect()).adjusted(
            axis + 14, 8 + metrics.height(), -12, -(metrics.height() + 8)
        )
        count = len(values)
        gap = plot.width() / (count - 1) if count > 1 else 0
        self._points = [
            QPointF(
                plot.left() + gap * i, plot.bottom() - plot.height() * v / scale_top
            )
            for i, v in enumerate(values)
        ]
        self._plot = plot
        return plot, scale_top, step

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        if not self._points:
            self._layout()
        if not self._points or not self._plot.adjusted(
            -HIT_SLOP, -HIT_SLOP, HIT_SLOP, HIT_SLOP
        ).contains(point):
            return None
        nearest = min(
            range(len(self._points)), key=lambda i: abs(self._points[i].x() - point.x())
        )
        return 0, nearest

    def bar_centre(self, series: int, category: int) -> QPointF:
        self._layout()
        return self._points[category]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._categories or not self._series:
            self._paint_empty(painter)
            painter.end()
            return
        plot, scale_top, step = self._layout()
        colour = QColor(self._series[0].colour)
        painter.setFont(self._small_font())
        metrics = QFontMetricsF(painter.font())
        value = 0.0
        while value <= scale_top + 1e-9:
            y = plot.bottom() - plot.height() * value / scale_top
            pen = QPen(GRID, 1)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = self.axis_format(value)
            painter.setPen(AXIS_TEXT)
            painter.drawText(
                QPointF(
                    plot.left() - metrics.horizontalAdvance(text) - 6,
                    y + metrics.ascent() / 2.6,
                ),
                text,
            )
            value += step
        count = len(self._points)
        # Named from the last day back, which is always named; a name that
        # would touch the one after it is left out.
        free_until = math.inf
        for index, name in reversed(list(enumerate(self._categories))):
            if index % self.label_every and index != count - 1:
                continue
            width = metrics.horizontalAdvance(name)
            x = min(
                max(self._points[index].x() - width / 2, plot.left() - 4),
                self.width() - width - 2,
            )
            if x + width + 6 > free_until:
                continue
            painter.drawText(QPointF(x, plot.bottom() + metrics.height() + 2), name)
            free_until = x

        line = QPainterPath()
        for index, point in enumerate(self._points):
            if index:
                line.lineTo(point)
            else:
                line.moveTo(point)
        if count > 1:
            area = QPainterPath(line)
            area.lineTo(self._points[-1].x(), plot.bottom())
            area.lineTo(self._points[0].x(), plot.bottom())
            area.closeSubpath()
            fill = QColor(colour)
            fill.setAlphaF(0.12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPath(area)
        pen = QPen(colour, 2.2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
        last = self._points[-1]
        self._paint_dot(painter, last, colour)
        painter.setFont(self._small_font(bold=True))
        painter.setPen(colour)
        label = self._series[0].label(count - 1)
        bold = QFontMetricsF(painter.font())
        painter.drawText(
            QPointF(
                min(
                    last.x() - bold.horizontalAdvance(label) / 2,
                    self.width() - bold.horizontalAdvance(label) - 2,
                ),
                last.y() - 8,
            ),
            label,
        )
        if self._hover is not None:
            point = self._points[self._hover[1]]
            guide = QPen(GRID.darker(115), 1, Qt.PenStyle.DashLine)
            guide.setCosmetic(True)
            painter.setPen(guide)
            painter.drawLine(
                QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom())
            )
            self._paint_dot(painter, point, colour)
        painter.end()

    @staticmethod
    def _paint_dot(painter: QPainter, point: QPointF, colour: QColor) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(colour)
        painter.drawEllipse(point, 4.5, 4.5)


# Colours the dashboard gives its series; one place, so charts agree.
CHANNEL_COLOURS = {"phone": theme.ACCENT, "walk_in": "#e0a030", "email": "#36a3a0"}
KIND_COLOURS = {
    "email": "#36a3a0",
    "call": theme.ACCENT,
    "package": "#e0a030",
    "mailer": "#9b7fd1",
    "visit": "#5b8c5a",
}
OVERDUE_COLOUR = theme.DANGER
DUE_COLOUR = theme.ACCENT
DONE_COLOUR = theme.SUCCESS
POSTAGE_COLOUR = theme.ACCENT
PRINTING_COLOUR = "#8fb3ea"
QUOTES_LOST_COLOUR = "#e0a030"
