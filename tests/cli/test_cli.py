"""The command line, run in-process as a shop owner or a script would use it."""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest

from followup_desk import __version__
from followup_desk.cli import main
from followup_desk.domain.money import LineItem
from followup_desk.storage.database import close_database, open_database

SAMPLE = Path(__file__).parents[2] / ".." / "shared" / "samples" / "us-500.csv"
REPO = Path(__file__).resolve().parents[2]

CALLERS = (
    "first_name,last_name,company_name,address,city,state,zip,email\n"
    "Art,Venere,Chemel & Co,8 W Cerritos Ave,Bridgeport,NJ,8014,art@venere.org\n"
    'Ann,Lee,"Lee, Ann & Sons",1 Main St,Bridgeport,NJ,8014,ann@lee.example\n'
)


@pytest.fixture
def db_file(tmp_path):
    return tmp_path / "shop.sqlite3"


@pytest.fixture
def desk(db_file, capsys):
    """Run one command against the test database; returns (status, stdout).

    What went to stderr stays in ``capsys`` for the test to read.
    """

    def run(*args: str) -> tuple[int, str]:
        capsys.readouterr()
        status = main(["--database", str(db_file), *args])
        out = capsys.readouterr()
        print(out.err, end="", file=sys.stderr)
        return status, out.out

    return run


@pytest.fixture
def callers_csv(tmp_path):
    path = tmp_path / "callers.csv"
    path.write_text(CALLERS, encoding="utf-8")
    return path


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("followup-desk: error: "), err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.skipif(not SAMPLE.exists(), reason=f"sample file not found: {SAMPLE}")
def test_import_the_sample_then_again(desk):
    status, out = desk("import", str(SAMPLE), "--contacted", "2026-12-04")
    assert status == 0
    assert out.splitlines()[0] == "Imported 500 prospects."

    status, out = desk("import", str(SAMPLE), "--channel", "walk_in")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Imported 0 prospects."
    assert "line 2: already in the list (same e-mail as prospect 1)" in lines
    assert "line 501: already in the list (same e-mail as prospect 500)" in lines


def test_import_reports_skipped_rows_by_line(desk, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        'last_name,notes,email\nAnn,"two\nlines",ann@example.com\n,,x@example.com\n',
        encoding="utf-8",
    )
    status, out = desk("import", str(path), "--channel", "walk-in")
    assert status == 0
    assert out.splitlines() == [
        "Imported 1 prospect.",
        "Skipped 1:",
        "line 4: Enter a name or a company.",
    ]


@pytest.mark.parametrize(
    ("contacted", "first_email"),
    [
        ("2026-12-04", "2026-12-07"),  # Friday → Monday
        ("2026-11-25", "2026-11-27"),  # the day before Thanksgiving → Friday
    ],
)
def test_plan_json_follows_working_days(desk, callers_csv, contacted, first_email):
    desk("import", str(callers_csv), "--contacted", contacted)

    status, out = desk("plan", "1", "--json")

    assert status == 0
    touches = json.loads(out)
    for touch in touches:
        assert {"kind", "due", "latest", "status", "title", "step", "outcome"} <= set(
            touch
        )
        assert dt.date.fromisoformat(touch["due"]) <= dt.date.fromisoformat(
            touch["latest"]
        )
    emails = [t for t in touches if t["kind"] == "email" and t["due"] > contacted]
    assert emails[0]["due"] == first_email
    assert emails[0]["step"] == "first_email"
    assert emails[0]["status"] == "open"


def test_plan_as_a_table(desk, callers_csv):
    desk("import", str(callers_csv), "--contacted", "2026-12-04")
    status, out = desk("plan", "2")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Ann Lee (prospect 2, prospect): phone call on Fri 2026-12-04"
    assert lines[1].split() == [
        "due",
        "latest",
        "kind",
        "status",
        "what",
        "outcome",
        "why",
    ]
    assert any(
        "2026-12-07" in line and "First e-mail follow-up" in line for line in lines
    )


