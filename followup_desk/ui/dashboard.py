"""The owner's dashboard: is following up paying off?

Key figures on top, then cards of charts (the funnel, statuses, this week's
work, work per person, customers won per month, time to order, cost per
customer, overdue trend) and the table of plan steps, for the period and
channel picked in the header. The figures are read in the background
(``ReportLoader``); the charts keep showing the previous figures meanwhile.

Clicking a bar lists the prospects behind it beside the charts and emits
``prospects_picked`` with their ids; double-clicking one in that list emits
``prospect_activated`` so the main window can open it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QWidget,
)

from followup_desk.domain import report_labels as words
from followup_desk.domain import reports as r
from followup_desk.services import profile as profile_service
from followup_desk.services import reports
from followup_desk.services.errors import UserError
from followup_desk.ui import dashboard_series as chart_data
from followup_desk.ui import formatting, messages, session
from followup_desk.ui.charts import BarChart, LineChart
from followup_desk.ui.forms import attach_form
from followup_desk.ui.picked_prospects_model import PickedProspectsModel
from followup_desk.ui.report_loader import ReportLoader
from followup_desk.ui.steps_table_model import REACHED_COLUMN, StepsTableModel

log = logging.getLogger("followup_desk.ui")

# Marked for translation here, translated when the pickers are filled.
PERIOD_CHOICES = (
    ("this_month", QT_TRANSLATE_NOOP("Dashboard", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("Dashboard", "Last month")),
    ("last_3_months", QT_TRANSLATE_NOOP("Dashboard", "Last 3 months")),
    ("last_12_months", QT_TRANSLATE_NOOP("Dashboard", "Last 12 months")),
    ("this_year", QT_TRANSLATE_NOOP("Dashboard", "This year")),
    ("custom", QT_TRANSLATE_NOOP("Dashboard", "Choose dates…")),
)
CHANNEL_CHOICES = (
    ("", QT_TRANSLATE_NOOP("Dashboard", "All channels")),
    ("phone", QT_TRANSLATE_NOOP("Dashboard", "Phone calls")),
    ("walk_in", QT_TRANSLATE_NOOP("Dashboard", "Walk-ins")),
    ("email", QT_TRANSLATE_NOOP("Dashboard", "E-mails")),
)
WITHIN_CHOICES = (7, 14, 30, 60, 90, 180)
PICKED_PANEL_WIDTH = 440
RELOAD_DELAY_MS = 250  # one reload for a burst of changes in the pickers
# The chart cards in reading order; the wide ones span both columns.
CARDS = (
    "funnel",
    "status",
    "week",
    "people",
    "conversions",
    "days",
    "touches",
    "cost",
    "overdue",
    "steps",
)
WIDE_CARDS = frozenset({"conversions", "steps"})
TWO_COLUMNS_FROM = 860  # pixels of room for the cards


def preset_period(key: str, today: dt.date) -> r.Period:
    """The period a choice in the picker stands for, seen from ``today``."""
    if key == "last_month":
        return r.Period.month_of(today.replace(day=1) - dt.timedelta(days=1))
    if key == "last_3_months":
        return r.last_months(today, 3)
    if key == "last_12_months":
        return r.last_months(today, 12)
    if key == "this_year":
        return r.Period(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    return r.Period.month_of(today)


def period_label(period: r.Period) -> str:
    """``March 2026`` for a whole month, else ``Mar 2, 2026 – May 31, 2026``."""
    if period.is_whole_month:
        return formatting.month_and_year(period.start)
    return f"{formatting.short_day(period.start)} – {formatting.short_day(period.end)}"


def during(period: r.Period) -> str:
    """``in March 2026`` or ``from Mar 2, 2026 to May 31, 2026``."""
    if period.is_whole_month:
        return QCoreApplication.translate("Dashboard", "in {month}").format(
            month=formatting.month_and_year(period.start)
        )
    return QCoreApplication.translate("Dashboard", "from {start} to {end}").format(
        start=formatting.short_day(period.start),
        end=formatting.short_day(period.end),
    )


def days_text(value, locale: str) -> str:
    """A number of days, the number in the shop's locale: ``19.5 days``."""
    if value is None:
        return words.NO_FIGURE
    if value == 1:
        return QCoreApplication.translate("Dashboard", "1 day")
    return QCoreApplication.translate("Dashboard", "{days} days").format(
        days=words.number_text(value, locale)
    )


