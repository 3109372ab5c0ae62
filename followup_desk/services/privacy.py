"""A person's data on request: everything held about one prospect, and erasure.

**Export** gathers the prospect, their follow-ups, quotations, e-mails in the
outbox and every other row that points at them, into one file a person can
read (plain text) or a program can (``.json``).

**Erase** removes the personal data everywhere while the rows that reports
count stay: the prospect keeps its channel, dates and status, follow-ups and
quotations keep their kind and amounts, sent e-mails stay counted. Tables
written by other parts of the app are found by their foreign keys to the
prospect, so a new table that points at a prospect is covered without a
change here; text anywhere else that quotes the person's e-mail, phone or
full name is cut out too. On SQLite the file is then rewritten (secure
delete and VACUUM) so the old bytes are not left in free pages or the
write-ahead log.

What this cannot reach: copies outside the database (backups, exported
files, printed paper). Backups age out by the owner's retention setting.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from followup_desk.domain.names import full_name
from followup_desk.services.contacts import get_prospect
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Quote, QuoteLine, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP, joined

log = logging.getLogger("followup_desk.services")

ERASED = "[erased]"
# Prospect fields that say who and where someone is. Region and country stay
# (area reports), as do channel, interest, dates and status.
PERSONAL_FIELDS = (
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
    "notes",
)
# Too short to cut out of other text safely ("Al" is in "Also").
_MIN_NEEDLE = 3
_TEXT_TYPES = ("char", "text", "clob", "varchar")
# Column-name parts that mark a whole value as personal in rows that point at
# the person (the outbox's to_address, a returned letter's address, a
# batch's household key).
_PERSONAL_WORDS = (
    "name",
    "address",
    "email",
    "phone",
    "street",
    "household",
    "postcode",
    "city",
    "subject",
    "body",
    "note",
    "recipient",
)
_BLOB_TYPES = ("blob", "bytea", "binary")


@dataclass
class ErasureReport:
    """What an erasure did: rows changed per table, and whether the file was
    rewritten so the old bytes are gone from it too."""

    prospect_id: int
    rows_changed: dict[str, int]
    wiped: bool
    note: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows_changed.values())


# -- Finding what points at a prospect ---------------------------------------------


def _linked_columns() -> list[tuple[str, str]]:
    """(table, column) pairs holding a prospect id, by the schema's foreign keys."""
    db = database.obj
    found = []
    for table in db.get_tables():
        if table == "prospect":
            continue
        for fk in db.get_foreign_keys(table):
            if fk.dest_table == "prospect":
                found.append((table, fk.column))
    return found


def _columns(table: str) -> list[tuple[str, str, bool]]:
    """(name, kind, nullable) per column; kind is text, blob or other."""
    out = []
    for column in database.obj.get_columns(table):
        type_name = (column.data_type or "").lower()
        if any(t in type_name for t in _BLOB_TYPES):
            kind = "blob"
        elif any(t in type_name for t in _TEXT_TYPES):
            kind = "text"
        else:
            kind = "other"
        out.append((column.name, kind, column.null))
    return out


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rows(table: str, column: str, prospect_id: int) -> list[dict]:
    db = database.obj
    names = [name for name, _, _ in _columns(table)]
    sql = (
        f"SELECT {', '.join(_quoted(n) for n in names)} FROM {_quoted(table)} "
        f"WHERE {_quoted(column)} = {db.param}"
    )
    return [
        dict(zip(names, row, strict=True))
        for row in db.execute_sql(sql, (prospect_id,))
    ]


# -- Export ------------------------------------------------------------------------


