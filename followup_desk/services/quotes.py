"""Quotations: numbering, lines, totals and the life of a quote.

A quote starts as a draft the desk may change at will. Printing or e-mailing
it makes it *sent*: the customer has it, so it is frozen, and changing it
makes a revision (``Q-2026-0042-2``) while the sent one stays as it was.
A sent quote past its valid-until day is *expired*; the customer's answer
makes it *accepted* (their first order: the prospect becomes a customer) or
*declined*.

Numbers follow the owner's pattern and are never reused, also when two desks
quote at once on one PostgreSQL database: the counter row is locked by the
``UPDATE`` that raises it, so the second desk waits and counts on.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from decimal import Decimal

from followup_desk.domain.money import (
    LineItem,
    MoneyRules,
    QuoteTotals,
    quote_totals,
)
from followup_desk.domain.quote_numbers import (
    DEFAULT_PATTERN,
    NumberPattern,
    PatternError,
    check_pattern,
    revision_number,
)
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, UserError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import CompanyProfile, Prospect, Quote, QuoteLine
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

STATUSES = ("draft", "sent", "accepted", "declined", "expired")
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Quotes", "Draft"),
    "sent": QT_TRANSLATE_NOOP("Quotes", "Sent"),
    "accepted": QT_TRANSLATE_NOOP("Quotes", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Quotes", "Declined"),
    "expired": QT_TRANSLATE_NOOP("Quotes", "Expired"),
}
# A quote's status inside a sentence ("… was sent").
_STATUS_WORDS = {
    "sent": QT_TRANSLATE_NOOP("Quotes", "sent"),
    "accepted": QT_TRANSLATE_NOOP("Quotes", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Quotes", "declined"),
    "expired": QT_TRANSLATE_NOOP("Quotes", "expired"),
}
# The customer has seen these; their lines never change again.
FROZEN = frozenset({"sent", "accepted", "declined", "expired"})


class QuoteFrozenError(UserError):
    """The quote was sent, so it stays as the customer has it."""


# -- numbers -----------------------------------------------------------------------


def number_pattern(profile: CompanyProfile) -> NumberPattern:
    """The owner's pattern; a damaged one falls back to the default."""
    try:
        return check_pattern(profile.quote_number_pattern, profile.quote_prefix)
    except PatternError:
        log.warning("Quote number pattern %r unusable", profile.quote_number_pattern)
        return check_pattern(DEFAULT_PATTERN, profile.quote_prefix)


def _take_quote_number(issued_on: dt.date) -> str:
    """The next number, never reused even when two desks quote at once.

    Must run inside the transaction that saves the quote: the ``UPDATE``
    below write-locks the counter (a row lock on PostgreSQL, the write lock
    on SQLite) until that transaction ends, so a second desk waits there and
    then reads the number after ours.
    """
    profile_id = profile_service.get_profile().id
    CompanyProfile.update(next_quote_number=CompanyProfile.next_quote_number + 1).where(
        CompanyProfile.id == profile_id
    ).execute()
    profile = CompanyProfile.get_by_id(profile_id)
    pattern = number_pattern(profile)
    seq = profile.next_quote_number - 1
    year = profile.quote_seq_year
    if pattern.restarts_yearly and year and issued_on.year > year:
        seq = 1  # a new year in the number: counting starts again
    if pattern.restarts_yearly and issued_on.year > year:
        year = issued_on.year
    # A number already taken (the pattern was changed back, or quotes were
    # copied in) is skipped rather than failing the save.
    number = pattern.format(seq, issued_on, profile.quote_prefix)
    while Quote.select().where(Quote.number == number).exists():
        seq += 1
        number = pattern.format(seq, issued_on, profile.quote_prefix)
    CompanyProfile.update(next_quote_number=seq + 1, quote_seq_year=year).where(
        CompanyProfile.id == profile_id
    ).execute()
    return number


def preview_numbers(
    pattern_text: str, prefix: str, today: dt.date, count: int = 2
) -> list[str]:
    """What the next numbers would look like under a pattern being typed."""
    pattern = check_pattern(pattern_text, prefix)
    profile = profile_service.get_profile()
    seq = profile.next_quote_number
    if pattern.restarts_yearly and profile.quote_seq_year not in (0, today.year):
        seq = 1
    return [pattern.format(seq + n, today, prefix) for n in range(count)]


# -- making and changing ---------------------------------------------------------


def money_rules(quote: Quote) -> MoneyRules:
    return MoneyRules(quote.currency or "USD", quote.rounding or "total")


