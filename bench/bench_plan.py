"""Time the plan engine on a shop-sized database; print one JSON line.

    python bench/bench_plan.py /tmp/shop.sqlite3 [--repeats 7]

The database is copied first (the upgrade and the saves change it). Figures,
medians in milliseconds unless said otherwise:

- ``upgrade_s``: opening the copy, every pending schema migration included
  (seconds; the stored plan and the new touch columns come with migration 7);
- ``current_plan_ms``: reading the plan new prospects get (cached per version);
- ``overdue_count_ms`` and ``overdue_count_old_ms``: open touches past their
  latest day, with the index-friendly query and with the one it replaced;
- ``save_first_contact_ms``: a new prospect saved with its plan and version;
- ``no_answer_ms``: a call recorded as "no answer", its retry planned;
- ``move_by_hand_ms``: an open touch moved, later touches kept after it;
- ``replan_one_ms``: one prospect brought onto a new plan version;
- ``replan_1000_s``: a thousand prospects re-planned (seconds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path


def timed(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="plan-bench-"))
    os.environ["FOLLOWUP_DESK_HOME"] = str(work / "home")
    copy = work / "shop.sqlite3"
    shutil.copyfile(args.database, copy)

    from peewee import fn

    from followup_desk.services import call_outcomes, contacts, profile, touches
    from followup_desk.services import plan as plan_service
    from followup_desk.storage.database import close_database, open_database
    from followup_desk.storage.models import Prospect, Touch

    out: dict[str, object] = {}
    started = time.perf_counter()
    open_database(copy)
    out["upgrade_s"] = round(time.perf_counter() - started, 2)
    out["touches"] = Touch.select().count()
    day = Touch.select(fn.MAX(Touch.due)).where(Touch.status == "done").scalar()
    day = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
    repeats = args.repeats

    out["current_plan_ms"] = timed(plan_service.current_plan, repeats)
    out["overdue_count_ms"] = timed(lambda: touches.overdue_count(day), repeats)
    out["overdue_count_old_ms"] = timed(
        lambda: (
            Touch.select()
            .where((Touch.status == "open") & (Touch.latest < day))
            .count()
        ),
        repeats,
    )
    assert touches.overdue_count(day) == (
        Touch.select().where((Touch.status == "open") & (Touch.latest < day)).count()
    )

    made: list[int] = []

    def save() -> None:
        contact = contacts.NewContact(
            first_name="Bench",
            last_name=f"Caller {len(made)}",
            email=f"bench{len(made)}@example.com",
            phone="201 555 0142",
            street="1 Main St",
            postcode="08014",
            city="Bridgeport",
            channel="phone",
        )
        made.append(contacts.log_first_contact(contact, day).id)

    for _ in range(3):
        save()  # warm the caches the upgrade left cold
    out["save_first_contact_ms"] = timed(save, repeats)

    calls = iter(
        next(t for t in touches.touches_for(pid) if t.kind == "call") for pid in made
    )
    out["no_answer_ms"] = timed(
        lambda: call_outcomes.record_call_outcome(
            next(calls).id, "no_answer", done_on=day
        ),
        repeats,
    )
    opens = iter(
        next(t for t in touches.touches_for(pid) if t.kind == "email") for pid in made
    )
    out["move_by_hand_ms"] = timed(
        lambda: touches.move_touch_to(
            next(opens).id, profile.work_calendar().add_working_days(day, 3)
        ),
        repeats,
    )

    current = plan_service.current_plan()
    steps = [
        replace(s, offset=s.offset + 1) if s.kind == "call" else s
        for s in current.steps
    ]
    plan_service.save_plan(replace(current, steps=steps))
    open_ids = [
        pid
        for (pid,) in Prospect.select(Prospect.id)
        .where(Prospect.status == "prospect")
        .order_by(Prospect.id.desc())
        .limit(1000 + repeats)
        .tuples()
    ]
    singles = iter(open_ids[:repeats])
    out["replan_one_ms"] = timed(
        lambda: plan_service.replan_prospect(
            Prospect.get_by_id(next(singles)), "bench", day
        ),
        repeats,
    )
    started = time.perf_counter()
    report = plan_service.replan_prospects(open_ids[repeats:], today=day)
    out["replan_1000_s"] = round(time.perf_counter() - started, 2)
    out["replan_1000_changes"] = report.moved + report.added + report.cancelled

    close_database()
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
