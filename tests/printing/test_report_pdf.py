"""The monthly report PDF, read back: figures as text, page size, positions."""

import dataclasses
from decimal import Decimal as D

import pytest
import report_shop
from pdf_probe import find_run, page_sizes, page_texts, text_runs
from pypdf import PdfReader

from followup_desk.domain import reports as r
from followup_desk.printing.page import A4, LETTER, MM
from followup_desk.printing.report import write_report_pdf
from followup_desk.services import profile, reports


@pytest.fixture
def march(db):
    report_shop.build()
    return reports.figures(report_shop.MARCH, today=report_shop.TODAY)


@pytest.fixture
def pdf(tmp_path, march):
    return write_report_pdf(tmp_path / "report.pdf", profile.company_info(), march)


def test_a_us_shop_gets_two_letter_pages(pdf):
    assert page_sizes(pdf) == [(612.0, 792.0), (612.0, 792.0)]
    assert LETTER == (612.0, 792.0)
    texts = page_texts(pdf)
    assert "Page 1 of 2" in texts[0]
    assert "Page 2 of 2" in texts[1]


def test_the_key_figures_are_printed_as_text(pdf):
    first, second = page_texts(pdf)
    assert "Follow-up report · March 2026" in first
    for figure in ("37.5%", "19.5", "$64.95"):
        assert figure in first
    # The funnel: count and share of first contacts on each bar.
    for label in ("8 · 100.0%", "6 · 75.0%", "4 · 50.0%", "5 · 62.5%", "3 · 37.5%"):
        assert label in first
    assert "Days · median 19.5 days" in first
    assert "Follow-ups done · median 2.5" in first
    # Cost breakdown, the step table and the people table.
    for text in ("$5.00", "$4.80", "$250.00", "Post the sales package", "$9.80"):
        assert text in second
    assert "$4.90" in second
    assert "ORDERED ≤ 30 DAYS" in second


def test_title_sits_under_the_letterhead_and_tiles_under_the_title(pdf):
    runs = text_runs(pdf, 0)
    height = LETTER[1]
    shop = find_run(runs, "Harbour Print & Copy")
    title = find_run(runs, "Follow-up report · March 2026")
    tile = find_run(runs, "37.5%")
    # The letterhead's rule is 36 mm from the top; the title starts below it.
    assert shop.y > height - 36 * MM
    assert height - 50 * MM < title.y < height - 42 * MM
    assert tile.y < title.y - 20
    assert title.x == pytest.approx(1.0 * 72, abs=0.5)  # the Letter margin


def test_the_logo_is_drawn_once_per_page_from_one_stored_image(pdf):
    reader = PdfReader(pdf)
    forms = [
        name
        for page in reader.pages
        for name in page["/Resources"]["/XObject"]
        if name.startswith("/FormXob") or "Logo" in name
    ]
    assert forms, "no logo on the pages"
    assert len(set(forms)) == 1  # one stored image, used on every page


def test_a_german_shop_gets_a4_and_its_own_number_format(tmp_path, march):
    company = dataclasses.replace(
        profile.company_info(), currency="EUR", locale="de_DE"
    )
    company = dataclasses.replace(
        company, address=dataclasses.replace(company.address, country="DE")
    )
    figures = dataclasses.replace(march, currency="EUR", locale="de_DE")
    path = write_report_pdf(tmp_path / "bericht.pdf", company, figures)

    assert page_sizes(path)[0] == (round(A4[0], 1), round(A4[1], 1))
    text = page_texts(path)[0]
    assert "37,5\u00a0%" in text or "37,5 %" in text
    assert "64,95\u00a0€" in text or "64,95 €" in text


def test_names_that_are_hard_to_print_do_not_break_the_tables(tmp_path, march):
    people = [
        r.PersonLoad("Zoë & <Söhne>", {"call": 3}),
        r.PersonLoad("Ἀθηνᾶ Юлия", {"email": 2}),
        r.PersonLoad("Mei 🙂 Wong", {"visit": 1}),
        r.PersonLoad("Om \u0f00 Tashi", {"call": 1}),
        r.PersonLoad("", {"mailer": 1}),
    ]
    figures = dataclasses.replace(march, people=people)
    path = write_report_pdf(tmp_path / "names.pdf", profile.company_info(), figures)

    text = page_texts(path)[-1]
    assert "Zoë & <Söhne>" in text
    assert "Ἀθηνᾶ Юлия" in text
    assert "Not recorded" in text
    # An emoji is left out cleanly; a character no font has shows as a mark.
    assert "Mei Wong" in text and "🙂" not in text
    assert "Om \ufffd Tashi" in text


def test_a_long_table_runs_over_with_its_header_on_each_page(tmp_path, march):
    people = [r.PersonLoad(f"Person {n:02d}", {"call": 90 - n}) for n in range(90)]
    figures = dataclasses.replace(march, people=people)
    path = write_report_pdf(tmp_path / "long.pdf", profile.company_info(), figures)

    texts = page_texts(path)
    assert len(texts) >= 3
    assert "Person 00" in texts[1] or "Person 00" in texts[2]
    assert "Person 89" in texts[-1]
    assert "PERSON" in texts[-1] and "TOTAL" in texts[-1]
    for page in range(len(texts)):
        bottoms = [run.y for run in text_runs(path, page) if run.text != ""]
        # Nothing but the footer below the body's last line (24 mm up).
        body = [y for y in bottoms if y < 24 * MM - 2]
        assert all(y < 17 * MM for y in body), page


def test_an_empty_month_still_prints_with_dashes(tmp_path, db):
    figures = reports.figures(r.Period.month(2026, 3), today=report_shop.TODAY)
    path = write_report_pdf(tmp_path / "empty.pdf", profile.company_info(), figures)
    text = "\n".join(page_texts(path))
    assert "No step was done yet." in text
    assert "Nothing was marked done." in text
    assert "–" in text  # the conversion rate and cost per customer


def test_nothing_is_left_behind_when_the_folder_is_missing(tmp_path, march):
    missing = tmp_path / "nowhere" / "report.pdf"
    with pytest.raises(OSError):
        write_report_pdf(missing, profile.company_info(), march)
    assert not list(tmp_path.glob("**/*.part"))


def test_costs_in_the_pdf_match_the_figures(pdf, march):
    assert march.cost.cost_per_customer == D("64.95")
    assert "$65" in page_texts(pdf)[1]  # whole dollars above the column
