"""Who must not, or cannot, be e-mailed, and what happens to their e-mails.

* Opting out (the prospect replied STOP, or asked staff) stops every later
  e-mail: open e-mail touches are cancelled with the reason and stay in the
  history; mail waiting in the outbox is cancelled too. Calls and post go on.
* An address that bounced or was refused is flagged on the prospect. Their
  e-mail touches, like those of prospects without an address, become what
  the plan step says (``if_no_email``: a call or a letter), or are cancelled
  with the reason when the step names nothing.
"""

from __future__ import annotations

import logging

from followup_desk.services import profile as profile_service
from followup_desk.services.contacts import get_prospect
from followup_desk.services.errors import ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

OPT_OUT_WAYS = {
    "reply": "replied asking for no more e-mail",
    "link": "used the unsubscribe link",
    "asked": "asked us not to e-mail",
}
PROBLEM_LABELS = {
    "bounced": QT_TRANSLATE_NOOP("MailRespect", "e-mail to this address bounced"),
    "invalid": QT_TRANSLATE_NOOP("MailRespect", "the e-mail address is not valid"),
    "refused": QT_TRANSLATE_NOOP("MailRespect", "the mail server refused this address"),
}
FALLBACK_TITLES = {"call": "Call instead", "mailer": "Letter instead"}


def can_email(prospect: Prospect) -> bool:
    return bool(prospect.email) and not prospect.no_email and not prospect.email_problem


def email_blocker(prospect: Prospect) -> str:
    """Why this prospect cannot be e-mailed, in a few words, or ""."""
    if prospect.no_email:
        return QT_TRANSLATE_NOOP("MailRespect", "asked not to receive e-mail")
    if not prospect.email:
        return QT_TRANSLATE_NOOP("MailRespect", "no e-mail address")
    if prospect.email_problem:
        return PROBLEM_LABELS.get(prospect.email_problem, prospect.email_problem)
    return ""


def why_not_email(prospect: Prospect) -> str:
    """A sentence saying why this prospect cannot be e-mailed, or ""."""
    blocker = email_blocker(prospect)
    if not blocker:
        return ""
    return QT_TRANSLATE_NOOP(
        "MailRespect", "{name} cannot be e-mailed: {reason}."
    ).format(name=prospect.display_name, reason=blocker)


def _cancel_waiting_mail(prospect_id: int, reason: str) -> int:
    return (
        OutboxMessage.update(status="cancelled", last_error=reason)
        .where(
            (OutboxMessage.prospect == prospect_id) & (OutboxMessage.status == "queued")
        )
        .execute()
    )


def _open_email_touches(prospect_id: int) -> list[Touch]:
    return list(
        Touch.select()
        .where(
            (Touch.prospect == prospect_id)
            & (Touch.kind == "email")
            & (Touch.status == "open")
        )
        .order_by(Touch.due)
    )


def opt_out(prospect_id: int, how: str = "reply", who: str = "") -> int:
    """Stop every later e-mail to a prospect; returns how many were cancelled."""
    if how not in OPT_OUT_WAYS:
        raise ValidationError(
            "how",
            QT_TRANSLATE_NOOP(
                "MailRespect", "Say how they opted out: reply, link or asked."
            ),
        )
    prospect = get_prospect(prospect_id)
    reason = f"Cancelled: {OPT_OUT_WAYS[how]}."
    with database.atomic():
        Prospect.update(no_email=True, version=Prospect.version + 1).where(
            Prospect.id == prospect_id
        ).execute()
        cancelled = (
            Touch.update(status="cancelled", note=reason, done_by=who)
            .where(
                (Touch.prospect == prospect_id)
                & (Touch.kind == "email")
                & (Touch.status == "open")
            )
            .execute()
        )
        _cancel_waiting_mail(prospect_id, reason)
    log.info("Prospect %d opted out of e-mail (%s)", prospect.id, how)
    return cancelled


def opt_in(prospect_id: int) -> None:
    """E-mail may go to them again (cancelled touches stay cancelled)."""
    get_prospect(prospect_id)
    Prospect.update(no_email=False, version=Prospect.version + 1).where(
        Prospect.id == prospect_id
    ).execute()


def reroute(touch: Touch, prospect: Prospect, reason: str) -> str:
    """Turn one open e-mail touch into what the plan says; return the new kind.

    Returns "cancelled" when the step names nothing, or when the prospect
    also refuses that channel (no calls, no post).
    """
    step = profile_service.default_plan().step(touch.step_key)
    fallback = step.if_no_email if step else ""
    if fallback == "call" and prospect.no_calls:
        fallback = ""
    if fallback == "mailer" and (prospect.no_post or not prospect.street):
        fallback = ""
    if fallback:
        touch.kind = fallback
        touch.title = f"{FALLBACK_TITLES[fallback]}: {touch.title}"
        touch.note = f"Was an e-mail; {reason}"
        touch.save()
        return fallback
    touch.status = "cancelled"
    touch.note = f"Cancelled: {reason}"
    touch.save()
    return "cancelled"


def reroute_unreachable(prospect: Prospect) -> dict[str, int]:
    """Reroute every open e-mail touch of a prospect who cannot be e-mailed."""
    reason = email_blocker(prospect)
    if not reason:
        return {}
    if prospect.no_email:
        return {"cancelled": opt_out(prospect.id, "asked")}
    counts: dict[str, int] = {}
    with database.atomic():
        for touch in _open_email_touches(prospect.id):
            kind = reroute(touch, prospect, f"{reason}.")
            counts[kind] = counts.get(kind, 0) + 1
        _cancel_waiting_mail(prospect.id, f"Cancelled: {reason}.")
    return counts


def flag_address(prospect_id: int, problem: str = "bounced") -> dict[str, int]:
    """Mark a prospect's address as not working and reroute their e-mails."""
    if problem not in PROBLEM_LABELS:
        raise ValidationError(
            "problem",
            QT_TRANSLATE_NOOP(
                "MailRespect", "The problem is bounced, invalid or refused."
            ),
        )
    prospect = get_prospect(prospect_id)
    with database.atomic():
        Prospect.update(email_problem=problem, version=Prospect.version + 1).where(
            Prospect.id == prospect_id
        ).execute()
        prospect = get_prospect(prospect_id)
        counts = reroute_unreachable(prospect)
    log.info("Prospect %d address flagged (%s)", prospect_id, problem)
    return counts


def clear_address_problem(prospect_id: int) -> None:
    """The address works again (corrected, or the bounce was a one-off)."""
    get_prospect(prospect_id)
    Prospect.update(email_problem="", version=Prospect.version + 1).where(
        Prospect.id == prospect_id
    ).execute()
