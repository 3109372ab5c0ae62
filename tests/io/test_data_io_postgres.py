"""Import, undo, export and erase on the real PostgreSQL server."""

import datetime as dt

from icalendar import Calendar

from followup_desk.io import export, import_runs
from followup_desk.io.import_preview import MERGE, preview_file
from followup_desk.services import privacy
from followup_desk.storage.models import Prospect, Touch

FRIDAY = dt.date(2026, 12, 4)


def test_the_whole_round_on_postgresql(pg_db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(
        "first_name,last_name,email,phone,zip\n"
        "Σοφία,Παπαδοπούλου,sofia@omega.example,+30 691 234 5678,10563\n"
        "Ann,Lee,ann@lee.example,(617) 555-0123,2108\n",
        encoding="utf-8",
    )
    first = import_runs.apply_import(preview_file(path, contacted_on=FRIDAY))
    assert first.imported == 2

    again = tmp_path / "again.csv"
    again.write_text(
        "first_name,last_name,phone,zip,address\n"
        "ANN,lee,617.555.0123,02108,1 Main St\n"  # same phone, same name+ZIP
        "Bob,Brown,,,\n",
        encoding="utf-8",
    )
    preview = preview_file(again, contacted_on=FRIDAY)
    ann = Prospect.get(Prospect.email == "ann@lee.example")
    assert preview.rows[0].duplicate_of == ann.id
    assert preview.set_action(0, MERGE)
    second = import_runs.apply_import(preview)
    assert (second.imported, second.merged) == (1, 1)
    assert Prospect.get_by_id(ann.id).street == "1 Main St"

    assert import_runs.undo_import(second.batch_id) == 1
    assert Prospect.get_by_id(ann.id).street == ""
    assert Prospect.select().count() == 2

    ics = tmp_path / "f.ics"
    count = export.export_calendar(ics, today=FRIDAY, days_back=0, days_ahead=400)
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == count
    assert count == Touch.select().where(Touch.status == "open").count()

    report = privacy.erase_prospect(ann.id)
    assert report.rows_changed["prospect"] == 1
    erased = Prospect.get_by_id(ann.id)
    assert (erased.email, erased.phone, erased.last_name) == ("", "", "")
    assert Prospect.get(Prospect.email == "sofia@omega.example").last_name == (
        "Παπαδοπούλου"
    )
