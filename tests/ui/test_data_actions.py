"""The data menu commands: exports of lists, a prospect's data, erasure."""

from __future__ import annotations

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QWidget

from followup_desk.io import export
from followup_desk.storage.models import Prospect
from followup_desk.ui.data_actions import DataActions, model_rows
from followup_desk.ui.prospect_table_model import ProspectTableModel


@pytest.fixture
def actions(qtbot, ui_db, shown_messages):
    window = QWidget()
    qtbot.addWidget(window)
    state = {"search": "", "prospect": None}
    data = DataActions(window, lambda: state["search"], lambda: state["prospect"])
    data.state = state
    data.said = []
    data.message.connect(data.said.append)
    return data


def test_any_list_view_exports_as_shown(qtbot, actions, make_prospect, tmp_path):
    for i in range(450):  # more than two of the list's lazy blocks
        make_prospect(first_name=f"Name{i:03}", last_name="=Sum", email="")
    model = ProspectTableModel()
    model.reload()
    assert model.rowCount() < 450

    headers, rows = model_rows(model)
    assert headers[:3] == ["Name", "Company", "Phone"] and len(rows) == 450

    assert actions.export_view(model, tmp_path / "list.csv") == 450
    text = (tmp_path / "list.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith('"\'=Sum, Name000",')
    assert actions.said == ["Wrote 450 rows to list.csv."]


def test_search_limits_exports(actions, make_prospect, tmp_path):
    make_prospect(first_name="Zoë", last_name="Müller", email="zoe@example.com")
    make_prospect(first_name="Ann", last_name="Lee", email="ann@example.com")
    actions.state["search"] = "mül"
    assert actions.export_csv(tmp_path / "a.csv") == 1
    assert actions.export_vcards(tmp_path / "a.vcf") == 1
    assert "Müller" in (tmp_path / "a.vcf").read_text(encoding="utf-8")
    assert actions.export_calendar(tmp_path / "a.ics", keep_current=True) > 0
    assert export.calendar_feed_path() == (tmp_path / "a.ics").resolve()
    make_prospect(first_name="New", last_name="One")
    before = len(Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT"))
    actions.refresh_calendar_feed(wait=True)
    after = len(Calendar.from_ical((tmp_path / "a.ics").read_bytes()).walk("VEVENT"))
    assert after > before


def test_export_to_a_missing_folder_is_explained(actions, shown_messages, tmp_path):
    assert actions.export_csv(tmp_path / "gone" / "x.csv") is None
    kind, title, text, _ = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Export")
    assert "does not exist" in text


def test_erase_asks_then_erases(actions, shown_messages, make_prospect, tmp_path):
    ann = make_prospect(first_name="Ann", last_name="Lee", email="ann@example.com")
    assert not actions.erase_prospect()  # no prospect open
    assert shown_messages.titles()[-1] == "Prospect"

    actions.state["prospect"] = ann.id
    assert actions.export_prospect(tmp_path / "ann.txt")
    assert "ann@example.com" in (tmp_path / "ann.txt").read_text(encoding="utf-8")
    shown_messages.answer = False
    assert not actions.erase_prospect()
    assert Prospect.get_by_id(ann.id).email == "ann@example.com"

    shown_messages.answer = True
    with_changed = []
    actions.data_changed.connect(lambda: with_changed.append(True))
    assert actions.erase_prospect()
    assert Prospect.get_by_id(ann.id).email == ""
    assert with_changed == [True]
    assert "Erase Ann Lee for good?" in shown_messages.shown[-1][2]
