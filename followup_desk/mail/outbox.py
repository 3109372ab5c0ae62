"""The outbox: every e-mail is saved before it is sent, and sent once.

The guarantee, and how it is kept:

* **Never lost.** A message is a complete row (the exact bytes, with its
  Message-ID and Date) committed before the server is contacted. Whatever
  fails afterwards (offline, server down, the app killed) leaves the row in
  the database, and the next run picks it up.
* **Never sent twice by the app.** Before sending, a desk *claims* a row with
  one conditional UPDATE (``status = 'queued'`` → ``'sending'`` with a claim
  token naming the computer and process); only one desk can win it. The row
  becomes ``sent`` in the same transaction that completes its follow-up.
* **A crash mid-send.** Just before the DATA command (the moment the message
  itself goes out) the row's phase is committed as ``data``. A claim found
  abandoned (its process gone, or older than ``STALE_AFTER``) in an earlier
  phase certainly sent nothing and is simply queued again. Only a crash in
  the instant between the server receiving the message and the app recording
  it (phase ``data``) leaves the outcome unknown: the app then sends the very
  same bytes again, with the same Message-ID, which mail programs and
  providers use to show a repeated message only once. That instant is the
  one case where a recipient's server could hold two copies.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from followup_desk.mail.addresses import needs_smtputf8, smtp_form
from followup_desk.mail.smtp import MailError, SmtpConfig, SmtpSession
from followup_desk.storage.database import database
from followup_desk.storage.mail_models import OutboxMessage

log = logging.getLogger("followup_desk.mail")

# Waits after the 1st, 2nd, 3rd … failed try; the last one repeats.
BACKOFF_MINUTES = (1, 2, 5, 10, 30, 60)
# A claim this old belongs to a desk that stopped without saying so.
STALE_AFTER = dt.timedelta(minutes=15)

QUEUED, SENDING, SENT, FAILED, CANCELLED = (
    "queued",
    "sending",
    "sent",
    "failed",
    "cancelled",
)
STATUS_LABELS = {
    QUEUED: "Waiting to be sent",
    SENDING: "Sending",
    SENT: "Sent",
    FAILED: "Not sent",
    CANCELLED: "Cancelled",
}


def now_local() -> dt.datetime:
    """The clock the database rows use: local time to the second."""
    return dt.datetime.now().replace(microsecond=0)


def backoff(attempts: int) -> dt.timedelta:
    """How long to wait after ``attempts`` failed tries before the next one."""
    index = min(max(attempts, 1), len(BACKOFF_MINUTES)) - 1
    return dt.timedelta(minutes=BACKOFF_MINUTES[index])


def _host() -> str:
    return socket.gethostname().split(".")[0][:40] or "desk"


def new_claim_token() -> str:
    return f"{_host()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _claim_process_gone(token: str) -> bool:
    """True when the claim was made on this computer by a process now gone."""
    host, _, rest = token.partition(":")
    pid_text = rest.partition(":")[0]
    if host != _host() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    if os.name != "posix":
        # Windows has no harmless "is it alive" signal; wait for STALE_AFTER.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def recover_interrupted(now: dt.datetime | None = None) -> int:
    """Queue again the sends that a crashed or killed desk left half done."""
    now = now or now_local()
    recovered = 0
    stuck = OutboxMessage.select().where(OutboxMessage.status == SENDING)
    for row in stuck:
        stale = row.claimed_at is None or row.claimed_at < now - STALE_AFTER
        if not (stale or _claim_process_gone(row.claim_token)):
            continue
        if row.phase == "data":
            note = (
                "Interrupted while the server was receiving it; sent again with "
                "the same Message-ID so it shows only once."
            )
            log.warning("Outbox %d was interrupted during DATA; resending", row.id)
        else:
            note = "Interrupted before it was sent; sent again."
        changed = (
            OutboxMessage.update(
                status=QUEUED,
                phase="",
                claim_token="",
                next_attempt_at=now,
                last_error=note,
            )
            .where(
                (OutboxMessage.id == row.id)
                & (OutboxMessage.status == SENDING)
                & (OutboxMessage.claim_token == row.claim_token)
            )
            .execute()
        )
        recovered += changed
    if recovered:
        log.info("Queued %d interrupted e-mails again", recovered)
    return recovered


def _claim(row_id: int, token: str, now: dt.datetime) -> bool:
    changed = (
        OutboxMessage.update(
            status=SENDING,
            phase="connecting",
            claim_token=token,
            claimed_at=now,
            attempts=OutboxMessage.attempts + 1,
        )
        .where((OutboxMessage.id == row_id) & (OutboxMessage.status == QUEUED))
        .execute()
    )
    return changed == 1


def _set(row_id: int, token: str, **values) -> int:
    """Change a row this run still holds; 0 when the claim was lost."""
    return (
        OutboxMessage.update(**values)
        .where((OutboxMessage.id == row_id) & (OutboxMessage.claim_token == token))
        .execute()
    )


@dataclass
class DrainHooks:
    """What the services do around each message.

    ``unwanted`` says why a queued message should no longer go (the prospect
    opted out, the follow-up was cancelled), or "". ``sent`` runs inside the
    transaction that marks the row sent. ``refused`` runs when the server
    refused the address for good. ``held`` says why a message must wait for
    now (the prospect's reply is unread), or "": it stays queued, untouched.
    """

    unwanted: Callable[[OutboxMessage], str] = lambda row: ""
    held: Callable[[OutboxMessage], str] = lambda row: ""
    sent: Callable[[OutboxMessage], None] = lambda row: None
    refused: Callable[[OutboxMessage, MailError], None] = lambda row, error: None


@dataclass
class DrainReport:
    total: int = 0
    sent: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    # Left queued without a try: they wait for something staff must do first.
    held: list[int] = field(default_factory=list)
    error: MailError | None = None

    @property
    def done(self) -> int:
        return (
            len(self.sent) + len(self.waiting) + len(self.failed) + len(self.cancelled)
        )


def due_ids(
    now: dt.datetime, ignore_schedule: bool = False, ids: Sequence[int] | None = None
) -> list[int]:
    query = OutboxMessage.select(OutboxMessage.id).where(OutboxMessage.status == QUEUED)
    if not ignore_schedule:
        query = query.where(OutboxMessage.next_attempt_at <= now)
    if ids is not None:
        query = query.where(OutboxMessage.id.in_(list(ids)))
    return [row.id for row in query.order_by(OutboxMessage.id)]


def _hold(row_ids: Sequence[int], hooks: DrainHooks) -> set[int]:
    """The messages that must wait; each says why in ``last_error``."""
    if not row_ids:
        return set()
    held: set[int] = set()
    # Without the stored bytes: deciding needs only the links.
    columns = (
        OutboxMessage.id,
        OutboxMessage.prospect,
        OutboxMessage.touch,
        OutboxMessage.last_error,
    )
    query = OutboxMessage.select(*columns).where(OutboxMessage.id.in_(list(row_ids)))
    for row in query:
        reason = hooks.held(row)
        if not reason:
            continue
        held.add(row.id)
        if row.last_error != reason:
            OutboxMessage.update(last_error=reason).where(
                (OutboxMessage.id == row.id) & (OutboxMessage.status == QUEUED)
            ).execute()
    return held


def _defer(row_ids: Sequence[int], error: MailError, now: dt.datetime) -> None:
    """Leave unsent messages queued, to be tried again after a pause."""
    for row in OutboxMessage.select().where(OutboxMessage.id.in_(list(row_ids))):
        attempts = row.attempts + 1
        OutboxMessage.update(
            attempts=attempts,
            next_attempt_at=now + backoff(attempts),
            last_error=str(error),
        ).where(
            (OutboxMessage.id == row.id) & (OutboxMessage.status == QUEUED)
        ).execute()


def drain(
    config: SmtpConfig,
    hooks: DrainHooks | None = None,
    now: dt.datetime | None = None,
    ignore_schedule: bool = False,
    ids: Sequence[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> DrainReport:
    """Send what is queued (and due, unless ``ignore_schedule``), oldest first.

    One connection serves the batch. A failure of the connection itself
    stops the run and leaves the rest queued with a back-off; a refusal of
    one address only fails that message.
    """
    hooks = hooks or DrainHooks()
    now = now or now_local()
    recover_interrupted(now)
    pending = due_ids(now, ignore_schedule, ids)
    held = _hold(pending, hooks)
    pending = [row_id for row_id in pending if row_id not in held]
    report = DrainReport(total=len(pending), held=sorted(held))
    if not pending:
        return report

    session = SmtpSession(config)
    try:
        session.open()
    except MailError as error:
        _defer(pending, error, now)
        report.waiting.extend(pending)
        report.error = error
        return report

    token = new_claim_token()
    try:
        for position, row_id in enumerate(pending):
            if should_stop():
                break
            if not session.connected:
                try:
                    session.open()
                except MailError as error:
                    rest = pending[position:]
                    _defer(rest, error, now)
                    report.waiting.extend(rest)
                    report.error = error
                    break
            _send_one(session, row_id, token, hooks, report)
            if progress is not None:
                progress(report.done, report.total)
    finally:
        session.close()
    log.info(
        "Outbox run: %d sent, %d waiting, %d not sent, %d cancelled",
        len(report.sent),
        len(report.waiting),
        len(report.failed),
        len(report.cancelled),
    )
    return report


def _send_one(
    session: SmtpSession,
    row_id: int,
    token: str,
    hooks: DrainHooks,
    report: DrainReport,
) -> None:
    now = now_local()
    if not _claim(row_id, token, now):
        return  # another desk took it, or it was cancelled meanwhile
    row = OutboxMessage.get_by_id(row_id)
    reason = hooks.unwanted(row)
    if reason:
        _set(row_id, token, status=CANCELLED, phase="", last_error=reason)
        report.cancelled.append(row_id)
        return

    recipient = smtp_form(row.to_address)
    try:
        session.send(
            bytes(row.raw),
            smtp_form(row.from_address),
            [recipient],
            before_data=lambda: _set(row_id, token, phase="data"),
            smtputf8=needs_smtputf8(row.to_address) or needs_smtputf8(row.from_address),
        )
    except MailError as error:
        if not error.per_message:
            # The connection is in an unknown state: the next message opens
            # a fresh one, and if that fails the rest of the run waits.
            session.close()
        _after_failure(row, token, error, hooks, report)
        return

    with database.atomic():
        _set(row_id, token, status=SENT, phase="", sent_at=now_local(), last_error="")
        try:
            # A savepoint: if recording the follow-up fails, the message still
            # counts as sent, or a later run would send it a second time.
            with database.atomic():
                hooks.sent(OutboxMessage.get_by_id(row_id))
        except Exception:
            log.exception(
                "Outbox message %d sent, but its follow-up not updated", row_id
            )
    report.sent.append(row_id)
    log.info("Sent outbox message %d", row_id)


def _after_failure(
    row: OutboxMessage,
    token: str,
    error: MailError,
    hooks: DrainHooks,
    report: DrainReport,
) -> None:
    now = now_local()
    if error.per_message and not error.transient:
        _set(row.id, token, status=FAILED, phase="", last_error=str(error))
        report.failed.append(row.id)
        hooks.refused(row, error)
        log.warning("Outbox message %d refused for good (%s)", row.id, error.kind)
        return
    attempts = row.attempts
    _set(
        row.id,
        token,
        status=QUEUED,
        phase="",
        claim_token="",
        next_attempt_at=now + backoff(attempts),
        last_error=str(error),
    )
    report.waiting.append(row.id)
    if not error.per_message:
        report.error = error
    log.info("Outbox message %d waits for another try (%s)", row.id, error.kind)
