"""Replies from prospects once found: what is unread, and marking it read.

A reply nobody has read yet holds the prospect's planned e-mails: "send all
due" and the outbox leave them waiting, so the shop never sends a reminder
to someone whose answer sits unread in the inbox. Marking the reply read
lets them go again. Nothing is cancelled or deleted on the way.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from followup_desk.storage.inbox_models import BOUNCE, REPLY, InboxMessage
from followup_desk.storage.models import Prospect
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")


@dataclass(frozen=True, slots=True)
class ReplyItem:
    """One unread reply as Today lists it."""

    reply_id: int
    prospect_id: int
    prospect_name: str
    company: str
    from_address: str
    subject: str
    snippet: str
    received_at: dt.datetime


def _unread():
    return (InboxMessage.kind == REPLY) & (InboxMessage.read_at.is_null())


def unread_replies() -> list[ReplyItem]:
    """Every reply not read yet, newest first, with the prospect's name."""
    query = (
        InboxMessage.select(
            InboxMessage.id,
            InboxMessage.prospect,
            InboxMessage.from_address,
            InboxMessage.subject,
            InboxMessage.body_snippet,
            InboxMessage.received_at,
            Prospect.id,
            Prospect.first_name,
            Prospect.last_name,
            Prospect.company,
        )
        .join(Prospect)
        .where(_unread())
        .order_by(InboxMessage.received_at.desc(), InboxMessage.id.desc())
    )
    items = []
    for row in query:
        prospect = row.prospect
        name = f"{prospect.first_name} {prospect.last_name}".strip()
        items.append(
            ReplyItem(
                reply_id=row.id,
                prospect_id=prospect.id,
                prospect_name=name or prospect.company,
                company=prospect.company,
                from_address=row.from_address,
                subject=row.subject,
                snippet=row.body_snippet,
                received_at=row.received_at,
            )
        )
    return items


def unread_count() -> int:
    return InboxMessage.select().where(_unread()).count()


def found_for(prospect_id: int) -> list[InboxMessage]:
    """A prospect's replies and bounces, oldest first, for the timeline."""
    return list(
        InboxMessage.select()
        .where(InboxMessage.prospect == prospect_id)
        .order_by(InboxMessage.received_at, InboxMessage.id)
    )


def held_prospects(prospect_ids: Iterable[int] | None = None) -> set[int]:
    """Prospects (of those given, or all) with a reply nobody has read yet."""
    query = InboxMessage.select(InboxMessage.prospect).where(_unread()).distinct()
    if prospect_ids is not None:
        wanted = list(set(prospect_ids))
        if not wanted:
            return set()
        query = query.where(InboxMessage.prospect.in_(wanted))
    return {row.prospect_id for row in query}


def has_unread(prospect_id: int) -> bool:
    return bool(held_prospects([prospect_id]))


def hold_reason(prospect_id: int) -> str:
    """Why this prospect's planned e-mail waits, in a sentence, or ""."""
    prospect = Prospect.get_or_none(Prospect.id == prospect_id)
    if prospect is None or not has_unread(prospect_id):
        return ""
    return QT_TRANSLATE_NOOP(
        "Replies",
        "{name} replied and the reply is not read yet; the planned e-mail waits "
        "until someone marks the reply read.",
    ).format(name=prospect.display_name)


def mark_read(reply_ids: Iterable[int], who: str = "") -> int:
    """Mark replies read; their prospects' e-mails may go again. Returns how many."""
    ids = list(reply_ids)
    if not ids:
        return 0
    changed = (
        InboxMessage.update(
            read_at=dt.datetime.now().replace(microsecond=0), read_by=who
        )
        .where(InboxMessage.id.in_(ids) & InboxMessage.read_at.is_null())
        .execute()
    )
    log.info("%d replies marked read", changed)
    return changed


def mark_prospect_read(prospect_id: int, who: str = "") -> int:
    """Mark every unread reply of one prospect read."""
    ids = [
        row.id
        for row in InboxMessage.select(InboxMessage.id).where(
            _unread() & (InboxMessage.prospect == prospect_id)
        )
    ]
    return mark_read(ids, who)


def is_bounce(row: InboxMessage) -> bool:
    return row.kind == BOUNCE