def _plain(value: object) -> object:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return f"({len(bytes(value))} bytes of stored data, e.g. an e-mail as sent)"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def prospect_record(prospect_id: int) -> dict:
    """Everything held about one prospect, as plain values."""
    prospect = get_prospect(prospect_id)
    data = {
        "prospect": {name: _plain(value) for name, value in prospect.__data__.items()},
        "follow_ups": [
            {k: _plain(v) for k, v in t.__data__.items()}
            for t in Touch.select()
            .where(Touch.prospect == prospect_id)
            .order_by(Touch.due)
        ],
        "quotations": [],
    }
    for quote in Quote.select().where(Quote.prospect == prospect_id).order_by(Quote.id):
        entry = {k: _plain(v) for k, v in quote.__data__.items()}
        entry["lines"] = [
            {k: _plain(v) for k, v in line.__data__.items()}
            for line in QuoteLine.select()
            .where(QuoteLine.quote == quote.id)
            .order_by(QuoteLine.position)
        ]
        data["quotations"].append(entry)
    for table, column in _linked_columns():
        if table in ("touch", "quote"):
            continue
        rows = _rows(table, column, prospect_id)
        if rows:
            data[table] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return data


_SECTION_TITLES = {
    "outboxmessage": "E-mails",
    "inboxmessage": "Replies and bounces",
    "importedprospect": "Imports",
}
# Working copies of other fields (search keys) and bookkeeping: the JSON
# export has them, the readable one would only confuse.
_HIDDEN = {"id", "prospect", "version", "phone_key", "quote", "batch", "raw"}
_DETAIL_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "company": "Company",
    "email": "E-mail",
    "phone": "Phone",
    "phone2": "Second phone",
    "website": "Website",
    "street": "Street",
    "street2": "Street, second line",
    "postcode": "Postcode",
    "city": "Town",
    "region": "Region",
    "country": "Country",
    "channel": "First got in touch by",
    "interest": "Interest",
    "first_contact": "First contact",
    "status": "Status",
    "package_posted_on": "Package posted on",
    "first_order_on": "First order on",
    "no_email": "Asked for no e-mail",
    "no_post": "Asked for no post",
    "no_calls": "Asked for no calls",
    "notes": "Notes",
    "created_at": "Added",
    "updated_at": "Last changed",
}


def _indent(text: object) -> str:
    return str(text).replace("\n", "\n    ")


def record_text(data: dict, shop_name: str = "") -> str:
    """The record as a plain-text report a person can read and print."""
    person = data["prospect"]
    name = (
        full_name(person.get("first_name") or "", person.get("last_name") or "")
        or person.get("company")
        or f"Prospect {person.get('id')}"
    )
    out = [f"Data held about {name}"]
    if shop_name:
        out.append(f"by {shop_name}")
    out += [f"Written {dt.date.today().isoformat()}", ""]

    out += ["Details", "======="]
    for field, label in _DETAIL_LABELS.items():
        value = person.get(field)
        if value in ("", None, False):
            continue
        out.append(f"{label}: {'yes' if value is True else _indent(value)}")

    out += ["", "Follow-ups", "=========="]
    for touch in data["follow_ups"] or [{"title": "(none)"}]:
        if "due" not in touch:
            out.append("(none)")
            continue
        status = {"open": "planned"}.get(touch["status"], touch["status"])
        line = f"{touch['due']}  {touch['title']}: {status}"
        if touch.get("outcome"):
            line += f" ({touch['outcome']})"
        out.append(line)
        if touch.get("note"):
            out.append(f"    {_indent(touch['note'])}")

    out += ["", "Quotations", "=========="]
    if not data["quotations"]:
        out.append("(none)")
    for quote in data["quotations"]:
        out.append(
            f"{quote['number']} of {quote['issued_on']}, valid until "
            f"{quote['valid_until']} ({quote['status']})"
        )
        for line in quote["lines"]:
            out.append(
                f"    {line['quantity']} × {line['description']} at "
                f"{line['unit_price']} {quote.get('currency', '')}".rstrip()
            )
        if quote.get("notes"):
            out.append(f"    {_indent(quote['notes'])}")

    for key, rows in data.items():
        if key in ("prospect", "follow_ups", "quotations"):
            continue
        title = _SECTION_TITLES.get(key, key.replace("_", " ").capitalize())
        out += ["", title, "=" * len(title)]
        for row in rows:
            for field, value in row.items():
                if field in _HIDDEN or field.endswith("_id") or value in ("", None):
                    continue
                out.append(f"{field.replace('_', ' ')}: {_indent(value)}")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def export_prospect(prospect_id: int, path: Path) -> Path:
    """Write everything held about a prospect: ``.json`` as JSON, else text."""
    from followup_desk.io.export import write_atomically
    from followup_desk.services import profile as profile_service

    data = prospect_record(prospect_id)
    path = Path(path).expanduser()
    if path.suffix.lower() == ".json":
        payload = json.dumps(data, indent=2, ensure_ascii=False, default=str)
    else:
        payload = record_text(data, profile_service.get_profile().name)
    write_atomically(path, payload.encode("utf-8"))
    log.info("Exported the data held about prospect %d", prospect_id)
    return path


