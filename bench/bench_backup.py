"""Time the data-safety work on a shop-sized database; print one JSON line.

    python bench/bench_backup.py /tmp/shop.sqlite3 [--server URL]

The database is copied first (through SQLite's backup API) and never
written in place. Figures, in milliseconds unless named otherwise:

- ``first_open_upgrade_ms``: opening a file from an older version: the backup
  made before the upgrade, its integrity check, and the upgrade itself;
- ``backup_copy_ms`` / ``backup_check_ms``: one backup's page copy, and the
  ``integrity_check`` of the copy that doubles as the start-up check;
- ``restore_ms``: restoring that backup into the live file;
- ``poll_ms``: one look for other desks' changes, with ``audit_rows`` in the log;
- ``save_first_contact_ms`` and ``..._unlogged_ms``: a first contact with its
  plan, with and without the change log (its cost is the difference);
- ``save_prospect_checked_ms``: an edit saved with the version check;
- ``migrate_to_s``: with ``--server``, copying everything to that server.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median_ms(action, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--server", help="postgresql:// URL of an empty database")
    parser.add_argument("--repeats", type=int, default=25)
    parser.add_argument("--audit-rows", type=int, default=200_000)
    args = parser.parse_args(argv)

    from followup_desk.services import contacts, edits
    from followup_desk.storage import backup
    from followup_desk.storage.change_watch import ChangeWatch
    from followup_desk.storage.database import close_database, open_database
    from followup_desk.storage.migrations import LATEST

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="followup-bench-") as folder:
        path = Path(folder) / "shop.sqlite3"
        log(f"Copying {args.database} …")
        copy_database(args.database, path)
        results["database_mb"] = round(path.stat().st_size / 1024 / 1024, 1)

        log("Opening (upgrade with a backup first) …")
        started = time.perf_counter()
        db = open_database(path)
        results["first_open_upgrade_ms"] = round((time.perf_counter() - started) * 1000)

        log("Backing up …")
        started = time.perf_counter()
        made = backup.make_backup(path, "manual", verify=False)
        results["backup_copy_ms"] = round((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        problems = backup.integrity_problems(made.path)
        results["backup_check_ms"] = round((time.perf_counter() - started) * 1000)
        results["backup_sound"] = not problems

        log(f"Filling the change log with {args.audit_rows:,} rows …")
        _fill_audit(db, args.audit_rows)
        results["audit_rows"] = db.execute_sql(
            "SELECT count(*) FROM audit_log"
        ).fetchone()[0]
        watch = ChangeWatch(db)
        results["poll_ms"] = median_ms(watch.changed, args.repeats * 4)

        def first_contact():
            contacts.log_first_contact(
                contacts.NewContact(last_name="Bench", phone="555-0100")
            )

        results["save_first_contact_ms"] = median_ms(first_contact, args.repeats)
        db.change_logging = False
        results["save_first_contact_unlogged_ms"] = median_ms(
            first_contact, args.repeats
        )
        db.change_logging = True

        prospect = contacts.log_first_contact(contacts.NewContact(last_name="Edited"))
        version = [prospect.version]

        def checked_save():
            saved = edits.save_prospect(
                prospect.id, {"notes": f"v{version[0]}"}, version[0]
            )
            version[0] = saved.version

        results["save_prospect_checked_ms"] = median_ms(checked_save, args.repeats)

        if args.server:
            from followup_desk.services import server_move

            log("Copying everything to the server …")
            started = time.perf_counter()
            report = server_move.migrate_to(args.server, replace=True)
            results["migrate_to_s"] = round(time.perf_counter() - started, 1)
            results["migrate_to_rows"] = report.rows

        close_database()
        log("Restoring …")
        started = time.perf_counter()
        backup.restore_into(made.path, path, LATEST)
        results["restore_ms"] = round((time.perf_counter() - started) * 1000)

    print(json.dumps(results))
    return 0


def _fill_audit(db, rows: int) -> None:
    sql = (
        "INSERT INTO audit_log (at, user_name, desk, action, target, record_id, "
        "\"rows\", detail) VALUES (datetime('now'), 'bench', 'other', 'update', "
        "'prospect', ?, 1, '')"
    )
    with db.atomic():
        db.cursor().executemany(sql, ((i,) for i in range(rows)))


if __name__ == "__main__":
    sys.exit(main())
