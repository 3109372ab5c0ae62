"""Checking the shop's inbox for replies and bounces from prospects.

One check opens the folder read-only and reads only what arrived since the
last one: the mailbox's UIDVALIDITY and the last UID seen are kept in the
database. When the server renumbers the folder (a new UIDVALIDITY) the
recent weeks are read again; every message found is stored under its
Message-ID, which is unique, so nothing is ever stored twice.

For each new message only a few header fields are fetched first. A message
is read further only when it may concern a prospect:

* it answers one of our e-mails (In-Reply-To or References names a
  Message-ID in the outbox), or
* it comes from a prospect's address (upper or lower case alike), or
* it looks like a bounce (a delivery report, MAILER-DAEMON, postmaster).

A message that looked like a bounce but holds no delivery report (a person
writing from a postmaster address, a reply sent with an empty Return-Path)
is then matched like any other reply.

A reply is stored with a short snippet and holds the prospect's next planned
e-mail until someone reads it (:mod:`followup_desk.services.replies`). A
bounce flags the address through :func:`mail_respect.flag_address`, which
turns the prospect's e-mails into calls or letters where the plan says so,
but only when it can be tied to an e-mail the shop really sent
(:func:`_verified_bounce`): anyone can write a message that looks like a
bounce.
A message that cannot be read is counted and skipped; it never stops the
check.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from peewee import IntegrityError, fn

from followup_desk.mail.imap import FETCH_BATCH, InboxSession
from followup_desk.mail.inbound import HEADER_FIELDS, Incoming, read_message
from followup_desk.mail.smtp import MailError
from followup_desk.services import inbox_settings, mail_respect, mail_settings
from followup_desk.services.inbox_settings import InboxProblem
from followup_desk.storage.database import database
from followup_desk.storage.inbox_models import (
    BOUNCE,
    REPLY,
    InboxMessage,
    InboxPosition,
)
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Prospect, search_key

log = logging.getLogger("followup_desk.services")

# How far back the first check (or one after the server renumbered the
# folder) reads: replies older than this are history, not news.
FIRST_SCAN_DAYS = 60
# How recent an e-mail to the failed address must be for a delivery report
# that names no Message-ID to be taken as its bounce.
BOUNCE_WITHOUT_ID_DAYS = 30


@dataclass
class InboxReport:
    """What one check found."""

    examined: int = 0
    replies: list[int] = field(default_factory=list)
    bounces: list[int] = field(default_factory=list)
    flagged: list[int] = field(default_factory=list)
    # Delivery reports that could not be tied to an e-mail the shop sent.
    ignored_bounces: int = 0
    unreadable: int = 0
    rescanned: bool = False

    @property
    def found(self) -> int:
        return len(self.replies) + len(self.bounces)


@dataclass(frozen=True)
class _Match:
    prospect_id: int
    matched_by: str
    # For a bounce: the address the failed e-mail went to.
    address: str = ""


# -- the check -------------------------------------------------------------------


def check_inbox(today: dt.date | None = None) -> InboxReport:
    """Read what is new in the inbox; ``InboxProblem`` when it cannot be read."""
    settings = inbox_settings.get_settings()
    config = inbox_settings.imap_config(settings)
    account = inbox_settings.account_name(settings)
    today = today or dt.date.today()
    report = InboxReport()
    try:
        with InboxSession(config) as session:
            box = session.examine()
            position = InboxPosition.get_or_none(InboxPosition.account == account)
            if position is not None and position.uidvalidity == box.uidvalidity:
                last_uid = position.last_uid
                uids = session.uids_from(last_uid + 1)
            else:
                report.rescanned = position is not None
                if report.rescanned:
                    log.info("The inbox was renumbered; reading recent weeks again")
                last_uid = 0
                since = today - dt.timedelta(days=FIRST_SCAN_DAYS)
                uids = session.uids_since(since)
            for start in range(0, len(uids), FETCH_BATCH):
                batch = uids[start : start + FETCH_BATCH]
                _read_batch(session, batch, report, today)
                last_uid = max(last_uid, batch[-1])
                _remember(account, box.uidvalidity, last_uid)
            # Older messages a first scan left out are not news either.
            _remember(account, box.uidvalidity, max(last_uid, box.uidnext - 1))
    except MailError as exc:
        log.warning("Inbox check failed (%s)", exc.kind)
        raise InboxProblem(exc.args[0], exc.kind) from None
    log.info(
        "Inbox checked: %d new messages, %d replies, %d bounces (%d ignored), "
        "%d unreadable",
        report.examined,
        len(report.replies),
        len(report.bounces),
        report.ignored_bounces,
        report.unreadable,
    )
    return report


def _remember(account: str, uidvalidity: int, last_uid: int) -> None:
    """Save how far the mailbox was read; only a change is written.

    Writing on every check would tell the other desks every few minutes
    that something changed.
    """
    position = InboxPosition.get_or_none(InboxPosition.account == account)
    if position is None:
        try:
            with database.atomic():
                InboxPosition.create(
                    account=account, uidvalidity=uidvalidity, last_uid=last_uid
                )
            return
        except IntegrityError:  # another desk saved it a moment ago
            position = InboxPosition.get(InboxPosition.account == account)
    if position.uidvalidity == uidvalidity and position.last_uid >= last_uid:
        return
    InboxPosition.update(
        uidvalidity=uidvalidity,
        last_uid=last_uid,
        updated_at=dt.datetime.now().replace(microsecond=0),
    ).where(InboxPosition.id == position.id).execute()


def _own_addresses() -> set[str]:
    mail = mail_settings.get_settings()
    inbox = inbox_settings.get_settings()
    found = {mail.from_address, mail.reply_to, inbox.user}
    return {a.strip().casefold() for a in found if a and "@" in a}


def _read_batch(
    session: InboxSession, uids: Sequence[int], report: InboxReport, today: dt.date
) -> None:
    heads = session.headers(uids, HEADER_FIELDS)
    parsed = {uid: read_message(raw, headers_only=True) for uid, raw in heads.items()}
    report.examined += len(uids)
    threads = _outbox_prospects(i for head in parsed.values() for i in head.answers)
    senders = _prospects_by_address(head.from_address for head in parsed.values())
    known = _stored({head.key for head in parsed.values()})
    own = _own_addresses()
    for uid in uids:
        head = parsed.get(uid)
        if head is None or head.key in known:
            continue
        message = None
        if head.looks_like_bounce:
            message = _full(session, uid, report)
            if message is None or _read_bounce(uid, message, report, today):
                continue
        if head.from_address.casefold() in own:
            continue  # the shop's own copy of something it sent
        answers = [threads[i] for i in head.answers if i in threads]
        by_sender = senders.get(head.from_address.casefold())
        if answers:
            match = _Match(answers[0][0], "thread")
        elif by_sender is not None:
            match = _Match(by_sender, "sender")
        else:
            continue
        _read_reply(session, uid, match, report, message)


def _full(session: InboxSession, uid: int, report: InboxReport) -> Incoming | None:
    raw = session.message(uid)
    if not raw:
        report.unreadable += 1
        return None
    message = read_message(raw)
    if message.problems:
        report.unreadable += 1
        log.info("Inbox message %d partly unreadable: %s", uid, message.problems)
    return message


def _read_reply(
    session: InboxSession,
    uid: int,
    match: _Match,
    report: InboxReport,
    message: Incoming | None = None,
) -> None:
    """Store a reply; ``message`` when it was read in full already."""
    message = message or _full(session, uid, report)
    if message is None:
        return
    row_id = _store(message, REPLY, match)
    if row_id is not None:
        report.replies.append(row_id)
        log.info(
            "Reply found for prospect %d (%s)", match.prospect_id, match.matched_by
        )


def _read_bounce(
    uid: int, message: Incoming, report: InboxReport, today: dt.date
) -> bool:
    """Act on a delivery report; False when the message is not one at all."""
    if message.bounce is None:
        # A delay or relay notice is news for nobody; anything else that
        # only looked like a bounce is someone's mail.
        return message.delivery_report
    match = _verified_bounce(message, today)
    if match is None:
        report.ignored_bounces += 1
        log.info(
            "Inbox message %d: a delivery report that names no e-mail sent "
            "from here to that address was ignored",
            uid,
        )
        return True
    row_id = _store(message, BOUNCE, match)
    if row_id is None:
        return True
    report.bounces.append(row_id)
    if _flag(match):
        report.flagged.append(match.prospect_id)
    return True


def _verified_bounce(message: Incoming, today: dt.date) -> _Match | None:
    """The e-mail of ours a delivery report is about, or None if none can be.

    Anyone can write a message that looks like a bounce, and an address
    flagged as bounced turns that prospect's e-mails into calls. So a report
    is believed only when it matches mail the shop really sent:

    * When it names original Message-IDs (in the returned headers, or in
      In-Reply-To/References), one of them must be an e-mail in our outbox
      and a failed recipient must be the very address that e-mail went to.
      An ID we never sent, or another address, and the report is ignored.
    * When it names none (some servers return only the address), a failed
      recipient must be an address our outbox sent an e-mail to within the
      last ``BOUNCE_WITHOUT_ID_DAYS`` days; the newest such e-mail is the one
      taken as bounced.
    """
    bounce = message.bounce
    if bounce is None:
        return None
    # Addresses come lower-cased from the report.
    failed = set(bounce.recipients)
    ids = [bounce.original_message_id] if bounce.original_message_id else []
    ids += [i for i in message.answers if i not in ids]
    if ids:
        sent = _outbox_prospects(ids)
        for message_id in ids:
            prospect_id, address = sent.get(message_id, (0, ""))
            if prospect_id and address.lower() in failed:
                return _Match(prospect_id, "thread", address)
        return None
    since = dt.datetime.combine(
        today - dt.timedelta(days=BOUNCE_WITHOUT_ID_DAYS), dt.time()
    )
    recent = (
        OutboxMessage.select(OutboxMessage.prospect, OutboxMessage.to_address)
        .where(
            OutboxMessage.prospect.is_null(False)
            & OutboxMessage.sent_at.is_null(False)
            & (OutboxMessage.sent_at >= since)
            & fn.LOWER(OutboxMessage.to_address).in_(sorted(failed))
        )
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())
        .first()
    )
    if recent is None:
        return None
    return _Match(recent.prospect_id, "recipient", recent.to_address)


def _flag(match: _Match) -> bool:
    """Flag the prospect's address, if the bounce was for the address they have."""
    prospect = Prospect.get_or_none(Prospect.id == match.prospect_id)
    if prospect is None or prospect.email_problem:
        return False
    if match.address and prospect.email.casefold() != match.address.casefold():
        # The address was corrected since that e-mail went out.
        log.info("Bounce for an old address of prospect %d", prospect.id)
        return False
    mail_respect.flag_address(prospect.id, "bounced")
    return True