def create_quote(
    prospect_id: int,
    lines: Iterable[LineItem] = (),
    issued_on: dt.date | None = None,
    notes: str = "",
) -> Quote:
    """A new draft for a prospect, with the next number."""
    profile = profile_service.get_profile()
    issued_on = issued_on or profile_service.shop_today(profile)
    lines = list(lines)
    for line in lines:
        check_line(line)
    with database.atomic():
        number = _take_quote_number(issued_on)
        quote = Quote.create(
            prospect=prospect_id,
            number=number,
            base_number=number,
            issued_on=issued_on,
            valid_until=issued_on + dt.timedelta(days=profile.quote_valid_days),
            currency=profile.currency,
            rounding=profile.quote_rounding or "total",
            terms=profile.quote_terms,
            notes=notes.strip(),
        )
        _write_lines(quote, lines)
    log.info("Created quote %s for prospect %d", quote.number, prospect_id)
    return quote


def _write_lines(quote: Quote, lines: list[LineItem]) -> None:
    QuoteLine.delete().where(QuoteLine.quote == quote.id).execute()
    rows = [
        {
            "quote": quote.id,
            "position": index,
            "description": line.description,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
            "discount_pct": line.discount_pct,
            "tax_pct": line.tax_pct,
            "code": line.code,
            "unit": line.unit,
        }
        for index, line in enumerate(lines)
    ]
    if rows:
        QuoteLine.insert_many(rows).execute()


def check_line(line: LineItem) -> None:
    """Refuse a line a customer should never see."""
    if line.quantity <= 0:
        raise ValidationError(
            "quantity", QT_TRANSLATE_NOOP("Quotes", "Quantity must be more than zero.")
        )
    if line.unit_price < 0:
        raise ValidationError(
            "unit_price", QT_TRANSLATE_NOOP("Quotes", "Unit price cannot be negative.")
        )
    if not Decimal(0) <= line.discount_pct <= Decimal(100):
        raise ValidationError(
            "discount_pct",
            QT_TRANSLATE_NOOP("Quotes", "Discount must be between 0 and 100 %."),
        )
    if not Decimal(0) <= line.tax_pct <= Decimal(100):
        raise ValidationError(
            "tax_pct", QT_TRANSLATE_NOOP("Quotes", "Tax must be between 0 and 100 %.")
        )


def _kept(lines: Iterable[LineItem]) -> list[LineItem]:
    """Blank lines (no description, no price) are dropped, bad ones refused."""
    kept = [line for line in lines if line.description.strip() or line.unit_price]
    for line in kept:
        check_line(line)
    return kept


def save_lines(quote_id: int, lines: Iterable[LineItem]) -> Quote:
    """Replace a draft's lines; a sent quote raises ``QuoteFrozenError``."""
    quote = get_quote(quote_id)
    if quote.status in FROZEN:
        raise QuoteFrozenError(
            QT_TRANSLATE_NOOP(
                "Quotes",
                "Quotation {number} was {status} and stays as the customer "
                "has it. Save your changes as a revision instead.",
            ).format(
                number=quote.number,
                status=_STATUS_WORDS.get(quote.status, quote.status),
            )
        )
    kept = _kept(lines)
    with database.atomic():
        _write_lines(quote, kept)
        quote.updated_at = dt.datetime.now().replace(microsecond=0)
        quote.save()
    return quote


def revise_quote(quote_id: int, lines: Iterable[LineItem] | None = None) -> Quote:
    """A new draft revision of a sent quote; the sent one is kept unchanged.

    ``lines`` are the revision's lines (the old quote's when None). Revising
    a quote already revised opens that revision rather than making a second.
    """
    old = get_quote(quote_id)
    if old.status == "accepted":
        raise QuoteFrozenError(
            QT_TRANSLATE_NOOP(
                "Quotes",
                "Quotation {number} was accepted and cannot be revised. "
                "Start a new quotation for further work.",
            ).format(number=old.number)
        )
    new_lines = _kept(line_items(quote_id) if lines is None else lines)
    profile = profile_service.get_profile()
    today = profile_service.shop_today(profile)
    with database.atomic():
        # Claims the old quote: of two desks revising it at once, one
        # updates the row and the other finds it already replaced.
        claimed = (
            Quote.update(version=Quote.version + 1)
            .where((Quote.id == quote_id) & Quote.replaced_by_id.is_null())
            .execute()
        )
        if not claimed:
            newer = get_quote(get_quote(quote_id).replaced_by_id)
            log.info("Quote %s was already revised as %s", old.number, newer.number)
            return newer
        base = old.base_number or old.number
        revision = (
            Quote.select(Quote.revision)
            .where(Quote.base_number == base)
            .order_by(Quote.revision.desc())
            .scalar()
            or 1
        ) + 1
        quote = Quote.create(
            prospect=old.prospect_id,
            number=revision_number(base, revision),
            base_number=base,
            revision=revision,
            issued_on=today,
            valid_until=today + dt.timedelta(days=profile.quote_valid_days),
            currency=old.currency,
            rounding=profile.quote_rounding or old.rounding,
            terms=profile.quote_terms,
            notes=old.notes,
        )
        _write_lines(quote, new_lines)
        Quote.update(replaced_by_id=quote.id).where(Quote.id == quote_id).execute()
    log.info("Revised quote %s as %s", old.number, quote.number)
    return quote