def test_agenda_lists_overdue_first(desk, callers_csv):
    desk("import", str(callers_csv), "--contacted", "2026-12-04")

    status, out = desk("agenda", "--date", "2026-12-07", "--json")

    assert status == 0
    items = json.loads(out)
    assert set(items[0]) == {
        "touch_id",
        "prospect_id",
        "prospect",
        "company",
        "kind",
        "title",
        "due",
        "latest",
        "overdue",
        "phone",
        "email",
    }
    assert [i["overdue"] for i in items] == [True, True, False, False]
    assert {i["due"] for i in items if not i["overdue"]} == {"2026-12-07"}
    assert items[0]["company"] in ("Chemel & Co", "Lee, Ann & Sons")

    status, out = desk("agenda", "--date", "2026-12-07")
    lines = out.splitlines()
    assert lines[0] == "Mon 2026-12-07: 4 due, 2 overdue (marked !)"
    assert [line.startswith("!") for line in lines[2:]] == [True, True, False, False]

    status, out = desk("agenda", "--date", "2026-12-03")
    assert out == "Nothing due on Thu 2026-12-03.\n"


def test_settings_change_and_show(desk, capsys):
    logo = REPO / "resources" / "logo.png"
    status, out = desk(
        "settings",
        "--name",
        "Harbour Print & Copy",
        "--country",
        "us",
        "--prime-area",
        "070,080,Springfield",
        "--timezone",
        "America/Chicago",
        *(["--logo", str(logo)] if logo.exists() else []),
    )
    assert status == 0
    shown = dict(
        line.split(None, 1) for line in out.splitlines() if len(line.split()) > 1
    )
    assert shown["name"] == "Harbour Print & Copy"
    assert shown["country"] == "US"
    assert shown["prime-area"] == "070,080,Springfield"

    status, again = desk("settings")
    assert (status, again) == (0, out)

    status, _ = desk("settings", "--country", "USA", "--name", "Not saved")
    assert status == 2
    assert "two-letter code" in one_error_line(capsys)
    assert "Harbour Print & Copy" in desk("settings")[1]


def test_database_from_the_environment(tmp_path, monkeypatch, callers_csv, capsys):
    target = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("FOLLOWUP_DESK_DATABASE", str(target))
    assert main(["import", str(callers_csv)]) == 0
    assert target.exists()
    assert capsys.readouterr().out.startswith("Imported 2 prospects.")


def _error_cases(tmp_path):
    not_png = tmp_path / "logo.txt"
    not_png.write_text("hello", encoding="utf-8")
    return {
        "unknown prospect": (["plan", "9999"], "no prospect with id 9999"),
        "not an id": (["plan", "abc"], "“abc” is not an id"),
        "bad date": (["agenda", "--date", "2026-13-40"], "YYYY-MM-DD"),
        "missing file": (
            ["import", str(tmp_path / "nope.csv")],
            "Cannot read",
        ),
        "bad channel": (["import", "x.csv", "--channel", "fax"], "walk-in"),
        "unknown quote": (["quote", "77", "--out", str(tmp_path / "q.pdf")], "77"),
        "missing folder": (
            ["batch", "--out", str(tmp_path / "no" / "b.pdf")],
            "does not exist",
        ),
        "output is a folder": (["quote", "1", "--out", str(tmp_path)], "folder"),
        "bad logo": (["settings", "--logo", str(not_png)], "not a PNG or JPEG"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown prospect",
        "not an id",
        "bad date",
        "missing file",
        "bad channel",
        "unknown quote",
        "missing folder",
        "output is a folder",
        "bad logo",
    ],
)
def test_errors_are_one_line_and_status_2(desk, capsys, tmp_path, case):
    args, expected = _error_cases(tmp_path)[case]
    status, out = desk(*args)
    assert status == 2
    assert expected in one_error_line(capsys)


