"""The import, export and erase commands, run as a shop owner would."""

import sys

from icalendar import Calendar

from followup_desk.cli import main
from followup_desk.storage.database import close_database, open_database

CALLERS = (
    "first_name,last_name,company_name,zip,phone1,email\n"
    "Art,Venere,Chemel & Co,8014,(856) 636-8749,art@venere.org\n"
    'Ann,Lee,"=cmd|calc, Lee & Sons",8014,555-0100,ann@lee.example\n'
    ",,,,,nobody@example.com\n"
)
CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Papadopoulou;Sofia;;;\r\n"
    "FN:Sofia Papadopoulou\r\nEMAIL:sofia@omega.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Venere;Art\r\nEMAIL:art@venere.org\r\n"
    "TEL;WORK:856-555-0000\r\nEND:VCARD\r\n"
)


def run(db_file, capsys, *args):
    capsys.readouterr()
    status = main(["--database", str(db_file), *args])
    out = capsys.readouterr()
    print(out.err, end="", file=sys.stderr)
    return status, out.out, out.err


def count(db_file) -> int:
    open_database(db_file)
    try:
        from followup_desk.storage.models import Prospect

        return Prospect.select().count()
    finally:
        close_database()


def test_preview_saves_nothing_and_says_what_would_happen(tmp_path, capsys):
    db_file, csv_file = tmp_path / "shop.sqlite3", tmp_path / "callers.csv"
    csv_file.write_text(CALLERS, encoding="utf-8")

    status, out, _ = run(db_file, capsys, "import", str(csv_file), "--preview")

    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "callers.csv: spreadsheet (utf-8, commas), 3 rows."
    assert (
        "Would add 2, merge 0, skip 0 duplicates, leave out 1 with problems." in lines
    )
    assert "line 4: (no name): left out: Enter a name or a company." in lines
    assert any(line.startswith("line 3: Ann Lee: Phone 555-0100") for line in lines)
    assert lines[-1].startswith("Nothing was saved.")
    assert count(db_file) == 0


def test_vcards_import_with_duplicates_merged_then_undone(tmp_path, capsys):
    db_file = tmp_path / "shop.sqlite3"
    (tmp_path / "callers.csv").write_text(CALLERS, encoding="utf-8")
    (tmp_path / "phone.vcf").write_text(CARDS, encoding="utf-8")
    run(db_file, capsys, "import", str(tmp_path / "callers.csv"))

    status, out, _ = run(
        db_file, capsys, "import", str(tmp_path / "phone.vcf"), "--merge-duplicates"
    )

    assert status == 0
    assert out.splitlines()[:2] == [
        "Imported 1 prospect.",
        "Merged 1 into prospects already in the list.",
    ]
    status, out, _ = run(db_file, capsys, "imports")
    assert "phone.vcf" in out.splitlines()[1]
    status, out, _ = run(db_file, capsys, "undo-import", "2")
    assert (status, out) == (0, "Undid import 2: removed 1 prospect.\n")
    assert count(db_file) == 2


def test_exports_write_each_kind(tmp_path, capsys):
    db_file = tmp_path / "shop.sqlite3"
    (tmp_path / "callers.csv").write_text(CALLERS, encoding="utf-8")
    run(
        db_file,
        capsys,
        "import",
        str(tmp_path / "callers.csv"),
        "--contacted",
        "2026-12-04",
    )

    status, out, _ = run(
        db_file, capsys, "export", "csv", "--out", str(tmp_path / "a.csv")
    )
    assert (status, out) == (0, f"Wrote 2 prospects to {tmp_path / 'a.csv'}.\n")
    assert "'=cmd|calc" in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    one = tmp_path / "one.csv"
    status, out, _ = run(
        db_file, capsys, "export", "csv", "--search", "lee", "--out", str(one)
    )
    assert (status, out) == (0, f"Wrote 1 prospect to {one}.\n")

    status, out, _ = run(
        db_file,
        capsys,
        "export",
        "vcard",
        "--search",
        "lee",
        "--out",
        str(tmp_path / "a.vcf"),
    )
    assert status == 0 and out.startswith("Wrote 1 contact card to")
    assert (tmp_path / "a.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 1

    ics = tmp_path / "a.ics"
    status, out, _ = run(
        db_file, capsys, "export", "ics", "--out", str(ics), "--days-back", "400"
    )
    assert status == 0
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert out == f"Wrote {len(events)} follow-ups to {ics}.\n" and events


def test_erase_needs_yes_and_export_prospect_writes_a_file(tmp_path, capsys):
    db_file = tmp_path / "shop.sqlite3"
    (tmp_path / "callers.csv").write_text(CALLERS, encoding="utf-8")
    run(db_file, capsys, "import", str(tmp_path / "callers.csv"))

    status, out, _ = run(
        db_file, capsys, "export-prospect", "1", "--out", str(tmp_path / "art.txt")
    )
    assert status == 0
    assert "art@venere.org" in (tmp_path / "art.txt").read_text(encoding="utf-8")

    status, _, err = run(db_file, capsys, "erase", "1")
    assert status == 2
    assert err == (
        "followup-desk: error: erasing Art Venere (prospect 1) cannot be undone; "
        "add --yes to go ahead\n"
    )
    status, out, _ = run(db_file, capsys, "erase", "1", "--yes")
    assert status == 0 and out.startswith("Erased the personal data of prospect 1")
    assert b"art@venere.org" not in db_file.read_bytes()
    status, _, err = run(db_file, capsys, "erase", "1", "--yes")
    assert status == 2 and "no personal data" in err