def next_revision_number(quote: Quote) -> str:
    """The number a revision of ``quote`` would get, to say so beforehand."""
    base = quote.base_number or quote.number
    highest = (
        Quote.select(Quote.revision)
        .where(Quote.base_number == base)
        .order_by(Quote.revision.desc())
        .scalar()
        or 1
    )
    return revision_number(base, highest + 1)


# -- life cycle --------------------------------------------------------------------


def effective_status(quote: Quote, today: dt.date | None = None) -> str:
    """The status as the desk should read it: a sent quote past its date expired."""
    today = today or profile_service.shop_today()
    if quote.status == "sent" and quote.valid_until < today:
        return "expired"
    return quote.status


def mark_sent(quote_id: int, on: dt.date | None = None) -> Quote:
    """The customer has the quote (printed, handed over or e-mailed).

    A draft is dated the day it goes out and stays valid from then; a quote
    sent before keeps its dates, so printing it again changes nothing.
    """
    quote = get_quote(quote_id)
    if quote.status != "draft":
        return quote
    profile = profile_service.get_profile()
    on = on or profile_service.shop_today(profile)
    valid_until = on + dt.timedelta(days=profile.quote_valid_days)
    _set_status(quote, "sent", sent_on=on, issued_on=on, valid_until=valid_until)
    log.info("Quote %s sent on %s", quote.number, on)
    return get_quote(quote_id)


def accept_quote(quote_id: int, on: dt.date | None = None) -> Quote:
    """The customer said yes: their first order, so the prospect converts.

    Every open follow-up of the prospect is cancelled (kept in the history)
    by ``contacts.record_first_order``, in the same transaction.
    """
    from followup_desk.services import contacts

    quote = get_quote(quote_id)
    _refuse_replaced(quote)
    if quote.status == "accepted":
        return quote
    on = on or profile_service.shop_today()
    with database.atomic():
        _set_status(quote, "accepted", decided_on=on, sent_on=quote.sent_on or on)
        prospect = Prospect.get_by_id(quote.prospect_id)
        if prospect.status != "customer":
            contacts.record_first_order(prospect, on)
    log.info("Quote %s accepted on %s", quote.number, on)
    return get_quote(quote_id)


def decline_quote(quote_id: int, on: dt.date | None = None) -> Quote:
    """The customer said no to this quote (the prospect may still buy)."""
    quote = get_quote(quote_id)
    if quote.status == "accepted":
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "Quotes",
                "Quotation {number} was accepted already; it cannot be declined.",
            ).format(number=quote.number),
        )
    on = on or profile_service.shop_today()
    _set_status(quote, "declined", decided_on=on, sent_on=quote.sent_on or on)
    log.info("Quote %s declined on %s", quote.number, on)
    return get_quote(quote_id)


def expire_quotes(today: dt.date | None = None) -> int:
    """Record as expired every sent quote past its valid-until day."""
    today = today or profile_service.shop_today()
    return (
        Quote.update(status="expired", version=Quote.version + 1)
        .where((Quote.status == "sent") & (Quote.valid_until < today))
        .execute()
    )


def _refuse_replaced(quote: Quote) -> None:
    if quote.replaced_by_id:
        newer = get_quote(quote.replaced_by_id)
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP(
                "Quotes",
                "Quotation {number} was replaced by {newer}; accept that one instead.",
            ).format(number=quote.number, newer=newer.number),
        )


def _set_status(quote: Quote, status: str, **values: object) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    Quote.update(
        status=status, updated_at=now, version=Quote.version + 1, **values
    ).where(Quote.id == quote.id).execute()


# -- reading ------------------------------------------------------------------------


def get_quote(quote_id: int) -> Quote:
    quote = Quote.get_or_none(Quote.id == quote_id)
    if quote is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Quotes", "There is no quote with id {quote_id}.").format(
                quote_id=quote_id
            )
        )
    return quote


def line_items(quote_id: int) -> list[LineItem]:
    rows = (
        QuoteLine.select()
        .where(QuoteLine.quote == quote_id)
        .order_by(QuoteLine.position)
    )
    return [
        LineItem(
            description=row.description,
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_pct=row.discount_pct,
            tax_pct=row.tax_pct,
            code=row.code,
            unit=row.unit,
        )
        for row in rows
    ]


def totals(quote_id: int) -> QuoteTotals:
    return quote_totals(line_items(quote_id), money_rules(get_quote(quote_id)))


def latest_quote(prospect_id: int) -> Quote | None:
    return (
        Quote.select()
        .where(Quote.prospect == prospect_id)
        .order_by(Quote.id.desc())
        .first()
    )


def quotes_for(prospect_id: int) -> list[Quote]:
    return list(
        Quote.select().where(Quote.prospect == prospect_id).order_by(Quote.id.desc())
    )
