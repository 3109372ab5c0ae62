"""The painted chart widgets: data in and out, hover, click, sharp at 2x."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QToolTip

from followup_desk.ui.charts import BarChart, LineChart, Series, nice_step

BLUE = "#2563c9"
ORANGE = "#e0a030"


@pytest.fixture
def funnel(qtbot):
    chart = BarChart()
    chart.configure(horizontal=True)
    chart.set_data(
        ["First contacts", "Quoted", "First order"],
        [Series("Prospects", (8, 6, 3), BLUE, ("8 · 100%", "6 · 75%", "3 · 38%"))],
    )
    chart.resize(500, 240)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def stacked(qtbot):
    chart = BarChart()
    chart.configure(stacked=True)
    chart.set_data(
        ["Jan", "Feb", "Mar"],
        [Series("Phone", (2, 0, 4), BLUE), Series("Walk-in", (1, 0, 2), ORANGE)],
        totals=["3", "", "6"],
    )
    chart.resize(420, 260)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_what_goes_in_comes_back_out(funnel):
    assert funnel.categories() == ["First contacts", "Quoted", "First order"]
    (series,) = funnel.series()
    assert series.values == (8, 6, 3)
    assert series.label(1) == "6 · 75%"


def test_series_must_match_the_categories(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError, match="does not match"):
        chart.set_data(["a", "b"], [Series("x", (1,), BLUE)])


def test_longer_values_draw_longer_bars_across(funnel):
    first = funnel.bar_centre(0, 0)
    order = funnel.bar_centre(0, 2)
    # Bars start at the same left edge, so a longer bar has its centre further right.
    assert first.x() > order.x()
    assert first.y() < order.y()  # the first category is on top


def test_stacks_put_one_series_on_the_other(stacked):
    bottom = stacked.bar_centre(0, 2)
    top = stacked.bar_centre(1, 2)
    assert top.y() < bottom.y()
    assert top.x() == pytest.approx(bottom.x())
    assert stacked.hit(top) == (1, 2)
    assert stacked.hit(QPointF(1, 1)) is None


# The offscreen platform cannot raise the tooltip window, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "propagateSizeHints")
def test_hover_shows_the_value_and_says_a_click_lists_prospects(funnel):
    centre = funnel.bar_centre(0, 1).toPoint()
    assert funnel.hover_text(0, 1) == "Quoted\n6 · 75%\nClick to list these prospects"

    event = QHelpEvent(QEvent.Type.ToolTip, centre, funnel.mapToGlobal(centre))
    funnel.event(event)
    assert "6 · 75%" in QToolTip.text()
    QToolTip.hideText()


def test_hover_on_a_stack_names_the_series(stacked):
    assert stacked.hover_text(1, 0) == "Jan\nWalk-in: 1\nClick to list these prospects"


def test_a_click_on_a_bar_says_which_one(qtbot, stacked):
    with qtbot.waitSignal(stacked.bar_activated) as blocker:
        qtbot.mouseClick(
            stacked, Qt.MouseButton.LeftButton, pos=stacked.bar_centre(1, 2).toPoint()
        )
    assert blocker.args == [1, 2]


def test_empty_bars_and_empty_space_are_not_clickable(qtbot, stacked):
    clicked = []
    stacked.bar_activated.connect(lambda s, c: clicked.append((s, c)))
    qtbot.mouseClick(stacked, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    # February has no bars at all; its empty column is not a target.
    qtbot.mouseClick(
        stacked, Qt.MouseButton.LeftButton, pos=stacked.bar_centre(0, 1).toPoint()
    )
    assert clicked == []


def test_an_empty_chart_says_so(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["a"], [Series("x", (0,), BLUE)], empty_text="Nothing yet")
    chart.resize(300, 200)
    image = chart.grab().toImage()
    assert chart.is_empty()
    assert not image.isNull()
    blue = QColor(BLUE).rgb()
    assert all(
        image.pixel(x, y) != blue
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )


def test_line_chart_points_and_nearest_day(qtbot):
    chart = LineChart()
    qtbot.addWidget(chart)
    days = [f"{n} Mar" for n in range(1, 11)]
    chart.set_data(days, [Series("Overdue", tuple(range(10)), "#c62828")])
    chart.resize(400, 200)
    chart.show()
    qtbot.waitExposed(chart)
    fifth = chart.bar_centre(0, 4)
    assert chart.hit(fifth + QPointF(3, 40)) == (0, 4)
    assert chart.bar_centre(0, 9).y() < chart.bar_centre(0, 0).y()
    with qtbot.waitSignal(chart.bar_activated) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=fifth.toPoint())
    assert blocker.args == [0, 4]


@pytest.mark.parametrize(
    "maximum, step", [(0, 1), (4, 1), (8, 2), (37, 10), (620, 200), (1905.6, 500)]
)
def test_scale_steps_are_round(maximum, step):
    assert nice_step(maximum) == step


def _render(chart, ratio: float) -> QImage:
    size = chart.size()
    image = QImage(
        int(size.width() * ratio),
        int(size.height() * ratio),
        QImage.Format.Format_RGB32,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#ffffff"))
    chart.render(image)
    return image


def test_bars_stay_sharp_on_a_high_dpi_screen(funnel):
    """At twice the pixels the edge of a bar is still one pixel of blending,
    not a blurred band: the chart is drawn at the screen's resolution."""
    image = _render(funnel, 2.0)
    assert image.width() == funnel.width() * 2

    centre = funnel.bar_centre(0, 0)
    x, y = int(centre.x() * 2), int(centre.y() * 2)
    assert QColor(image.pixel(x, y)).name() == BLUE

    # Walk up from the bar's middle to the plain background above it.
    column = [QColor(image.pixel(x, row)).name() for row in range(y, -1, -1)]
    edge = next(i for i, colour in enumerate(column) if colour != BLUE)
    background = column[edge + 4]
    assert background != BLUE
    blended = column[edge : column.index(background, edge)]
    assert len(blended) <= 1
