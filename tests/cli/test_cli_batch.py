"""``followup-desk batch``: labels, envelopes, sorting, pull list, returned post."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from followup_desk.cli import main

CALLERS = (
    "first_name,last_name,company_name,address,city,state,zip,email\n"
    "Art,Venere,Chemel & Co,8 W Cerritos Ave,Bridgeport,NJ,8014,art@venere.org\n"
    "Ann,Lee,Lee & Sons,1 Main St,Boston,MA,2115,ann@lee.example\n"
    "Bo,Ray,,9 Elm St,Newark,NJ,,bo@ray.example\n"
)


@pytest.fixture
def desk(tmp_path, capsys):
    database = str(tmp_path / "shop.sqlite3")

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        status = main(["--database", database, *args])
        out = capsys.readouterr()
        return status, out.out, out.err

    callers = tmp_path / "callers.csv"
    callers.write_text(CALLERS, encoding="utf-8")
    run("settings", "--prime-area", "0,Newark")
    run("import", str(callers), "--contacted", "2026-12-04", "--channel", "phone")
    return run


def test_labels_from_label_17_sorted_by_zip(desk, tmp_path):
    out = tmp_path / "labels.pdf"

    status, text, _ = desk(
        "batch", "--date", "2026-12-04", "--out", str(out),
        "--labels", "5160", "--start", "17", "--sort", "postcode",
    )  # fmt: skip

    assert status == 0
    lines = text.splitlines()
    assert lines[0] == f"Printed 2 pieces on 3 pages for 2026-12-04 to {out}."
    # Bo Ray has no ZIP: held back and named, with what to fix.
    assert lines[1:] == [
        "Held back 1 with an incomplete address:",
        "  Bo Ray (prospect 3): The ZIP code is missing.",
    ]
    pages = PdfReader(out).pages
    label_sheet = pages[-1].extract_text()
    # Boston (02115) sorts before Bridgeport (08014).
    assert label_sheet.index("BOSTON, MA 02115") < label_sheet.index("BRIDGEPORT")
    assert [round(float(p.mediabox.width)) for p in pages] == [612, 612, 612]


def test_envelope_size_household_and_mark_posted(desk, tmp_path):
    out = tmp_path / "c5.pdf"
    status, text, _ = desk(
        "batch", "--date", "2026-12-04", "--out", str(out),
        "--envelope", "C5", "--household", "--mark-posted",
    )  # fmt: skip
    assert status == 0
    assert text.splitlines()[1] == "Marked 2 pieces as posted."
    sizes = {
        (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
        for p in PdfReader(out).pages
    }
    assert (649, 459) in sizes


def test_pull_list_and_returned_post(desk, tmp_path):
    desk("batch", "--date", "2026-12-04", "--out", str(tmp_path / "b.pdf"))
    assert (
        desk("batch", "--pull-list")[1]
        == "Batch 1: nothing to take out; post it all.\n"
    )

    status, text, _ = desk("batch", "--returned", "1")
    assert status == 0
    assert text.startswith("Post from prospect 1 noted as returned: ")

    status, text, _ = desk("batch", "--pull-list")
    assert text.splitlines()[0] == "Batch 1: take out 1 before posting:"
    assert "Art Venere (1)" in text and "post came back" in text


def test_calibration_page(desk, tmp_path):
    out = tmp_path / "cal.pdf"
    status, text, _ = desk(
        "batch", "--calibration", "--labels", "L7163", "--out", str(out)
    )
    assert status == 0
    assert "Calibration page for Avery L7163" in PdfReader(out).pages[0].extract_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--labels", "9999"], "“9999” is not a label sheet"),
        (["--labels", "5160", "--start", "31"], "Start at a label from 1 to 30"),
        (["--envelope", "A4"], "“A4” is not an envelope size"),
        (["--labels", "5371"], "business-card sheet"),
    ],
)
def test_mistakes_end_in_one_line_and_print_nothing(desk, tmp_path, args, message):
    out = tmp_path / "x.pdf"
    status, text, err = desk("batch", "--date", "2026-12-04", "--out", str(out), *args)
    assert status == 2 and text == ""
    assert len(err.splitlines()) == 1 and message in err
    assert not out.exists()


def test_printing_needs_an_output_file(desk):
    status, _, err = desk("batch", "--date", "2026-12-04")
    assert status == 2
    assert "--out FILE.pdf" in err
