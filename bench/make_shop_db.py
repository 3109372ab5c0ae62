"""Make a shop-sized stress database for the benchmarks.

100,000 prospects whose first contacts spread over the last two years, each
with the touches the default plan gives them (about a million in all): those
in the past mostly done, a few left overdue, the rest open; customers and lost
prospects with their remaining touches cancelled; quotations with lines. On
the reference day exactly ``--batch`` packages wait to be posted, so the daily
batch can be timed at its stated size.

The schema comes from the app's own migrations; rows go in through plain
``executemany`` in large transactions, because building a million peewee
inserts would take minutes. Plans come from ``domain.plan.build_plan``, so the
dates are the app's own, working days and holidays included.

    python bench/make_shop_db.py /tmp/shop.sqlite3 [--prospects 100000]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from followup_desk.domain.plan import PlannedTouch, ProspectFacts, build_plan
from followup_desk.domain.workdays import WorkCalendar
from followup_desk.services import profile as profile_service
from followup_desk.storage.database import close_database, open_database
from followup_desk.storage.models import (
    BaseModel,
    Prospect,
    Quote,
    QuoteLine,
    Touch,
    inner_words,
    search_key,
)

SAMPLE = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "samples" / "us-500.csv"
)
CHUNK = 50_000
HISTORY_DAYS = 730
# ZIPs starting with these digits (New England, New Jersey, New York) are the
# shop's prime trading area.
PRIME_PREFIXES = ("0", "1")

OUTCOMES = {
    "email": ("sent",),
    "call": ("talked", "left a message", "no answer", "call back later"),
    "package": ("posted",),
    "mailer": ("posted",),
    "visit": ("visited", "not in"),
}
PRODUCTS = (
    ("Business cards, 500, two-sided", "49.90"),
    ("Flyers A5, 1,000, gloss", "129.00"),
    ("Roll-up banner 85 x 200 cm", "189.00"),
    ("Letterheads, 1,000", "99.50"),
    ("Design hour", "65.00"),
    ("Envelopes DL with logo, 500", "79.00"),
    ("Postcards, 250", "39.00"),
    ("Delivery", "12.50"),
)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def load_people() -> list[dict[str, str]]:
    """Names, companies and addresses to recombine (the public US sample)."""
    if SAMPLE.exists():
        with SAMPLE.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    log(f"{SAMPLE} not found; using made-up names")
    return [
        {
            "first_name": f"Person{i}",
            "last_name": f"Name{i}",
            "company_name": f"Firm {i} & Co",
            "address": f"{i} Main St",
            "city": "Springfield",
            "state": "NJ",
            "zip": f"0{7000 + i}",
            "phone1": f"555-01{i:02d}",
            "phone2": "",
            "email": f"person{i}@example.com",
            "web": "",
        }
        for i in range(100)
    ]


class Table:
    """Raw inserts into one model's table, with the model's defaults filled in."""

    def __init__(self, conn: sqlite3.Connection, model: type[BaseModel], given):
        fields = [f for f in model._meta.sorted_fields if f.name != "id"]
        self.columns = [f.column_name for f in fields]
        self.given = list(given)
        missing = [f for f in fields if f.column_name not in self.given]
        defaults = []
        for f in missing:
            value = f.default() if callable(f.default) else f.default
            defaults.append(f.db_value(value))
        self.defaults = tuple(defaults)
        names = self.given + [f.column_name for f in missing]
        marks = ", ".join("?" * len(names))
        quoted = ", ".join(f'"{n}"' for n in names)
        self.sql = f'INSERT INTO "{model._meta.table_name}" ({quoted}) VALUES ({marks})'
        self.conn = conn
        self.count = 0

    def insert(self, rows: Iterable[tuple]) -> None:
        batch: list[tuple] = []
        for row in rows:
            batch.append(row + self.defaults)
            if len(batch) >= CHUNK:
                self._flush(batch)
        self._flush(batch)

    def _flush(self, batch: list[tuple]) -> None:
        if batch:
            self.conn.executemany(self.sql, batch)
            self.count += len(batch)
            batch.clear()


class ShopMaker:
    def __init__(self, args: argparse.Namespace) -> None:
        self.random = random.Random(args.seed)
        self.today: dt.date = args.today
        self.total = args.prospects
        self.batch = min(args.batch, args.prospects)
        self.calendar = WorkCalendar("US")
        self.plan = profile_service.default_plan()
        self.people = load_people()
        self._plans: dict[ProspectFacts, list[PlannedTouch]] = {}
        self._iso: dict[dt.date, str] = {}
        self.quote_count = 0

    def iso(self, day: dt.date | None) -> str | None:
        if day is None:
            return None
        text = self._iso.get(day)
        if text is None:
            text = self._iso[day] = day.isoformat()
        return text

    def contact_days(self) -> list[dt.date]:
        """Working days of the history, today left for the batch prospects."""
        start = self.today - dt.timedelta(days=HISTORY_DAYS)
        days = [start + dt.timedelta(days=n) for n in range(HISTORY_DAYS)]
        return [d for d in days if self.calendar.is_working_day(d)]

    def planned(self, facts: ProspectFacts) -> list[PlannedTouch]:
        # Many prospects share channel, flags and day: plan each shape once.
        touches = self._plans.get(facts)
        if touches is None:
            touches = self._plans[facts] = build_plan(self.plan, facts, self.calendar)
        return touches

    def prospects(self) -> Iterator[tuple[tuple, ProspectFacts, str, dt.date | None]]:
        rnd = self.random
        days = self.contact_days()
        for number in range(1, self.total + 1):
            is_batch = number > self.total - self.batch
            person = rnd.choice(self.people)
            first = rnd.choice(self.people)["first_name"]
            last = rnd.choice(self.people)["last_name"]
            company = (
                rnd.choice(self.people)["company_name"] if rnd.random() < 0.7 else ""
            )
            domain = rnd.choice(self.people)["email"].rpartition("@")[2]
            email = f"{first}.{last}.{number}@{domain}".lower()
            if rnd.random() < 0.05 and not is_batch:
                email = ""
            zip_code = person["zip"].zfill(5)
            prime = zip_code.startswith(PRIME_PREFIXES)
            channel = rnd.choices(("phone", "email", "walk_in"), (50, 35, 15))[0]
            interest = rnd.choices(("low", "medium", "high"), (25, 50, 25))[0]
            day = rnd.choice(days)
            if is_batch:
                channel, prime, day = "phone", True, self.today
                zip_code = "0" + zip_code[1:]
            qualified = rnd.random() < 0.3
            outside_rep = rnd.random() < 0.1
            visit_ok = outside_rep and rnd.random() < 0.5
            # Some asked for no e-mail, no calls or no post.
            no_email = not is_batch and rnd.random() < 0.15
            no_calls = not is_batch and rnd.random() < 0.10
            no_post = not is_batch and rnd.random() < 0.05

            status, closed_on = "prospect", None
            roll = rnd.random()
            if not is_batch and roll < 0.14:
                closed_on = day + dt.timedelta(days=rnd.randint(3, 120))
                if closed_on < self.today:
                    status = "customer" if roll < 0.10 else "lost"
                else:
                    closed_on = None

            facts = ProspectFacts(
                channel=channel,
                first_contact=day,
                in_prime_area=prime,
                qualified=qualified,
                interest=interest,
                has_email=bool(email),
                outside_rep=outside_rep,
                visit_feasible=visit_ok,
                no_email=no_email,
                no_calls=no_calls,
                no_post=no_post,
            )
            stamp = f"{self.iso(day)} 10:{number % 60:02d}:00"
            row = (
                number,
                first,
                last,
                company,
                email,
                person["phone1"],
                person["phone2"],
                person["web"],
                person["address"],
                zip_code,
                person["city"],
                person["state"],
                "US",
                channel,
                interest,
                int(qualified),
                int(prime),
                int(outside_rep),
                int(visit_ok),
                int(no_email),
                int(no_calls),
                int(no_post),
                status,
                self.iso(day),
                self.iso(closed_on) if status == "customer" else None,
                search_key(last),
                search_key(first),
                search_key(company),
                search_key(email),
                stamp,
                stamp,
            )
            yield row, facts, status, closed_on

    def touch_rows(self, prospect_id, facts, closed_on) -> Iterator[tuple]:
        rnd = self.random
        today = self.today
        for t in self.planned(facts):
            status, outcome, done_at = t.status, "", None
            if status == "done":
                outcome, done_at = "handed over", f"{self.iso(t.due)} 11:00:00"
            elif closed_on is not None and t.due >= closed_on:
                status = "cancelled"
            elif t.due < today:
                age = (today - t.due).days
                # Most past work was done; a little recent work is still late.
                late = 0.08 if age <= 7 else 0.01 if age <= 30 else 0.0005
                if t.kind in ("package", "mailer") or rnd.random() >= late:
                    status = "done"
                    outcome = rnd.choice(OUTCOMES[t.kind])
                    done_at = f"{self.iso(t.due)} 15:30:00"
            elif t.due == today and t.kind == "mailer":
                # Today's batch is the new packages only, at its stated size.
                status, outcome = "done", "posted"
                done_at = f"{self.iso(t.due)} 09:00:00"
            yield (
                prospect_id,
                t.step_key,
                t.kind,
                t.title,
                t.who,
                self.iso(t.due),
                self.iso(t.latest),
                status,
                outcome,
                done_at,
                f"{self.iso(facts.first_contact)} 10:00:00",
            )

    def quote_rows(self, prospect_id: int, day: dt.date) -> tuple:
        self.quote_count += 1
        number = f"Q-{day.year}-{self.quote_count:06d}"
        stamp = f"{self.iso(day)} 10:05:00"
        return (
            self.quote_count,
            prospect_id,
            number,
            "sent",
            self.iso(day),
            self.iso(day + dt.timedelta(days=30)),
            "USD",
            stamp,
            stamp,
        )

    def line_rows(self, quote_id: int) -> Iterator[tuple]:
        count = self.random.randint(1, 5)
        for position, (text, price) in enumerate(self.random.sample(PRODUCTS, count)):
            quantity = str(self.random.choice((1, 1, 2, 5, 10)))
            yield (quote_id, position, text, quantity, price, "0", "0")

    def fill(self, conn: sqlite3.Connection) -> dict[str, int]:
        prospects = Table(
            conn,
            Prospect,
            (
                "id first_name last_name company email phone phone2 website street "
                "postcode city region country channel interest qualified "
                "in_prime_area outside_rep visit_feasible no_email no_calls no_post "
                "status first_contact "
                "first_order_on search_last search_first search_company "
                "search_email created_at updated_at"
            ).split(),
        )
        touches = Table(
            conn,
            Touch,
            (
                "prospect_id step_key kind title who due latest status outcome "
                "done_at created_at"
            ).split(),
        )
        quotes = Table(
            conn,
            Quote,
            "id prospect_id number status issued_on valid_until currency "
            "created_at updated_at".split(),
        )
        lines = Table(
            conn,
            QuoteLine,
            "quote_id position description quantity unit_price discount_pct "
            "tax_pct".split(),
        )
        prospect_rows, touch_rows, quote_rows, line_rows = [], [], [], []
        batch_from = self.total - self.batch
        for row, facts, _status, closed_on in self.prospects():
            prospect_id = row[0]
            prospect_rows.append(row)
            touch_rows.extend(self.touch_rows(prospect_id, facts, closed_on))
            if prospect_id > batch_from or self.random.random() < 0.2:
                quote = self.quote_rows(prospect_id, facts.first_contact)
                quote_rows.append(quote)
                line_rows.extend(self.line_rows(quote[0]))
            if len(touch_rows) >= CHUNK:
                prospects.insert(prospect_rows)
                touches.insert(touch_rows)
                prospect_rows.clear()
                touch_rows.clear()
            if prospect_id % 20_000 == 0:
                log(f"  {prospect_id} prospects, {touches.count} touches")
        prospects.insert(prospect_rows)
        touches.insert(touch_rows)
        quotes.insert(quote_rows)
        lines.insert(line_rows)
        conn.execute(
            "UPDATE prospect SET package_posted_on = ("
            " SELECT MIN(t.due) FROM touch t WHERE t.prospect_id = prospect.id"
            " AND t.kind = 'package' AND t.status = 'done')"
            " WHERE channel != 'walk_in'"
        )
        conn.execute(
            "UPDATE companyprofile SET next_quote_number = ?", (self.quote_count + 1,)
        )
        # The inner words of the names, as the app keeps them on every save.
        keys = conn.execute(
            "SELECT id, search_last, search_first, search_company FROM prospect"
        )
        words = [(pid, w) for pid, *names in keys for w in inner_words(*names)]
        conn.executemany(
            "INSERT INTO prospect_word (prospect_id, word) VALUES (?, ?)", words
        )
        return {
            "prospects": prospects.count,
            "prospect_words": len(words),
            "touches": touches.count,
            "quotes": quotes.count,
            "quote_lines": lines.count,
        }


def set_up_schema(path: Path) -> None:
    open_database(path)
    try:
        profile_service.update_profile(
            name="Harbour Print & Copy",
            street="12 Harbour Road",
            postcode="07030",
            city="Hoboken",
            region="NJ",
            country="US",
            phone="201-555-0147",
            email="hello@harbour-print.example",
            website="harbour-print.example",
            prime_area=",".join(PRIME_PREFIXES),
            timezone="America/New_York",
            signer_name="Dana Harbour",
        )
    finally:
        close_database()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500, help="packages due today")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.database}{suffix}").unlink(missing_ok=True)
    set_up_schema(args.database)

    conn = sqlite3.connect(args.database, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    conn.execute("BEGIN")
    counts = ShopMaker(args).fill(conn)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()

    size = Path(args.database).stat().st_size / 1e6
    summary = ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in counts.items())
    log(f"{args.database}: {summary}; {size:.0f} MB")
    log(f"  {time.perf_counter() - started:.1f} s; reference day {args.today}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
