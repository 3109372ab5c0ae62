"""Logging a first contact and ending a prospect's plan.

A new prospect is planned with the current plan version and remembers it.
A first order, "lost" or "do not contact" cancels every open touch; opting out
of one channel (e-mail, post, calls) cancels only that channel's touches.
Cancelled touches stay in the timeline with the reason.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, fields

from followup_desk.domain.address import repair_us_zip
from followup_desk.domain.plan import (
    CHANNEL_KINDS,
    CHANNELS,
    INTERESTS,
    PlannedTouch,
    ProspectFacts,
    build_plan,
)
from followup_desk.mail.addresses import AddressError, normalize_address
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.services.touches import done_stamp
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("Contacts", "Phone call"),
    "walk_in": QT_TRANSLATE_NOOP("Contacts", "Walk-in"),
    "email": QT_TRANSLATE_NOOP("Contacts", "E-mail"),
}


@dataclass
class NewContact:
    """What the front desk types when someone calls, walks in or writes."""

    first_name: str = ""
    last_name: str = ""
    company: str = ""
    email: str = ""
    phone: str = ""
    phone2: str = ""
    website: str = ""
    street: str = ""
    street2: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    channel: str = "phone"
    interest: str = "medium"
    qualified: bool = False
    in_prime_area: bool | None = None
    outside_rep: bool = False
    visit_feasible: bool = False
    notes: str = ""

    def cleaned(self, home_country: str) -> NewContact:
        """A copy with whitespace trimmed and values checked.

        Raises ``ValidationError`` naming the first field to fix.
        """
        values = {
            f.name: (getattr(self, f.name).strip())
            if isinstance(getattr(self, f.name), str)
            else getattr(self, f.name)
            for f in fields(self)
        }
        data = NewContact(**values)
        data.country = (data.country or home_country or "US").upper()
        data.email = data.email.lower()
        if not (data.first_name or data.last_name or data.company):
            raise ValidationError(
                "last_name", QT_TRANSLATE_NOOP("Contacts", "Enter a name or a company.")
            )
        if data.channel not in CHANNELS:
            raise ValidationError(
                "channel",
                QT_TRANSLATE_NOOP(
                    "Contacts", "Channel must be one of: {items}."
                ).format(items=", ".join(CHANNELS)),
            )
        if data.interest not in INTERESTS:
            raise ValidationError(
                "interest",
                QT_TRANSLATE_NOOP(
                    "Contacts", "Interest must be one of: {items}."
                ).format(items=", ".join(INTERESTS)),
            )
        if data.email:
            try:
                data.email = normalize_address(data.email)
            except AddressError as exc:
                raise ValidationError("email", message_of(exc)) from None
        if len(data.country) != 2 or not data.country.isalpha():
            raise ValidationError(
                "country",
                QT_TRANSLATE_NOOP("Contacts", "Country must be a two-letter code."),
            )
        if data.country == "US" and data.postcode:
            data.postcode = repair_us_zip(data.postcode)
        return data


def facts_for(prospect: Prospect) -> ProspectFacts:
    return ProspectFacts(
        channel=prospect.channel,
        first_contact=prospect.first_contact,
        in_prime_area=prospect.in_prime_area,
        qualified=prospect.qualified,
        interest=prospect.interest,
        has_email=bool(prospect.email),
        no_email=prospect.no_email,
        no_post=prospect.no_post,
        no_calls=prospect.no_calls,
        outside_rep=prospect.outside_rep,
        visit_feasible=prospect.visit_feasible,
        has_address=bool(prospect.street and (prospect.city or prospect.postcode)),
    )


def _touch_rows(prospect: Prospect, planned: list[PlannedTouch]) -> list[dict]:
    now = dt.datetime.now().replace(microsecond=0)
    return [
        {
            "prospect": prospect.id,
            "step_key": t.step_key,
            "kind": t.kind,
            "title": t.title,
            "who": t.who,
            "due": t.due,
            "latest": t.latest,
            "status": t.status,
            "note": t.note,
            # A walk-in's package changed hands at the visit, even one
            # logged later.
            "done_at": done_stamp(t.due) if t.status == "done" else None,
            "outcome": "handed over" if t.status == "done" else "",
            "created_at": now,
        }
        for t in planned
    ]


def log_first_contact(
    contact: NewContact, contacted_on: dt.date | None = None, who: str = ""
) -> Prospect:
    """Save a new prospect and plan every follow-up touch, in one transaction."""
    profile = profile_service.get_profile()
    data = contact.cleaned(profile.country)
    day = contacted_on or profile_service.shop_today(profile)
    prime = data.in_prime_area
    if prime is None:
        prime = profile_service.in_prime_area(profile, data.postcode, data.city)

    values = {f.name: getattr(data, f.name) for f in fields(data)}
    values["in_prime_area"] = prime
    plan = profile_service.default_plan()
    with database.atomic():
        # The prospect keeps following this version after the plan changes.
        prospect = Prospect(
            **values, first_contact=day, plan_version=plan.version or None
        )
        prospect.save()
        planned = build_plan(
            plan,
            facts_for(prospect),
            profile_service.work_calendar(profile),
        )
        rows = _touch_rows(prospect, planned)
        for row in rows:
            if row["status"] == "done":
                row["done_by"] = who
        if rows:
            Touch.insert_many(rows).execute()
    log.info(
        "Logged first contact %d (%s), %d touches", prospect.id, data.channel, len(rows)
    )
    return prospect


def get_prospect(prospect_id: int) -> Prospect:
    prospect = Prospect.get_or_none(Prospect.id == prospect_id)
    if prospect is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Contacts", "There is no prospect with id {prospect_id}."
            ).format(prospect_id=prospect_id)
        )
    return prospect


def _close_plan(prospect: Prospect, status: str, note: str) -> int:
    """Cancel the open touches (they stay in the history) and set the status."""
    with database.atomic():
        cancelled = (
            Touch.update(status="cancelled", reason=note)
            .where((Touch.prospect == prospect.id) & (Touch.status == "open"))
            .execute()
        )
        prospect.status = status
        prospect.version += 1
        prospect.save()
    return cancelled


def record_first_order(prospect: Prospect, ordered_on: dt.date | None = None) -> int:
    """The prospect becomes a customer; every open touch is cancelled."""
    prospect.first_order_on = ordered_on or profile_service.shop_today()
    return _close_plan(prospect, "customer", "Cancelled: first order placed.")


def mark_lost(prospect: Prospect, why: str = "") -> int:
    """The prospect will not buy; ``why`` (e.g. "not interested") is kept."""
    reason = f"Cancelled: prospect marked lost ({why})." if why else ""
    return _close_plan(prospect, "lost", reason or "Cancelled: prospect marked lost.")


def mark_do_not_contact(prospect: Prospect) -> int:
    return _close_plan(
        prospect, "do_not_contact", "Cancelled: asked not to be contacted."
    )


OPT_OUT_FLAGS = {"email": "no_email", "post": "no_post", "calls": "no_calls"}
OPT_OUT_WORDS = {"email": "e-mail", "post": "post", "calls": "phone calls"}


def opt_out_channel(prospect_id: int, channel: str, who: str = "") -> int:
    """The prospect wants no more ``channel`` ("email", "post" or "calls").

    Only that channel's open touches are cancelled (kept, with the reason);
    the rest of the plan goes on. Returns how many were cancelled.
    """
    if channel not in OPT_OUT_FLAGS:
        raise ValidationError(
            "channel",
            QT_TRANSLATE_NOOP(
                "Contacts", "Say which channel they opted out of: email, post or calls."
            ),
        )
    prospect = get_prospect(prospect_id)
    reason = f"Cancelled: asked for no more {OPT_OUT_WORDS[channel]}."
    if channel == "email":
        # The mail side also stops messages already waiting in the outbox.
        from followup_desk.services import mail_respect

        with database.atomic():
            cancelled = mail_respect.opt_out(prospect_id, "asked", who)
            Touch.update(reason=reason).where(
                (Touch.prospect == prospect_id)
                & (Touch.kind == "email")
                & (Touch.status == "cancelled")
                & (Touch.reason == "")
            ).execute()
        return cancelled
    with database.atomic():
        Prospect.update(
            **{OPT_OUT_FLAGS[channel]: True}, version=Prospect.version + 1
        ).where(Prospect.id == prospect.id).execute()
        cancelled = (
            Touch.update(status="cancelled", reason=reason, done_by=who)
            .where(
                (Touch.prospect == prospect.id)
                & (Touch.status == "open")
                & (Touch.kind.in_(CHANNEL_KINDS[channel]))
            )
            .execute()
        )
    log.info("Prospect %d opted out of %s", prospect.id, channel)
    return cancelled
