"""The front-desk day end to end on real data, through the command line.

A fresh database imports the public us-500 sample, plans every row as a
logged phone call, and prints the daily batch; every prospect with a package
due must be in the PDF, with their name and company exactly as in the file.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from followup_desk.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "us-500.csv"
pytestmark = pytest.mark.skipif(
    not SAMPLE.exists(), reason=f"the shared sample is not here: {SAMPLE}"
)


def run(capsys, *args: str) -> tuple[int, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out + out.err


def sample_rows() -> list[dict[str, str]]:
    with SAMPLE.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_import_plan_and_print_the_daily_batch(tmp_path, capsys):
    database = str(tmp_path / "shop.sqlite3")
    status, _ = run(
        capsys,
        "--database",
        database,
        "settings",
        "--name",
        "Harbour Print & Copy",
        "--country",
        "US",
        "--street",
        "12 Harbour Rd",
        "--city",
        "Cape May",
        "--region",
        "NJ",
        "--postcode",
        "08204",
        "--prime-area",
        "0,1,2",
    )
    assert status == 0

    status, out = run(
        capsys,
        "--database",
        database,
        "import",
        str(SAMPLE),
        "--channel",
        "phone",
        "--contacted",
        "2026-12-04",
    )
    assert status == 0, out
    assert "Imported 500 prospects" in out

    # ZIPs the spreadsheet stripped come back with their leading zero, so
    # New Jersey (08...) counts as prime area like the rest of 0, 1 and 2.
    rows = sample_rows()
    in_prime = [r for r in rows if r["zip"].zfill(5)[0] in "012"]
    assert len(in_prime) > 50

    status, out = run(
        capsys, "--database", database, "agenda", "--date", "2026-12-04", "--json"
    )
    agenda = json.loads(out)
    packages = [item for item in agenda if item["kind"] == "package"]
    assert len(packages) == len(in_prime)

    pdf = tmp_path / "batch.pdf"
    status, out = run(
        capsys,
        "--database",
        database,
        "batch",
        "--date",
        "2026-12-04",
        "--out",
        str(pdf),
    )
    assert status == 0, out
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for row in in_prime:
        assert f"{row['first_name']} {row['last_name']}" in text
        assert row["company_name"] in text, row["company_name"]
    # The post wants US towns in capitals on the address block.
    assert "Art Venere" in text and "BRIDGEPORT, NJ 08014" in text

    # Nothing is marked posted by printing; the packages are still due.
    status, out = run(
        capsys, "--database", database, "agenda", "--date", "2026-12-04", "--json"
    )
    assert sum(1 for item in json.loads(out) if item["kind"] == "package") == len(
        in_prime
    )
