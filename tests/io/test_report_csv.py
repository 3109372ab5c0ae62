"""The CSV of the report's figures, read back as a spreadsheet would."""

import csv
import dataclasses

import pytest
import report_shop

from followup_desk.domain import reports as r
from followup_desk.io.report_csv import HEADER, _cell, write_report_csv
from followup_desk.services import reports


@pytest.fixture
def march(db):
    report_shop.build()
    return reports.figures(report_shop.MARCH, today=report_shop.TODAY)


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def value(rows, section, item, detail=""):
    found = [row for row in rows if row[:3] == [section, item, detail]]
    assert len(found) == 1, (section, item, detail, found)
    return found[0][3]


def test_every_figure_is_one_row_with_its_unit(tmp_path, march):
    path = write_report_csv(tmp_path / "march.csv", march)
    rows = read(path)

    assert rows[0] == list(HEADER)
    assert all(len(row) == 5 for row in rows)
    assert value(rows, "funnel", "First contacts", "prospects") == "8"
    assert value(rows, "funnel", "Quoted", "prospects") == "6"
    assert value(rows, "funnel", "First order", "share of first contacts") == "37.5"
    assert value(rows, "funnel", "Became customers") == "37.5"
    assert value(rows, "time to first order", "median") == "19.5"
    assert value(rows, "follow-ups to first order", "median") == "2.5"
    assert value(rows, "cost", "period", "postage") == "5.00"
    assert value(rows, "cost", "period", "quotations that ran out") == "250.00"
    assert value(rows, "cost", "period", "cost per customer") == "64.95"
    assert value(rows, "customers won per month", "2026-03", "Phone calls") == "2"
    assert value(rows, "plan steps", "First follow-up call", "reached") == "4"
    assert (
        value(rows, "plan steps", "First follow-up call", "ordered within 30 days")
        == "2"
    )
    assert value(rows, "done by person", "sam", "E-mails") == "9"
    units = {row[4] for row in rows[1:]}
    assert {"prospects", "USD", "%", "days", "follow-ups", "customers"} <= units


def test_the_file_opens_in_excel_with_its_accents(tmp_path, march):
    people = [r.PersonLoad("Zoë Ἀθηνᾶ Юлия 王 🙂", {"call": 1})]
    path = write_report_csv(
        tmp_path / "names.csv", dataclasses.replace(march, people=people)
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with this
    rows = read(path)
    assert value(rows, "done by person", "Zoë Ἀθηνᾶ Юлия 王 🙂", "Calls") == "1"


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path, march):
    people = [
        r.PersonLoad('=HYPERLINK("http://x.example","hi")', {"call": 1}),
        r.PersonLoad("@sam", {"email": 2}),
    ]
    path = write_report_csv(
        tmp_path / "f.csv", dataclasses.replace(march, people=people)
    )
    names = [row[1] for row in read(path) if row[0] == "done by person"]
    assert names == ['\'=HYPERLINK("http://x.example","hi")', "'@sam"]


def test_negative_numbers_stay_numbers_but_a_leading_minus_word_does_not():
    assert _cell("-12.50") == "-12.50"
    assert _cell("-cmd") == "'-cmd"
    assert _cell(None) == ""


def test_no_half_file_is_left_when_writing_fails(tmp_path, march):
    with pytest.raises(OSError):
        write_report_csv(tmp_path / "missing" / "march.csv", march)
    assert not list(tmp_path.glob("**/*.part"))
    assert not (tmp_path / "missing").exists()
