"""A sample shop to try Follow-up Desk with, in a database of its own.

"Try with sample data" in the first-run wizard opens a separate SQLite file
(``paths.sample_database_path``) and fills it here, through the same services
the desk uses: some fifty first contacts over the last six weeks, their
plans, what was done, quotes, a few first orders and calls agreed for later
today. The real shop's database is never opened for this.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from decimal import Decimal

from followup_desk.domain.money import LineItem
from followup_desk.services import call_times, contacts, quotes, touches
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

SAMPLE_SHOP_NAME = "Harbour Print & Copy (sample)"
PROSPECT_COUNT = 48
DAYS_BACK = 42

_FIRST_NAMES = (
    "Ana",
    "Zoë",
    "Γιώργος",
    "Анна",
    "Kenji",
    "Siobhán",
    "Liam",
    "Fatima",
    "Søren",
    "Chloé",
    "Mateo",
    "Olivia",
    "Łukasz",
    "Aoife",
    "Yusuf",
    "Hannah",
    "José",
    "Emily",
    "Noah",
    "Ingrid",
    "Priya",
    "Tomás",
    "Grace",
    "Dmitri",
)
_LAST_NAMES = (
    "García",
    "Müller",
    "Παπαδόπουλος",
    "Кузнецова",
    "Tanaka",
    "O'Brien",
    "Nguyễn",
    "Haddad",
    "Østergaard",
    "Lefèvre",
    "Fernández",
    "Brown",
    "Kowalski",
    "Byrne",
    "Demir",
    "Schmidt",
    "Martins",
    "Chen",
    "Williams",
    "Lund",
    "Sharma",
)
_COMPANIES = (
    "Müller & Söhne",
    "ООО Ромашка",
    "田中印刷",
    "Corner Bakery & Co",
    "Nordic Homes",
    "Café <Zürich>",
    "Smith & Sons",
    "Green Leaf Studio",
    "Acme Windows",
    "Lotus Yoga 🧘",
    "Kim's Florist",
)
_STREETS = ("Harbor Road", "Main Street", "Elm Avenue", "Ocean Drive", "Mill Lane")
_TOWNS = (
    ("07030", "Hoboken"),
    ("07302", "Jersey City"),
    ("08540", "Princeton"),
    ("10001", "New York"),
    ("07102", "Newark"),
)
_ITEMS = (
    ("Business cards, 500, matt 400 g", Decimal("1"), Decimal("49.00")),
    ("Flyers A5, 2,000, both sides", Decimal("1"), Decimal("189.00")),
    ("Roll-up banner 85 × 200 cm", Decimal("2"), Decimal("119.50")),
    ("Letterheads, 1,000", Decimal("1"), Decimal("135.00")),
    ("Design work (hours)", Decimal("3"), Decimal("65.00")),
)
_OUTCOMES = {
    "call": ("spoke to them", "left a message", "will call back"),
    "visit": ("visited",),
    "email": ("sent",),
    "mailer": ("posted",),
    "package": ("posted",),
}


def fill_sample_shop(today: dt.date | None = None, seed: int = 7) -> int:
    """Fill the open, empty database with the sample shop; return prospects made.

    Refuses a database that already holds prospects, so it can never mix
    sample people into a real shop.
    """
    if Prospect.select().exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "SampleData",
                "This database already holds prospects; the sample shop goes "
                "only into a database of its own.",
            )
        )
    rng = random.Random(seed)
    with database.atomic():
        profile_service.update_profile(
            name=SAMPLE_SHOP_NAME,
            street="12 Harbor Road",
            postcode="07030",
            city="Hoboken",
            region="NJ",
            country="US",
            phone="+1 201 555 0142",
            email="hello@harbour-print.example",
            website="harbour-print.example",
            currency="USD",
            locale="en_US",
            timezone="America/New_York",
            holiday_region="NJ",
            prime_area="070, 073, Hoboken",
            signer_name="Sam Rivera",
        )
        today = today or profile_service.shop_today()
        made = [_make_prospect(rng, number, today) for number in range(PROSPECT_COUNT)]
        for prospect in made:
            _play_history(rng, prospect, today)
        _time_todays_calls(today)
    log.info("Filled the sample shop with %d prospects", len(made))
    return len(made)


def _make_prospect(rng: random.Random, number: int, today: dt.date) -> Prospect:
    first = _FIRST_NAMES[number % len(_FIRST_NAMES)]
    last = _LAST_NAMES[(number * 5) % len(_LAST_NAMES)]
    company = _COMPANIES[number % len(_COMPANIES)]
    postcode, town = rng.choice(_TOWNS)
    channel = rng.choices(("phone", "email", "walk_in"), weights=(5, 3, 2))[0]
    contact = contacts.NewContact(
        first_name=first,
        last_name=last,
        company=company if rng.random() < 0.5 else "",
        email=f"sample{number}@example.com",
        phone=f"+1 201 555 {1000 + number:04d}",
        street=f"{rng.randint(1, 250)} {rng.choice(_STREETS)}",
        postcode=postcode,
        city=town,
        region="NJ" if postcode.startswith("07") or postcode.startswith("08") else "NY",
        country="US",
        channel=channel,
        interest=rng.choice(("low", "medium", "high")),
        qualified=rng.random() < 0.5,
    )
    # Spread over the last weeks, oldest first; the newest arrived today.
    back = DAYS_BACK * (PROSPECT_COUNT - 1 - number) // (PROSPECT_COUNT - 1)
    day = today - dt.timedelta(days=back)
    return contacts.log_first_contact(contact, contacted_on=day, who="Sam")


def _play_history(rng: random.Random, prospect: Prospect, today: dt.date) -> None:
    """Do most of what fell due before today; leave a few overdue on purpose."""
    if rng.random() < 0.55:
        lines = [
            LineItem(description=text, quantity=qty, unit_price=price)
            for text, qty, price in rng.sample(_ITEMS, rng.randint(1, 3))
        ]
        quotes.create_quote(prospect.id, lines, issued_on=prospect.first_contact)
    due = (
        Touch.select()
        .where(
            (Touch.prospect == prospect.id)
            & (Touch.status == "open")
            & (Touch.due < today)
        )
        .order_by(Touch.due)
    )
    for touch in due:
        if rng.random() < 0.04:
            continue  # forgotten: shows as overdue
        outcome = rng.choice(_OUTCOMES.get(touch.kind, ("done",)))
        try:
            touches.complete_touch(touch.id, outcome, who="Sam", done_on=touch.due)
        except UserError:
            continue  # a package that already moved the calls, say
    roll = rng.random()
    if roll < 0.12:
        contacts.record_first_order(
            prospect, prospect.first_contact + dt.timedelta(days=rng.randint(3, 20))
        )
    elif roll < 0.17:
        contacts.mark_lost(prospect)


def _time_todays_calls(today: dt.date) -> None:
    """Give a few of today's calls an agreed time, so reminders can be seen."""
    now = call_times.shop_now()
    calls = (
        Touch.select(Touch.id)
        .where((Touch.status == "open") & (Touch.kind == "call") & (Touch.due == today))
        .order_by(Touch.id)
        .limit(3)
    )
    for offset, touch in zip((10, 75, 180), calls, strict=False):
        at = now + dt.timedelta(minutes=offset)
        if at.date() == today:
            call_times.set_call_time(touch.id, at.time())
