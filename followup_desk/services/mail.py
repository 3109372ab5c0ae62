"""Writing and sending follow-up e-mails: drafts, the outbox, "send all due".

A draft is filled in from the step's template for one prospect; staff may
change it before it is queued. Queuing saves the complete message in the
outbox; sending works the outbox off (see ``followup_desk.mail.outbox`` for
the never-lost, never-doubled guarantee). A sent e-mail completes its touch,
so it shows as done on the prospect's timeline.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from babel.dates import format_date

from followup_desk.domain.money import format_money
from followup_desk.domain.names import full_name
from followup_desk.mail import outbox
from followup_desk.mail.message import (
    Attachment,
    OutgoingMail,
    build_message,
    mailto_url,
    new_message_id,
)
from followup_desk.mail.smtp import MailError
from followup_desk.mail.templates import TemplateText, render, text_to_html
from followup_desk.services import mail_respect, mail_settings, mail_templates, replies
from followup_desk.services import profile as profile_service
from followup_desk.services import quotes as quote_service
from followup_desk.services import touches as touch_service
from followup_desk.services.contacts import get_prospect
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.database import database
from followup_desk.storage.mail_models import MailSettings, OutboxMessage
from followup_desk.storage.models import CompanyProfile, Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

ACTIVE_STATUSES = (outbox.QUEUED, outbox.SENDING, outbox.SENT)


@dataclass
class MailContext:
    """What every e-mail of one batch shares, read from the database once."""

    profile: CompanyProfile
    settings: MailSettings
    templates: dict[str, TemplateText] = field(default_factory=dict)

    def template(self, step_key: str) -> TemplateText:
        if step_key not in self.templates:
            self.templates[step_key] = mail_templates.template_for(step_key)
        return self.templates[step_key]


def mail_context() -> MailContext:
    # Everything but the logo: a batch has no use for the picture's bytes.
    fields = [f for f in CompanyProfile._meta.sorted_fields if f.name != "logo"]
    profile = CompanyProfile.select(*fields).order_by(CompanyProfile.id).first()
    return MailContext(
        profile or profile_service.get_profile(), mail_settings.get_settings()
    )


@dataclass
class Draft:
    """One e-mail as staff see it in the compose window."""

    prospect_id: int
    touch_id: int | None
    step_key: str
    to_name: str
    to_address: str
    subject: str
    text: str
    attach_quote: bool = False
    quote_id: int | None = None
    quote_number: str = ""
    # Why it cannot be sent ("Zoë asked not to receive e-mail."), or "".
    blocker: str = ""
    shop_name: str = ""

    @property
    def html(self) -> str:
        return text_to_html(self.text, self.shop_name)


def _day_text(day: dt.date | None, locale: str, form: str = "long") -> str:
    if day is None:
        return ""
    try:
        return format_date(day, form, locale=locale)
    except (ValueError, LookupError):
        return day.isoformat()


def merge_fields(
    prospect: Prospect, staff_name: str = "", context: MailContext | None = None
) -> dict[str, dict]:
    """The values a template is filled in with, for one prospect."""
    context = context or mail_context()
    profile, settings = context.profile, context.settings
    locale = profile.locale or "en_US"
    name = full_name(prospect.first_name, prospect.last_name)
    greeting_name = prospect.first_name or name
    quote = quote_service.latest_quote(prospect.id)
    quote_fields = dict.fromkeys(("number", "total", "issued_on", "valid_until"), "")
    if quote is not None:
        total = quote_service.totals(quote.id).gross
        quote_fields = {
            "number": quote.number,
            "total": format_money(total, quote.currency or profile.currency, locale)
            if total
            else "",
            "issued_on": _day_text(quote.issued_on, locale),
            "valid_until": _day_text(quote.valid_until, locale),
        }
    package_open = (
        Touch.select()
        .where(
            (Touch.prospect == prospect.id)
            & (Touch.kind == "package")
            & (Touch.status == "open")
        )
        .exists()
    )
    return {
        "prospect": {
            "greeting": f"Hello {greeting_name}" if greeting_name else "Hello",
            "first_name": prospect.first_name,
            "last_name": prospect.last_name,
            "name": name or prospect.company,
            "company": prospect.company,
            "email": prospect.email,
        },
        "quote": quote_fields,
        "package": {
            "planned": package_open,
            "posted": prospect.package_posted_on is not None,
            "posted_on": _day_text(prospect.package_posted_on, locale, "full"),
        },
        "staff": {
            "name": staff_name or profile.signer_name or settings.from_name,
            "signature": settings.signature,
        },
        "shop": {
            "name": profile.name,
            "phone": profile.phone,
            "email": profile.email or settings.from_address,
            "website": profile.website,
        },
    }


def _draft(
    prospect: Prospect,
    touch: Touch | None,
    step_key: str,
    staff_name: str,
    context: MailContext | None = None,
) -> Draft:
    context = context or mail_context()
    template = context.template(step_key)
    rendered = render(template, merge_fields(prospect, staff_name, context))
    quote = quote_service.latest_quote(prospect.id)
    return Draft(
        prospect_id=prospect.id,
        touch_id=touch.id if touch else None,
        step_key=step_key,
        to_name=full_name(prospect.first_name, prospect.last_name) or prospect.company,
        to_address=prospect.email,
        subject=rendered.subject,
        text=rendered.text,
        attach_quote=template.attach_quote and quote is not None,
        quote_id=quote.id if quote else None,
        quote_number=quote.number if quote else "",
        blocker=mail_respect.why_not_email(prospect),
        shop_name=context.profile.name,
    )


def draft_for_touch(touch_id: int, staff_name: str = "") -> Draft:
    """The e-mail for one planned e-mail touch, filled in from its template."""
    touch = touch_service.get_touch(touch_id)
    if touch.kind != "email":
        raise ValidationError(
            "touch", QT_TRANSLATE_NOOP("Mail", "This follow-up is not an e-mail.")
        )
    prospect = get_prospect(touch.prospect_id)
    return _draft(prospect, touch, touch.step_key, staff_name)


def next_email_touch(prospect_id: int) -> Touch | None:
    return (
        Touch.select()
        .where(
            (Touch.prospect == prospect_id)
            & (Touch.kind == "email")
            & (Touch.status == "open")
        )
        .order_by(Touch.due, Touch.id)
        .first()
    )


def draft_for_prospect(prospect_id: int, staff_name: str = "") -> Draft:
    """The prospect's next planned e-mail if it is due, else a free message."""
    prospect = get_prospect(prospect_id)
    touch = next_email_touch(prospect_id)
    # With their reply unread, staff writing now are answering it: the
    # planned e-mail waits and this one is their own.
    due = touch is not None and touch.due <= profile_service.shop_today()
    if due and not replies.has_unread(prospect_id):
        return _draft(prospect, touch, touch.step_key, staff_name)
    return _draft(prospect, None, mail_templates.MESSAGE_KEY, staff_name)


