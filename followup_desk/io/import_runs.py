"""Saving a checked import, and undoing it as one step.

``apply_import`` writes what the preview decided in a single transaction: if
the app or the computer stops half-way, the database holds the list as it
was before, never half a file. Each run is recorded (``ImportBatch``) with
the prospects it added and those it merged into, with the values a merge
replaced, so ``undo_import`` can take the whole run back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields

from followup_desk.io import columns
from followup_desk.io.csv_import import BATCH_ROWS, ImportReport
from followup_desk.io.import_preview import ADD, MERGE, SKIP, ImportPreview, PreviewRow
from followup_desk.services import contacts
from followup_desk.services.errors import NotFoundError, UserError
from followup_desk.storage.database import database
from followup_desk.storage.io_models import ColumnMapping, ImportBatch, ImportedProspect
from followup_desk.storage.models import (
    Prospect,
    Quote,
    QuoteLine,
    Touch,
    search_key,
)
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.io")

Progress = Callable[[int, int], None]

# Fields a merge may fill in on an existing prospect when they are blank there.
MERGE_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "phone2",
    "website",
    "street",
    "street2",
    "postcode",
    "city",
    "region",
)
ADDED, MERGED = "added", "merged"


class UndoNeedsConfirmation(UserError):
    """Some imported prospects were worked on since; undoing loses that work."""

    def __init__(self, message: str, worked_on: int) -> None:
        super().__init__(message)
        self.worked_on = worked_on


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def apply_import(
    preview: ImportPreview, who: str = "", progress: Progress | None = None
) -> ImportReport:
    """Save what the preview decided, all in one transaction; return the report."""
    source = preview.source
    report = ImportReport(
        ignored_columns=preview.ignored_columns,
        encoding=source.encoding,
        delimiter=source.delimiter,
    )
    total = len(preview.rows)
    with database.atomic():
        batch = ImportBatch.create(
            source_name=source.path.name, kind=source.kind, created_by=who
        )
        saved: dict[int, int] = {}  # file line → prospect it became or joined
        taken = _emails_taken(preview.rows)
        for done, row in enumerate(preview.rows, start=1):
            _apply_row(row, batch, saved, taken, report)
            if progress and (done % BATCH_ROWS == 0 or done == total):
                progress(done, total)
        if source.kind == "csv" and source.headers:
            remember_mapping(source.headers, preview.mapping)
        batch.added, batch.merged = report.imported, report.merged
        batch.skipped = len(report.skipped)
        batch.save()
    report.batch_id = batch.id
    log.info(
        "Import %d: added %d, merged %d, skipped %d (%s, %r)",
        batch.id,
        report.imported,
        report.merged,
        len(report.skipped),
        source.encoding,
        source.delimiter,
    )
    return report


def _emails_taken(rows: list[PreviewRow]) -> dict[str, int]:
    """E-mails of rows to add that another desk saved since the preview."""
    wanted = {
        search_key(r.contact.email) for r in rows if r.action == ADD and r.contact
    }
    wanted.discard("")
    found: dict[str, int] = {}
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):
        query = (
            Prospect.select(Prospect.search_email, Prospect.id)
            .where(Prospect.search_email.in_(ordered[start : start + 500]))
            .tuples()
        )
        for email, prospect_id in query:
            found.setdefault(email, prospect_id)
    return found


def _apply_row(
    row: PreviewRow,
    batch: ImportBatch,
    saved: dict[int, int],
    taken: dict[str, int],
    report: ImportReport,
) -> None:
    if row.problems:
        report.skipped.append((row.line, row.problems[0]))
        return
    target = row.duplicate_of
    if target is None and row.duplicate_line is not None:
        target = saved.get(row.duplicate_line)
    if row.action == SKIP:
        if target is None:
            report.skipped.append((row.line, "skipped on request"))
        else:
            saved[row.line] = target
            report.skipped.append(
                (
                    row.line,
                    f"already in the list ({row.duplicate_reason} as "
                    f"prospect {target})",
                )
            )
        return
    if row.action == MERGE and target is not None:
        _merge(row, target, batch)
        saved[row.line] = target
        report.merged += 1
        return
    email = search_key(row.contact.email)
    if row.action == ADD and email in taken and not row.is_duplicate:
        report.skipped.append(
            (row.line, f"already in the list (same e-mail as prospect {taken[email]})")
        )
        return
    prospect = contacts.log_first_contact(
        row.contact, row.contacted_on, who=batch.created_by
    )
    ImportedProspect.create(batch=batch, prospect=prospect.id, action=ADDED)
    saved[row.line] = prospect.id
    report.imported += 1
    report.warnings += [(row.line, text) for text in row.warnings]


def _merge(row: PreviewRow, prospect_id: int, batch: ImportBatch) -> None:
    """Fill in what the existing prospect lacks; keep what it already has."""
    prospect = Prospect.get_by_id(prospect_id)
    incoming = row.contact
    previous: dict[str, str] = {}
    for name in MERGE_FIELDS:
        value = getattr(incoming, name)
        if value and not getattr(prospect, name):
            previous[name] = getattr(prospect, name)
            setattr(prospect, name, value)
    new_phone = incoming.phone
    if (
        new_phone
        and prospect.phone
        and "phone" not in previous
        and not prospect.phone2
        and columns.header_key(new_phone) != columns.header_key(prospect.phone)
    ):
        previous["phone2"] = prospect.phone2
        prospect.phone2 = new_phone
    if incoming.notes and incoming.notes not in prospect.notes:
        previous["notes"] = prospect.notes
        prospect.notes = "\n".join(x for x in (prospect.notes, incoming.notes) if x)
    if not previous:
        ImportedProspect.create(batch=batch, prospect=prospect_id, action=MERGED)
        return
    prospect.version += 1
    prospect.save()
    ImportedProspect.create(
        batch=batch,
        prospect=prospect_id,
        action=MERGED,
        previous=json.dumps(previous, ensure_ascii=False),
    )


def remember_mapping(headers: list[str], mapping: list[str]) -> None:
    """Keep the mapping for the next file with these very column names."""
    signature = columns.mapping_signature(headers)
    values = {
        "headers": json.dumps(headers, ensure_ascii=False),
        "mapping": json.dumps(mapping),
        "used_at": _now(),
    }
    updated = (
        ColumnMapping.update(**values)
        .where(ColumnMapping.signature == signature)
        .execute()
    )
    if not updated:
        ColumnMapping.create(signature=signature, **values)


# -- Undo ------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    """One past import, as the import history lists it."""

    batch_id: int
    source_name: str
    kind: str
    created_at: dt.datetime
    created_by: str
    added: int
    merged: int
    skipped: int
    undone_at: dt.datetime | None


def recent_imports(limit: int = 20) -> list[ImportSummary]:
    query = ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit)
    return [
        ImportSummary(
            **{
                f.name: getattr(b, f.name)
                for f in fields(ImportSummary)
                if f.name != "batch_id"
            },
            batch_id=b.id,
        )
        for b in query
    ]


def get_batch(batch_id: int) -> ImportBatch:
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ImportRuns", "There is no import number {batch_id}."
            ).format(batch_id=batch_id)
        )
    return batch


def worked_on(batch_id: int) -> list[int]:
    """Prospects the import added that have quotes or finished follow-ups since.

    A walk-in's hand-over is recorded done when the prospect is saved; it is
    part of the import, not work done since.
    """
    added = ImportedProspect.select(ImportedProspect.prospect).where(
        (ImportedProspect.batch == batch_id) & (ImportedProspect.action == ADDED)
    )
    with_quotes = Quote.select(Quote.prospect).where(Quote.prospect.in_(added))
    with_touches = Touch.select(Touch.prospect).where(
        Touch.prospect.in_(added)
        & (Touch.status != "open")
        & (Touch.outcome != "handed over")
    )
    ids = {row.prospect_id for row in with_quotes} | {
        row.prospect_id for row in with_touches
    }
    return sorted(ids)


def undo_import(batch_id: int, who: str = "", include_worked: bool = False) -> int:
    """Take a whole import back: added prospects go, merged ones get their old
    values back. Returns how many prospects were removed.

    Raises ``UndoNeedsConfirmation`` when some added prospects were worked on
    since (quotes, follow-ups done) and ``include_worked`` is not set.
    """
    batch = get_batch(batch_id)
    if batch.undone_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "ImportRuns",
                "Import {batch_id} ({source_name}) was already undone on "
                "{undone_at:%Y-%m-%d %H:%M}.",
            ).format(
                batch_id=batch_id,
                source_name=batch.source_name,
                undone_at=batch.undone_at,
            )
        )
    busy = worked_on(batch_id)
    if busy and not include_worked:
        raise UndoNeedsConfirmation(
            QT_TRANSLATE_NOOP(
                "ImportRuns",
                "{count} of the prospects this import added have quotes or "
                "finished follow-ups since. Undoing removes those too.",
            ).format(count=len(busy)),
            len(busy),
        )
    with database.atomic():
        records = list(
            ImportedProspect.select().where(ImportedProspect.batch == batch_id)
        )
        for record in records:
            if record.action == MERGED and record.previous:
                _restore(record)
        added = [r.prospect_id for r in records if r.action == ADDED]
        removed = 0
        for start in range(0, len(added), 500):
            chunk = added[start : start + 500]
            # Touches and quote lines go with their prospect (ON DELETE CASCADE);
            # deleting them first keeps this quick on SQLite without relying
            # on the foreign-key setting of the connection.
            quotes = Quote.select(Quote.id).where(Quote.prospect.in_(chunk))
            QuoteLine.delete().where(QuoteLine.quote.in_(quotes)).execute()
            Quote.delete().where(Quote.prospect.in_(chunk)).execute()
            Touch.delete().where(Touch.prospect.in_(chunk)).execute()
            ImportedProspect.delete().where(
                ImportedProspect.prospect.in_(chunk)
            ).execute()
            removed += Prospect.delete().where(Prospect.id.in_(chunk)).execute()
        batch.undone_at = _now()
        batch.undone_by = who
        batch.save()
    log.info("Undid import %d: removed %d prospects", batch_id, removed)
    return removed


def _restore(record: ImportedProspect) -> None:
    prospect = Prospect.get_or_none(Prospect.id == record.prospect_id)
    if prospect is None:
        return
    try:
        previous = json.loads(record.previous)
    except ValueError:
        return
    for name, value in previous.items():
        if name in MERGE_FIELDS or name == "notes":
            setattr(prospect, name, value)
    prospect.version += 1
    prospect.save()
