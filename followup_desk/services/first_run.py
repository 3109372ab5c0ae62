"""Setting up a new shop in one step: profile, logo, people and mail.

The first-run wizard collects everything first and calls :func:`set_up_shop`
once, so a shop is either fully set up or not at all: a name clash among the
staff, say, leaves no half-made owner account behind. Only the mail password
is stored after the database commits, because the keyring is not part of the
transaction; if it cannot be stored, the result says so and the rest stands.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.domain.countries import country_defaults
from followup_desk.domain.workdays import holiday_regions
from followup_desk.services import profile as profile_service
from followup_desk.services import users
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import CompanyProfile, Prospect
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

DEFAULT_SHOP_NAME = CompanyProfile.name.default


@dataclass
class StaffMember:
    """Someone else who signs in: a name, a role and a first password."""

    name: str
    role: str = "staff"
    password: str = ""


@dataclass
class MailSetup:
    """The shop's outgoing mail server, when the owner sets it up now."""

    host: str
    from_address: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = ""
    from_name: str = ""


@dataclass
class ShopSetup:
    """Everything the wizard asks, in the form the services want it."""

    name: str
    country: str
    owner_name: str
    owner_password: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    currency: str = ""
    timezone: str = ""
    holiday_region: str = ""
    locale: str = ""
    prime_area: str = ""
    logo: Path | None = None
    staff: list[StaffMember] = field(default_factory=list)
    mail: MailSetup | None = None


@dataclass(frozen=True)
class SetupResult:
    """What was set up; ``notes`` are things the owner should still know."""

    owner: users.SignedIn
    staff_added: int
    mail_set_up: bool
    notes: tuple[str, ...] = ()


def shop_is_set_up() -> bool:
    """True once the shop has people, prospects or a profile of its own.

    A database made by an older version (prospects but no accounts) counts
    as set up: it needs an owner account, not the whole wizard.
    """
    if users.has_users() or Prospect.select().exists():
        return True
    profile = CompanyProfile.select().order_by(CompanyProfile.id).first()
    return profile is not None and (
        profile.name != DEFAULT_SHOP_NAME or bool(profile.street or profile.city)
    )


def set_up_shop(setup: ShopSetup) -> SetupResult:
    """Save the profile, logo, owner, staff and mail settings together.

    Raises ``ValidationError`` naming the field to fix; then nothing is saved.
    """
    _check(setup)
    defaults = country_defaults(setup.country)
    profile_changes = {
        "name": setup.name.strip(),
        "street": setup.street.strip(),
        "postcode": setup.postcode.strip(),
        "city": setup.city.strip(),
        "region": setup.region.strip(),
        "country": defaults.code,
        "phone": setup.phone.strip(),
        "email": setup.email.strip(),
        "website": setup.website.strip(),
        "currency": (setup.currency or defaults.currency).strip().upper(),
        "timezone": setup.timezone or defaults.timezone,
        "holiday_region": setup.holiday_region.strip(),
        "locale": setup.locale or defaults.locale,
        "prime_area": _clean_area(setup.prime_area),
        "signer_name": " ".join(setup.owner_name.split()),
    }
    try:
        with database.atomic():
            try:
                owner = users.create_first_owner(setup.owner_name, setup.owner_password)
            except ValidationError as exc:
                # The wizard asks for the owner on its own page.
                field = "owner_name" if exc.field == "name" else exc.field
                raise ValidationError(field, message_of(exc)) from None
            profile_service.update_profile(**profile_changes)
            if setup.logo is not None:
                profile_service.set_logo(setup.logo)
            for member in setup.staff:
                try:
                    users.add_user(member.name, member.password, member.role)
                except ValidationError as exc:
                    raise ValidationError(
                        f"staff:{member.name}",
                        QT_TRANSLATE_NOOP("FirstRun", "{name}: {problem}").format(
                            name=member.name, problem=message_of(exc)
                        ),
                    ) from None
            if setup.mail is not None:
                _save_mail(setup.mail)
    except UserError:
        # The accounts were rolled back: nobody may stay signed in to them.
        users.sign_out()
        raise
    notes = []
    if setup.mail is not None and setup.mail.password:
        notes.extend(_store_mail_password(setup.mail.password))
    log.info(
        "Shop set up: %d staff, mail %s",
        len(setup.staff),
        "on" if setup.mail else "later",
    )
    return SetupResult(owner, len(setup.staff), setup.mail is not None, tuple(notes))


def _check(setup: ShopSetup) -> None:
    """Everything that can be checked before writing, in the wizard's order."""
    if not setup.name.strip():
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("FirstRun", "Enter your shop's name as it should print."),
        )
    country = (setup.country or "").strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("FirstRun", "Choose your shop's country from the list."),
        )
    region = setup.holiday_region.strip()
    if region and region.upper() not in holiday_regions(country):
        raise ValidationError(
            "holiday_region",
            QT_TRANSLATE_NOOP(
                "FirstRun", "Choose the region from the list, or leave it empty."
            ),
        )
    if setup.currency:
        currency = setup.currency.strip()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(
                "currency",
                QT_TRANSLATE_NOOP(
                    "FirstRun",
                    "The currency is a three-letter code such as USD or EUR.",
                ),
            )
    seen = {users.login_key(setup.owner_name)}
    for member in setup.staff:
        key = users.login_key(member.name)
        if not key:
            raise ValidationError(
                "staff",
                QT_TRANSLATE_NOOP("FirstRun", "Every person in the list needs a name."),
            )
        if key in seen:
            raise ValidationError(
                f"staff:{member.name}",
                QT_TRANSLATE_NOOP(
                    "FirstRun",
                    "“{name}” is in the list twice; give each person their own name.",
                ).format(name=member.name.strip()),
            )
        seen.add(key)
    if setup.mail is not None:
        if not setup.mail.host.strip():
            raise ValidationError(
                "smtp_host",
                QT_TRANSLATE_NOOP("FirstRun", "Enter the mail server's name."),
            )
        if not setup.mail.from_address.strip():
            raise ValidationError(
                "from_address",
                QT_TRANSLATE_NOOP(
                    "FirstRun", "Enter the address your e-mails come from."
                ),
            )


def _clean_area(text: str) -> str:
    # People type "070, 080; Newark" or one entry per line.
    parts = text.replace(";", ",").replace("\n", ",").split(",")
    return ", ".join(part.strip() for part in parts if part.strip())


def _save_mail(mail: MailSetup) -> None:
    # The mail services are imported only when mail is set up: they load the
    # mail stack, which the window's start does not need.
    from followup_desk.services import mail_settings

    mail_settings.update_settings(
        delivery="smtp",
        smtp_host=mail.host.strip(),
        smtp_port=str(mail.port),
        smtp_security=mail.security,
        smtp_user=mail.user.strip(),
        from_name=mail.from_name.strip(),
        from_address=mail.from_address.strip(),
    )


def _store_mail_password(password: str) -> list[str]:
    from followup_desk.services import mail_settings

    try:
        if mail_settings.set_password(password):
            return []
    except Exception:
        log.warning("Could not store the mail password", exc_info=True)
    return [
        "This computer has no password store, so the mail password is kept "
        "only until Follow-up Desk closes. It will ask for it when it first "
        "sends e-mail after a restart."
    ]
