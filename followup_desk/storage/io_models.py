"""The tables behind import, export and erasure.

Each import run and what it touched, so it can be undone as one step; the
column mappings people chose, so a file laid out like last time needs no
mapping again; the calendar file kept current; and a bare record of each
erasure done on request.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from followup_desk.storage.models import BaseModel, Prospect


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class ImportBatch(BaseModel):
    """One import run: where it came from, what it did, whether it was undone."""

    # The file name without its folder: folders can name people or clients.
    source_name = CharField(default="")
    kind = CharField(default="csv")
    created_at = DateTimeField(default=_now)
    created_by = CharField(default="")
    added = IntegerField(default=0)
    merged = IntegerField(default=0)
    skipped = IntegerField(default=0)
    undone_at = DateTimeField(null=True)
    undone_by = CharField(default="")


class ImportedProspect(BaseModel):
    """A prospect an import added, or an existing one it merged a row into.

    ``previous`` holds, for a merge, the values it replaced (JSON), so undoing
    puts them back. It is personal data and is cleared when a prospect is
    erased.
    """

    batch = ForeignKeyField(ImportBatch, backref="records", on_delete="CASCADE")
    prospect = ForeignKeyField(Prospect, backref="import_records", on_delete="CASCADE")
    action = CharField()
    previous = TextField(default="")

    class Meta:
        indexes = ((("batch", "prospect"), False),)


class ColumnMapping(BaseModel):
    """The field each column of a file layout was mapped to, remembered.

    ``signature`` identifies the layout by its column names; ``mapping`` is a
    JSON list with the field (or "") for each column in order.
    """

    signature = CharField(unique=True)
    headers = TextField(default="[]")
    mapping = TextField(default="[]")
    used_at = DateTimeField(default=_now)


class ErasureRecord(BaseModel):
    """That a prospect was erased on request, when and by whom; nothing more."""

    prospect_id = IntegerField(index=True)
    erased_at = DateTimeField(default=_now)
    erased_by = CharField(default="")
    rows_cleared = IntegerField(default=0)


class CalendarFeed(BaseModel):
    """A calendar file kept current with the due follow-ups (single row)."""

    path = TextField(default="")
    days_back = IntegerField(default=14)
    days_ahead = IntegerField(default=90)
    written_at = DateTimeField(null=True)


IO_MODELS = [ImportBatch, ImportedProspect, ColumnMapping, ErasureRecord, CalendarFeed]
