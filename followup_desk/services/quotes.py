"""Quotations: numbering, lines and totals."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from decimal import Decimal

from followup_desk.domain.money import LineItem, QuoteTotals, quote_totals
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import CompanyProfile, Quote, QuoteLine

log = logging.getLogger("followup_desk.services")


def _take_quote_number(issued_on: dt.date) -> str:
    """The next number, never reused even when two desks quote at once."""
    profile_id = profile_service.get_profile().id
    query = CompanyProfile.select().where(CompanyProfile.id == profile_id)
    if database.obj.__class__.__name__.startswith("Postgres"):
        # Row lock so a second desk waits instead of taking the same number.
        query = query.for_update()
    profile = query.get()
    number = profile.next_quote_number
    CompanyProfile.update(next_quote_number=number + 1).where(
        CompanyProfile.id == profile_id
    ).execute()
    return f"{profile.quote_prefix}-{issued_on.year}-{number:04d}"


def create_quote(
    prospect_id: int,
    lines: Iterable[LineItem] = (),
    issued_on: dt.date | None = None,
) -> Quote:
    profile = profile_service.get_profile()
    issued_on = issued_on or profile_service.shop_today(profile)
    with database.atomic():
        quote = Quote.create(
            prospect=prospect_id,
            number=_take_quote_number(issued_on),
            issued_on=issued_on,
            valid_until=issued_on + dt.timedelta(days=profile.quote_valid_days),
            currency=profile.currency,
        )
        _write_lines(quote, list(lines))
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
        }
        for index, line in enumerate(lines)
    ]
    if rows:
        QuoteLine.insert_many(rows).execute()


def check_line(line: LineItem) -> None:
    """Refuse a line a customer should never see."""
    if line.quantity <= 0:
        raise ValidationError("quantity", "Quantity must be more than zero.")
    if line.unit_price < 0:
        raise ValidationError("unit_price", "Unit price cannot be negative.")
    if not Decimal(0) <= line.discount_pct <= Decimal(100):
        raise ValidationError("discount_pct", "Discount must be between 0 and 100 %.")
    if not Decimal(0) <= line.tax_pct <= Decimal(100):
        raise ValidationError("tax_pct", "Tax must be between 0 and 100 %.")


def save_lines(quote_id: int, lines: Iterable[LineItem]) -> Quote:
    """Replace the quote's lines; blank lines are dropped, bad ones refused."""
    quote = get_quote(quote_id)
    kept = [line for line in lines if line.description.strip() or line.unit_price]
    for line in kept:
        check_line(line)
    with database.atomic():
        _write_lines(quote, kept)
        quote.updated_at = dt.datetime.now().replace(microsecond=0)
        quote.save()
    return quote


def get_quote(quote_id: int) -> Quote:
    quote = Quote.get_or_none(Quote.id == quote_id)
    if quote is None:
        raise NotFoundError(f"There is no quote with id {quote_id}.")
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
        )
        for row in rows
    ]


def totals(quote_id: int) -> QuoteTotals:
    return quote_totals(line_items(quote_id))


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
