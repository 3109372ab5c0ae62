"""The company profile, and what follows from it: calendar, today, prime area."""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk import paths
from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.money import MoneyInputError, parse_decimal
from followup_desk.domain.plan import Plan, load_plan
from followup_desk.domain.workdays import WorkCalendar
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import CompanyProfile

log = logging.getLogger("followup_desk.services")

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
)

MAX_LOGO_BYTES = 10 * 1024 * 1024


def get_profile() -> CompanyProfile:
    profile = CompanyProfile.select().order_by(CompanyProfile.id).first()
    return profile or CompanyProfile.create()


def update_profile(**changes: object) -> CompanyProfile:
    """Change profile fields by name; unknown names are refused, not ignored."""
    profile = get_profile()
    for key, value in changes.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(key, f"“{key}” is not a profile setting.")
        if key == "country":
            value = str(value).strip().upper()
            if len(value) != 2 or not value.isalpha():
                raise ValidationError(
                    key, "Country must be a two-letter code, e.g. US."
                )
        if key == "timezone":
            try:
                ZoneInfo(str(value))
            except (ZoneInfoNotFoundError, ValueError):
                raise ValidationError(
                    key, f"Unknown time zone “{value}”; use e.g. Europe/Berlin."
                ) from None
        if key == "quote_valid_days":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    key, "Validity must be a whole number of days."
                ) from None
        if key in ("cost_package", "cost_mailer"):
            try:
                value = parse_decimal(str(value))
            except MoneyInputError as exc:
                raise ValidationError(key, f"Postage cost: {exc}") from None
        setattr(profile, key, value)
    profile.save()
    return profile


def set_logo(path: Path) -> CompanyProfile:
    """Store a logo image in the profile after checking it can be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("logo", f"Cannot read {path}: {exc.strerror}.") from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", "The logo is over 10 MB; save a smaller copy.")
    if not (data.startswith(b"\x89PNG") or data.startswith(b"\xff\xd8")):
        raise ValidationError("logo", f"{path.name} is not a PNG or JPEG image.")
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
    return WorkCalendar(profile.country, profile.holiday_region or None)


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
def default_plan() -> Plan:
    return load_plan(paths.resources_dir() / "default_plan.json")