# -- Erase -------------------------------------------------------------------------


def _name_forms(prospect: Prospect) -> set[str]:
    """The full name as printed, and in Western order as older text has it."""
    first, last = prospect.first_name or "", prospect.last_name or ""
    western = " ".join(x for x in (first, last) if x)
    return {full_name(first, last), western}


def _needles(prospect: Prospect) -> list[str]:
    """Strings that identify the person, longest first (so "Ann Lee" goes
    before "Ann")."""
    values = {
        getattr(prospect, name) or "" for name in PERSONAL_FIELDS if name != "notes"
    }
    values |= _name_forms(prospect)
    values.add(f"{prospect.last_name}, {prospect.first_name}")
    values = {v.strip() for v in values if len(v.strip()) >= _MIN_NEEDLE}
    return sorted(values, key=len, reverse=True)


def _scrub(text: str, needles: list[str]) -> str:
    for needle in needles:
        if needle in text:
            text = text.replace(needle, ERASED)
        lowered = text.casefold()
        if needle.casefold() in lowered:
            # Same words in other capitals ("ANN LEE" in a subject line).
            start = lowered.find(needle.casefold())
            while start >= 0:
                text = text[:start] + ERASED + text[start + len(needle) :]
                lowered = text.casefold()
                start = lowered.find(needle.casefold())
    return text


def _personal_column(name: str) -> bool:
    """A column whose whole value is about the person (an address, a name)."""
    return any(word in name.lower() for word in _PERSONAL_WORDS)


def _scrub_rows(
    table: str, where_sql: str, params: tuple, needles: list[str], blank_blobs: bool
) -> int:
    """Cut the needles out of every text column of the matching rows.

    With ``blank_blobs`` (rows that belong to the person) stored bytes are
    emptied and columns named like personal data are emptied whole: an
    address may be stored folded ("12 main st|02108") where the needles
    would not find it.
    """
    db = database.obj
    cols = _columns(table)
    pk = next((n for n, _, _ in cols if n == "id"), None)
    if pk is None:
        return 0
    text_cols = [(n, null) for n, kind, null in cols if kind == "text"]
    blob_cols = [(n, null) for n, kind, null in cols if kind == "blob"]
    wanted = [pk] + [n for n, _ in text_cols]
    sql = (
        f"SELECT {', '.join(_quoted(n) for n in wanted)} FROM {_quoted(table)} "
        f"WHERE {where_sql}"
    )
    changed = 0
    for row in db.execute_sql(sql, params).fetchall():
        updates: dict[str, object] = {}
        for (name, _), value in zip(text_cols, row[1:], strict=True):
            if isinstance(value, str) and value:
                if blank_blobs and _personal_column(name):
                    updates[name] = ""
                    continue
                scrubbed = _scrub(value, needles)
                if scrubbed != value:
                    updates[name] = scrubbed
        if blank_blobs:
            for name, nullable in blob_cols:
                updates[name] = None if nullable else b""
        if updates:
            assignments = ", ".join(f"{_quoted(n)} = {db.param}" for n in updates)
            db.execute_sql(
                f"UPDATE {_quoted(table)} SET {assignments} WHERE {_quoted(pk)} = "
                f"{db.param}",
                (*updates.values(), row[0]),
            )
            changed += 1
    return changed


