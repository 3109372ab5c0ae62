"""Turning stored quotes and prospects into printed documents."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from followup_desk.domain.address import PostalAddress
from followup_desk.domain.names import full_name
from followup_desk.services import profile as profile_service
from followup_desk.services import quotes as quote_service
from followup_desk.services.errors import UserError
from followup_desk.storage.models import Prospect, Quote
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.printing")


def recipient_address(prospect: Prospect) -> PostalAddress:
    return PostalAddress(
        name=full_name(prospect.first_name, prospect.last_name),
        company=prospect.company,
        street=prospect.street,
        street2=prospect.street2,
        postcode=prospect.postcode,
        city=prospect.city,
        region=prospect.region,
        country=prospect.country,
    )


def quote_document(quote: Quote):
    from followup_desk.printing.documents import QuoteDocument

    profile = profile_service.get_profile()
    return QuoteDocument(
        number=quote.number,
        issued_on=quote.issued_on,
        valid_until=quote.valid_until,
        recipient=recipient_address(quote.prospect),
        lines=quote_service.line_items(quote.id),
        currency=quote.currency or profile.currency,
        locale=profile.locale,
        notes=quote.notes,
        terms=quote.terms,
        rounding=quote.rounding,
        replaces=_replaced_number(quote),
    )


def _replaced_number(quote: Quote) -> str:
    """The number a revision replaces (the revision before it), else ""."""
    if quote.revision <= 1:
        return ""
    older = Quote.select(Quote.number).where(Quote.replaced_by_id == quote.id).scalar()
    return older or ""


def cover_letter(
    prospect: Prospect, quote_number: str = "", day: dt.date | None = None
):
    from followup_desk.printing.documents import default_cover_letter

    profile = profile_service.get_profile()
    return default_cover_letter(
        profile_service.company_info(profile),
        recipient_address(prospect),
        day or profile_service.shop_today(profile),
        quote_number,
        profile.signer_name,
        prospect.channel != "walk_in",
    )


def writable_pdf_path(out: Path) -> Path:
    out = Path(out)
    if out.exists() and out.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Documents", "{out} is a folder; give a file name ending in .pdf."
            ).format(out=out)
        )
    if not out.parent.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Documents", "The folder {parent} does not exist."
            ).format(parent=out.parent)
        )
    return out


def print_quote(quote_id: int, out: Path) -> Path:
    """Write one quotation PDF."""
    from followup_desk.printing.quotation import write_quotation_pdf

    quote = quote_service.get_quote(quote_id)
    path = write_quotation_pdf(
        writable_pdf_path(out), profile_service.company_info(), quote_document(quote)
    )
    log.info("Printed quotation %s", quote.number)
    return path


def print_handover(quote_id: int, out: Path) -> Path:
    """Cover letter and quotation together, for a walk-in to take home."""
    from followup_desk.printing.batch import write_handover_pdf

    quote = quote_service.get_quote(quote_id)
    letter = cover_letter(quote.prospect, quote.number, quote.issued_on)
    path = write_handover_pdf(
        writable_pdf_path(out),
        profile_service.company_info(),
        letter,
        quote_document(quote),
    )
    log.info("Printed hand-over pack for quotation %s", quote.number)
    return path
