"""The company profile, and what follows from it: calendar, today, prime area."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk import paths
from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.money import MoneyInputError, minor_unit, parse_decimal
from followup_desk.domain.plan import Plan, load_plan
from followup_desk.domain.workdays import (
    CalendarInputError,
    WorkCalendar,
    format_closed_days,
    holiday_regions,
    parse_closed_days,
)
from followup_desk.services.errors import ValidationError
from followup_desk.services.users import require_owner
from followup_desk.storage.models import CompanyProfile
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

COST_FIELDS = ("cost_package", "cost_mailer", "print_cost_package", "print_cost_mailer")
# Far above any real postage or printing, far below what Decimal sums break on.
MAX_COST = Decimal(1_000_000)

EDITABLE_FIELDS = (
    "name",
    "street",
    "street2",
    "postcode",
    "city",
    "region",
    "country",
    "phone",
    "email",
    "website",
    "currency",
    "locale",
    "timezone",
    "holiday_region",
    "prime_area",
    "quote_valid_days",
    "quote_prefix",
    "signer_name",
    "cost_package",
    "cost_mailer",
    "print_cost_package",
    "print_cost_mailer",
    "closed_days",
)

MAX_LOGO_BYTES = 10 * 1024 * 1024


def get_profile() -> CompanyProfile:
    profile = CompanyProfile.select().order_by(CompanyProfile.id).first()
    return profile or CompanyProfile.create()


def update_profile(**changes: object) -> CompanyProfile:
    """Change profile fields by name; unknown names are refused, not ignored."""
    require_owner(QT_TRANSLATE_NOOP("Users", "change the company settings"))
    profile = get_profile()
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "Profile", "“{key}” is not a profile setting."
                ).format(key=key),
            )
        if key == "country":
            value = _checked_country(value)
        if key == "currency":
            value = _checked_currency(value)
        if key == "locale":
            value = _checked_locale(value)
        if key == "timezone":
            try:
                ZoneInfo(str(value))
            except (ZoneInfoNotFoundError, ValueError):
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP(
                        "Profile",
                        "Unknown time zone “{value}”; use e.g. Europe/Berlin.",
                    ).format(value=value),
                ) from None
        if key == "quote_valid_days":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP(
                        "Profile", "Validity must be a whole number of days."
                    ),
                ) from None
            if value < 1:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP(
                        "Profile", "A quotation must be valid for a day or more."
                    ),
                )
        if key == "name" and not str(value or "").strip():
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "Profile", "Enter the shop's name; it is printed on every page."
                ),
            )
        if key in COST_FIELDS:
            currency = str(changes.get("currency") or profile.currency or "USD")
            value = _checked_cost(key, value, currency)
        if key == "closed_days":
            try:
                value = format_closed_days(parse_closed_days(str(value or "")))
            except CalendarInputError as exc:
                raise ValidationError(key, message_of(exc)) from None
        setattr(profile, key, value)
    if "holiday_region" in changes or "country" in changes:
        _check_holiday_region(profile)
    profile.save()
    return profile


def _checked_cost(key: str, value: object, currency: str) -> Decimal:
    """A postage or printing cost a batch can add up: finite, 0 to the limit,
    in whole minor units of the shop's currency."""
    what = (
        QT_TRANSLATE_NOOP("Profile", "Postage cost: {problem}")
        if key in ("cost_package", "cost_mailer")
        else QT_TRANSLATE_NOOP("Profile", "Printing cost: {problem}")
    )
    try:
        amount = parse_decimal(str(value))
    except MoneyInputError as exc:
        raise ValidationError(key, what.format(problem=message_of(exc))) from None

    if amount > MAX_COST:
        problem = QT_TRANSLATE_NOOP(
            "Profile", "{amount} is too much; enter at most {limit}."
        ).format(amount=value, limit=f"{MAX_COST:,}")
        raise ValidationError(key, what.format(problem=problem))

    unit = minor_unit(currency)
    if amount != amount.quantize(unit):
        places = max(-unit.as_tuple().exponent, 0)
        if places:
            problem = QT_TRANSLATE_NOOP(
                "Profile", "{currency} amounts have no more than {places} decimals."
            ).format(currency=currency, places=places)
        else:
            problem = QT_TRANSLATE_NOOP(
                "Profile", "{currency} amounts are whole numbers."
            ).format(currency=currency)
        raise ValidationError(key, what.format(problem=problem))
    return amount.quantize(unit)


def stored_cost(profile: CompanyProfile, key: str) -> Decimal:
    """A cost from the profile; one saved before the checks existed and
    beyond them counts as unset, so it cannot break a batch."""
    raw = getattr(profile, key, None) or 0
    try:
        amount = Decimal(raw)
    except (InvalidOperation, TypeError, ValueError):
        amount = None
    if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_COST:
        log.warning("Ignoring the unusable %s %r in the shop settings", key, raw)
        return Decimal(0)
    return amount


def _checked_country(value: object) -> str:
    from babel import Locale

    code = str(value).strip().upper()
    if len(code) != 2 or code not in Locale("en").territories:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP(
                "Profile",
                "“{value}” is not a country: use its two-letter code, e.g. US.",
            ).format(value=value),
        )
    return code


