"""Plan steps in plain words, for the plan editor and the command line.

"Call 2–3 working days after the package is posted, front desk" reads better
at the front desk than ``anchor=package offset=2 window=1``. Everything here
is pure text; the screens decide how to show it.
"""

from __future__ import annotations

from followup_desk.domain.plan import Plan, PlanStep

KIND_VERBS = {
    "package": "Post the sales package",
    "email": "E-mail",
    "call": "Call",
    "mailer": "Post a mailer",
    "visit": "Visit",
}
KIND_NAMES = {
    "package": "Package",
    "email": "E-mail",
    "call": "Call",
    "mailer": "Mailer",
    "visit": "Visit",
}
WHO_LABELS = {
    "front_desk": "front desk",
    "customer_service": "customer service",
    "outside_rep": "outside sales rep",
    "owner": "owner",
}
ANCHOR_LABELS = {
    "first_contact": "the first contact",
    "package": "the package is posted",
    "previous": "the step before",
}
# Said after "the day of …" when the offset is zero.
_ANCHOR_SAME_DAY = {
    "first_contact": "on the day of the first contact",
    "package": "on the day the package is posted",
    "previous": "on the same day as the step before",
}
CONDITION_LABELS = {
    "always": "everyone",
    "package": "prospects who get the sales package",
    "quote_by_email": "callers and e-mail enquirers with an e-mail address",
    "email": "prospects we can e-mail",
    "call": "prospects we may call",
    "call_interested": "prospects we may call, unless of low interest",
    "postage": "prospects worth the postage (qualified, or sent a package)",
    "postage_interested": "keen prospects worth the postage",
    "visit": "prospects with an outside rep, where a visit is feasible",
}
CHANNEL_LABELS = {"phone": "phone callers", "walk_in": "walk-ins", "email": "e-mail"}
UNIT_LABELS = {"working_days": "working days", "weeks": "weeks"}


def _count(number: int, unit: str) -> str:
    if unit == "weeks":
        return "1 week" if number == 1 else f"{number} weeks"
    return "1 working day" if number == 1 else f"{number} working days"


def when_text(step: PlanStep) -> str:
    """When the step falls, e.g. "2–3 working days after the package is posted"."""
    anchor = ANCHOR_LABELS[step.anchor]
    if step.unit == "working_days":
        if step.offset == 0 and step.window == 0:
            return _ANCHOR_SAME_DAY[step.anchor]
        if step.offset == 0:
            return (
                f"{_ANCHOR_SAME_DAY[step.anchor]}, at the latest "
                f"{_count(step.window, 'working_days')} later"
            )
        if step.window:
            last = step.offset + step.window
            return f"{step.offset}–{last} working days after {anchor}"
        return f"{_count(step.offset, 'working_days')} after {anchor}"
    text = f"{_count(step.offset, 'weeks')} after {anchor}"
    if step.offset == 0:
        text = _ANCHOR_SAME_DAY[step.anchor]
    if step.window:
        text += f", within {_count(step.window, 'working_days')}"
    return text


def who_for_text(step: PlanStep) -> str:
    """Which prospects get the step, e.g. "for phone callers, medium interest up"."""
    parts = []
    if step.condition != "always" or not (step.channels or step.min_interest):
        parts.append(CONDITION_LABELS[step.condition])
    if step.channels:
        parts.append("only " + " and ".join(CHANNEL_LABELS[c] for c in step.channels))
    if step.min_interest and step.min_interest != "low":
        parts.append(f"{step.min_interest} interest or more")
    return "For " + ", ".join(parts)


def describe_step(step: PlanStep) -> str:
    """One line: what, when and who, e.g. "Call 2–3 working days after …"."""
    return f"{KIND_VERBS[step.kind]} {when_text(step)}, {WHO_LABELS[step.who]}"


def step_details(step: PlanStep) -> list[str]:
    """The lines under the one-line description in the editor's preview."""
    lines = [who_for_text(step) + "."]
    if step.anchor == "package":
        lines.append("Without a posted package it counts from the first contact.")
    if step.kind == "call" and step.retries:
        times = "once" if step.retries == 1 else f"up to {step.retries} times"
        lines.append(f"No answer: tried again the next working day, {times}.")
    if step.kind == "email" and step.if_no_email:
        instead = {"call": "a call", "mailer": "a letter"}[step.if_no_email]
        lines.append(f"Without a working e-mail address it becomes {instead}.")
    if step.shares_day:
        lines.append("May fall on the first-contact day with other steps.")
    return lines


def describe_plan(plan: Plan) -> list[str]:
    """Numbered lines, one per step, in the plan's order."""
    return [
        f"{n}. {step.title}: {describe_step(step)}"
        for n, step in enumerate(plan.steps, start=1)
    ]
