"""The import preview: mapping, per-row problems, duplicates, merge and undo."""

import datetime as dt
from pathlib import Path

import pytest

from followup_desk.io import columns, import_preview, import_runs
from followup_desk.io.csv_import import CsvImportError
from followup_desk.io.import_preview import ADD, LEAVE_OUT, MERGE, SKIP, preview_file
from followup_desk.services import contacts, quotes, touches
from followup_desk.storage.io_models import ImportBatch
from followup_desk.storage.models import Prospect, Quote, Touch

SAMPLE = Path(__file__).parents[2] / ".." / "shared" / "samples" / "us-500.csv"
FRIDAY = dt.date(2026, 12, 4)

# Header rows as the two big address books write them (abridged: the real
# files have a few dozen more columns, all of which are left unmapped).
GOOGLE_HEADER = [
    "Name",
    "Given Name",
    "Additional Name",
    "Family Name",
    "Nickname",
    "Birthday",
    "Notes",
    "Group Membership",
    "E-mail 1 - Type",
    "E-mail 1 - Value",
    "E-mail 2 - Type",
    "E-mail 2 - Value",
    "Phone 1 - Type",
    "Phone 1 - Value",
    "Phone 2 - Type",
    "Phone 2 - Value",
    "Address 1 - Type",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Organization 1 - Type",
    "Organization 1 - Name",
    "Organization 1 - Title",
    "Website 1 - Type",
    "Website 1 - Value",
]
OUTLOOK_HEADER = [
    "Title",
    "First Name",
    "Middle Name",
    "Last Name",
    "Suffix",
    "Company",
    "Department",
    "Job Title",
    "Business Street",
    "Business Street 2",
    "Business Street 3",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Home Phone",
    "Mobile Phone",
    "E-mail Address",
    "E-mail Type",
    "E-mail Display Name",
    "E-mail 2 Address",
    "Notes",
    "Web Page",
]


def write_rows(tmp_path, header, rows, name="contacts.csv", encoding="utf-8", sep=","):
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=sep, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(h, "") for h in header])
    path = tmp_path / name
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def test_google_contacts_export_is_recognised_and_mapped(db, tmp_path):
    path = write_rows(
        tmp_path,
        GOOGLE_HEADER,
        [
            {
                "Name": "Zoë Müller",
                "Given Name": "Zoë",
                "Family Name": "Müller",
                "Notes": "Wants 500 flyers",
                "E-mail 1 - Value": "zoe@cafe.example ::: zoe.private@example.org",
                "Phone 1 - Value": "+49 89 1234567 ::: 0171 2345678",
                "Address 1 - Formatted": "Hauptstraße 1\n80331 München",
                "Address 1 - Street": "Hauptstraße 1",
                "Address 1 - City": "München",
                "Address 1 - Postal Code": "80331",
                "Address 1 - Country": "Germany",
                "Organization 1 - Name": "Café Größe & Co",
                "Website 1 - Value": "https://cafe.example",
            }
        ],
    )
    preview = preview_file(path, contacted_on=FRIDAY)

    assert preview.found_as == "google"
    mapped = dict(zip(GOOGLE_HEADER, preview.mapping, strict=True))
    assert mapped["Given Name"] == "first_name"
    assert mapped["Name"] == ""  # the split columns are there; no double name
    assert mapped["E-mail 1 - Type"] == "" and mapped["Address 1 - Formatted"] == ""
    row = preview.rows[0]
    assert row.status == "ok", (row.problems, row.warnings)
    c = row.contact
    assert (c.first_name, c.last_name, c.company) == (
        "Zoë",
        "Müller",
        "Café Größe & Co",
    )
    assert (c.email, c.country, c.city) == ("zoe@cafe.example", "DE", "München")
    # A German number seen from a US shop is written internationally.
    assert (c.phone, c.phone2) == ("+49 89 1234567", "+49 171 2345678")
    assert "Other e-mail: zoe.private@example.org" in c.notes