def _checked_currency(value: object) -> str:
    from babel.numbers import is_currency

    code = str(value).strip().upper()
    if not is_currency(code):
        raise ValidationError(
            "currency",
            QT_TRANSLATE_NOOP(
                "Profile", "“{value}” is not a currency code; use e.g. USD or EUR."
            ).format(value=value),
        )
    return code


def _checked_locale(value: object) -> str:
    from babel import Locale, UnknownLocaleError

    text = str(value).strip().replace("-", "_")
    try:
        return str(Locale.parse(text))
    except (UnknownLocaleError, ValueError, TypeError):
        raise ValidationError(
            "locale",
            QT_TRANSLATE_NOOP(
                "Profile", "“{value}” is not a language and country; use e.g. en_US."
            ).format(value=value),
        ) from None


def _check_holiday_region(profile: CompanyProfile) -> None:
    region = str(profile.holiday_region or "").strip().upper()
    regions = holiday_regions(profile.country)
    if region and regions and region not in regions:
        examples = ", ".join(list(regions)[:6])
        raise ValidationError(
            "holiday_region",
            QT_TRANSLATE_NOOP(
                "Profile",
                "“{region}” is not a holiday region of {country}; use a code "
                "such as {examples}, or leave it empty.",
            ).format(region=region, country=profile.country, examples=examples),
        )
    profile.holiday_region = region


def set_logo(path: Path) -> CompanyProfile:
    """Store a logo image in the profile after checking it can be read."""
    require_owner(QT_TRANSLATE_NOOP("Users", "change the company logo"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("Profile", "Cannot read {path}: {strerror}.").format(
                path=path, strerror=exc.strerror
            ),
        ) from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP(
                "Profile", "The logo is over 10 MB; save a smaller copy."
            ),
        )
    from followup_desk.printing.logo import is_svg, logo_problem

    if not (data.startswith((b"\x89PNG", b"\xff\xd8")) or is_svg(data)):
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP(
                "Profile", "{name} is not a PNG or JPEG image, nor an SVG drawing."
            ).format(name=path.name),
        )
    problem = logo_problem(data)
    if problem:
        raise ValidationError(
            "logo",
            QT_TRANSLATE_NOOP("Profile", "{name}: {problem}").format(
                name=path.name, problem=problem
            ),
        )
    profile = get_profile()
    profile.logo = data
    profile.logo_name = path.name
    profile.save()
    return profile


def company_info(profile: CompanyProfile | None = None) -> CompanyInfo:
    profile = profile or get_profile()
    logo = bytes(profile.logo) if profile.logo else None
    if logo is None:
        default = paths.resources_dir() / "logo.png"
        logo = default.read_bytes() if default.exists() else None
    return CompanyInfo(
        name=profile.name,
        address=PostalAddress(
            street=profile.street,
            street2=profile.street2,
            postcode=profile.postcode,
            city=profile.city,
            region=profile.region,
            country=profile.country,
        ),
        phone=profile.phone,
        email=profile.email,
        website=profile.website,
        logo=logo,
        currency=profile.currency,
        locale=profile.locale,
    )


def work_calendar(profile: CompanyProfile | None = None) -> WorkCalendar:
    profile = profile or get_profile()
    try:
        closed = parse_closed_days(profile.closed_days)
    except CalendarInputError:
        # Saved through update_profile, so only a hand-edited database gets
        # here; a bad entry must not stop the day's work.
        log.warning("Ignoring unreadable closed days %r", profile.closed_days)
        closed = []
    return WorkCalendar(profile.country, profile.holiday_region or None, closed)


def shop_today(profile: CompanyProfile | None = None) -> dt.date:
    """Today in the shop's time zone, not the computer's."""
    profile = profile or get_profile()
    try:
        zone = ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("Unknown time zone %r; using the computer's", profile.timezone)
        return dt.date.today()
    return dt.datetime.now(zone).date()


def prime_area_entries(profile: CompanyProfile) -> list[str]:
    return [x.strip().casefold() for x in profile.prime_area.split(",") if x.strip()]


def in_prime_area(profile: CompanyProfile, postcode: str, city: str) -> bool:
    """True when the postcode starts with a listed prefix or the town is listed."""
    code = (postcode or "").strip().casefold()
    town = (city or "").strip().casefold()
    for entry in prime_area_entries(profile):
        if entry[:1].isdigit() or any(c.isdigit() for c in entry):
            if code and code.startswith(entry):
                return True
        elif town and town == entry:
            return True
    return False


@lru_cache(maxsize=1)
def _shipped_plan() -> Plan:
    return load_plan(paths.resources_dir() / "default_plan.json")


def default_plan() -> Plan:
    """The plan new prospects follow: the latest version the owner saved.

    Without an open database (scripts, the benchmark generator) it is the
    plan shipped in ``resources/default_plan.json``.
    """
    from followup_desk.storage import plan_store
    from followup_desk.storage.database import database

    if database.obj is None:
        return _shipped_plan()
    number = plan_store.latest_number()
    plan = plan_store.load_version(number) if number else None
    return plan or _shipped_plan()
