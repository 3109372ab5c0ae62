"""The owner's dashboard on the dated shop: chart series read back, click-through."""

from __future__ import annotations

import pytest
import report_shop
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip
from report_shop import MARCH, TODAY, day

from followup_desk.domain import reports as r
from followup_desk.services import reports
from followup_desk.ui.dashboard import Dashboard, preset_period


@pytest.fixture
def shop(ui_db):
    return report_shop.build()


@pytest.fixture
def dashboard(qtbot, qapp, shop, shown_messages):
    from followup_desk.ui import theme

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    board = Dashboard()
    qtbot.addWidget(board)
    board.resize(1400, 1000)
    board.set_today(TODAY)
    board.set_period(MARCH)
    with qtbot.waitSignal(board.figures_shown, timeout=20_000):
        board.show()
    yield board
    board.loader.wait()


def values(chart, series=0):
    return chart.series()[series].values


def changed(qtbot, board, change):
    """Make a change in the pickers and wait for the figures it brings."""
    with qtbot.waitSignal(board.figures_shown, timeout=20_000):
        change()
    return board.figures


def test_the_charts_show_the_march_figures(dashboard):
    ui = dashboard.ui
    assert ui.funnel_chart.categories() == [
        "First contacts",
        "Quoted",
        "Package sent",
        "Followed up",
        "First order",
    ]
    assert values(ui.funnel_chart) == (8, 6, 4, 5, 3)
    assert ui.funnel_chart.series()[0].label(4) == "3 · 37.5%"
    assert values(ui.status_chart) == (3, 3, 2, 0)

    assert [s.name for s in ui.conversions_chart.series()] == [
        "Phone calls",
        "Walk-ins",
        "E-mails",
    ]
    assert [values(ui.conversions_chart, i)[-1] for i in range(3)] == [2, 1, 1]
    assert ui.conversions_chart.categories()[-1] == "Mar"

    assert values(ui.days_chart) == (1, 0, 2, 0, 1, 0, 0)
    assert values(ui.touches_chart)[2:5] == (2, 1, 1)
    assert ui.people_chart.categories() == ["sam", "dana", "lee"]
    assert [s.name for s in ui.people_chart.series()] == [
        "E-mails",
        "Calls",
        "Packages",
    ]

    postage, printing, lost = ui.cost_chart.series()
    assert (postage.label(11), printing.label(11), lost.label(11)) == (
        "$1.25",
        "$1.20",
        "$62.50",
    )
    assert lost.label(10) == "no customers won"  # February

    overdue = ui.overdue_chart.series()[0].values
    assert len(overdue) == 31
    assert overdue == tuple(n for _day, n in dashboard.figures.overdue)


def test_the_key_figures_on_top(dashboard):
    ui = dashboard.ui
    assert ui.first_contacts_value.text() == "8"
    assert ui.conversion_value.text() == "37.5%"
    assert ui.customers_won_value.text() == "4"
    assert ui.median_days_value.text() == "19.5 days"
    assert ui.cost_per_customer_value.text() == "$64.95"
    assert ui.overdue_now_value.text() == str(dashboard.figures.week.overdue)
    assert "March 2026" in ui.period_hint.text()


def test_the_steps_table(dashboard):
    model = dashboard.steps_model
    rows = [
        [model.index(row, col).data() for col in range(6)]
        for row in range(model.rowCount())
    ]
    assert rows[1] == ["Post the sales package", "4", "2", "50.0%", "$9.80", "$4.90"]
    assert rows[3][:4] == ["First follow-up call", "4", "2", "50.0%"]
    header = model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "Ordered within 30 days"


@pytest.mark.qt_log_ignore("This plugin does not support raise", "propagateSizeHints")
def test_hovering_a_bar_shows_its_value(dashboard):
    chart = dashboard.ui.funnel_chart
    centre = chart.bar_centre(0, 1).toPoint()
    chart.event(QHelpEvent(QEvent.Type.ToolTip, centre, chart.mapToGlobal(centre)))
    assert QToolTip.text() == "Quoted\n6 · 75.0%\nClick to list these prospects"
    QToolTip.hideText()


def test_clicking_a_bar_lists_its_prospects_and_opens_one(qtbot, dashboard, shop):
    chart = dashboard.ui.funnel_chart
    with qtbot.waitSignal(dashboard.prospects_picked) as picked:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, 2).toPoint()
        )

    expected = {shop[label] for label in ("P1", "P3", "P6", "P8")}
    assert set(picked.args[0]) == expected
    assert dashboard.ui.picked_panel.isVisible()
    assert dashboard.ui.picked_title.text() == "Package sent: 4 prospects"
    model = dashboard.picked_model
    assert model.rowCount() == 4
    names = {model.index(row, 0).data() for row in range(4)}
    assert "Lovelace, Ada" in names
    assert "Finn & Co <Ltd>" in names

    view = dashboard.ui.picked_table
    with qtbot.waitSignal(dashboard.prospect_activated) as opened:
        view.activated.emit(model.index(0, 0))
    assert opened.args[0] in expected


def test_clicking_a_month_lists_its_customers(qtbot, dashboard, shop):
    chart = dashboard.ui.conversions_chart
    with qtbot.waitSignal(dashboard.prospects_picked) as picked:
        qtbot.mouseClick(
            chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, 11).toPoint()
        )
    assert set(picked.args[0]) == {shop["P1"], shop["P7"]}  # phone, March


