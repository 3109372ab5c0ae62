"""The e-mail templates staff edit: one per e-mail step of the plan."""

from __future__ import annotations

import datetime as dt
import logging

from followup_desk.mail.templates import (
    TemplateProblem,
    TemplateText,
    check_template,
    default_template,
)
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.storage.mail_models import MailTemplate
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

# Mails written by hand from a prospect, outside any plan step.
MESSAGE_KEY = "message"


def email_steps() -> list[tuple[str, str]]:
    """``(step_key, title)`` of every e-mail step, then the free message."""
    steps = [
        (step.key, step.title)
        for step in profile_service.default_plan().steps
        if step.kind == "email"
    ]
    repeated = {t for _k, t in steps if sum(1 for _x, u in steps if u == t) > 1}
    unique = []
    number: dict[str, int] = {}
    for key, title in steps:
        # The year's keep-in-touch mails share one title; number them so
        # staff can tell them apart in the list.
        if title in repeated:
            number[title] = number.get(title, 0) + 1
            title = f"{title} ({number[title]})"
        unique.append((key, title))
    unique.append((MESSAGE_KEY, "Any other e-mail"))
    return unique


def template_for(step_key: str) -> TemplateText:
    """The saved template of a step, else the shipped one."""
    row = MailTemplate.get_or_none(MailTemplate.step_key == step_key)
    if row is None:
        return default_template(step_key)
    return TemplateText(row.subject, row.body, row.attach_quote)


def is_customised(step_key: str) -> bool:
    return MailTemplate.select().where(MailTemplate.step_key == step_key).exists()


def save_template(step_key: str, text: TemplateText, who: str = "") -> MailTemplate:
    """Check a template and save it; ``ValidationError`` says what to fix.

    ``field`` on the error is "subject" or "body".
    """
    known = {key for key, _title in email_steps()}
    if step_key not in known:
        raise ValidationError(
            "step",
            QT_TRANSLATE_NOOP(
                "MailTemplates", "There is no e-mail step “{step_key}”."
            ).format(step_key=step_key),
        )
    cleaned = TemplateText(
        text.subject.strip(), text.body.strip("\n"), text.attach_quote
    )
    try:
        check_template(cleaned)
    except TemplateProblem as exc:
        raise ValidationError(exc.part, message_of(exc)) from None
    row = MailTemplate.get_or_none(MailTemplate.step_key == step_key)
    row = row or MailTemplate(step_key=step_key)
    row.subject = cleaned.subject
    row.body = cleaned.body
    row.attach_quote = cleaned.attach_quote
    row.updated_by = who
    row.updated_at = dt.datetime.now().replace(microsecond=0)
    row.save()
    log.info("Saved the e-mail template for %s", step_key)
    return row


def reset_template(step_key: str) -> TemplateText:
    """Go back to the shipped template for a step."""
    MailTemplate.delete().where(MailTemplate.step_key == step_key).execute()
    return default_template(step_key)
