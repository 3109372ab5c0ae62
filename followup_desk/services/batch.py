"""The daily batch: every package and mailer due, printed and then posted.

Printing and marking as posted are two separate steps on purpose. Printing
records *that* a batch was printed (so the view can say so and a pull list
can be made) but never touches a touch: a crash, a jammed printer or a
closed window between the two steps leaves every piece open, and the batch
simply prints again. Only what the owner confirms is marked as posted, and
marking moves the calls that count from a package.

The mail room's habits live here too: sorting by postcode for bulk-mail
rates, one envelope per household, the pull list of pieces printed for
people who ordered or opted out before the post went, returned mail, and
what each batch cost.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from peewee import JOIN

from followup_desk.domain import postal
from followup_desk.domain.address import PostalAddress
from followup_desk.domain.money import CENT, format_money, round_money
from followup_desk.services import documents
from followup_desk.services import profile as profile_service
from followup_desk.services import touches as touch_service
from followup_desk.services.batch_documents import PrintPlan, print_plan
from followup_desk.services.errors import NotFoundError, UserError

# Returned post is part of the mail room's day: the view and the CLI reach it
# here, next to the batch ("x as x" marks a deliberate re-export).
from followup_desk.services.returned_post import (
    PAUSED,
    POSTED_KINDS,
    resume_returned,
)
from followup_desk.services.returned_post import is_undeliverable as is_undeliverable
from followup_desk.services.returned_post import record_returned as record_returned
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.storage.posting_models import BatchItem, PostingBatch
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.printing")

SORTS = {
    "due": QT_TRANSLATE_NOOP("Batch", "Overdue first"),
    "postcode": QT_TRANSLATE_NOOP("Batch", "Postcode (bulk mail)"),
    "name": QT_TRANSLATE_NOOP("Batch", "Name"),
}
_PULL_REASONS = {
    "customer": QT_TRANSLATE_NOOP("Batch", "ordered"),
    "lost": QT_TRANSLATE_NOOP("Batch", "marked lost"),
    "do_not_contact": QT_TRANSLATE_NOOP("Batch", "asked not to be contacted"),
}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BatchEntry:
    """One package or mailer due, as the batch view lists it."""

    touch_id: int
    prospect_id: int
    kind: str
    title: str
    due: dt.date
    latest: dt.date
    overdue: bool
    name: str
    company: str
    address: PostalAddress
    problems: tuple[str, ...]
    household: str
    sort_name: tuple[str, str]

    @property
    def ready(self) -> bool:
        """True when the address has what the post needs."""
        return not self.problems

    @property
    def address_line(self) -> str:
        """Street, town and region on one line, for a list column."""
        parts = (self.address.street, self.address.city, self.address.region)
        return ", ".join(part.strip() for part in parts if part.strip())


@dataclass
class BatchOptions:
    """How to print a batch; ``None`` means "as saved for the printer"."""

    address_on: str | None = None
    envelope: str | None = None
    label_product: str | None = None
    label_start: int = 1
    sort: str = "due"
    one_per_household: bool = False
    guide: bool | None = None
    include_cards: bool = False
    card_product: str | None = None
    printer: str = ""


@dataclass
class BatchResult:
    path: Path
    pieces: int
    pages: int
    touch_ids: list[int] = field(default_factory=list)
    batch_id: int | None = None
    skipped: list[BatchEntry] = field(default_factory=list)
    address_pages: int = 0


@dataclass(frozen=True)
class PullItem:
    """A printed piece to take out of the pile before it goes in the post."""

    position: int
    touch_id: int
    prospect_id: int
    name: str
    reason: str


# -- listing -----------------------------------------------------------------


def batch_entries(day: dt.date | None = None, sort: str = "due") -> list[BatchEntry]:
    """Open packages and mailers due by ``day``, in the order asked for.

    Prospects who are no longer prospects, or who asked for no post, are
    left out. Addresses are checked here, so problems show before printing.
    """
    profile = profile_service.get_profile()
    day = day or profile_service.shop_today(profile)
    resume_returned()
    query = (
        Touch.select(Touch, Prospect)
        .join(Prospect, JOIN.INNER)
        .where(
            (Touch.status == "open")
            & (Touch.due <= day)
            & (Touch.kind.in_(POSTED_KINDS))
            & (Prospect.status == "prospect")
            & (Prospect.no_post == False)  # noqa: E712 (peewee builds SQL from ==)
        )
    )
    entries = [_entry(touch, day) for touch in query]
    return sort_entries(entries, sort, profile.country)


def due_pieces(day: dt.date | None = None) -> list[BatchEntry]:
    """The batch for ``day`` in its usual order (overdue first)."""
    return batch_entries(day)


def _entry(touch: Touch, day: dt.date) -> BatchEntry:
    prospect = touch.prospect
    address = documents.recipient_address(prospect)
    problems = tuple(problem.message for problem in postal.check(address))
    return BatchEntry(
        touch_id=touch.id,
        prospect_id=prospect.id,
        kind=touch.kind,
        title=touch.title,
        due=touch.due,
        latest=touch.latest,
        overdue=touch.latest < day,
        name=prospect.display_name,
        company=prospect.company,
        address=address,
        problems=problems,
        household=postal.household_key(address),
        sort_name=(prospect.search_last or "", prospect.search_first or ""),
    )


def sort_entries(
    entries: list[BatchEntry], sort: str, home_country: str
) -> list[BatchEntry]:
    """Order the batch: overdue first, by postcode (bulk mail) or by name."""
    if sort not in SORTS:
        raise UserError(
            QT_TRANSLATE_NOOP("Batch", "Sort by one of: {items}.").format(
                items=", ".join(SORTS)
            )
        )
    if sort == "postcode":
        return sorted(
            entries,
            key=lambda e: (
                postal.postcode_sort_key(e.address, home_country),
                e.sort_name,
                e.touch_id,
            ),
        )
    if sort == "name":
        return sorted(entries, key=lambda e: (e.sort_name, e.touch_id))
    return sorted(
        entries, key=lambda e: (not e.overdue, e.due, e.sort_name, e.touch_id)
    )


def group_pieces(
    entries: list[BatchEntry], one_per_household: bool
) -> list[list[BatchEntry]]:
    """Envelopes in print order: one per entry, or one per shared address."""
    if not one_per_household:
        return [[entry] for entry in entries]
    groups: dict[str, list[BatchEntry]] = {}
    order: list[list[BatchEntry]] = []
    for entry in entries:
        key = entry.household
        if key and key in groups:
            groups[key].append(entry)
            continue
        group = [entry]
        order.append(group)
        if key:
            groups[key] = group
    return order


def household_recipient(group: list[BatchEntry]) -> PostalAddress:
    """The address on a shared envelope: everyone's names, or the company."""
    first = group[0].address
    if len(group) == 1:
        return first
    names: list[str] = []
    for entry in group:
        if entry.address.name and entry.address.name not in names:
            names.append(entry.address.name)
    companies = {entry.company for entry in group if entry.company}
    company = companies.pop() if len(companies) == 1 else ""
    if len(names) <= 2:
        name = " & ".join(names)
    else:
        name = "" if company else f"{names[0]} & family"
    return replace(first, name=name, company=company)


