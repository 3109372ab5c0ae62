"""What a printed quotation or letter says, apart from how it is drawn.

These are plain data and import no ReportLab, so services and the UI can build
documents cheaply; the drawing modules turn them into pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.money import LineItem


@dataclass(frozen=True)
class QuoteDocument:
    """A quotation as the customer receives it."""

    number: str
    issued_on: dt.date
    valid_until: dt.date
    recipient: PostalAddress
    lines: list[LineItem]
    currency: str = "USD"
    locale: str = "en_US"
    notes: str = ""
    terms: str = ""
    # How amounts are rounded ("total" or "line", see domain/money.py), and
    # for a revision the number it replaces.
    rounding: str = "total"
    replaces: str = ""


@dataclass(frozen=True)
class LetterDocument:
    """A one- or two-page business letter, such as the cover of a package.

    ``subject`` is printed in bold above the salutation; ``enclosures`` are
    listed under the signature so the reader can check the envelope's contents.
    """

    recipient: PostalAddress
    date: dt.date
    salutation: str
    paragraphs: list[str]
    closing: str = "Kind regards"
    signer: str = ""
    quote_number: str = ""
    subject: str = ""
    enclosures: list[str] = field(default_factory=list)


def salutation_for(recipient: PostalAddress) -> str:
    name = recipient.name.strip()
    return f"Dear {name}," if name else "Dear Sir or Madam,"


def default_cover_letter(
    company: CompanyInfo,
    recipient: PostalAddress,
    day: dt.date,
    quote_number: str,
    signer: str,
    posted: bool,
) -> LetterDocument:
    """The friendly letter that goes on top of a quotation and sales material.

    ``posted`` is true for a package sent by post and false for one handed
    over in the shop, which changes only the opening sentence.
    """
    quote = f"quotation {quote_number}" if quote_number else "quotation"
    if not quote_number:
        # No quotation in the envelope yet: never promise one that is not there.
        opening = (
            f"Thank you for getting in touch with {company.name}. As promised, "
            "here is some information about what we offer, for you to look "
            "through whenever suits you. We will gladly prepare a quotation "
            "for you."
        )
    elif posted:
        opening = (
            f"Thank you for getting in touch with {company.name}. As promised, "
            f"here is your {quote}, for you to look through whenever suits you."
        )
    else:
        opening = (
            f"Thank you for visiting {company.name} today. Here is your {quote} "
            "to take home and look through whenever suits you."
        )
    paragraphs = [
        opening,
        *(
            [
                "We have also put in some information about what we offer, so "
                "you have everything in one place."
            ]
            if quote_number
            else []
        ),
        "If anything is unclear, or you would like us to change something or "
        "suggest another option, just let us know. We are happy to answer any "
        "questions.",
        _contact_sentence(company),
        "We look forward to hearing from you.",
    ]
    enclosures = [f"Quotation {quote_number}"] if quote_number else []
    enclosures.append("Product information")
    return LetterDocument(
        recipient=recipient,
        date=day,
        salutation=salutation_for(recipient),
        paragraphs=paragraphs,
        signer=signer,
        quote_number=quote_number,
        subject=(
            f"Your quotation {quote_number}"
            if quote_number
            else "Thank you for your enquiry"
        ),
        enclosures=enclosures,
    )


def _contact_sentence(company: CompanyInfo) -> str:
    phone, email = company.phone.strip(), company.email.strip()
    if phone and email:
        return f"You can call us on {phone} or e-mail us at {email}."
    if phone:
        return f"You can call us on {phone}, or simply drop in."
    if email:
        return f"You can e-mail us at {email}, or simply drop in."
    return "You are always welcome to drop in and see us."
