"""The owner's quotation settings: numbers, validity, rounding, tax and terms.

Kept apart from the general company profile service because each value here
has its own checks (a number pattern must make unique file-safe numbers, the
rounding rule must be one the money code knows), and the quotation settings
dialog saves them together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

from followup_desk.domain.money import ROUNDING_CHOICES, MoneyInputError, parse_decimal
from followup_desk.domain.quote_numbers import PatternError, check_pattern
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import CompanyProfile
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

MAX_VALID_DAYS = 366


@dataclass(frozen=True)
class QuoteSettings:
    """The quotation settings as a screen shows and edits them."""

    number_pattern: str
    prefix: str
    valid_days: int
    rounding: str
    default_tax_pct: Decimal
    terms: str


def current() -> QuoteSettings:
    profile = profile_service.get_profile()
    return QuoteSettings(
        number_pattern=profile.quote_number_pattern,
        prefix=profile.quote_prefix,
        valid_days=profile.quote_valid_days,
        rounding=profile.quote_rounding or "total",
        default_tax_pct=profile.default_tax_pct,
        terms=profile.quote_terms,
    )


def update(
    *,
    number_pattern: str | None = None,
    prefix: str | None = None,
    valid_days: object = None,
    rounding: str | None = None,
    default_tax_pct: object = None,
    terms: str | None = None,
) -> CompanyProfile:
    """Check and save the given settings together; None leaves one unchanged."""
    from followup_desk.services.users import require_owner

    require_owner(QT_TRANSLATE_NOOP("Users", "change the quotation settings"))
    profile = profile_service.get_profile()
    if prefix is not None:
        profile.quote_prefix = " ".join(prefix.split())
    if number_pattern is not None:
        try:
            pattern = check_pattern(number_pattern, profile.quote_prefix)
        except PatternError as exc:
            raise ValidationError("number_pattern", message_of(exc)) from None
        profile.quote_number_pattern = pattern.text
    elif prefix is not None:
        try:
            check_pattern(profile.quote_number_pattern, profile.quote_prefix)
        except PatternError as exc:
            raise ValidationError("prefix", message_of(exc)) from None
    if valid_days is not None:
        try:
            days = int(str(valid_days).strip())
        except ValueError:
            raise ValidationError(
                "valid_days",
                QT_TRANSLATE_NOOP(
                    "QuoteSettings", "Validity must be a whole number of days, e.g. 30."
                ),
            ) from None
        if not 1 <= days <= MAX_VALID_DAYS:
            raise ValidationError(
                "valid_days",
                QT_TRANSLATE_NOOP(
                    "QuoteSettings", "Validity must be from 1 to {MAX_VALID_DAYS} days."
                ).format(MAX_VALID_DAYS=MAX_VALID_DAYS),
            )
        profile.quote_valid_days = days
    if rounding is not None:
        if rounding not in ROUNDING_CHOICES:
            raise ValidationError(
                "rounding",
                QT_TRANSLATE_NOOP(
                    "QuoteSettings", "Rounding must be one of: {items}."
                ).format(items=", ".join(ROUNDING_CHOICES)),
            )
        profile.quote_rounding = rounding
    if default_tax_pct is not None:
        try:
            tax = parse_decimal(str(default_tax_pct))
        except MoneyInputError as exc:
            raise ValidationError(
                "default_tax_pct",
                QT_TRANSLATE_NOOP("QuoteSettings", "Usual tax: {problem}").format(
                    problem=message_of(exc)
                ),
            ) from None
        if tax > 100:
            raise ValidationError(
                "default_tax_pct",
                QT_TRANSLATE_NOOP(
                    "QuoteSettings", "Usual tax: enter a percentage from 0 to 100."
                ),
            )
        profile.default_tax_pct = tax
    if terms is not None:
        profile.quote_terms = terms.strip()
    profile.save()
    log.info("Quotation settings saved")
    return profile
