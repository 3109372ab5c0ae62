"""Label sheets: every line lands inside its label, as the makers publish them.

The rectangles here are computed from the products' published dimensions,
typed in again independently of resources/labels_catalogue.json, so a typo
in the catalogue fails the test instead of being checked against itself.
"""

from __future__ import annotations

import re

import pytest
from pdf_probe import page_sizes, text_runs
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from followup_desk.printing.fonts import REGULAR
from followup_desk.printing.formats import (
    MM,
    FormatError,
    PrinterSetup,
    catalogue,
    find_template,
)
from followup_desk.printing.label_sheets import (
    padding_for,
    sheets_needed,
    write_address_labels,
)
from followup_desk.printing.page import ASCENT

IN = 72.0
TOLERANCE = 0.5 * MM

# product: (unit, page w, page h, columns, rows, label w, label h,
#           left, top, pitch x, pitch y), in the maker's own unit.
PUBLISHED = {
    "5160": ("in", 8.5, 11, 3, 10, 2.625, 1, 0.1875, 0.5, 2.75, 1),
    "8160": ("in", 8.5, 11, 3, 10, 2.625, 1, 0.1875, 0.5, 2.75, 1),
    "5161": ("in", 8.5, 11, 2, 10, 4, 1, 0.15625, 0.5, 4.1875, 1),
    "5162": ("in", 8.5, 11, 2, 7, 4, 4 / 3, 0.15625, 5 / 6, 4.1875, 4 / 3),
    "5163": ("in", 8.5, 11, 2, 5, 4, 2, 0.15625, 0.5, 4.1875, 2),
    "5164": ("in", 8.5, 11, 2, 3, 4, 10 / 3, 0.15625, 0.5, 4.1875, 10 / 3),
    "L7160": ("mm", 210, 297, 3, 7, 63.5, 38.1, 7.2, 15.15, 66.04, 38.1),
    "L7161": ("mm", 210, 297, 3, 6, 63.5, 46.6, 7.2, 8.8, 66.04, 46.6),
    "L7162": ("mm", 210, 297, 2, 8, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9),
    "L7163": ("mm", 210, 297, 2, 7, 99.1, 38.1, 4.65, 15.15, 101.6, 38.1),
    "L7165": ("mm", 210, 297, 2, 4, 99.1, 67.7, 4.65, 13.1, 101.6, 67.7),
    "L7173": ("mm", 210, 297, 2, 5, 99.1, 57, 4.65, 6, 101.6, 57),
    "3424": ("mm", 210, 297, 2, 6, 105, 48, 0, 4.4, 105, 48),
    "3475": ("mm", 210, 297, 3, 8, 70, 36, 0, 4.4, 70, 36),
    "5371": ("in", 8.5, 11, 2, 5, 3.5, 2, 0.75, 0.5, 3.5, 2),
    "8371": ("in", 8.5, 11, 2, 5, 3.5, 2, 0.75, 0.5, 3.5, 2),
    "C32011": ("mm", 210, 297, 2, 5, 85, 54, 15, 13.5, 95, 54),
}


def published_rect(product: str, position: int) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) in points from the sheet's top-left corner."""
    unit, _pw, _ph, cols, _rows, w, h, left, top, px, py = PUBLISHED[product]
    scale = IN if unit == "in" else MM
    row, col = divmod(position - 1, cols)
    x = (left + col * px) * scale
    y = (top + row * py) * scale
    return x, y, x + w * scale, y + h * scale


def address(number: int) -> list[str]:
    return [f"Label {number}", f"{number} Long Street", f"TOWN {number}, IL 62704"]


def number_in(text: str) -> int:
    return int(re.search(r"\d+", text)[0])


def runs_from_top(path, page: int) -> list[tuple]:
    """Each text run with its baseline measured from the top of the sheet."""
    height = float(PdfReader(path).pages[page].mediabox.height)
    return [(run, height - run.y) for run in text_runs(path, page)]


def assert_inside(product: str, position: int, run, top_y: float) -> None:
    left, top, right, bottom = published_rect(product, position)
    assert left - TOLERANCE <= run.x <= right + TOLERANCE, (product, position, run)
    assert top - TOLERANCE <= top_y <= bottom + TOLERANCE, (product, position, run)
    # The whole line stays inside, not only where it starts.
    end = run.x + stringWidth(run.text, REGULAR, run.size)
    assert end <= right + TOLERANCE, (product, position, run.text)


def assert_placed(product: str, position: int, runs: list[tuple]) -> None:
    """The block starts the label's inset from the published left edge and is
    centred top to bottom on the published label.

    This is what catches a margin or pitch off by more than half a
    millimetre: the padding inside a label would hide it from a plain
    "inside the rectangle" check.
    """
    template = find_template(product)
    left, top, right, bottom = published_rect(product, position)
    inset_x, _ = padding_for(template, template.cell(position))
    assert min(run.x for run, _ in runs) == pytest.approx(left + inset_x, abs=TOLERANCE)
    size = runs[0][0].size
    block_top = runs[0][1] - size * ASCENT
    block_bottom = runs[-1][1] + size * (1 - ASCENT)
    assert (block_top + block_bottom) / 2 == pytest.approx(
        (top + bottom) / 2, abs=TOLERANCE
    )