class Dashboard(QWidget):
    """Figures and charts for the owner, for a period and channel."""

    prospect_activated = Signal(int)
    prospects_picked = Signal(list)
    figures_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "dashboard", [BarChart, LineChart])
        self.figures: r.ReportFigures | None = None
        self._today: dt.date | None = None
        self._stale = True
        self._updating_pickers = False
        self.loader = ReportLoader(self)
        self.steps_model = StepsTableModel(self)
        self.picked_model = PickedProspectsModel(self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)

        self._columns = 2
        self._setup_pickers()
        self._setup_charts()
        self._setup_tables()
        self._connect()
        self.ui.picked_panel.hide()
        self.ui.charts_scroll.viewport().installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            # A job still counting when the app quits must finish before the
            # database closes under it.
            app.aboutToQuit.connect(self.loader.wait)

    # -- what the window and tests use --------------------------------------------

    def today(self) -> dt.date:
        return self._today or profile_service.shop_today()

    def set_today(self, day: dt.date | None) -> None:
        """Look at the figures as on ``day`` (the shop's today by default)."""
        self._today = day
        self._apply_preset()

    def period(self) -> r.Period:
        start = formatting.from_qdate(self.ui.from_date.date())
        end = formatting.from_qdate(self.ui.to_date.date())
        return r.Period(min(start, end), max(start, end))

    def set_period(self, period: r.Period) -> None:
        """Show ``period`` (as "Choose dates…" unless it is a preset)."""
        self._updating_pickers = True
        try:
            self.ui.period_combo.setCurrentIndex(len(PERIOD_CHOICES) - 1)
            self.ui.from_date.setDate(formatting.to_qdate(period.start))
            self.ui.to_date.setDate(formatting.to_qdate(period.end))
            self._enable_dates(True)
        finally:
            self._updating_pickers = False
        self._schedule_reload()

    def channel(self) -> str | None:
        return self.ui.channel_combo.currentData() or None

    def set_channel(self, channel: str | None) -> None:
        index = self.ui.channel_combo.findData(channel or "")
        self.ui.channel_combo.setCurrentIndex(max(index, 0))

    def within_days(self) -> int:
        return self.ui.within_combo.currentData() or r.DEFAULT_WITHIN_DAYS

    def set_within_days(self, days: int) -> None:
        combo = self.ui.within_combo
        if combo.findData(days) < 0:
            combo.addItem(self.tr("%n days", "", days), days)
        combo.setCurrentIndex(combo.findData(days))

    def reload(self) -> None:
        """Read the figures again for the pickers' period and channel."""
        self._reload_timer.stop()
        self._stale = False
        self.loader.load(
            self.period(), self.channel(), self.within_days(), self.today()
        )

    def refresh_when_shown(self) -> None:
        """After a change elsewhere: reload now if on screen, else when shown."""
        if self.isVisible():
            self._schedule_reload()
        else:
            self._stale = True

    def save_report_to(self, pdf: Path) -> reports.SavedReport | None:
        """Save the figures on show as a PDF report, with a CSV beside it."""
        pdf = Path(pdf)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        try:
            with _busy_cursor():
                saved = reports.save_report(
                    self.period(),
                    pdf,
                    pdf.with_suffix(".csv"),
                    self.channel(),
                    self.within_days(),
                    self.today(),
                )
        except UserError as exc:
            messages.error(
                self,
                self.tr("Report"),
                self.tr("{problem}\n\nChoose another file name.").format(
                    problem=messages.translated(exc)
                ),
            )
            return None
        except OSError as exc:
            messages.error(
                self,
                self.tr("Report"),
                self.tr(
                    "The report could not be saved: {problem}.\n\nCheck that the "
                    "folder exists and you may write to it, or choose another one."
                ).format(problem=exc.strerror or exc),
            )
            return None
        self.ui.status_label.setText(
            self.tr("Saved {pdf} and {csv}.").format(
                pdf=saved.pdf.name, csv=saved.csv.name
            )
        )
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(saved.pdf)))
        return saved

    def pick(self, title: str, note: str, ids: list[int]) -> None:
        """List ``ids`` beside the charts and tell the window which they are."""
        self.ui.picked_title.setText(
            self.tr("{title}: %Ln prospects", "", len(ids)).format(title=title)
        )
        self.ui.picked_note.setText(note)
        self.picked_model.set_ids(ids)
        if self.ui.picked_panel.isHidden():
            self.ui.picked_panel.show()
            total = sum(self.ui.main_splitter.sizes())
            self.ui.main_splitter.setSizes(
                [max(0, total - PICKED_PANEL_WIDTH), PICKED_PANEL_WIDTH]
            )
        self.prospects_picked.emit(ids)

    # -- building ----------------------------------------------------------------

    def _setup_pickers(self) -> None:
        for key, text in PERIOD_CHOICES:
            self.ui.period_combo.addItem(self.tr(text), key)
        for key, text in CHANNEL_CHOICES:
            self.ui.channel_combo.addItem(self.tr(text), key)
        for days in WITHIN_CHOICES:
            self.ui.within_combo.addItem(self.tr("%n days", "", days), days)
        self.ui.within_combo.setCurrentIndex(WITHIN_CHOICES.index(30))
        self._apply_preset()

    def _setup_charts(self) -> None:
        ui = self.ui
        for chart in (ui.funnel_chart, ui.status_chart, ui.people_chart):
            chart.configure(horizontal=True, stacked=chart is ui.people_chart)
        ui.conversions_chart.configure(stacked=True)
        ui.cost_chart.configure(stacked=True)
        ui.week_chart.configure()
        ui.main_splitter.setStretchFactor(0, 3)
        ui.main_splitter.setStretchFactor(1, 1)

    def _setup_tables(self) -> None:
        for view, model in (
            (self.ui.steps_table, self.steps_model),
            (self.ui.picked_table, self.picked_model),
        ):
            view.setModel(model)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(26)
            view.setWordWrap(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            header = view.horizontalHeader()
            header.setHighlightSections(False)
            # Room between the number columns, so "1" and "100.0%" never touch.
            header.setMinimumSectionSize(84)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        ui.from_date.dateChanged.connect(self._on_date_changed)
        ui.to_date.dateChanged.connect(self._on_date_changed)
        ui.channel_combo.currentIndexChanged.connect(self._schedule_reload)
        ui.within_combo.currentIndexChanged.connect(self._schedule_reload)
        ui.save_button.clicked.connect(self._on_save_button_clicked)
        ui.close_picked_button.clicked.connect(ui.picked_panel.hide)
        ui.picked_table.activated.connect(self._on_picked_table_activated)
        ui.steps_table.activated.connect(self._on_steps_table_activated)
        self._reload_timer.timeout.connect(self.reload)
        self.loader.loaded.connect(self._on_loader_loaded)
        self.loader.failed.connect(self._on_loader_failed)
        self.loader.busy_changed.connect(self._on_loader_busy_changed)
        for name, handler in self._bar_handlers().items():
            getattr(ui, f"{name}_chart").bar_activated.connect(handler)

    def _bar_handlers(self) -> dict[str, Callable[[int, int], None]]:
        return {
            "funnel": self._on_funnel_chart_bar_activated,
            "status": self._on_status_chart_bar_activated,
            "week": self._on_week_chart_bar_activated,
            "people": self._on_people_chart_bar_activated,
            "conversions": self._on_conversions_chart_bar_activated,
            "days": self._on_days_chart_bar_activated,
            "touches": self._on_touches_chart_bar_activated,
            "cost": self._on_cost_chart_bar_activated,
            "overdue": self._on_overdue_chart_bar_activated,
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The scroll area settles its width after this widget's own resize
        # (the splitter lays it out later), so its viewport is what counts.
        if event.type() == QEvent.Type.Resize:
            room = self.ui.charts_scroll.viewport().width()
            self._arrange_cards(2 if room >= TWO_COLUMNS_FROM else 1)
        return False

    def _arrange_cards(self, columns: int) -> None:
        """Cards side by side when there is room, else one under the other."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self.ui.charts_grid
        cards = [getattr(self.ui, f"{name}_card") for name in CARDS]
        for card in cards:
            grid.removeWidget(card)
        row = column = 0
        for name, card in zip(CARDS, cards, strict=True):
            wide = name in WIDE_CARDS or columns == 1
            if wide and column:
                row, column = row + 1, 0
            grid.addWidget(card, row, column, 1, columns if wide else 1)
            column = 0 if wide else column + 1
            if column == 0 or column == columns:
                row, column = row + 1, 0

    # -- pickers -------------------------------------------------------------------

    def _apply_preset(self) -> None:
        key = self.ui.period_combo.currentData() or "this_month"
        if key == "custom":
            self._enable_dates(True)
            return
        period = preset_period(key, self.today())
        self._updating_pickers = True
        try:
            self.ui.from_date.setDate(formatting.to_qdate(period.start))
            self.ui.to_date.setDate(formatting.to_qdate(period.end))
            self._enable_dates(False)
        finally:
            self._updating_pickers = False

    def _enable_dates(self, enabled: bool) -> None:
        self.ui.from_date.setEnabled(enabled)
        self.ui.to_date.setEnabled(enabled)

    def _schedule_reload(self, *_args) -> None:
        self._reload_timer.start()

    def _on_period_combo_changed(self, _index: int) -> None:
        if self._updating_pickers:
            return
        self._apply_preset()
        self._schedule_reload()

    def _on_date_changed(self, _date: QDate) -> None:
        if not self._updating_pickers:
            self._schedule_reload()

    # -- showing the figures ---------------------------------------------------------

    def _on_loader_busy_changed(self, busy: bool) -> None:
        self.ui.status_label.setText(self.tr("Updating…") if busy else "")

    def _on_loader_failed(self, message: str, details: str) -> None:
        messages.error(
            self,
            self.tr("Dashboard"),
            self.tr(
                "{problem}\n\nCheck that the database can be reached, then pick "
                "the period again."
            ).format(problem=message),
            details,
        )

    def _on_loader_loaded(self, figures: r.ReportFigures) -> None:
        self.figures = figures
        self._show_tiles(figures)
        self._show_notes(figures)
        ui = self.ui
        ui.cost_chart.axis_format = chart_data.money_axis(figures)
        ui.overdue_chart.label_every = 7 if len(figures.overdue) <= 62 else 4
        for chart, data in (
            (ui.funnel_chart, chart_data.funnel(figures)),
            (ui.status_chart, chart_data.statuses(figures)),
            (ui.week_chart, chart_data.week(figures)),
            (ui.people_chart, chart_data.people(figures)),
            (ui.conversions_chart, chart_data.conversions(figures)),
            (ui.days_chart, chart_data.days_to_order(figures)),
            (ui.touches_chart, chart_data.touches_to_order(figures)),
            (ui.cost_chart, chart_data.costs(figures)),
            (ui.overdue_chart, chart_data.overdue(figures)),
        ):
            chart.set_data(data.categories, data.series, data.totals, data.empty_text)
        self.steps_model.load(
            figures.steps, figures.within_days, figures.currency, figures.locale
        )
        self.figures_shown.emit()

    def _show_tiles(self, f: r.ReportFigures) -> None:
        ui, loc = self.ui, f.locale
        ui.first_contacts_value.setText(words.number_text(f.funnel.first_contacts, loc))
        ui.conversion_value.setText(words.percent_text(f.funnel.conversion_rate, loc))
        ui.customers_won_value.setText(words.number_text(f.customers_won, loc))
        ui.median_days_value.setText(days_text(f.time_to_order.median_days, loc))
        ui.cost_per_customer_value.setText(
            words.money_text(f.cost.cost_per_customer, f.currency, loc)
        )
        ui.overdue_now_value.setText(words.number_text(f.week.overdue, loc))

    def _show_notes(self, f: r.ReportFigures) -> None:
        ui, when = self.ui, during(f.period)
        as_of = formatting.long_day(f.today)
        channel = messages.translated(words.channel_label(f.channel))
        ui.period_hint.setText(
            self.tr("{channel} · {period} · figures as of {day}").format(
                channel=channel, period=period_label(f.period), day=as_of
            )
        )
        ui.funnel_note.setText(
            self.tr(
                "Prospects first contacted {when}, and how many reached each stage."
            ).format(when=when)
        )
        ui.week_note.setText(
            self.tr(
                "Week of {day}: overdue now, still due by Sunday, and done since "
                "Monday."
            ).format(day=formatting.short_day(f.week.week.start))
        )
        ui.people_note.setText(
            self.tr("Follow-ups marked done {when}.").format(when=when)
        )
        t = f.time_to_order
        ui.days_note.setText(
            self.tr("Customers won {when} · median {days}.").format(
                when=when, days=days_text(t.median_days, f.locale)
            )
        )
        ui.touches_note.setText(
            self.tr(
                "Follow-ups done before their first order · median {count}."
            ).format(count=words.number_text(t.median_touches, f.locale))
        )
        ui.overdue_note.setText(
            self.tr(
                "Follow-ups past their window at the start of each day {when}."
            ).format(when=when)
        )
        ui.steps_note.setText(
            self.tr(
                "For the prospects first contacted {when}: how many had each step "
                "done, and how many ordered within %n days after it.",
                "",
                f.within_days,
            ).format(when=when)
        )

    # -- click-through ------------------------------------------------------------

    def _query(self, work: Callable[[], list[int]]) -> list[int]:
        with _busy_cursor():
            return work()

    def _on_funnel_chart_bar_activated(self, _series: int, category: int) -> None:
        f = self.figures
        stage = f.funnel.stages[category]
        ids = self._query(
            lambda: reports.funnel_prospects(stage.key, f.period, f.channel)
        )
        self.pick(messages.translated(stage.label), self._first_contacted(f), ids)

    def _on_status_chart_bar_activated(self, _series: int, category: int) -> None:
        f = self.figures
        status = list(f.statuses)[category]
        ids = self._query(lambda: reports.status_prospects(status, f.period, f.channel))
        self.pick(
            messages.translated(words.status_label(status)),
            self._first_contacted(f),
            ids,
        )

    def _on_week_chart_bar_activated(self, series: int, category: int) -> None:
        f = self.figures
        which = ("overdue", "due", "done")[series]
        kind = f.week.kinds[category].kind
        ids = self._query(
            lambda: reports.week_prospects(which, kind, f.today, f.channel)
        )
        kinds = messages.translated(words.kind_plural(kind))
        title = {
            "overdue": self.tr("{kinds} overdue this week"),
            "due": self.tr("{kinds} due this week"),
            "done": self.tr("{kinds} done this week"),
        }[which].format(kinds=kinds)
        note = self.tr("Week of {day}.").format(
            day=formatting.short_day(f.week.week.start)
        )
        self.pick(title, note, ids)

    def _on_people_chart_bar_activated(self, series: int, category: int) -> None:
        f = self.figures
        person = f.people[category]
        kind = chart_data.people_kinds(f)[series]
        ids = self._query(
            lambda: reports.person_prospects(person.who, f.period, f.channel, kind)
        )
        title = self.tr("{kinds} by {person}").format(
            kinds=messages.translated(words.kind_plural(kind)),
            person=messages.translated(words.person_label(person.who)),
        )
        self.pick(title, self.tr("Done {when}.").format(when=during(f.period)), ids)

    def _on_conversions_chart_bar_activated(self, series: int, category: int) -> None:
        f = self.figures
        channel = list(f.conversions.series)[series]
        month = f.conversions.months[category]
        ids = self._query(lambda: reports.won_prospects(month, channel))
        title = self.tr("Customers won in {month}").format(
            month=formatting.month_and_year(month.start)
        )
        channels = messages.translated(words.CHANNEL_PLURALS.get(channel, channel))
        self.pick(title, f"{channels}.", ids)

    def _on_days_chart_bar_activated(self, _series: int, category: int) -> None:
        bucket = self.figures.time_to_order.day_buckets[category]
        self.pick(
            self.tr("Ordered after {days} days").format(
                days=chart_data.bucket_range(bucket)
            ),
            self._customers_won(self.figures),
            list(bucket.prospect_ids),
        )

    def _on_touches_chart_bar_activated(self, _series: int, category: int) -> None:
        bucket = self.figures.time_to_order.touch_buckets[category]
        self.pick(
            self.tr("Ordered after {count} follow-ups").format(
                count=chart_data.bucket_range(bucket)
            ),
            self._customers_won(self.figures),
            list(bucket.prospect_ids),
        )

    def _on_cost_chart_bar_activated(self, _series: int, category: int) -> None:
        f = self.figures
        month = f.monthly_costs[category].period
        ids = self._query(lambda: reports.won_prospects(month, f.channel))
        self.pick(
            self.tr("Customers won in {month}").format(
                month=formatting.month_and_year(month.start)
            ),
            self.tr("Whose first order the month's costs are divided by."),
            ids,
        )

    def _on_overdue_chart_bar_activated(self, _series: int, category: int) -> None:
        f = self.figures
        day = f.overdue[category][0]
        ids = self._query(lambda: reports.overdue_prospects(day, f.channel))
        self.pick(
            self.tr("Overdue on {day}").format(day=formatting.short_day(day)),
            self.tr("Prospects with a follow-up past its window that morning."),
            ids,
        )

    def _on_steps_table_activated(self, index: QModelIndex) -> None:
        f = self.figures
        step = self.steps_model.step_at(index.row())
        if f is None or step is None:
            return
        within = None if index.column() == REACHED_COLUMN else f.within_days
        ids = self._query(
            lambda: reports.step_prospects(step.key, f.period, f.channel, within)
        )
        if within is None:
            self.pick(
                step.title,
                self.tr("Done for prospects first contacted {when}.").format(
                    when=during(f.period)
                ),
                ids,
            )
        else:
            self.pick(
                step.title,
                self.tr("Ordered within %n days after this step.", "", within),
                ids,
            )

    def _first_contacted(self, f: r.ReportFigures) -> str:
        return self.tr("First contacted {when}.").format(when=during(f.period))

    def _customers_won(self, f: r.ReportFigures) -> str:
        return self.tr("Customers won {when}.").format(when=during(f.period))

    def _on_picked_table_activated(self, index: QModelIndex) -> None:
        prospect_id = self.picked_model.prospect_id(index.row())
        if prospect_id is not None:
            self.prospect_activated.emit(prospect_id)

    def _on_save_button_clicked(self) -> None:
        period = self.period()
        span = (
            f"{period.start:%Y-%m}"
            if period.is_whole_month
            else f"{period.start}–{period.end}"
        )
        name = self.tr("Follow-up report {period}.pdf").format(period=span)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(session.documents_folder() / name),
            self.tr("PDF report (*.pdf)"),
        )
        if path:
            self.save_report_to(Path(path))


@contextmanager
def _busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
