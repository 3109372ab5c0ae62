"""A quote's life: numbers by pattern, sent and frozen, revised, accepted."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal as D

import pytest

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, quote_settings, quotes
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Quote, Touch

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def prospect(store):
    return contacts.log_first_contact(
        contacts.NewContact(first_name="Zoë", last_name="O'Brien & <Sons>"),
        contacted_on=DAY,
    )


def lines() -> list[LineItem]:
    return [
        LineItem("Oak door", D(2), D("249.00"), tax_pct=D(19), code="DOOR", unit="pc"),
        LineItem("Fitting", D("1.5"), D("45.00"), D(10), D(19), unit="h"),
    ]


def test_numbers_follow_the_owners_pattern(prospect):
    quote_settings.update(number_pattern="INV-{yy}{month}-{seq:03}")
    first = quotes.create_quote(prospect.id, issued_on=DAY)
    second = quotes.create_quote(prospect.id, issued_on=DAY)
    assert (first.number, second.number) == ("INV-2603-001", "INV-2603-002")


def test_a_new_year_counts_from_one_again(prospect):
    quotes.create_quote(prospect.id, issued_on=dt.date(2026, 12, 30))
    last = quotes.create_quote(prospect.id, issued_on=dt.date(2026, 12, 31))
    january = quotes.create_quote(prospect.id, issued_on=dt.date(2027, 1, 4))
    assert last.number == "Q-2026-0002"
    assert january.number == "Q-2027-0001"


def test_numbers_are_never_reused(prospect):
    quote_settings.update(number_pattern="Q{seq:04}")
    first = quotes.create_quote(prospect.id, issued_on=DAY)
    Quote.delete().where(Quote.id == first.id).execute()
    second = quotes.create_quote(prospect.id, issued_on=DAY)
    assert (first.number, second.number) == ("Q0001", "Q0002")
    # A number already taken (say, the pattern was switched back) is skipped.
    quote_settings.update(number_pattern="Q{seq:03}")
    Quote.update(number="Q003").where(Quote.id == second.id).execute()
    assert quotes.create_quote(prospect.id, issued_on=DAY).number == "Q004"


def test_bad_settings_are_refused_and_nothing_changes(prospect):
    with pytest.raises(ValidationError, match="needs \\{seq\\}"):
        quote_settings.update(number_pattern="Q-{year}", valid_days=10)
    with pytest.raises(ValidationError, match="whole number of days"):
        quote_settings.update(valid_days="ten")
    with pytest.raises(ValidationError, match="Rounding must be one of"):
        quote_settings.update(rounding="nearest")
    settings = quote_settings.current()
    assert settings.number_pattern == "{prefix}-{year}-{seq:04}"
    assert settings.valid_days == 30


def test_lines_keep_code_and_unit_and_the_quote_its_rules(prospect):
    quote_settings.update(rounding="line", terms="Payment within 14 days.")
    quote = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    assert quotes.line_items(quote.id) == lines()
    assert (quote.rounding, quote.terms) == ("line", "Payment within 14 days.")
    # 498.00 + 60.75 = 558.75; tax per line 94.62 + 11.54 = 106.16
    assert quotes.totals(quote.id).gross == D("664.91")
    quote_settings.update(rounding="total")
    # A quote keeps the rule it was made with: 558.75 x 19 % = 106.16 too,
    # so the rule stored is what is checked here.
    assert quotes.money_rules(quotes.get_quote(quote.id)).rounding == "line"


def test_a_sent_quote_is_frozen_and_a_revision_keeps_it(prospect):
    quote = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    sent = quotes.mark_sent(quote.id, on=DAY + dt.timedelta(days=1))
    assert sent.status == "sent" and sent.sent_on == DAY + dt.timedelta(days=1)
    assert sent.valid_until == DAY + dt.timedelta(days=31)

    with pytest.raises(quotes.QuoteFrozenError, match="revision"):
        quotes.save_lines(quote.id, [LineItem("Cheaper door", D(1), D(99))])
    assert quotes.next_revision_number(sent) == f"{quote.number}-2"

    revision = quotes.revise_quote(quote.id, [LineItem("Cheaper door", D(1), D(99))])
    assert revision.number == f"{quote.number}-2"
    assert (revision.status, revision.revision) == ("draft", 2)
    assert quotes.line_items(quote.id) == lines()  # the sent one is untouched
    assert quotes.get_quote(quote.id).replaced_by_id == revision.id

    quotes.mark_sent(revision.id)
    third = quotes.revise_quote(revision.id)
    assert third.number == f"{quote.number}-3"
    assert quotes.line_items(third.id) == [LineItem("Cheaper door", D(1), D(99))]
    # Revising an already revised quote opens that revision instead.
    assert quotes.revise_quote(quote.id).id == revision.id


def test_accepting_converts_the_prospect_and_cancels_the_plan(prospect):
    quote = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    quotes.mark_sent(quote.id, on=DAY)
    open_before = Touch.select().where(
        (Touch.prospect == prospect.id) & (Touch.status == "open")
    )
    assert open_before.count() > 0

    accepted = quotes.accept_quote(quote.id, on=DAY + dt.timedelta(days=3))

    assert (accepted.status, accepted.decided_on) == ("accepted", dt.date(2026, 3, 5))
    customer = contacts.get_prospect(prospect.id)
    assert customer.status == "customer"
    assert customer.first_order_on == dt.date(2026, 3, 5)
    assert open_before.count() == 0
    with pytest.raises(quotes.QuoteFrozenError, match="accepted"):
        quotes.revise_quote(quote.id)
    with pytest.raises(ValidationError, match="accepted already"):
        quotes.decline_quote(quote.id)


def test_a_replaced_quote_cannot_be_accepted(prospect):
    quote = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    quotes.mark_sent(quote.id, on=DAY)
    revision = quotes.revise_quote(quote.id)
    with pytest.raises(ValidationError, match=f"replaced by {revision.number}"):
        quotes.accept_quote(quote.id)
    assert contacts.get_prospect(prospect.id).status == "prospect"


def test_declined_and_expired(prospect):
    one = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    two = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    draft = quotes.create_quote(prospect.id, lines(), issued_on=DAY)
    quotes.mark_sent(one.id, on=DAY)
    quotes.mark_sent(two.id, on=DAY)
    assert quotes.decline_quote(one.id, on=DAY).status == "declined"

    later = DAY + dt.timedelta(days=31)
    assert quotes.effective_status(quotes.get_quote(two.id), later) == "expired"
    assert quotes.effective_status(quotes.get_quote(two.id), DAY) == "sent"
    assert quotes.expire_quotes(later) == 1
    assert quotes.get_quote(two.id).status == "expired"
    assert quotes.get_quote(draft.id).status == "draft"  # drafts never expire
    assert contacts.get_prospect(prospect.id).status == "prospect"


def test_two_desks_number_200_quotes_at_once_without_a_clash(pg_db):
    """Two connections (one per thread) each make 100 quotes at the same time."""
    prospect = contacts.log_first_contact(contacts.NewContact(last_name="Race"))
    start = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[Exception] = []

    def desk() -> None:
        try:
            with pg_db.connection_context():
                start.wait()
                for _ in range(100):
                    numbers.append(quotes.create_quote(prospect.id).number)
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(numbers) == 200 == len(set(numbers))
    year = quotes.get_quote(1).issued_on.year
    assert sorted(numbers) == [f"Q-{year}-{n:04d}" for n in range(1, 201)]


def test_two_desks_revising_one_quote_make_one_revision(pg_db):
    prospect = contacts.log_first_contact(contacts.NewContact(last_name="Race"))
    quote = quotes.create_quote(prospect.id, lines())
    quotes.mark_sent(quote.id)
    start = threading.Barrier(2)
    made: list[int] = []

    def desk() -> None:
        with pg_db.connection_context():
            start.wait()
            made.append(quotes.revise_quote(quote.id).id)

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 2 and made[0] == made[1]
    assert Quote.select().where(Quote.base_number == quote.number).count() == 2