def test_outlook_export_prefers_the_business_block(db, tmp_path):
    path = write_rows(
        tmp_path,
        OUTLOOK_HEADER,
        [
            {
                "First Name": "Ann",
                "Last Name": "O'Neil",
                "Company": "O'Neil & Daughters <Print>",
                "Business Street": "1 Main St",
                "Business City": "Boston",
                "Business State": "MA",
                "Business Postal Code": "2108",
                "Business Country/Region": "United States",
                "Home Street": "9 Elm Rd",
                "Home City": "Quincy",
                "Business Fax": "617-555-0199",
                "Business Phone": "(617) 555-0123",
                "Mobile Phone": "617.555.0177",
                "E-mail Address": "Ann@ONeil.example",
            },
            {
                # A private contact: only the Home block is filled.
                "First Name": "Bob",
                "Last Name": "Home",
                "Home Street": "2 Side St",
                "Home City": "Salem",
                "Home State": "MA",
                "Home Postal Code": "1970",
                "Home Phone": "978 555 0142",
            },
        ],
        encoding="cp1252",
    )
    preview = preview_file(path, contacted_on=FRIDAY)

    assert preview.found_as == "outlook"
    assert preview.source.encoding == "utf-8"  # only ASCII here
    ann, bob = (r.contact for r in preview.rows)
    assert (ann.street, ann.city, ann.postcode, ann.country) == (
        "1 Main St",
        "Boston",
        "02108",
        "US",
    )
    assert (ann.phone, ann.phone2) == ("617-555-0123", "617-555-0177")
    assert ann.email == "ann@oneil.example"
    assert ann.company == "O'Neil & Daughters <Print>"
    assert (bob.street, bob.city, bob.postcode, bob.phone) == (
        "2 Side St",
        "Salem",
        "01970",
        "978-555-0142",
    )
    assert "ZIP 1970 written as 01970" in preview.rows[1].fixes
    assert "Business Fax" in preview.ignored_columns


TEXT = (
    "Vorname,Nachname,Firma,Ort,Telefon\n"
    "Zoë,Müller,Café Größe,München,+49 89 1234567\n"
    "Σοφία,Παπαδοπούλου,Ωμέγα Α.Ε.,Αθήνα,\n"
    "Пётр,Иванов,Рога и копыта,Москва,\n"
    "山田,太郎,株式会社テスト,東京,\n"
    'Ann 🎉,Lee,"Lee & Sons, ""Best"" <Print>",Boston,\n'
)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]
)
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_every_encoding_and_separator(db, tmp_path, encoding, sep):
    text = TEXT.replace(",", sep) if sep != "," else TEXT
    if sep != ",":
        # The company with a comma keeps it: only the separators change.
        text = text.replace(f"Lee & Sons{sep} ", "Lee & Sons, ")
    if encoding in ("cp1252", "latin-1"):
        # These code pages hold only the Western European rows.
        text = "\n".join(text.splitlines()[:2]) + "\n"
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding))
    mapping = ["first_name", "last_name", "company", "city", "phone"]

    preview = preview_file(path, mapping=mapping, contacted_on=FRIDAY)
    report = import_runs.apply_import(preview)

    assert preview.source.delimiter == sep
    assert report.skipped == []
    zoe = Prospect.get(Prospect.last_name == "Müller")
    assert (zoe.company, zoe.city) == ("Café Größe", "München")
    if encoding.startswith("utf"):
        assert report.imported == 5
        assert Prospect.get(Prospect.city == "Αθήνα").company == "Ωμέγα Α.Ε."
        assert Prospect.get(Prospect.city == "Москва").first_name == "Пётр"
        assert Prospect.get(Prospect.city == "東京").company == "株式会社テスト"
        ann = Prospect.get(Prospect.last_name == "Lee")
        assert ann.first_name == "Ann 🎉"
        assert ann.company == 'Lee & Sons, "Best" <Print>'