def _identifying(prospect: Prospect) -> list[str]:
    """What names this person and no other: e-mail, phones, full name.

    A town, a street or a firm's name can belong to other prospects too, so
    those are cut only from rows that point at this prospect.
    """
    reverse = ", ".join(x for x in (prospect.last_name, prospect.first_name) if x)
    values = {prospect.email, prospect.phone, prospect.phone2}
    if prospect.first_name and prospect.last_name:
        values |= _name_forms(prospect) | {reverse}
    return sorted((v for v in values if v and len(v) >= 5), key=len, reverse=True)


def _scrub_everywhere(
    distinctive: list[str], needles: list[str], skip: set[str]
) -> dict[str, int]:
    """Find the identifying strings in any text column of any table (one scan
    per table) and cut every needle out of the rows found."""
    db = database.obj
    changed: dict[str, int] = {}
    if not distinctive:
        return changed
    for table in db.get_tables():
        if table in skip:
            continue
        text_cols = [n for n, kind, _ in _columns(table) if kind == "text"]
        if not text_cols:
            continue
        # instr/strpos rather than LIKE: a plain substring test is several
        # times faster over a million follow-ups, and the value found is cut
        # out in every capitalisation by _scrub anyway.
        find = "instr" if isinstance(db, SqliteDatabase) else "strpos"
        conditions = " OR ".join(
            f"{find}({_quoted(col)}, {db.param}) > 0"
            for col in text_cols
            for _ in distinctive
        )
        params = tuple(n for _ in text_cols for n in distinctive)
        count = _scrub_rows(table, f"({conditions})", params, needles, False)
        if count:
            changed[table] = count
    return changed


def erase_prospect(prospect_id: int, who: str = "") -> ErasureReport:
    """Remove a prospect's personal data everywhere; counts for reports stay.

    Open follow-ups are cancelled (the person asked to be forgotten, so
    nobody should call them), a prospect still open becomes "do not
    contact", and customers stay customers.
    """
    from followup_desk.storage.io_models import ErasureRecord, ImportedProspect

    prospect = get_prospect(prospect_id)
    needles = _needles(prospect)
    identifying = _identifying(prospect)
    db = database.obj
    is_sqlite = isinstance(db, SqliteDatabase)
    if is_sqlite:
        # Freed space is overwritten with zeros rather than left readable.
        db.execute_sql("PRAGMA secure_delete = ON")
    changed: dict[str, int] = {}
    with database.atomic():
        for name in PERSONAL_FIELDS:
            setattr(prospect, name, "")
        prospect.no_email = prospect.no_post = prospect.no_calls = True
        if prospect.status == "prospect":
            prospect.status = "do_not_contact"
        prospect.version += 1
        prospect.save()
        changed["prospect"] = 1

        changed["touch"] = (
            Touch.update(status="cancelled")
            .where((Touch.prospect == prospect_id) & (Touch.status == "open"))
            .execute()
        )
        Touch.update(note="").where(Touch.prospect == prospect_id).execute()
        Quote.update(notes="").where(Quote.prospect == prospect_id).execute()
        # Stored e-mails keep the whole message as bytes (name, address, text),
        # which the scrub of text columns cannot see: they go entirely.
        from followup_desk.storage.mail_models import OutboxMessage

        changed["outboxmessage"] = (
            OutboxMessage.delete()
            .where(OutboxMessage.prospect == prospect_id)
            .execute()
        )
        # What they wrote back goes too: nobody is to read or answer it now.
        from followup_desk.storage.inbox_models import InboxMessage

        changed["inboxmessage"] = (
            InboxMessage.delete().where(InboxMessage.prospect == prospect_id).execute()
        )
        ImportedProspect.update(previous="").where(
            ImportedProspect.prospect == prospect_id
        ).execute()

        for table, column in _linked_columns():
            count = _scrub_rows(
                table,
                f"{_quoted(column)} = {db.param}",
                (prospect_id,),
                needles,
                blank_blobs=table not in ("touch", "quote", "importedprospect"),
            )
            if count:
                changed[table] = changed.get(table, 0) + count
        quote_ids = [
            q.id for q in Quote.select(Quote.id).where(Quote.prospect == prospect_id)
        ]
        if quote_ids:
            marks = ", ".join([db.param] * len(quote_ids))
            count = _scrub_rows(
                "quoteline", f"quote_id IN ({marks})", tuple(quote_ids), needles, False
            )
            if count:
                changed["quoteline"] = count
        found = _scrub_everywhere(identifying, needles, {"prospect"})
        for table, count in found.items():
            changed[table] = changed.get(table, 0) + count
        ErasureRecord.create(
            prospect_id=prospect_id, erased_by=who, rows_cleared=sum(changed.values())
        )
    log.info("Erased the personal data of prospect %d", prospect_id)
    wiped, note = _wipe_free_space(is_sqlite)
    files = _printed_files(prospect_id)
    if files:
        printed = QT_TRANSLATE_NOOP(
            "Privacy",
            "Printed batch files on this computer still show them; delete them if "
            "you no longer need them: {files}.",
        ).format(files=", ".join(files))
        note = joined([note, printed]) if note else printed
    return ErasureReport(prospect_id, changed, wiped, note)