def _quote_pdf(quote_id: int) -> Attachment:
    # Imported here: ReportLab loads only when a quotation is attached.
    from followup_desk.services import documents

    quote = quote_service.get_quote(quote_id)
    with tempfile.TemporaryDirectory(prefix="followup-desk-") as folder:
        path = documents.print_quote(quote_id, Path(folder) / "quote.pdf")
        content = path.read_bytes()
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in quote.number)
    return Attachment(filename=f"Quotation {safe}.pdf", content=content)


def outgoing(draft: Draft, context: MailContext | None = None) -> OutgoingMail:
    """The draft as a message from the shop, checked and with its attachment."""
    context = context or mail_context()
    settings = context.settings
    if not settings.from_address:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Mail",
                "Mail is not set up yet: enter your shop's e-mail address in "
                "Mail settings.",
            )
        )
    if draft.blocker:
        raise UserError(draft.blocker)
    if not draft.subject.strip():
        raise ValidationError(
            "subject", QT_TRANSLATE_NOOP("Mail", "Write a subject line.")
        )
    if not draft.text.strip():
        raise ValidationError(
            "text",
            QT_TRANSLATE_NOOP("Mail", "The e-mail is empty; write something first."),
        )
    attachments = []
    if draft.attach_quote:
        if draft.quote_id is None:
            raise ValidationError(
                "attach_quote",
                QT_TRANSLATE_NOOP(
                    "Mail", "This prospect has no quotation to attach yet."
                ),
            )
        attachments.append(_quote_pdf(draft.quote_id))
    return OutgoingMail(
        from_name=settings.from_name or context.profile.name,
        from_address=settings.from_address,
        to_name=draft.to_name,
        to_address=draft.to_address,
        subject=" ".join(draft.subject.split()),
        text=draft.text,
        html=text_to_html(draft.text, context.profile.name),
        reply_to=settings.reply_to,
        attachments=attachments,
    )