# -- printing ----------------------------------------------------------------


def print_batch(
    day: dt.date | None = None,
    out: Path = Path("batch.pdf"),
    progress: Progress | None = None,
    touch_ids: Iterable[int] | None = None,
    options: BatchOptions | None = None,
    who: str = "",
) -> BatchResult:
    """Print the batch as one PDF and record that it was printed.

    Nothing is marked as posted here. Without ``touch_ids`` every piece
    whose address is complete is printed and the others are returned in
    ``skipped``; with ``touch_ids`` exactly those are printed.
    """
    from followup_desk.printing.formats import FormatError

    options = options or BatchOptions()
    profile = profile_service.get_profile()
    day = day or profile_service.shop_today(profile)
    entries = batch_entries(day, options.sort)
    skipped: list[BatchEntry] = []
    if touch_ids is not None:
        wanted = set(touch_ids)
        entries = [e for e in entries if e.touch_id in wanted]
    else:
        skipped = [e for e in entries if not e.ready]
        entries = [e for e in entries if e.ready]
    if not entries:
        if skipped:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Batch",
                    "Nothing can be printed for {day}: every address in the "
                    "batch is incomplete. Fix the addresses first.",
                ).format(day=day.isoformat())
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Batch", "Nothing to post on {day}: the batch is empty."
            ).format(day=day.isoformat())
        )

    groups = group_pieces(entries, options.one_per_household)
    try:
        plan = print_plan(profile, groups, day, options, household_recipient)
        out = documents.writable_pdf_path(Path(out))
        result = _write(out, plan, progress)
    except FormatError as exc:
        raise UserError(message_of(exc)) from None
    batch_id = _record_printed(
        day, groups, plan, options, result.pages, out, who, profile.currency
    )
    log.info(
        "Printed batch %d: %d pieces, %d pages", batch_id, len(groups), result.pages
    )
    return BatchResult(
        path=out,
        pieces=len(groups),
        pages=result.pages,
        touch_ids=[e.touch_id for group in groups for e in group],
        batch_id=batch_id,
        skipped=skipped,
        address_pages=result.address_pages,
    )