def test_a_step_row_lists_who_ordered_after_it(qtbot, dashboard, shop):
    model = dashboard.steps_model
    with qtbot.waitSignal(dashboard.prospects_picked) as picked:
        dashboard.ui.steps_table.activated.emit(model.index(3, 2))
    assert set(picked.args[0]) == {shop["P1"], shop["P6"]}


def test_changing_the_channel_and_the_window(qtbot, dashboard):
    figures = changed(qtbot, dashboard, lambda: dashboard.set_channel("phone"))
    assert figures.channel == "phone"
    assert values(dashboard.ui.funnel_chart) == (3, 3, 2, 3, 2)
    assert [s.name for s in dashboard.ui.conversions_chart.series()] == ["Phone calls"]

    changed(qtbot, dashboard, lambda: dashboard.set_within_days(14))
    model = dashboard.steps_model
    assert model.index(3, 0).data() == "First follow-up call"
    assert model.index(3, 2).data() == "0"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Ordered within 14 days"


def test_period_presets_are_whole_months_seen_from_today():
    assert preset_period("this_month", TODAY) == r.Period.month(2026, 4)
    assert preset_period("last_month", TODAY) == MARCH
    assert preset_period("last_3_months", TODAY) == r.Period(day(2, 1), day(4, 30))
    assert preset_period("this_year", TODAY).end == day(12, 31)


def test_picking_last_month_in_the_list(qtbot, dashboard):
    combo = dashboard.ui.period_combo
    changed(
        qtbot, dashboard, lambda: combo.setCurrentIndex(combo.findData("last_month"))
    )
    assert dashboard.period() == MARCH
    assert not dashboard.ui.from_date.isEnabled()
    assert dashboard.figures.period == MARCH


def test_saving_the_report_writes_pdf_and_csv_and_opens_it(
    dashboard, tmp_path, opened_urls
):
    saved = dashboard.save_report_to(tmp_path / "march")

    assert saved.pdf == tmp_path / "march.pdf"
    assert saved.csv == tmp_path / "march.csv"
    assert "37.5%" in PdfReader(saved.pdf).pages[0].extract_text()
    assert saved.csv.read_text(encoding="utf-8-sig").startswith("section,item")
    assert [url.toLocalFile() for url in opened_urls] == [str(saved.pdf)]
    assert dashboard.ui.status_label.text() == "Saved march.pdf and march.csv."


def test_saving_into_a_missing_folder_says_what_to_do(
    dashboard, tmp_path, shown_messages, opened_urls
):
    assert dashboard.save_report_to(tmp_path / "gone" / "march.pdf") is None
    ((kind, title, text, _details),) = shown_messages.shown
    assert (kind, title) == ("error", "Report")
    assert "does not exist" in text and "Choose another file name" in text
    assert opened_urls == []


def test_a_failure_while_counting_is_reported_not_raised(
    qtbot, dashboard, shown_messages, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(reports, "figures", broken)
    with qtbot.waitSignal(dashboard.loader.failed, timeout=20_000):
        dashboard.reload()
    ((kind, title, text, details),) = shown_messages.shown
    assert (kind, title) == ("error", "Dashboard")
    assert "could not be read" in text
    assert "disk on fire" in details
    # What was shown before stays on screen.
    assert values(dashboard.ui.funnel_chart) == (8, 6, 4, 5, 3)


def test_the_dashboard_is_a_view_of_the_main_window(qtbot, shop, window):
    dashboard = window.dashboard
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&View"
    )
    assert window.dashboard_action in view_menu.actions()
    assert window.dashboard_action.shortcut().toString() == "Ctrl+5"

    # Shown for the first time: the figures are read then, not at start-up.
    assert dashboard.figures is None
    with qtbot.waitSignal(dashboard.figures_shown, timeout=20_000):
        window.dashboard_action.trigger()
    assert window.ui.tabs.currentWidget() is dashboard

    dashboard.set_today(TODAY)
    changed(qtbot, dashboard, lambda: dashboard.set_period(MARCH))
    assert values(dashboard.ui.funnel_chart) == (8, 6, 4, 5, 3)

    chart = dashboard.ui.status_chart
    qtbot.mouseClick(
        chart, Qt.MouseButton.LeftButton, pos=chart.bar_centre(0, 2).toPoint()
    )
    assert "listed beside the charts" in window.statusBar().currentMessage()
    model = dashboard.picked_model
    lost = {model.prospect_id(row) for row in range(model.rowCount())}
    assert lost == {shop["P2"], shop["P8"]}

    dashboard.ui.picked_table.activated.emit(model.index(0, 0))
    assert window.detail.prospect_id in lost
    assert window.ui.tabs.currentWidget() is not dashboard
    dashboard.loader.wait()


def test_cards_go_one_under_the_other_when_the_tab_is_narrow(qtbot, dashboard):
    grid = dashboard.ui.charts_grid

    def place(name):
        card = getattr(dashboard.ui, f"{name}_card")
        return grid.getItemPosition(grid.indexOf(card))[:2]

    assert place("funnel") == (0, 0) and place("status") == (0, 1)
    dashboard.resize(700, 900)
    qtbot.waitUntil(lambda: place("status") == (1, 0))
    assert place("steps") == (9, 0)
    dashboard.resize(1400, 1000)
    qtbot.waitUntil(lambda: place("status") == (0, 1))