def test_every_published_product_is_in_the_catalogue():
    products = {template.product for template in catalogue().values()}
    assert products == set(PUBLISHED)


@pytest.mark.parametrize("product", sorted(PUBLISHED))
def test_text_lands_inside_each_label_of_a_full_sheet(tmp_path, product):
    template = find_template(product)
    unit, pw, ph, cols, rows = PUBLISHED[product][:5]
    scale = IN if unit == "in" else MM
    count = cols * rows
    path = tmp_path / "labels.pdf"

    pages = write_address_labels(
        path, template, [address(n) for n in range(1, count + 1)]
    )

    assert pages == 1
    assert page_sizes(path) == [(round(pw * scale, 1), round(ph * scale, 1))]
    runs = runs_from_top(path, 0)
    assert len(runs) == 3 * count
    assert {number_in(run.text) for run, _ in runs} == set(range(1, count + 1))
    for run, top_y in runs:
        assert_inside(product, number_in(run.text), run, top_y)
    for number in range(1, count + 1):
        assert_placed(
            product, number, [r for r in runs if number_in(r[0].text) == number]
        )


def test_start_at_label_17_of_30_fills_the_rest_then_a_new_sheet(tmp_path):
    template = find_template("5160")
    path = tmp_path / "half-used.pdf"

    pages = write_address_labels(
        path, template, [address(n) for n in range(1, 21)], start=17
    )

    assert pages == 2 == sheets_needed(template, 20, start=17)
    first, second = runs_from_top(path, 0), runs_from_top(path, 1)
    # Labels 1-14 of the batch fill positions 17-30; 15-20 start sheet two.
    names = [
        [r.text for r, _ in runs if r.text.startswith("Label")]
        for runs in (first, second)
    ]
    assert names == [
        [f"Label {n}" for n in range(1, 15)],
        [f"Label {n}" for n in range(15, 21)],
    ]
    for run, top_y in first:
        assert_inside("5160", number_in(run.text) + 16, run, top_y)
    for run, top_y in second:
        assert_inside("5160", number_in(run.text) - 14, run, top_y)


def test_printer_offset_moves_every_label_by_the_same_amount(tmp_path):
    template = find_template("L7163")
    plain, moved = tmp_path / "a.pdf", tmp_path / "b.pdf"
    setup = PrinterSetup(sheet_offset_x=1.5, sheet_offset_y=-2.0)
    write_address_labels(plain, template, [address(1), address(2)])
    write_address_labels(moved, template, [address(1), address(2)], setup=setup)
    before = {r.text: (r.x, r.y) for r in text_runs(plain, 0)}
    after = {r.text: (r.x, r.y) for r in text_runs(moved, 0)}
    for text, (x, y) in before.items():
        assert after[text][0] - x == pytest.approx(1.5 * MM, abs=0.01)
        # Down on paper is down in ReportLab's y as well: 2 mm up means +y.
        assert after[text][1] - y == pytest.approx(2.0 * MM, abs=0.01)


def test_long_text_shrinks_and_never_spills(tmp_path):
    template = find_template("5160")
    long_lines = [
        "Internationale Handelsgesellschaft für Fahrräder und Zubehör mbH & Co. KG",
        "Hinterhaus, 3. Obergeschoss, links, bei Familie Mustermann-Schmidt",
        "Zoë Ἀθηνᾶ Юлия",
        "Apartment 1234, Building 7",
        "Extra line one",
        "Extra line two",
        "SPRINGFIELD, IL 62704",
    ]
    path = tmp_path / "long.pdf"
    write_address_labels(path, template, [long_lines])
    left, top, right, bottom = published_rect("5160", 1)
    height = float(PdfReader(path).pages[0].mediabox.height)
    runs = text_runs(path, 0)
    assert runs and runs[-1].text == "SPRINGFIELD, IL 62704"
    for run in runs:
        end = run.x + stringWidth(run.text, REGULAR, run.size)
        assert left <= run.x and end <= right
        assert top <= height - run.y <= bottom
        assert run.size >= 5.5


@pytest.mark.parametrize("start", [0, 31])
def test_a_start_the_sheet_does_not_have_is_refused(tmp_path, start):
    with pytest.raises(FormatError, match="from 1 to 30"):
        write_address_labels(
            tmp_path / "x.pdf", find_template("5160"), [address(1)], start=start
        )
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_product_names_the_known_ones():
    with pytest.raises(FormatError, match="L7160"):
        find_template("Avery 9999")