def _write(out: Path, plan: PrintPlan, progress: Progress | None):
    from followup_desk.printing.posting_batch import write_collated_batch

    return write_collated_batch(
        out,
        plan.company,
        plan.pieces,
        plan.address,
        plan.enclosures,
        progress,
        plan.cards,
    )


def _record_printed(
    day: dt.date,
    groups: list[list[BatchEntry]],
    plan: PrintPlan,
    options: BatchOptions,
    pages: int,
    out: Path,
    who: str,
    currency: str,
) -> int:
    """Note that the batch was printed; no touch changes here."""
    touch_ids = [e.touch_id for group in groups for e in group]
    with database.atomic():
        earlier = (
            PostingBatch.select(PostingBatch.id)
            .join(BatchItem)
            .where(
                (PostingBatch.status == "printed") & (BatchItem.touch.in_(touch_ids))
            )
            .distinct()
        )
        PostingBatch.update(status="reprinted").where(
            PostingBatch.id.in_([b.id for b in earlier])
        ).execute()
        batch = PostingBatch.create(
            day=day,
            printed_by=who,
            pieces=len(groups),
            pages=pages,
            address_on=plan.address_on,
            envelope=plan.envelope_name,
            label_product=plan.label_product,
            label_start=plan.label_start,
            sort=options.sort,
            one_per_household=options.one_per_household,
            pdf_path=str(out),
            currency=currency,
        )
        rows = [
            {
                "batch": batch.id,
                "touch": entry.touch_id,
                "prospect": entry.prospect_id,
                "kind": entry.kind,
                "position": position,
                "household": entry.household if len(group) > 1 else "",
                "status": "printed",
                "cost": "0",
            }
            for position, group in enumerate(groups, start=1)
            for entry in group
        ]
        for start in range(0, len(rows), 400):
            BatchItem.insert_many(rows[start : start + 400]).execute()
    return batch.id


# -- after printing ----------------------------------------------------------


def open_batch(day: dt.date | None = None) -> PostingBatch | None:
    """The latest batch printed but not yet confirmed as posted, if any."""
    query = PostingBatch.select().where(PostingBatch.status == "printed")
    if day is not None:
        query = query.where(PostingBatch.day == day)
    return query.order_by(PostingBatch.id.desc()).first()


def piece_cost(kind: str, profile=None) -> Decimal:
    """Postage plus printing for one package or mailer, from the profile."""
    profile = profile or profile_service.get_profile()
    if kind == "package":
        keys = ("cost_package", "print_cost_package")
    else:
        keys = ("cost_mailer", "print_cost_mailer")
    parts = (profile_service.stored_cost(profile, key) for key in keys)
    return round_money(sum(parts, Decimal(0)))


def mark_batch_posted(
    touch_ids: Iterable[int],
    posted_on: dt.date | None = None,
    batch_id: int | None = None,
    who: str = "",
) -> int:
    """Mark the confirmed pieces as posted; later touches move with packages.

    Each posted touch carries its share of the envelope's postage and
    printing (on its timeline, and in the batch's total). Pieces printed
    but not confirmed stay open for the next batch.
    """
    profile = profile_service.get_profile()
    posted_on = posted_on or profile_service.shop_today(profile)
    wanted = set(touch_ids)
    batch = _batch_for(batch_id, wanted)
    items = list(batch.items.order_by(BatchItem.position)) if batch else []
    item_by_touch = {item.touch_id: item for item in items}

    touches = {
        t.id: t
        for t in Touch.select().where(Touch.id.in_(list(wanted)))
        if t.status == "open" and t.kind in POSTED_KINDS
    }
    costs = _cost_shares(touches, item_by_touch, profile)
    marked = 0
    total = Decimal("0.00")
    with database.atomic():
        for touch_id in sorted(touches, key=lambda t: _position(t, item_by_touch)):
            touch = touches[touch_id]
            cost = costs[touch_id]
            amount = format_money(cost, profile.currency, profile.locale)
            where = f" (batch {batch.id})" if batch else ""
            note = f"Postage and printing {amount}{where}"
            touch_service.complete_touch(
                touch.id, "posted", note=note, who=who, done_on=posted_on
            )
            item = item_by_touch.get(touch_id)
            if item is not None:
                item.status = "posted"
                item.cost = cost
                item.save()
            total += cost
            marked += 1
        if batch is not None:
            for item in items:
                if item.status != "printed":
                    continue
                current = Touch.get_or_none(Touch.id == item.touch_id)
                still_open = current is not None and current.status == "open"
                item.status = "not_posted" if still_open else "pulled"
                item.save()
            batch.status = "posted"
            batch.posted_on = posted_on
            batch.posted_by = who
            batch.cost_total = total
            batch.save()
    log.info("Marked %d pieces as posted on %s", marked, posted_on)
    return marked


