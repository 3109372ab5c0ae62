"""Plan steps in plain words, for the plan editor and the command line.

"Call 2–3 working days after the package is posted, front desk" reads better
at the front desk than ``anchor=package offset=2 window=1``. Everything here
is pure text; the screens decide how to show it.

Every word is marked for translation and each sentence is built from marked
pieces (see :mod:`followup_desk.translatable`), so the plan editor shows it
in the window's language while the command line reads English.
"""

from __future__ import annotations

from followup_desk.domain.plan import Plan, PlanStep
from followup_desk.translatable import QT_TRANSLATE_NOOP, Text

KIND_VERBS = {
    "package": QT_TRANSLATE_NOOP("PlanText", "Post the sales package"),
    "email": QT_TRANSLATE_NOOP("PlanText", "E-mail"),
    "call": QT_TRANSLATE_NOOP("PlanText", "Call"),
    "mailer": QT_TRANSLATE_NOOP("PlanText", "Post a mailer"),
    "visit": QT_TRANSLATE_NOOP("PlanText", "Visit"),
}
KIND_NAMES = {
    "package": QT_TRANSLATE_NOOP("PlanText", "Package"),
    "email": QT_TRANSLATE_NOOP("PlanText", "E-mail"),
    "call": QT_TRANSLATE_NOOP("PlanText", "Call"),
    "mailer": QT_TRANSLATE_NOOP("PlanText", "Mailer"),
    "visit": QT_TRANSLATE_NOOP("PlanText", "Visit"),
}
WHO_LABELS = {
    "front_desk": QT_TRANSLATE_NOOP("PlanText", "front desk"),
    "customer_service": QT_TRANSLATE_NOOP("PlanText", "customer service"),
    "outside_rep": QT_TRANSLATE_NOOP("PlanText", "outside sales rep"),
    "owner": QT_TRANSLATE_NOOP("PlanText", "owner"),
}
# Said after "… after": "2 working days after the package is posted".
ANCHOR_LABELS = {
    "first_contact": QT_TRANSLATE_NOOP("PlanText", "the first contact"),
    "package": QT_TRANSLATE_NOOP("PlanText", "the package is posted"),
    "previous": QT_TRANSLATE_NOOP("PlanText", "the step before"),
}
# Said instead when the offset is zero.
_ANCHOR_SAME_DAY = {
    "first_contact": QT_TRANSLATE_NOOP("PlanText", "on the day of the first contact"),
    "package": QT_TRANSLATE_NOOP("PlanText", "on the day the package is posted"),
    "previous": QT_TRANSLATE_NOOP("PlanText", "on the same day as the step before"),
}
CONDITION_LABELS = {
    "always": QT_TRANSLATE_NOOP("PlanText", "everyone"),
    "package": QT_TRANSLATE_NOOP("PlanText", "prospects who get the sales package"),
    "quote_by_email": QT_TRANSLATE_NOOP(
        "PlanText", "callers and e-mail enquirers with an e-mail address"
    ),
    "email": QT_TRANSLATE_NOOP("PlanText", "prospects we can e-mail"),
    "call": QT_TRANSLATE_NOOP("PlanText", "prospects we may call"),
    "call_interested": QT_TRANSLATE_NOOP(
        "PlanText", "prospects we may call, unless of low interest"
    ),
    "postage": QT_TRANSLATE_NOOP(
        "PlanText", "prospects worth the postage (qualified, or sent a package)"
    ),
    "postage_interested": QT_TRANSLATE_NOOP(
        "PlanText", "keen prospects worth the postage"
    ),
    "visit": QT_TRANSLATE_NOOP(
        "PlanText", "prospects with an outside rep, where a visit is feasible"
    ),
}
CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("PlanText", "phone callers"),
    "walk_in": QT_TRANSLATE_NOOP("PlanText", "walk-ins"),
    "email": QT_TRANSLATE_NOOP("PlanText", "e-mail"),
}
UNIT_LABELS = {
    "working_days": QT_TRANSLATE_NOOP("PlanText", "working days"),
    "weeks": QT_TRANSLATE_NOOP("PlanText", "weeks"),
}
_MIN_INTEREST = {
    "medium": QT_TRANSLATE_NOOP("PlanText", "medium interest or more"),
    "high": QT_TRANSLATE_NOOP("PlanText", "high interest or more"),
}


def _count(number: int, unit: str) -> Text:
    if unit == "weeks":
        if number == 1:
            return QT_TRANSLATE_NOOP("PlanText", "1 week")
        return QT_TRANSLATE_NOOP("PlanText", "{count} weeks").format(count=number)
    if number == 1:
        return QT_TRANSLATE_NOOP("PlanText", "1 working day")
    return QT_TRANSLATE_NOOP("PlanText", "{count} working days").format(count=number)


