"""What came of a follow-up call, in one click, and what it does to the plan.

* reached: the call is done; staff may say how keen they were: hot (qualified,
  high interest: the package and mailers follow), cold (low interest: costly
  touches stop) or lost (the plan stops).
* voicemail: done, a message was left; the plan goes on.
* no answer: done, and a "try again" call on the next free working day, as
  many times as the step allows; nothing else moves.
* wrong number: done; the other open calls are cancelled until the number is
  corrected, with that reason.
* ordered: the prospect becomes a customer; the plan stops.
* not interested: the prospect is marked lost; the plan stops.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from followup_desk.services import contacts, touches
from followup_desk.services import plan as plan_service
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.models import Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

# Outcome → the words stored on the touch (the timeline's "Outcome" column).
OUTCOMES = {
    "reached": "reached",
    "voicemail": "left message",
    "no_answer": touches.NO_ANSWER,
    "wrong_number": "wrong number",
    "ordered": "ordered",
    "not_interested": "not interested",
}
OUTCOME_LABELS = {
    "reached": "Reached",
    "voicemail": "Voicemail",
    "no_answer": "No answer",
    "wrong_number": "Wrong number",
    "ordered": "Ordered",
    "not_interested": "Not interested",
}
FEELINGS = {
    "hot": ("high", "keen"),
    "cold": ("low", "not keen"),
}


@dataclass
class CallResult:
    """What the call changed, in a sentence for the status bar."""

    touch_id: int
    outcome: str
    message: str
    retry_id: int | None = None


def record_call_outcome(
    touch_id: int,
    outcome: str,
    note: str = "",
    who: str = "",
    feeling: str = "",
    done_on: dt.date | None = None,
) -> CallResult:
    """Record one call's outcome and move the plan on; see the module text."""
    if outcome not in OUTCOMES:
        raise ValidationError(
            "outcome", QT_TRANSLATE_NOOP("CallOutcomes", "Pick what came of the call.")
        )
    if feeling and (outcome != "reached" or feeling not in (*FEELINGS, "lost")):
        raise ValidationError(
            "feeling",
            QT_TRANSLATE_NOOP(
                "CallOutcomes", "Hot, cold or lost follows a reached call."
            ),
        )
    touch = touches.get_touch(touch_id)
    if touch.kind not in ("call", "visit"):
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP(
                "CallOutcomes", "Only calls and visits have call outcomes."
            ),
        )
    today = done_on or profile_service.shop_today()
    name = contacts.get_prospect(touch.prospect_id).display_name

    with database.atomic():
        before = {t.id for t in touches.touches_for(touch.prospect_id)}
        touches.complete_touch(touch_id, OUTCOMES[outcome], note, who, done_on)
        result = CallResult(
            touch_id,
            outcome,
            QT_TRANSLATE_NOOP("CallOutcomes", "Call with {name} recorded.").format(
                name=name
            ),
        )

        if outcome == "no_answer":
            retry = next(
                (
                    t
                    for t in touches.touches_for(touch.prospect_id)
                    if t.id not in before
                ),
                None,
            )
            if retry is not None:
                result.retry_id = retry.id
                result.message = QT_TRANSLATE_NOOP(
                    "CallOutcomes", "No answer. Try {name} again on {day}."
                ).format(name=name, day=retry.due)
            else:
                result.message = QT_TRANSLATE_NOOP(
                    "CallOutcomes",
                    "No answer, and no more tries for this call; the plan for {name} "
                    "goes on.",
                ).format(name=name)
        elif outcome == "wrong_number":
            prospect = contacts.get_prospect(touch.prospect_id)
            cancelled = (
                Touch.update(
                    status="cancelled",
                    reason="Cancelled: wrong phone number. Correct the number "
                    "and re-plan to call again.",
                    done_by=who,
                )
                .where(
                    (Touch.prospect == prospect.id)
                    & (Touch.kind == "call")
                    & (Touch.status == "open")
                )
                .execute()
            )
            result.message = QT_TRANSLATE_NOOP(
                "CallOutcomes",
                "Wrong number for {name}; later calls cancelled: {count}. Correct "
                "the number to call again.",
            ).format(name=name, count=cancelled)
        elif outcome == "ordered":
            prospect = contacts.get_prospect(touch.prospect_id)
            cancelled = contacts.record_first_order(prospect, today)
            result.message = QT_TRANSLATE_NOOP(
                "CallOutcomes",
                "{name} ordered and is now a customer; follow-ups cancelled: {count}.",
            ).format(name=name, count=cancelled)
        elif outcome == "not_interested" or feeling == "lost":
            prospect = contacts.get_prospect(touch.prospect_id)
            why = "not interested" if outcome == "not_interested" else "lost on a call"
            cancelled = contacts.mark_lost(prospect, why)
            result.message = QT_TRANSLATE_NOOP(
                "CallOutcomes", "{name} marked lost; follow-ups cancelled: {count}."
            ).format(name=name, count=cancelled)
        elif feeling in FEELINGS:
            interest, _words = FEELINGS[feeling]
            counts = plan_service.requalify(
                touch.prospect_id, True, interest, today, who
            )
            if feeling == "hot":
                said = QT_TRANSLATE_NOOP(
                    "CallOutcomes",
                    "{name} is keen. Follow-ups added: {added}, cancelled: "
                    "{cancelled}.",
                )
            else:
                said = QT_TRANSLATE_NOOP(
                    "CallOutcomes",
                    "{name} is not keen. Follow-ups added: {added}, cancelled: "
                    "{cancelled}.",
                )
            result.message = said.format(
                name=name, added=counts["added"], cancelled=counts["cancelled"]
            )
    log.info("Call %d: %s %s", touch_id, outcome, feeling)
    return result