def test_problems_are_shown_per_row_and_nothing_is_written(db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "first_name,last_name,email,phone,channel\n"
        "Ann,Lee,ann@example.com,617-555-0123,phone\n"
        ",,nobody@example.com,,\n"
        "Bob,Brown,bob@example,,\n"
        "Cy,Cole,,555-0100,\n"
        "Di,Dee,,,fax\n",
        encoding="utf-8",
    )
    preview = preview_file(path, contacted_on=FRIDAY)

    assert Prospect.select().count() == 0
    by_line = {row.line: row for row in preview.rows}
    assert by_line[2].status == "ok"
    assert by_line[3].action == LEAVE_OUT and "name" in by_line[3].problems[0]
    assert by_line[4].action == LEAVE_OUT and "e-mail" in by_line[4].problems[0]
    # A doubtful phone number is kept as written, with a warning.
    assert by_line[5].action == ADD and by_line[5].status == "warning"
    assert "555-0100" in by_line[5].warnings[0]
    assert "fax" in by_line[6].problems[0]
    assert preview.counts()[ADD] == 2 and preview.counts()[LEAVE_OUT] == 3
    assert not preview.set_action(1, ADD)  # a row with problems stays out


def test_duplicates_are_found_three_ways_and_skipped_by_default(db, tmp_path):
    ann = contacts.log_first_contact(
        contacts.NewContact(first_name="Ann", last_name="Lee", email="ann@lee.example"),
        FRIDAY,
    )
    bob = contacts.log_first_contact(
        contacts.NewContact(first_name="Bob", last_name="Ray", phone="(201) 555-0142"),
        FRIDAY,
    )
    cy = contacts.log_first_contact(
        contacts.NewContact(
            first_name="Cy", last_name="Çelik", postcode="07001", street="1 A St"
        ),
        FRIDAY,
    )
    path = tmp_path / "again.csv"
    path.write_text(
        "first_name,last_name,email,phone,zip\n"
        "Annie,Lee,ANN@lee.example,,\n"  # same e-mail, other spelling
        "Robert,Ray,,+1 201 555 0142,\n"  # same phone, other format
        "CY,celik,,,7001\n"  # same name and postcode (ZIP repaired)
        "Dee,New,dee@new.example,,\n"
        "Dee,New,dee@new.example,,\n",  # twice in the file
        encoding="utf-8",
    )
    preview = preview_file(path, contacted_on=FRIDAY)
    rows = preview.rows

    assert [r.duplicate_of for r in rows[:3]] == [ann.id, bob.id, cy.id]
    assert [r.duplicate_reason for r in rows[:3]] == [
        "same e-mail",
        "same phone",
        "same name and postcode",
    ]
    assert rows[3].action == ADD and not rows[3].is_duplicate
    assert rows[4].duplicate_line == 5 and rows[4].action == SKIP
    assert rows[0].duplicate_text == f"Same e-mail as Ann Lee (prospect {ann.id})"

    report = import_runs.apply_import(preview)

    assert report.imported == 1
    assert Prospect.select().count() == 4
    dee = Prospect.get(Prospect.last_name == "New")
    assert dict(report.skipped)[6] == (
        f"already in the list (same e-mail as prospect {dee.id})"
    )


def test_merge_on_request_fills_gaps_and_undo_restores(db, tmp_path):
    ann = contacts.log_first_contact(
        contacts.NewContact(
            first_name="Ann", last_name="Lee", email="ann@lee.example", phone=""
        ),
        FRIDAY,
    )
    path = tmp_path / "more.csv"
    path.write_text(
        "first_name,last_name,email,phone,address,city,notes\n"
        "Annie,Lee,ann@lee.example,617-555-0123,1 Main St,Boston,Likes blue\n"
        "New,Person,new@example.com,,,,\n",
        encoding="utf-8",
    )
    preview = preview_file(path, contacted_on=FRIDAY)
    assert preview.set_action(0, MERGE)
    report = import_runs.apply_import(preview, who="tester")

    assert (report.imported, report.merged) == (1, 1)
    ann = Prospect.get_by_id(ann.id)
    assert ann.first_name == "Ann"  # what was there is kept
    assert (ann.phone, ann.street, ann.city) == ("617-555-0123", "1 Main St", "Boston")
    assert ann.notes == "Likes blue"
    assert Prospect.select().count() == 2

    removed = import_runs.undo_import(report.batch_id, who="tester")

    assert removed == 1
    ann = Prospect.get_by_id(ann.id)
    assert (ann.phone, ann.street, ann.city, ann.notes) == ("", "", "", "")
    assert Prospect.select().count() == 1
    assert Touch.select().where(Touch.prospect != ann.id).count() == 0
    batch = ImportBatch.get_by_id(report.batch_id)
    assert batch.undone_at is not None and batch.undone_by == "tester"
    with pytest.raises(import_runs.UserError, match="already undone"):
        import_runs.undo_import(report.batch_id)