def test_database_that_cannot_open(tmp_path, capsys):
    assert main(["--database", str(tmp_path), "agenda"]) == 2
    assert "is a folder" in one_error_line(capsys)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_output_folder_without_write_permission(desk, capsys, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        status, _ = desk("quote", "1", "--out", str(locked / "q.pdf"))
    finally:
        locked.chmod(0o700)
    assert status == 2
    assert "permission denied" in one_error_line(capsys)


def test_version_and_help(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"followup-desk {__version__}"
    assert main(["--help"]) == 0
    assert "agenda" in capsys.readouterr().out


def test_no_command_starts_the_window(monkeypatch, db_file):
    started = []
    fake = types.ModuleType("followup_desk.ui.app")
    fake.run = lambda target, **options: started.append(target) or 0
    monkeypatch.setitem(sys.modules, "followup_desk.ui.app", fake)

    assert main(["--database", str(db_file)]) == 0
    assert started == [str(db_file)]


def _has_service(name: str) -> bool:
    return (REPO / "followup_desk" / "services" / f"{name}.py").exists()


@pytest.mark.skipif(not _has_service("batch"), reason="services/batch.py not written")
def test_batch_prints_and_marks_posted(desk, callers_csv, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    desk("settings", "--prime-area", "080")
    desk("import", str(callers_csv), "--contacted", "2026-12-04", "--channel", "phone")
    out_pdf = tmp_path / "batch.pdf"

    status, out = desk(
        "batch", "--date", "2026-12-04", "--out", str(out_pdf), "--mark-posted"
    )

    assert status == 0
    lines = out.splitlines()
    pages = len(pypdf.PdfReader(out_pdf).pages)
    assert lines[0] == (
        f"Printed 2 pieces on {pages} pages for 2026-12-04 to {out_pdf}."
    )
    assert lines[1] == "Marked 2 pieces as posted."
    plan = json.loads(desk("plan", "1", "--json")[1])
    package = next(t for t in plan if t["kind"] == "package")
    assert (package["status"], package["outcome"]) == ("done", "posted")

    status, out = desk("batch", "--date", "2026-12-04", "--out", str(out_pdf))
    assert (status, out) == (0, "Nothing to post on 2026-12-04.\n")


@pytest.mark.skipif(
    not _has_service("documents"), reason="services/documents.py not written"
)
def test_quote_prints_one_pdf(desk, callers_csv, db_file, tmp_path):
    desk("import", str(callers_csv), "--contacted", "2026-12-04")
    open_database(db_file)
    try:
        from followup_desk.services import quotes

        quote = quotes.create_quote(
            1,
            [LineItem("Business cards, 500", Decimal(1), Decimal("49.90"))],
            issued_on=dt.date(2026, 12, 4),
        )
    finally:
        close_database()
    out_pdf = tmp_path / "quote.pdf"

    status, out = desk("quote", str(quote.id), "--out", str(out_pdf))

    assert status == 0
    assert out == f"Wrote quotation Q-2026-0001 to {out_pdf}.\n"
    assert out_pdf.read_bytes().startswith(b"%PDF")


def test_installed_entry_points(tmp_path):
    """The console script and ``python -m`` both work, without Qt or ReportLab."""
    script = shutil.which("followup-desk", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the followup-desk script is not installed next to Python")
    version = subprocess.run(
        [script, "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"followup-desk {__version__}"

    agenda = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "followup_desk"]
        + ["--database", str(tmp_path / "shop.sqlite3"), "agenda"]
        + ["--date", "2026-12-05"],
        capture_output=True,
        text=True,
    )
    assert agenda.returncode == 0, agenda.stderr[-2000:]
    assert agenda.stdout == "Nothing due on Sat 2026-12-05.\n"
    imported = agenda.stderr
    assert "followup_desk.cli" in imported
    assert "PySide6" not in imported and "reportlab" not in imported


def test_a_warning_from_printing_reaches_the_user_in_one_line(desk, db_file, tmp_path):
    callers = tmp_path / "callers.csv"
    callers.write_text(
        "first_name,last_name,address,city,state,zip\n"
        "太郎,山田,8 W Cerritos Ave,Bridgeport,NJ,08014\n",
        encoding="utf-8",
    )
    desk("settings", "--prime-area", "0")
    desk("import", str(callers), "--contacted", "2026-12-04", "--channel", "phone")
    missing = tmp_path / "gone.ttf"

    # In a process of its own: the command sets up logging the way a user
    # meets it, which pytest's own log capture would stand in for here.
    done = subprocess.run(
        [sys.executable, "-m", "followup_desk", "--database", str(db_file)]
        + ["batch", "--date", "2026-12-04", "--out", str(tmp_path / "b.pdf")],
        capture_output=True,
        text=True,
        env={**os.environ, "FOLLOWUP_DESK_CJK_FONT": str(missing)},
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Printed 1 pieces")
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("followup-desk: warning: Not using the font "), lines
    assert f"{missing} named by FOLLOWUP_DESK_CJK_FONT: there is no such" in lines[0]