def _store(message: Incoming, kind: str, match: _Match) -> int | None:
    """Save what was found; None when it was stored before (by any desk)."""
    now = dt.datetime.now().replace(microsecond=0)
    try:
        with database.atomic():
            row = InboxMessage.create(
                prospect=match.prospect_id,
                kind=kind,
                message_id=message.key,
                matched_by=match.matched_by,
                from_name=message.from_name[:250],
                from_address=message.from_address[:250],
                subject=message.subject,
                body_snippet=message.snippet,
                bounced_address=(match.address if kind == BOUNCE else "")[:250],
                received_at=message.sent_at or now,
                found_at=now,
            )
    except IntegrityError:
        return None
    return row.id


# -- looking up prospects -----------------------------------------------------------


def _stored(keys: set[str]) -> set[str]:
    if not keys:
        return set()
    query = InboxMessage.select(InboxMessage.message_id).where(
        InboxMessage.message_id.in_(list(keys))
    )
    return {row.message_id for row in query}


def _outbox_prospects(message_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Message-ID → (prospect, address it went to) for e-mails we sent."""
    ids = list(set(message_ids))
    if not ids:
        return {}
    query = OutboxMessage.select(
        OutboxMessage.message_id, OutboxMessage.prospect, OutboxMessage.to_address
    ).where(OutboxMessage.message_id.in_(ids) & OutboxMessage.prospect.is_null(False))
    return {row.message_id: (row.prospect_id, row.to_address) for row in query}


def _prospects_by_address(addresses: Iterable[str]) -> dict[str, int]:
    """Lower-cased address → the prospect it belongs to.

    Two prospects sharing an address (a couple, a small firm) resolve to the
    one still being followed up, else the newest.
    """
    wanted = {a.casefold() for a in addresses if a and "@" in a}
    if not wanted:
        return {}
    query = (
        Prospect.select(Prospect.id, Prospect.email, Prospect.status)
        .where(Prospect.search_email.in_([search_key(a) for a in wanted]))
        .order_by(Prospect.id)
    )
    found: dict[str, tuple[bool, int]] = {}
    for row in query:
        address = row.email.casefold()
        if address not in wanted:
            continue
        rank = (row.status == "prospect", row.id)
        if address not in found or rank > found[address]:
            found[address] = rank
    return {address: rank[1] for address, rank in found.items()}