def queue(
    draft: Draft, who: str = "", context: MailContext | None = None
) -> OutboxMessage:
    """Save the finished e-mail in the outbox; it is sent from there.

    A planned e-mail goes into the outbox once: a second try while the
    first is waiting or already sent is refused.
    """
    context = context or mail_context()
    prospect = get_prospect(draft.prospect_id)
    draft = replace(draft, blocker=mail_respect.why_not_email(prospect))
    mail = outgoing(draft, context)
    message_id = new_message_id(mail.from_address)
    raw = build_message(
        mail, message_id, mail_settings.shop_now(context.profile.timezone)
    )
    with database.atomic():
        if draft.touch_id is not None:
            touch = touch_service.get_touch(draft.touch_id)
            if touch.status != "open":
                raise ValidationError(
                    "touch",
                    QT_TRANSLATE_NOOP(
                        "Mail", "This e-mail is already {status}."
                    ).format(
                        status=touch_service.STATUS_WORDS.get(
                            touch.status, touch.status
                        )
                    ),
                )
            if _waiting_or_sent(draft.touch_id):
                raise ValidationError(
                    "touch",
                    QT_TRANSLATE_NOOP(
                        "Mail", "This e-mail is already in the outbox or sent."
                    ),
                )
            held = replies.hold_reason(draft.prospect_id)
            if held:
                raise UserError(held)
        row = OutboxMessage.create(
            prospect=draft.prospect_id,
            touch=draft.touch_id,
            message_id=message_id,
            from_address=mail.from_address,
            to_address=mail.to_address,
            to_name=mail.to_name,
            subject=mail.subject,
            raw=raw,
            created_by=who,
        )
    log.info("Queued outbox message %d for prospect %d", row.id, draft.prospect_id)
    return row


def _waiting_or_sent(touch_id: int) -> bool:
    return (
        OutboxMessage.select()
        .where(
            (OutboxMessage.touch == touch_id)
            & (OutboxMessage.status.in_(ACTIVE_STATUSES))
        )
        .exists()
    )


# -- sending ----------------------------------------------------------------------


def _unwanted(row: OutboxMessage) -> str:
    if row.prospect_id is not None:
        prospect = Prospect.get_or_none(Prospect.id == row.prospect_id)
        if prospect is not None and prospect.no_email:
            return "Cancelled: the prospect asked not to receive e-mail."
    if row.touch_id is not None:
        touch = Touch.get_or_none(Touch.id == row.touch_id)
        if touch is None or touch.status != "open":
            return "Cancelled: the follow-up was already done or cancelled."
    return ""


def _held(row: OutboxMessage) -> str:
    # Only planned e-mails wait for a reply to be read: a message staff wrote
    # themselves (an answer to that reply, say) goes out.
    if row.touch_id is None or row.prospect_id is None:
        return ""
    return replies.hold_reason(row.prospect_id)


def _record_sent(row: OutboxMessage) -> None:
    note = f"E-mail “{row.subject}” sent to {row.to_address}."
    touch = Touch.get_or_none(Touch.id == row.touch_id) if row.touch_id else None
    if touch is not None and touch.status == "open":
        touch_service.complete_touch(touch.id, "sent", note=note, who=row.created_by)
        return
    if row.prospect_id is None:
        return
    # A mail written outside the plan still belongs on the timeline.
    today = profile_service.shop_today()
    Touch.create(
        prospect=row.prospect_id,
        step_key="",
        kind="email",
        title=f"E-mail: {row.subject}"[:250],
        due=today,
        latest=today,
        status="done",
        outcome="sent",
        note=note,
        done_by=row.created_by,
        done_at=dt.datetime.now().replace(microsecond=0),
    )


def _record_refused(row: OutboxMessage, error: MailError) -> None:
    if error.kind == "recipient" and row.prospect_id is not None:
        mail_respect.flag_address(row.prospect_id, "refused")


HOOKS = outbox.DrainHooks(
    unwanted=_unwanted, held=_held, sent=_record_sent, refused=_record_refused
)


def send_outbox(
    ignore_schedule: bool = False,
    ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    now: dt.datetime | None = None,
) -> outbox.DrainReport:
    """Send what waits in the outbox; ``PasswordNeeded`` if no password is known."""
    config = mail_settings.smtp_config()
    return outbox.drain(
        config,
        HOOKS,
        now=now,
        ignore_schedule=ignore_schedule,
        ids=ids,
        progress=progress,
        should_stop=should_stop,
    )