def _printed_files(prospect_id: int) -> list[str]:
    """PDF files of printed batches that held the prospect and still exist."""
    try:
        from followup_desk.storage.posting_models import BatchItem, PostingBatch
    except ImportError:
        return []
    query = (
        PostingBatch.select(PostingBatch.pdf_path)
        .join(BatchItem)
        .where((BatchItem.prospect == prospect_id) & (PostingBatch.pdf_path != ""))
        .distinct()
    )
    try:
        paths = [row.pdf_path for row in query]
    except Exception:  # the table may not exist in an older database
        return []
    return [p for p in paths if Path(p).exists()]


def _wipe_free_space(is_sqlite: bool) -> tuple[bool, str]:
    """Rewrite the database so erased values are gone from the file itself."""
    db = database.obj
    if not is_sqlite:
        # PostgreSQL keeps old row versions until VACUUM reclaims them; a
        # plain VACUUM marks them reusable (it cannot run in a transaction).
        connection = db.connection()
        connection.commit()
        autocommit = connection.autocommit
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                for table in ("prospect", "touch", "quote", "quoteline"):
                    cursor.execute(f"VACUUM {table}")
        except Exception as exc:  # the server may refuse without rights
            log.warning("VACUUM after erasure failed: %s", exc)
            return False, QT_TRANSLATE_NOOP(
                "Privacy", "The server will reclaim the old rows on its next clean-up."
            )
        finally:
            connection.autocommit = autocommit
        return True, ""
    try:
        db.execute_sql("VACUUM")
        db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except OperationalError as exc:
        log.warning("VACUUM after erasure failed: %s", exc)
        return False, QT_TRANSLATE_NOOP(
            "Privacy",
            "The data is erased, but the file could not be rewritten because "
            "another desk has it open. Close Follow-up Desk on the other desks "
            "and erase again to wipe the old bytes.",
        )
    finally:
        db.execute_sql("PRAGMA secure_delete = OFF")
    return True, ""


def check_can_erase(prospect_id: int) -> Prospect:
    """The prospect, or a ``UserError`` when there is nothing left to erase."""
    prospect = get_prospect(prospect_id)
    if not any(getattr(prospect, name) for name in PERSONAL_FIELDS):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Privacy", "Prospect {prospect_id} holds no personal data any more."
            ).format(prospect_id=prospect_id)
        )
    return prospect