def _after(span: str, anchor: str) -> Text:
    return QT_TRANSLATE_NOOP("PlanText", "{span} after {anchor}").format(
        span=span, anchor=ANCHOR_LABELS[anchor]
    )


def when_text(step: PlanStep) -> str:
    """When the step falls, e.g. "2–3 working days after the package is posted"."""
    same_day = _ANCHOR_SAME_DAY[step.anchor]
    if step.unit == "working_days":
        if step.offset == 0 and step.window == 0:
            return same_day
        if step.offset == 0:
            return QT_TRANSLATE_NOOP(
                "PlanText", "{same_day}, at the latest {span} later"
            ).format(same_day=same_day, span=_count(step.window, "working_days"))
        if step.window:
            return QT_TRANSLATE_NOOP(
                "PlanText", "{first}–{last} working days after {anchor}"
            ).format(
                first=step.offset,
                last=step.offset + step.window,
                anchor=ANCHOR_LABELS[step.anchor],
            )
        return _after(_count(step.offset, "working_days"), step.anchor)
    text = _after(_count(step.offset, "weeks"), step.anchor)
    if step.offset == 0:
        text = same_day
    if step.window:
        text = QT_TRANSLATE_NOOP("PlanText", "{when}, within {span}").format(
            when=text, span=_count(step.window, "working_days")
        )
    return text


def _and(first: str, second: str) -> Text:
    return QT_TRANSLATE_NOOP("PlanText", "{first} and {second}").format(
        first=first, second=second
    )


def who_for_text(step: PlanStep) -> str:
    """Which prospects get the step, e.g. "for phone callers, medium interest up"."""
    parts: list[str] = []
    if step.condition != "always" or not (step.channels or step.min_interest):
        parts.append(CONDITION_LABELS[step.condition])
    if step.channels:
        channels = CHANNEL_LABELS[step.channels[0]]
        for channel in step.channels[1:]:
            channels = _and(channels, CHANNEL_LABELS[channel])
        parts.append(
            QT_TRANSLATE_NOOP("PlanText", "only {channels}").format(channels=channels)
        )
    if step.min_interest and step.min_interest != "low":
        parts.append(
            _MIN_INTEREST.get(step.min_interest)
            or QT_TRANSLATE_NOOP("PlanText", "{interest} interest or more").format(
                interest=step.min_interest
            )
        )
    who = parts[0]
    for part in parts[1:]:
        who = QT_TRANSLATE_NOOP("PlanText", "{first}, {second}").format(
            first=who, second=part
        )
    return QT_TRANSLATE_NOOP("PlanText", "For {who}").format(who=who)


def describe_step(step: PlanStep) -> str:
    """One line: what, when and who, e.g. "Call 2–3 working days after …"."""
    return QT_TRANSLATE_NOOP("PlanText", "{verb} {when}, {who}").format(
        verb=KIND_VERBS[step.kind], when=when_text(step), who=WHO_LABELS[step.who]
    )


def step_details(step: PlanStep) -> list[str]:
    """The lines under the one-line description in the editor's preview."""
    lines = [QT_TRANSLATE_NOOP("PlanText", "{who}.").format(who=who_for_text(step))]
    if step.anchor == "package":
        lines.append(
            QT_TRANSLATE_NOOP(
                "PlanText", "Without a posted package it counts from the first contact."
            )
        )
    if step.kind == "call" and step.retries:
        if step.retries == 1:
            retries = QT_TRANSLATE_NOOP(
                "PlanText", "No answer: tried again the next working day, once."
            )
        else:
            retries = QT_TRANSLATE_NOOP(
                "PlanText",
                "No answer: tried again the next working day, up to {count} times.",
            ).format(count=step.retries)
        lines.append(retries)
    if step.kind == "email" and step.if_no_email == "call":
        lines.append(
            QT_TRANSLATE_NOOP(
                "PlanText", "Without a working e-mail address it becomes a call."
            )
        )
    elif step.kind == "email" and step.if_no_email == "mailer":
        lines.append(
            QT_TRANSLATE_NOOP(
                "PlanText", "Without a working e-mail address it becomes a letter."
            )
        )
    if step.shares_day:
        lines.append(
            QT_TRANSLATE_NOOP(
                "PlanText", "May fall on the first-contact day with other steps."
            )
        )
    return lines


def describe_plan(plan: Plan) -> list[str]:
    """Numbered lines, one per step, in the plan's order."""
    return [
        f"{n}. {step.title}: {describe_step(step)}"
        for n, step in enumerate(plan.steps, start=1)
    ]
