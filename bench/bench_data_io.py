"""Time data in and out on a shop-sized database; print one JSON line.

    python bench/bench_data_io.py /tmp/shop.sqlite3 [--sample us-500.csv]

The database is copied first, so the original is never changed. Figures, in
milliseconds unless named otherwise:

- ``open_and_upgrade_ms``: opening the copy, schema migrations included (the
  first open of a database made before this version fills the phone keys);
- ``preview_500_ms``: reading, checking and looking up duplicates for 500
  new people (made up here, none already in the list);
- ``import_500_ms``: saving those 500 prospects with their plans, one
  transaction; ``undo_500_ms``: taking that import back;
- ``preview_sample_ms``: the us-500 sample, whose people the generated
  database reuses (every row a duplicate, each phone shared by ~200
  prospects): the worst case for the duplicate look-ups;
- ``export_csv_ms`` with ``export_csv_rows``: every prospect as CSV;
- ``export_vcard_1000_ms``: 1,000 prospects as vCards;
- ``calendar_ms`` with ``calendar_events``: the default calendar window
  (14 days back, 90 ahead) as an .ics file;
- ``erase_ms``: erasing one prospect, the file rewrite (VACUUM) included,
  and ``file_mb`` the size of the database it rewrote.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLE = REPO.parent / "shared" / "samples" / "us-500.csv"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    args = parser.parse_args()
    if not args.sample.exists():
        log(f"sample file not found: {args.sample}")
        return 2

    folder = Path(tempfile.mkdtemp(prefix="fd-bench-io-"))
    os.environ["FOLLOWUP_DESK_HOME"] = str(folder / "home")
    copy = folder / "shop.sqlite3"
    log(f"copying {args.database} …")
    shutil.copyfile(args.database, copy)
    figures: dict[str, object] = {}
    try:
        from followup_desk.storage.database import close_database, open_database

        started = time.perf_counter()
        open_database(copy)
        figures["open_and_upgrade_ms"] = ms(started)

        from followup_desk.io import export, import_preview, import_runs
        from followup_desk.services import privacy
        from followup_desk.storage.models import Prospect

        day = dt.date(2026, 12, 4)
        started = time.perf_counter()
        sample = import_preview.preview_file(args.sample, contacted_on=day)
        figures["preview_sample_ms"] = ms(started)
        figures["preview_sample_duplicates"] = sample.counts()["duplicates"]

        new_people = folder / "new-500.csv"
        new_people.write_text(
            "first_name,last_name,company,email,phone,zip,city\n"
            + "".join(
                f"Nova{i},Bench{i},Firm {i} & Co,nova{i}@bench.example,"
                f"212-7{i // 100:02d}-{i % 100:02d}{i % 7}{i % 3},1{i % 90:03d},Town\n"
                for i in range(500)
            ),
            encoding="utf-8",
        )
        started = time.perf_counter()
        preview = import_preview.preview_file(new_people, contacted_on=day)
        figures["preview_500_ms"] = ms(started)
        figures["preview_500_new"] = preview.counts()["add"]

        started = time.perf_counter()
        report = import_runs.apply_import(preview)
        figures["import_500_ms"] = ms(started)
        started = time.perf_counter()
        import_runs.undo_import(report.batch_id)
        figures["undo_500_ms"] = ms(started)

        out = folder / "all.csv"
        started = time.perf_counter()
        figures["export_csv_rows"] = export.export_prospects_csv(out)
        figures["export_csv_ms"] = ms(started)

        ids = [p.id for p in Prospect.select(Prospect.id).limit(1000)]
        started = time.perf_counter()
        export.export_vcards(folder / "some.vcf", ids)
        figures["export_vcard_1000_ms"] = ms(started)

        started = time.perf_counter()
        figures["calendar_events"] = export.export_calendar(
            folder / "follow-ups.ics", today=day
        )
        figures["calendar_ms"] = ms(started)

        figures["file_mb"] = round(copy.stat().st_size / 1e6, 1)
        victim = Prospect.select(Prospect.id).order_by(Prospect.id.desc()).first()
        started = time.perf_counter()
        privacy.erase_prospect(victim.id)
        figures["erase_ms"] = ms(started)
        close_database()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