def _position(touch_id: int, items: dict) -> int:
    item = items.get(touch_id)
    return item.position if item else 0


def _batch_for(batch_id: int | None, touch_ids: set[int]) -> PostingBatch | None:
    if batch_id is not None:
        batch = PostingBatch.get_or_none(PostingBatch.id == batch_id)
        if batch is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Batch", "There is no printed batch number {batch_id}."
                ).format(batch_id=batch_id)
            )
        if batch.status == "posted":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Batch", "Batch {batch_id} was already marked as posted on {day}."
                ).format(batch_id=batch_id, day=batch.posted_on.isoformat())
            )
        return batch
    if not touch_ids:
        return None
    return (
        PostingBatch.select()
        .join(BatchItem)
        .where(
            (PostingBatch.status == "printed") & (BatchItem.touch.in_(list(touch_ids)))
        )
        .order_by(PostingBatch.id.desc())
        .first()
    )


def _cost_shares(touches: dict, items: dict, profile) -> dict[int, Decimal]:
    """Each touch's share of its envelope's cost, to the cent.

    Touches sharing an envelope split one piece's cost; the first gets the
    odd cent so the shares add up exactly.
    """
    envelopes: dict[object, list[int]] = {}
    for touch_id in touches:
        item = items.get(touch_id)
        key = ("piece", item.position) if item else ("touch", touch_id)
        envelopes.setdefault(key, []).append(touch_id)
    shares: dict[int, Decimal] = {}
    for members in envelopes.values():
        members.sort()
        kinds = {touches[t].kind for t in members}
        cost = piece_cost("package" if "package" in kinds else "mailer", profile)
        each = (cost / len(members)).quantize(CENT, rounding="ROUND_DOWN")
        for index, touch_id in enumerate(members):
            shares[touch_id] = each + (cost - each * len(members) if index == 0 else 0)
    return shares


def pull_list(batch_id: int | None = None) -> list[PullItem]:
    """Printed pieces to take out before posting, with the reason for each.

    Someone ordered, opted out or was marked lost after the batch printed.
    """
    batch = (
        PostingBatch.get_or_none(PostingBatch.id == batch_id)
        if batch_id is not None
        else open_batch()
    )
    if batch is None or batch.status != "printed":
        return []
    query = (
        BatchItem.select(BatchItem, Touch, Prospect)
        .join(Touch, on=(BatchItem.touch == Touch.id))
        .switch(BatchItem)
        .join(Prospect, on=(BatchItem.prospect == Prospect.id))
        .where(BatchItem.batch == batch.id)
        .order_by(BatchItem.position)
    )
    out = []
    for item in query:
        touch, prospect = item.touch, item.prospect
        reason = ""
        if prospect.status in _PULL_REASONS:
            reason = _PULL_REASONS[prospect.status]
        elif prospect.no_post:
            reason = QT_TRANSLATE_NOOP("Batch", "asked for no post")
        elif touch.status == PAUSED:
            reason = QT_TRANSLATE_NOOP("Batch", "post came back from this address")
        elif touch.status == "done":
            reason = QT_TRANSLATE_NOOP("Batch", "already posted")
        elif touch.status == "cancelled":
            reason = QT_TRANSLATE_NOOP("Batch", "cancelled")
        if reason:
            out.append(
                PullItem(
                    item.position, touch.id, prospect.id, prospect.display_name, reason
                )
            )
    return out


def batch_cost(batch_id: int) -> Decimal:
    batch = PostingBatch.get_or_none(PostingBatch.id == batch_id)
    if batch is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Batch", "There is no printed batch number {batch_id}."
            ).format(batch_id=batch_id)
        )
    return Decimal(batch.cost_total)


def prospect_spend(prospect_id: int) -> Decimal:
    """What posting to this prospect has cost the shop so far."""
    costs = BatchItem.select(BatchItem.cost).where(
        (BatchItem.prospect == prospect_id)
        & (BatchItem.status.in_(["posted", "returned"]))
    )
    return sum((Decimal(row.cost) for row in costs), Decimal("0.00"))
