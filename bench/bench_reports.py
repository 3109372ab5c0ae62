"""Time the owner's figures on a shop-sized database; print one JSON line.

    python bench/bench_reports.py /tmp/shop.sqlite3 [--repeats 5] [--today YYYY-MM-DD]

The database is copied first (``--in-place`` to skip), because opening it
applies the schema migrations, report indexes included. Figures, in
milliseconds, each the median of several runs:

- ``open_and_migrate_ms``: opening the copy once, migrations included (the
  report indexes are built here, once per database);
- ``figures_<period>_ms``: every figure of the dashboard for the last whole
  month, the last three months, the last twelve months and the whole history,
  all channels; ``_phone`` the same for phone callers only;
- ``parts_<period>``: how that splits between the queries;
- ``drill_year_first_contacts_ms``: the ids behind the year's biggest bar;
- ``report_pdf_ms`` and ``report_csv_ms``: the monthly report files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    """Median milliseconds of ``repeats`` runs, and the result of the median run."""
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        runs.append(((time.perf_counter() - started) * 1000, result))
    runs.sort(key=lambda run: run[0])
    ms, result = runs[len(runs) // 2]
    return round(ms, 1), result


def has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def copy_database(source: Path, folder: Path) -> Path:
    target = folder / source.name
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def periods(today: dt.date):
    from followup_desk.domain.reports import Period, last_months

    last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month = Period.month(last_month.year, last_month.month)
    return {
        "month": month,
        "quarter": last_months(month.end, 3),
        "year": last_months(month.end, 12),
        "all": Period(dt.date(2000, 1, 1), today),
    }


def bench(today: dt.date, repeats: int, folder: Path) -> dict[str, object]:
    from followup_desk.services import reports

    out: dict[str, object] = {"today": today.isoformat()}
    spans = periods(today)
    for name, period in spans.items():
        for channel in (None, "phone"):
            key = f"figures_{name}{'_phone' if channel else ''}_ms"
            out[key], result = timed(
                lambda p=period, c=channel: reports.figures(p, c, today=today),
                repeats,
            )
            if channel is None:
                out[f"parts_{name}"] = result.timings_ms
                if name == "month":
                    out["month_first_contacts"] = result.funnel.first_contacts
                    out["month_customers_won"] = result.customers_won

    out["drill_year_first_contacts_ms"], ids = timed(
        lambda: reports.funnel_prospects("first_contact", spans["year"]), repeats
    )
    out["drill_year_first_contacts"] = len(ids)

    month = spans["month"]
    figures = reports.figures(month, today=today)
    if has_module("followup_desk.printing.report"):
        from followup_desk.printing.report import write_report_pdf
        from followup_desk.services import profile

        company = profile.company_info()
        pdf = folder / "report.pdf"
        out["report_pdf_first_ms"], _ = timed(
            lambda: write_report_pdf(pdf, company, figures), 1
        )
        out["report_pdf_ms"], _ = timed(
            lambda: write_report_pdf(pdf, company, figures), repeats
        )
    if has_module("followup_desk.io.report_csv"):
        from followup_desk.io.report_csv import write_report_csv

        csv_path = folder / "report.csv"
        out["report_csv_ms"], _ = timed(
            lambda: write_report_csv(csv_path, figures), repeats
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--today", type=dt.date.fromisoformat, help="default: today")
    parser.add_argument("--in-place", action="store_true", help="do not copy first")
    args = parser.parse_args(argv)
    if not args.database.is_file():
        parser.error(f"{args.database} is not a database file")

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        folder = Path(tmp)
        os.environ["FOLLOWUP_DESK_HOME"] = str(folder / "home")
        log("copying the database…")
        database = (
            args.database if args.in_place else copy_database(args.database, folder)
        )
        from followup_desk.services import profile
        from followup_desk.storage.database import close_database, open_database

        started = time.perf_counter()
        open_database(database)
        figures: dict[str, object] = {
            "open_and_migrate_ms": round((time.perf_counter() - started) * 1000, 1)
        }
        try:
            today = args.today or profile.shop_today()
            figures.update(bench(today, args.repeats, folder))
        finally:
            close_database()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
