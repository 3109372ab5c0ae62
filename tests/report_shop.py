"""A small shop with a dated history, for the owner's figures.

Everything goes in through the services staff use (first contacts, quotes,
touches done on given days, packages posted, first orders), so the figures
are checked against data shaped exactly as the app writes it. The expected
values in the tests were worked out by hand from the story below.

March 2026 cohort (first contacted in March):

====  ===================  ========  =====  ======================================
P     name                 channel   date   what happened
====  ===================  ========  =====  ======================================
P1    Ada Lovelace         phone*    03-02  quoted 200; package posted 03-03;
                                            e-mails 03-02, 03-03; call 03-05;
                                            ordered 03-20
P2    Ben Øster            phone     03-03  quoted 150; e-mails; call 03-05; lost
P3    Cleo Ἀθηνᾶ           walk-in   03-04  quoted 80; package handed over;
                                            e-mail 03-05; ordered 03-06
P4    Dan Юлия             e-mail    03-05  quoted 500; e-mails; call 03-09
P5    Eve 王               e-mail    03-09  nothing done yet
P6    Finn & Co <Ltd>      phone*    03-10  quoted 300; package posted late
                                            03-12; call 03-16; call 03-31;
                                            ordered 04-15
P8    Hana Müller          walk-in   03-16  quoted 60; handed over; lost
P9    Ivan Petrov          e-mail    03-31  nothing done yet
====  ===================  ========  =====  ======================================

(* in the prime trading area, so a package is posted.) Before and after:
P7 Gus Wong 🙂 (phone, 02-20, ordered 03-13), P11 Kim Lee (e-mail, 01-12,
quotation ran out 02-11, ordered 03-25), P12 Lia Rossi (phone, 02-17,
quotation of 250 net ran out 03-19, lost), P10 Jo Late (phone, 04-01,
ordered 04-20).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from followup_desk.domain.money import LineItem
from followup_desk.domain.reports import Period
from followup_desk.services import contacts, profile, quotes, touches
from followup_desk.storage.models import Touch

MARCH = Period.month(2026, 3)
TODAY = dt.date(2026, 4, 30)


def day(month: int, number: int) -> dt.date:
    return dt.date(2026, month, number)


def _contact(first, last, channel, when, email, postcode, company="", who=""):
    return contacts.log_first_contact(
        contacts.NewContact(
            first_name=first,
            last_name=last,
            company=company,
            email=email,
            street="1 River Street",
            postcode=postcode,
            city="Hoboken",
            region="NJ",
            channel=channel,
        ),
        contacted_on=when,
        who=who,
    )


def _quote(prospect, amount: str, issued: dt.date, tax: str = "10"):
    return quotes.create_quote(
        prospect.id,
        [
            LineItem(
                "Business cards, 500",
                Decimal(1),
                Decimal(amount),
                Decimal(0),
                Decimal(tax),
            )
        ],
        issued_on=issued,
    )


def _done(prospect, step_key: str, when: dt.date, who: str, outcome="talked"):
    touch = Touch.get(
        (Touch.prospect == prospect.id)
        & (Touch.step_key == step_key)
        & (Touch.status == "open")
    )
    touches.complete_touch(touch.id, outcome, who=who, done_on=when)


def _posted(prospect, when: dt.date, who: str = "dana"):
    touches.mark_package_posted(prospect.id, when, who)


def _ordered(prospect, when: dt.date):
    contacts.record_first_order(contacts.get_prospect(prospect.id), when)


def build() -> dict[str, int]:
    """Fill the open database with the story; returns prospect ids by label."""
    profile.update_profile(
        name="Harbour Print & Copy",
        country="US",
        timezone="America/New_York",
        currency="USD",
        locale="en_US",
        prime_area="070",
        cost_package="2.50",
        cost_mailer="0.90",
        print_cost_package="1.20",
        print_cost_mailer="0.30",
    )
    ids: dict[str, int] = {}

    p11 = _contact("Kim", "Lee", "email", day(1, 12), "kim@example.com", "94105")
    _quote(p11, "90", day(1, 12))
    _done(p11, "quote_email", day(1, 12), "sam", "sent")
    _done(p11, "first_email", day(1, 13), "sam", "sent")
    _ordered(p11, day(3, 25))

    p12 = _contact("Lia", "Rossi", "phone", day(2, 17), "lia@example.com", "94105")
    _quote(p12, "250", day(2, 17), tax="8")
    _done(p12, "quote_email", day(2, 17), "sam", "sent")
    contacts.mark_lost(contacts.get_prospect(p12.id))

    p7 = _contact("Gus", "Wong 🙂", "phone", day(2, 20), "gus@example.com", "10001")
    _quote(p7, "120", day(2, 20))
    _done(p7, "quote_email", day(2, 20), "sam", "sent")
    _done(p7, "first_email", day(2, 23), "sam", "sent")
    _done(p7, "first_call", day(2, 24), "lee")
    _ordered(p7, day(3, 13))

    p1 = _contact("Ada", "Lovelace", "phone", day(3, 2), "ada@example.com", "07030")
    _quote(p1, "200", day(3, 2))
    _done(p1, "quote_email", day(3, 2), "sam", "sent")
    _posted(p1, day(3, 3))
    _done(p1, "first_email", day(3, 3), "sam", "sent")
    _done(p1, "first_call", day(3, 5), "sam")
    _ordered(p1, day(3, 20))

    p2 = _contact("Ben", "Øster", "phone", day(3, 3), "ben@example.com", "94105")
    _quote(p2, "150", day(3, 3))
    _done(p2, "quote_email", day(3, 3), "sam", "sent")
    _done(p2, "first_email", day(3, 4), "sam", "sent")
    _done(p2, "first_call", day(3, 5), "lee")
    contacts.mark_lost(contacts.get_prospect(p2.id))

    p3 = _contact(
        "Cleo", "Ἀθηνᾶ", "walk_in", day(3, 4), "cleo@example.com", "07302", who="dana"
    )
    _quote(p3, "80", day(3, 4))
    _done(p3, "first_email", day(3, 5), "sam", "sent")
    _ordered(p3, day(3, 6))

    p4 = _contact("Dan", "Юлия", "email", day(3, 5), "dan@example.com", "94105")
    _quote(p4, "500", day(3, 5))
    _done(p4, "quote_email", day(3, 5), "sam", "sent")
    _done(p4, "first_email", day(3, 6), "sam", "sent")
    _done(p4, "first_call", day(3, 9), "lee")

    p5 = _contact("Eve", "王", "email", day(3, 9), "eve@example.com", "94105")

    p6 = _contact(
        "", "", "phone", day(3, 10), "finn@example.com", "07030", "Finn & Co <Ltd>"
    )
    _quote(p6, "300", day(3, 10))
    _done(p6, "quote_email", day(3, 10), "sam", "sent")
    _done(p6, "first_email", day(3, 11), "sam", "sent")
    _posted(p6, day(3, 12))
    _done(p6, "first_call", day(3, 16), "lee")
    _done(p6, "month_call_1", day(3, 31), "lee")
    _ordered(p6, day(4, 15))

    p8 = _contact(
        "Hana", "Müller", "walk_in", day(3, 16), "hana@example.com", "07302", who="dana"
    )
    _quote(p8, "60", day(3, 16))
    contacts.mark_lost(contacts.get_prospect(p8.id))

    p9 = _contact("Ivan", "Petrov", "email", day(3, 31), "ivan@example.com", "94105")

    p10 = _contact("Jo", "Late", "phone", day(4, 1), "jo@example.com", "94105")
    _ordered(p10, day(4, 20))

    for label, prospect in (
        ("P1", p1),
        ("P2", p2),
        ("P3", p3),
        ("P4", p4),
        ("P5", p5),
        ("P6", p6),
        ("P7", p7),
        ("P8", p8),
        ("P9", p9),
        ("P10", p10),
        ("P11", p11),
        ("P12", p12),
    ):
        ids[label] = prospect.id
    return ids