def send_draft(draft: Draft, who: str = "") -> tuple[OutboxMessage, outbox.DrainReport]:
    """Queue one e-mail and send it straight away (it waits if that fails)."""
    mail_settings.smtp_config()  # ask for a missing password before queuing
    row = queue(draft, who)
    report = send_outbox(ignore_schedule=True, ids=[row.id])
    return OutboxMessage.get_by_id(row.id), report


@dataclass
class DueReport:
    """What "send all due e-mails" found and did."""

    queued: list[int] = field(default_factory=list)
    already_queued: int = 0
    # Prospects whose reply is unread: their e-mails wait, still planned.
    held: int = 0
    rerouted: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def due_email_touches(
    day: dt.date | None = None, include_held: bool = True
) -> list[Touch]:
    """Planned e-mails due by ``day``; without those waiting for a reply to be
    read unless ``include_held``."""
    day = day or profile_service.shop_today()
    touches = list(touch_service.prospects_with_open_kind(day, ("email",)))
    if include_held:
        return touches
    held = replies.held_prospects()
    return [t for t in touches if t.prospect_id not in held]


def queue_due(
    day: dt.date | None = None,
    who: str = "",
    staff_name: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> DueReport:
    """Fill in and queue every planned e-mail due by ``day``.

    Prospects who opted out have theirs cancelled; those without a working
    address have theirs turned into what the plan says. Running it twice
    queues nothing twice.
    """
    report = DueReport()
    context = mail_context()
    touches = due_email_touches(day)
    held = replies.held_prospects()
    for position, touch in enumerate(touches, start=1):
        prospect = touch.prospect
        if mail_respect.email_blocker(prospect):
            for kind, count in mail_respect.reroute_unreachable(prospect).items():
                report.rerouted[kind] = report.rerouted.get(kind, 0) + count
        elif touch.prospect_id in held:
            report.held += 1
        elif _waiting_or_sent(touch.id):
            report.already_queued += 1
        else:
            try:
                draft = _draft(prospect, touch, touch.step_key, staff_name, context)
                report.queued.append(queue(draft, who, context).id)
            except UserError as exc:
                report.problems.append(
                    QT_TRANSLATE_NOOP("Mail", "{name}: {problem}").format(
                        name=prospect.display_name, problem=message_of(exc)
                    )
                )
        if progress is not None:
            progress(position, len(touches))
    log.info(
        "Queued %d due e-mails (%d already waiting, %d held for a reply)",
        len(report.queued),
        report.already_queued,
        report.held,
    )
    return report


# -- other ways out ---------------------------------------------------------------


def mailto_link(draft: Draft) -> str:
    if draft.blocker:
        raise UserError(draft.blocker)
    return mailto_url(draft.to_address, draft.subject, draft.text)


def save_eml(draft: Draft, path: Path) -> Path:
    """Write the e-mail, attachment included, as a file a mail program opens."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(
            "path",
            QT_TRANSLATE_NOOP("Mail", "{path} is a folder; give a file name.").format(
                path=path
            ),
        )
    if not path.parent.is_dir():
        raise ValidationError(
            "path",
            QT_TRANSLATE_NOOP("Mail", "The folder {parent} does not exist.").format(
                parent=path.parent
            ),
        )
    mail = outgoing(draft)
    raw = build_message(
        mail,
        new_message_id(mail.from_address),
        mail_settings.shop_now(),
        unsent_draft=True,
    )
    path.write_bytes(raw)
    log.info("Saved an e-mail for prospect %d as a file", draft.prospect_id)
    return path


def record_sent_elsewhere(touch_id: int, who: str = "") -> Touch:
    """Staff sent the planned e-mail from their own mail program."""
    return touch_service.complete_touch(
        touch_id, "sent", note="Sent from the desk's own mail program.", who=who
    )


def outbox_rows(limit: int = 200) -> list[OutboxMessage]:
    """Recent outbox messages, those still waiting first."""
    waiting = list(
        OutboxMessage.select()
        .where(OutboxMessage.status.in_((outbox.QUEUED, outbox.SENDING)))
        .order_by(OutboxMessage.id)
    )
    done = list(
        OutboxMessage.select()
        .where(OutboxMessage.status.not_in((outbox.QUEUED, outbox.SENDING)))
        .order_by(OutboxMessage.id.desc())
        .limit(limit)
    )
    return waiting + done


def waiting_count() -> int:
    return (
        OutboxMessage.select()
        .where(OutboxMessage.status.in_((outbox.QUEUED, outbox.SENDING)))
        .count()
    )