def test_undo_asks_first_when_imported_prospects_were_worked_on(db, tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("last_name,email\nOne,one@x.example\nTwo,two@x.example\n")
    report = import_runs.apply_import(preview_file(path, contacted_on=FRIDAY))
    one = Prospect.get(Prospect.last_name == "One")
    quotes.create_quote(one.id)
    call = next(t for t in touches.touches_for(one.id) if t.kind == "email")
    touches.complete_touch(call.id, "sent")

    with pytest.raises(import_runs.UndoNeedsConfirmation) as refused:
        import_runs.undo_import(report.batch_id)

    assert refused.value.worked_on == 1
    assert Prospect.select().count() == 2
    assert import_runs.undo_import(report.batch_id, include_worked=True) == 2
    assert Prospect.select().count() == 0 and Quote.select().count() == 0


def test_a_chosen_mapping_is_remembered_for_the_same_layout(db, tmp_path):
    header = "Kunde,Ort,Wer\n"
    first = tmp_path / "a.csv"
    first.write_text(header + "Müller GmbH,Berlin,Hans\n", encoding="utf-8")
    with pytest.raises(CsvImportError, match="no name or company column"):
        preview_file(first)
    chosen = ["company", "city", "first_name"]
    import_runs.apply_import(preview_file(first, mapping=chosen, contacted_on=FRIDAY))

    second = tmp_path / "b.csv"
    second.write_text(header + "Schmidt AG,Hamburg,Eva\n", encoding="utf-8")
    preview = preview_file(second, contacted_on=FRIDAY)

    assert preview.found_as == "remembered"
    assert preview.mapping == chosen
    assert preview.rows[0].contact.company == "Schmidt AG"


def test_suggested_mapping_takes_each_single_field_once():
    mapping = columns.suggest_mapping(
        ["Name", "Full Name", "Email", "E-mail 2 Address"]
    )
    assert mapping == ["full_name", "", "email", "email"]
    assert columns.detect_source(
        ["First Name", "E-mail Address", "Business Street"]
    ) == ("outlook")
    assert columns.detect_source(["first_name", "email"]) == "spreadsheet"


@pytest.mark.skipif(not SAMPLE.exists(), reason=f"sample file not found: {SAMPLE}")
def test_the_us_500_sample_previews_clean_then_all_duplicates(db):
    preview = preview_file(SAMPLE, contacted_on=FRIDAY)
    assert preview.counts()[ADD] == 500
    assert preview.found_as == "spreadsheet"
    # Every number in the sample is a ten-digit US number, written one way.
    phones = [r.contact.phone for r in preview.rows]
    assert all(len(p) == 12 and p[3] == "-" and p[7] == "-" for p in phones)
    import_runs.apply_import(preview)

    again = preview_file(SAMPLE, contacted_on=FRIDAY)

    assert again.counts()[SKIP] == 500
    assert {r.duplicate_reason for r in again.rows} == {"same e-mail"}


def test_batch_records_say_what_was_done(db, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("last_name\nSolo\n")
    report = import_runs.apply_import(preview_file(path, contacted_on=FRIDAY), who="me")
    runs = import_runs.recent_imports()
    assert [(r.batch_id, r.source_name, r.added, r.created_by) for r in runs] == [
        (report.batch_id, "one.csv", 1, "me")
    ]
    assert import_preview.remembered_mapping(["last_name"]) == ["last_name"]
    assert import_preview.remembered_mapping(["other"]) is None
