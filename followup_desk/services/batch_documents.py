"""What goes in each envelope of the daily batch, gathered before drawing.

Letters, quotations, the owner's enclosures, the address output and the
business cards are all read from the database here, in a handful of queries
for the whole batch, so the slow part (drawing a thousand pages) touches
nothing but plain data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from followup_desk.domain.money import LineItem
from followup_desk.services import documents
from followup_desk.services import posting_setup as setup_service
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.storage.models import Prospect, Quote, QuoteLine
from followup_desk.translatable import QT_TRANSLATE_NOOP


@dataclass
class PrintPlan:
    """Everything the drawing needs, gathered before the slow part starts."""

    company: object
    pieces: list
    address: object
    enclosures: dict[str, bytes]
    cards: object | None
    address_on: str
    envelope_name: str
    label_product: str
    label_start: int


def print_plan(profile, groups, day: dt.date, options, recipient_for) -> PrintPlan:
    from followup_desk.printing.documents import (
        LetterDocument,
        default_cover_letter,
        salutation_for,
    )
    from followup_desk.printing.envelope import envelope_size_for
    from followup_desk.printing.formats import envelope_named
    from followup_desk.printing.posting_batch import AddressOutput, Enclosed, Piece

    company = profile_service.company_info(profile)
    settings = setup_service.printer_settings(options.printer)
    setup = setup_service.printer_setup(settings)
    address_on = options.address_on or settings.address_on or "envelope"
    if address_on not in ("envelope", "labels", "window"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "BatchDocuments", "Print the addresses on envelopes, labels or window."
            )
        )

    envelope = None
    envelope_name = ""
    template = None
    label_product = ""
    if address_on == "envelope":
        envelope_name = options.envelope or settings.envelope or ""
        envelope = (
            envelope_named(envelope_name)
            if envelope_name
            else envelope_size_for(company)
        )
        envelope_name = envelope.name
    elif address_on == "labels":
        label_product = options.label_product or settings.label_product or ""
        if not label_product:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "BatchDocuments",
                    "Choose the label sheet in the printer, e.g. Avery 5160 or L7160.",
                )
            )
        template = setup_service.label_template(label_product, kind="address")
        label_product = template.key
        _check_label_start(template, options.label_start)
    guide = settings.guide if options.guide is None else options.guide

    prospect_ids = [e.prospect_id for group in groups for e in group]
    quotes = _latest_quotes(prospect_ids, profile)
    package_files = setup_service.enclosure_files("package")
    mailer_files = setup_service.enclosure_files("mailer")
    enclosures = {**package_files, **mailer_files}

    pieces = []
    for group in groups:
        papers = []
        enclosed: list[str] = []
        for entry in group:
            if entry.kind == "package":
                quote = quotes.get(entry.prospect_id)
                number = quote.number if quote else ""
                letter = default_cover_letter(
                    company,
                    entry.address,
                    day,
                    number,
                    profile.signer_name,
                    True,
                )
                names = [f"Quotation {number}"] if quote else []
                # The letter lists what is in the envelope; without PDFs of
                # their own the owner adds printed material by hand.
                names += _display_names(package_files) or ["Product information"]
                if options.include_cards:
                    names.append("Business card")
                letter = replace(letter, enclosures=names)
                papers.append(Enclosed(letter, quote))
                enclosed += [k for k in package_files if k not in enclosed]
            elif mailer_files:
                enclosed += [k for k in mailer_files if k not in enclosed]
            else:
                papers.append(
                    Enclosed(
                        LetterDocument(
                            recipient=entry.address,
                            date=day,
                            salutation=salutation_for(entry.address),
                            paragraphs=_mailer_paragraphs(company),
                            signer=profile.signer_name,
                            subject=f"News from {company.name}",
                        )
                    )
                )
        pieces.append(Piece(recipient_for(group), tuple(papers), tuple(enclosed)))

    address = AddressOutput(
        kind=address_on,
        envelope=envelope,
        template=template,
        start=options.label_start,
        setup=setup,
        guide=guide,
    )
    cards = None
    if options.include_cards:
        packages = sum(1 for group in groups if any(e.kind == "package" for e in group))
        cards = setup_service.card_sheets(packages, options.card_product, settings)
    return PrintPlan(
        company,
        pieces,
        address,
        enclosures,
        cards,
        address_on,
        envelope_name,
        label_product,
        options.label_start,
    )


def _check_label_start(template, start: int) -> None:
    from followup_desk.printing.label_sheets import check_start

    check_start(template, start)


def _display_names(files: dict[str, bytes]) -> list[str]:
    # Enclosure keys are "<id>:<name>"; the letter lists the names.
    return [key.split(":", 1)[1] for key in files]


def _mailer_paragraphs(company) -> list[str]:
    return [
        f"We hope all is well. We wanted to let you know that {company.name} "
        "is here whenever you need us.",
        "If anything has changed since we last spoke, or you would like a fresh "
        "quotation, just get in touch: we are happy to help.",
        "We look forward to hearing from you.",
    ]


def _latest_quotes(prospect_ids: list[int], profile) -> dict:
    """Each prospect's latest quotation as a printable document, in two queries."""
    from followup_desk.printing.documents import QuoteDocument

    latest: dict[int, Quote] = {}
    for start in range(0, len(prospect_ids), 500):
        chunk = prospect_ids[start : start + 500]
        for quote in (
            Quote.select(Quote, Prospect)
            .join(Prospect)
            .where(Quote.prospect.in_(chunk))
            .order_by(Quote.id)
        ):
            latest[quote.prospect_id] = quote  # the highest id wins
    lines: dict[int, list] = {}
    quote_ids = [quote.id for quote in latest.values()]
    for start in range(0, len(quote_ids), 500):
        chunk = quote_ids[start : start + 500]
        for row in (
            QuoteLine.select()
            .where(QuoteLine.quote.in_(chunk))
            .order_by(QuoteLine.quote, QuoteLine.position)
        ):
            lines.setdefault(row.quote_id, []).append(
                LineItem(
                    description=row.description,
                    quantity=row.quantity,
                    unit_price=row.unit_price,
                    discount_pct=row.discount_pct,
                    tax_pct=row.tax_pct,
                )
            )
    return {
        prospect_id: QuoteDocument(
            number=quote.number,
            issued_on=quote.issued_on,
            valid_until=quote.valid_until,
            recipient=documents.recipient_address(quote.prospect),
            lines=lines.get(quote.id, []),
            currency=quote.currency or profile.currency,
            locale=profile.locale,
            notes=quote.notes,
        )
        for prospect_id, quote in latest.items()
    }
