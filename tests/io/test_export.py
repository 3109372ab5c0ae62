"""Exports: CSV that spreadsheets cannot run, vCards, and the follow-up calendar."""

import datetime as dt

import pytest
from icalendar import Calendar

from followup_desk.io import export, import_runs
from followup_desk.io.import_preview import preview_file
from followup_desk.services import contacts, touches
from followup_desk.storage.models import Prospect, Touch

FRIDAY = dt.date(2026, 12, 4)
EXPORTED = [name for _, name in export.PROSPECT_COLUMNS if name != "status"]


def add(**fields):
    fields.setdefault("channel", "phone")
    return contacts.log_first_contact(contacts.NewContact(**fields), FRIDAY)


def people():
    add(
        first_name='=HYPERLINK("http://evil","x")',
        last_name="+Plus",
        company="-minus & <Co>",
        email="at@sign.example",
        notes='@home\nsecond line, with comma; and "quotes"',
        phone="+44 20 7946 0958",
        country="GB",
        city="London",
    )
    add(
        first_name="Zoë",
        last_name="Müller",
        company="Café Größe",
        email="zoe@cafe.example",
        phone="+49 171 2345678",
        street="Hauptstraße 1",
        street2="Hinterhaus",
        postcode="80331",
        city="München",
        country="DE",
        channel="email",
        interest="high",
    )
    add(
        first_name="山田",
        last_name="太郎",
        company="株式会社テスト 🎉",
        phone="617-555-0123",
    )
    add(
        first_name="Art",
        last_name="Venere",
        postcode="08014",
        region="NJ",
        city="Bridgeport",
    )


def snapshot():
    rows = Prospect.select().order_by(Prospect.search_last, Prospect.id)
    return [tuple(str(getattr(p, name)) for name in EXPORTED) for p in rows]


def test_formula_cells_are_neutralised():
    data = export.csv_bytes(["=SUM(A1)", "Name"], [["@cmd", "-2+3"], ["+1 555", "ok"]])
    text = data.decode("utf-8-sig")
    assert text.splitlines() == ["'=SUM(A1),Name", "'@cmd,'-2+3", "'+1 555,ok"]
    assert data.startswith(b"\xef\xbb\xbf")
    assert export.neutralise("\tx") == "'\tx" and export.neutralise("a=b") == "a=b"


def test_exported_csv_reimports_to_the_same_data(db, tmp_path):
    people()
    before = snapshot()
    path = tmp_path / "list.csv"
    assert export.export_prospects_csv(path) == 4
    raw = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+Plus" in raw and "'-minus" in raw

    Prospect.delete().execute()  # touches go with them (ON DELETE CASCADE)
    report = import_runs.apply_import(preview_file(path))

    assert (report.imported, report.skipped) == (4, [])
    assert snapshot() == before


def test_csv_of_a_search_and_of_chosen_ids(db, tmp_path):
    people()
    path = tmp_path / "some.csv"
    assert export.export_prospects_csv(path, search_text="mül") == 1
    assert "Müller" in path.read_text(encoding="utf-8-sig")
    art = Prospect.get(Prospect.last_name == "Venere")
    assert export.export_prospects_csv(path, ids=[art.id]) == 1
    assert "Venere" in path.read_text(encoding="utf-8-sig")


def test_vcards_of_chosen_prospects_read_back(db, tmp_path):
    people()
    chosen = [
        p.id
        for p in Prospect.select().where(Prospect.last_name.in_(["Müller", "太郎"]))
    ]
    path = tmp_path / "cards.vcf"
    assert export.export_vcards(path, chosen) == 2
    Prospect.delete().execute()

    preview = preview_file(path)

    zoe, taro = sorted((r.contact for r in preview.rows), key=lambda c: c.company)
    assert (zoe.first_name, zoe.last_name, zoe.company) == (
        "Zoë",
        "Müller",
        "Café Größe",
    )
    assert (zoe.street, zoe.street2, zoe.postcode, zoe.city) == (
        "Hauptstraße 1",
        "Hinterhaus",
        "80331",
        "München",
    )
    assert zoe.country == "DE" and zoe.phone == "+49 171 2345678"
    assert (taro.company, taro.phone) == ("株式会社テスト 🎉", "617-555-0123")
    with pytest.raises(export.ExportError, match="No prospects"):
        export.export_vcards(path, [])


def test_the_calendar_has_one_event_per_due_follow_up(db, tmp_path):
    people()
    today = dt.date(2026, 12, 7)
    zoe = Prospect.get(Prospect.last_name == "Müller")
    first = touches.touches_for(zoe.id)[0]
    touches.complete_touch(first.id, "sent")  # done: no longer an event
    path = tmp_path / "followups.ics"

    count = export.export_calendar(path, today=today, days_back=14, days_ahead=60)

    calendar = Calendar.from_ical(path.read_bytes())
    events = calendar.walk("VEVENT")
    window = (Touch.status == "open") & Touch.due.between(
        today - dt.timedelta(days=14), today + dt.timedelta(days=60)
    )
    expected = {t.id for t in Touch.select().where(window)}
    assert count == len(events) == len(expected) > 0
    assert {str(e["uid"]) for e in events} == {
        f"touch-{i}@followup-desk" for i in expected
    }
    assert f"touch-{first.id}@followup-desk" not in {str(e["uid"]) for e in events}
    for event in events:
        start = event.decoded("dtstart")
        assert type(start) is dt.date  # all-day, no time zone games
        assert event.decoded("dtend") == start + dt.timedelta(days=1)
    touch = Touch.get(Touch.id == min(expected))
    event = next(
        e for e in events if str(e["uid"]) == f"touch-{touch.id}@followup-desk"
    )
    assert event.decoded("dtstart") == touch.due
    assert touch.prospect.display_name in str(event["summary"])
    assert str(calendar["x-wr-calname"]).startswith("Follow-ups")


def test_a_calendar_kept_current_is_rewritten(db, tmp_path):
    people()
    path = tmp_path / "feed.ics"
    first = export.keep_calendar_current(path, days_back=400, days_ahead=400)
    assert export.calendar_feed_path() == path.resolve()
    add(first_name="New", last_name="Caller")

    second = export.refresh_calendar_feed()

    assert second > first
    assert len(Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == second
    export.stop_calendar_feed()
    assert export.refresh_calendar_feed() is None


def test_unwritable_places_say_what_to_do(db, tmp_path):
    with pytest.raises(export.ExportError, match="does not exist"):
        export.export_table_csv(tmp_path / "no" / "x.csv", ["a"], [])
    with pytest.raises(export.ExportError, match="is a folder"):
        export.export_table_csv(tmp_path, ["a"], [])
