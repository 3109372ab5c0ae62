"""``followup-desk report``, run in-process as an owner or a script would."""

import csv

import pytest
import report_shop
from pypdf import PdfReader

from followup_desk.cli import main
from followup_desk.storage.database import close_database, open_database


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_database(path)
    try:
        report_shop.build()
    finally:
        close_database()
    return path


@pytest.fixture
def desk(shop_file, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(["--database", str(shop_file), *args])
        out = capsys.readouterr()
        return status, out.out, out.err

    return run


def test_report_for_a_month_writes_the_pdf_and_the_csv(desk, tmp_path):
    pdf, figures = tmp_path / "march.pdf", tmp_path / "march.csv"
    status, out, err = desk(
        "report", "--month", "2026-03", "--out", str(pdf), "--csv", str(figures)
    )

    assert status == 0, err
    assert out.splitlines() == [
        f"Wrote the follow-up report for March 2026 to {pdf}.",
        f"Wrote its figures to {figures}.",
        "8 first contacts, 37.5% became customers; 4 customers won, at $64.95 each.",
    ]
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Follow-up report · March 2026" in text
    with figures.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert ["funnel", "Quoted", "prospects", "6", "prospects"] in rows


def test_one_channel_and_another_window(desk, tmp_path):
    pdf = tmp_path / "walk-ins.pdf"
    status, out, _err = desk(
        "report",
        "--month",
        "2026-03",
        "--channel",
        "walk-in",
        "--within",
        "14",
        "--out",
        str(pdf),
    )
    assert status == 0
    assert out.splitlines()[-1] == (
        "2 first contacts, 50.0% became customers; 1 customer won, at $2.40 each."
    )
    assert "Walk-in" in PdfReader(pdf).pages[0].extract_text()


@pytest.mark.parametrize(
    "month, message",
    [
        ("2026-13", "“2026-13” is not a month; write it as YYYY-MM, e.g. 2026-03"),
        ("March", "“March” is not a month; write it as YYYY-MM"),
        ("2099-01", "January 2099 has not started yet"),
    ],
)
def test_a_bad_month_is_one_line_and_status_2(desk, tmp_path, month, message):
    pdf = tmp_path / "x.pdf"
    status, out, err = desk("report", "--month", month, "--out", str(pdf))

    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("followup-desk: error: ")
    assert message in lines[0]
    assert not pdf.exists()


def test_a_folder_that_does_not_exist_is_refused(desk, tmp_path):
    status, _out, err = desk(
        "report", "--month", "2026-03", "--out", str(tmp_path / "no" / "r.pdf")
    )
    assert status == 2
    assert "the folder" in err and "does not exist" in err
    assert len(err.splitlines()) == 1


def test_printing_costs_set_on_the_command_line_change_the_report(desk, tmp_path):
    status, out, _err = desk("settings", "--print-cost-package", "1,35")
    assert status == 0
    assert "print-cost-package  1.35" in out.splitlines()

    figures = tmp_path / "march.csv"
    status, out, _err = desk(
        "report",
        "--month",
        "2026-03",
        "--out",
        str(tmp_path / "m.pdf"),
        "--csv",
        str(figures),
    )
    assert status == 0
    # Four packages printed at 1.35: (5.00 + 5.40 + 250.00) / 4 customers.
    assert out.splitlines()[-1].endswith("4 customers won, at $65.10 each.")
    text = figures.read_text(encoding="utf-8-sig")
    assert "cost,period,printing,5.40,USD" in text


def test_a_cost_that_is_not_a_number_is_refused(desk):
    status, _out, err = desk("settings", "--print-cost-mailer", "abc")
    assert status == 2
    assert err.strip() == "followup-desk: error: Printing cost: “abc” is not a number"
