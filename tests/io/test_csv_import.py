"""Reading prospect CSV files as spreadsheets and address books write them."""

import datetime as dt
from pathlib import Path

import pytest

from followup_desk.io import columns
from followup_desk.io.csv_import import (
    CsvImportError,
    decode,
    detect_delimiter,
    import_prospects,
    parse_day,
    read_csv,
)
from followup_desk.services import profile, touches
from followup_desk.storage.models import Prospect, Touch

SAMPLE = Path(__file__).parents[2] / ".." / "shared" / "samples" / "us-500.csv"
FRIDAY = dt.date(2026, 12, 4)

HEADER = (
    "first_name,last_name,company_name,address,city,county,state,zip,"
    "phone1,phone2,email"
)


def write(tmp_path, text, encoding="utf-8", name="prospects.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def by_email(email):
    return Prospect.get(Prospect.email == email)


@pytest.mark.skipif(not SAMPLE.exists(), reason=f"sample file not found: {SAMPLE}")
def test_the_us_500_sample_imports_whole(db):
    report = import_prospects(SAMPLE, contacted_on=FRIDAY)

    assert (report.imported, report.skipped) == (500, [])
    assert report.ignored_columns == ["county"]
    text = SAMPLE.read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        email = line.split(",")[-2]
        assert Prospect.select().where(Prospect.email == email).count() == 1, email
    art = by_email("art@venere.org")
    assert (art.postcode, art.region, art.city) == ("08014", "NJ", "Bridgeport")
    assert art.company == "Chemel, James L Cpa"
    assert (art.phone, art.phone2) == ("856-636-8749", "856-264-4130")
    assert art.website == "http://www.chemeljameslcpa.com"
    assert Prospect.select().where(Prospect.company.contains("&")).count() >= 10
    assert Touch.select().where(Touch.due == dt.date(2026, 12, 7)).count() == 500


def test_spreadsheet_damage_is_repaired_and_odd_names_kept(db, tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        'Art,Venere,"Chemel, James L Cpa",8 W Cerritos Ave #54,Bridgeport,'
        "Gloucester,NJ,8014,856-636-8749,856-264-4130,art@venere.org\n"
        'Ann,Lee,"Smith & Sons, ""The"" Printers",1 Main St,Boston,Suffolk,MA,'
        "2108,617-555-0100,,ann@lee.example\n",
    )
    report = import_prospects(path, contacted_on=FRIDAY)

    assert report.imported == 2, report.skipped
    art = by_email("art@venere.org")
    assert (art.postcode, art.region, art.country) == ("08014", "NJ", "US")
    assert art.phone2 == "856-264-4130"
    ann = by_email("ann@lee.example")
    assert ann.company == 'Smith & Sons, "The" Printers'
    assert ann.postcode == "02108"


def test_cp1252_accents(db, tmp_path):
    path = write(
        tmp_path,
        "Vorname;Surname;Company;Street;Town;Postcode;Country;E-mail\n"
        "Zoë;Müller;Café Größe & Co;Hauptstraße 1;München;80331;DE;zoe@cafe.example\n",
        encoding="cp1252",
    )
    report = import_prospects(path, contacted_on=FRIDAY)

    assert report.imported == 1
    assert "Vorname" in report.ignored_columns
    zoe = by_email("zoe@cafe.example")
    assert (zoe.last_name, zoe.company) == ("Müller", "Café Größe & Co")
    assert (zoe.street, zoe.city, zoe.country) == ("Hauptstraße 1", "München", "DE")
    assert zoe.postcode == "80331"


def test_utf8_with_byte_order_mark(db, tmp_path):
    path = write(
        tmp_path,
        "\ufefffirst_name,last_name,email\nÅsa,Ødegård,asa@example.no\n",
    )
    report = import_prospects(path, contacted_on=FRIDAY)

    assert report.imported == 1 and report.encoding == "utf-8-sig"
    assert by_email("asa@example.no").first_name == "Åsa"


@pytest.mark.parametrize("mark", [";", "\t"])
def test_semicolon_and_tab_separated(db, mark, tmp_path):
    rows = [
        [
            "Given Name",
            "Family Name",
            "Organization",
            "Postal Code",
            "Mobile",
            "Phone 2",
        ],
        ["Ann", "Smith", "Smith, Jones & Co", "08014", "555-0100", "555-0199"],
        ["Bob", "Brown", "Brown; Sons", "07001", "555-0101", ""],
    ]
    quoted = [[f'"{c}"' if mark in c else c for c in row] for row in rows]
    text = "\r\n".join(mark.join(row) for row in quoted) + "\r\n"
    report = import_prospects(write(tmp_path, text), contacted_on=FRIDAY)

    assert (report.imported, report.skipped, report.delimiter) == (2, [], mark)
    ann = Prospect.get(Prospect.last_name == "Smith")
    assert (ann.company, ann.phone, ann.phone2) == (
        "Smith, Jones & Co",
        "555-0100",
        "555-0199",
    )
    assert Prospect.get(Prospect.last_name == "Brown").company == "Brown; Sons"


def test_line_numbers_count_quoted_line_breaks(db, tmp_path):
    text = (
        "first_name,last_name,address,email\n"  # line 1
        'Ann,Smith,"1 Main St\nBack door\nUnit 2",ann@example.com\n'  # lines 2-4
        "\n"  # line 5, blank
        ",,,nobody@example.com\n"  # line 6: no name
        'Bob,Brown,"2 Side St\r\nRear",bob@example\n'  # lines 7-8, bad e-mail
        "Cy,Cole,,ann@example.com\n"  # line 9: same e-mail as line 2
    )
    report = import_prospects(write(tmp_path, text), contacted_on=FRIDAY)

    assert report.imported == 1
    assert [line for line, _ in report.skipped] == [6, 7, 9]
    reasons = dict(report.skipped)
    assert "name" in reasons[6]
    assert "e-mail" in reasons[7]
    ann = by_email("ann@example.com")
    assert reasons[9] == f"already in the list (same e-mail as prospect {ann.id})"
    assert ann.street == "1 Main St\nBack door\nUnit 2"


def test_a_second_import_doubles_nothing(db, tmp_path):
    text = (
        'Name,Email\nAda Lovelace,ADA@Example.com\n"Hopper, Grace",grace@example.com\n'
    )
    path = write(tmp_path, text)
    assert import_prospects(path, contacted_on=FRIDAY).imported == 2
    ada = by_email("ada@example.com")
    assert (ada.first_name, ada.last_name) == ("Ada", "Lovelace")
    grace = by_email("grace@example.com")
    assert (grace.first_name, grace.last_name) == ("Grace", "Hopper")

    again = import_prospects(path, contacted_on=FRIDAY)

    assert again.imported == 0
    assert again.skipped == [
        (2, f"already in the list (same e-mail as prospect {ada.id})"),
        (3, f"already in the list (same e-mail as prospect {grace.id})"),
    ]
    assert Prospect.select().count() == 2


def test_options_fill_what_the_file_lacks(db, tmp_path):
    profile.update_profile(prime_area="080")
    text = (
        "last_name,zip,street,city,channel,contacted,interest\n"
        "Walker,08014,1 Main St,Bridgeport,,,\n"
        "Caller,08014,2 Main St,Bridgeport,Phone,11/25/2026,High\n"
        "Odd,08014,3 Main St,Bridgeport,fax,,\n"
        "Late,08014,4 Main St,Bridgeport,,2026-13-40,\n"
    )
    path = write(tmp_path, text)
    report = import_prospects(path, channel="walk-in", contacted_on=FRIDAY)

    assert report.imported == 2
    assert [line for line, _ in report.skipped] == [4, 5]
    assert "fax" in report.skipped[0][1]
    assert "YYYY-MM-DD" in report.skipped[1][1]
    walker = Prospect.get(Prospect.last_name == "Walker")
    assert (walker.channel, walker.first_contact) == ("walk_in", FRIDAY)
    caller = Prospect.get(Prospect.last_name == "Caller")
    assert caller.channel == "phone" and caller.interest == "high"
    assert caller.first_contact == dt.date(2026, 11, 25)
    assert caller.in_prime_area
    kinds = {t.kind: t for t in touches.touches_for(caller.id)}
    assert kinds["package"].status == "open"


def test_progress_is_reported(db, tmp_path):
    lines = ["last_name"] + [f"Name{i}" for i in range(300)]
    seen = []
    import_prospects(
        write(tmp_path, "\n".join(lines)),
        contacted_on=FRIDAY,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert seen == [(250, 300), (300, 300)]


def test_files_that_cannot_be_imported_say_why(db, tmp_path):
    with pytest.raises(CsvImportError, match="Cannot read"):
        import_prospects(tmp_path / "missing.csv")
    with pytest.raises(CsvImportError, match="empty"):
        import_prospects(write(tmp_path, "\n\n", name="empty.csv"))
    with pytest.raises(CsvImportError, match="no name or company column"):
        import_prospects(write(tmp_path, "foo,bar\n1,2\n", name="cols.csv"))
    unclosed = 'last_name,street\nAnn,"1 Main St\nBob,2 Side St\nCy,3 High St\n'
    with pytest.raises(CsvImportError, match=r"line 2: a quoted value is never closed"):
        import_prospects(write(tmp_path, unclosed, name="quote.csv"))
    assert Prospect.select().count() == 0


def test_encodings_are_told_apart():
    assert decode("café".encode()) == ("café", "utf-8")
    assert decode("café".encode("cp1252")) == ("café", "cp1252")
    assert decode(b"caf\xe9 \x81") == ("café \x81", "latin-1")
    assert decode("a,b".encode("utf-16")) == ("a,b", "utf-16")


def test_delimiter_is_found_despite_other_marks_in_values():
    assert detect_delimiter("name;company\nAnn;Smith, Jones & Co\n") == ";"
    assert detect_delimiter("name,company\nAnn,Smith; Jones\n") == ","
    assert detect_delimiter("name\nAnn\n") == ","
    assert detect_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"


def test_header_names_map_to_fields():
    mapping, ignored = columns.map_header(
        [
            "First Name",
            "SURNAME",
            "E-mail Address",
            "County",
            "State",
            "Phone",
            "Mobile",
        ]
    )
    assert list(mapping.values()) == [
        "first_name",
        "last_name",
        "email",
        "region",
        "phone",
        "phone2",
    ]
    assert ignored == ["County"]


def test_contact_days_as_spreadsheets_write_them():
    assert parse_day("2026-12-04") == FRIDAY
    assert parse_day("12/4/2026") == FRIDAY
    assert parse_day("4/12/2026", month_first=False) == FRIDAY
    assert parse_day("04.12.2026 09:30") == FRIDAY
    assert parse_day("2026-12-04T09:30:00") == FRIDAY


def test_read_csv_keeps_the_starting_line_of_each_row(tmp_path):
    path = write(tmp_path, 'last_name,notes\nA,"x\ny"\nB,z\n')
    parsed = read_csv(path)
    assert [line for line, _ in parsed.rows] == [2, 4]
    assert parsed.rows[0][1] == {"last_name": "A", "notes": "x\ny"}
