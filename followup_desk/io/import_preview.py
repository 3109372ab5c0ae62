"""The preview of an import: every row as it would be saved, before anything is.

A file is read (CSV or vCard), its columns mapped to prospect fields, and each
row checked the way saving it would check it. The preview says per row what
will happen: added, left out because of a problem (with the reason), or held
back as a duplicate of someone already in the list or earlier in the file
(same e-mail, same phone, or same name and postcode). Duplicates are skipped
unless the user asks to merge them or to add them anyway, so nobody is ever
doubled silently. Nothing here writes to the database.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from peewee import Tuple

from followup_desk.domain import phones
from followup_desk.domain.names import full_name
from followup_desk.io import columns
from followup_desk.io.csv_import import (
    MONTH_FIRST_COUNTRIES,
    NAME_FIELDS,
    CsvImportError,
    SourceFile,
    contact_from_row,
    read_bytes,
    read_table,
)
from followup_desk.services import profile as profile_service
from followup_desk.services.contacts import NewContact
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Prospect, search_key
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.io")

ADD, MERGE, SKIP, LEAVE_OUT = "add", "merge", "skip", "leave_out"
ACTION_LABELS = {
    ADD: QT_TRANSLATE_NOOP("ImportPreview", "Add"),
    MERGE: QT_TRANSLATE_NOOP("ImportPreview", "Merge into existing"),
    SKIP: QT_TRANSLATE_NOOP("ImportPreview", "Skip"),
    LEAVE_OUT: QT_TRANSLATE_NOOP("ImportPreview", "Left out"),
}
# What a duplicate has in common with the prospect or earlier line it matches.
_DUPLICATE_TEXTS = {
    "same e-mail": (
        QT_TRANSLATE_NOOP("ImportPreview", "Same e-mail as {name} (prospect {id})"),
        QT_TRANSLATE_NOOP("ImportPreview", "Same e-mail as line {line} of this file"),
    ),
    "same phone": (
        QT_TRANSLATE_NOOP("ImportPreview", "Same phone as {name} (prospect {id})"),
        QT_TRANSLATE_NOOP("ImportPreview", "Same phone as line {line} of this file"),
    ),
    "same name and postcode": (
        QT_TRANSLATE_NOOP(
            "ImportPreview", "Same name and postcode as {name} (prospect {id})"
        ),
        QT_TRANSLATE_NOOP(
            "ImportPreview", "Same name and postcode as line {line} of this file"
        ),
    ),
    "same company and postcode": (
        QT_TRANSLATE_NOOP(
            "ImportPreview", "Same company and postcode as {name} (prospect {id})"
        ),
        QT_TRANSLATE_NOOP(
            "ImportPreview", "Same company and postcode as line {line} of this file"
        ),
    ),
}
# A phone key this short is a typo or an extension, not a way to tell people
# apart; matching on it would merge strangers.
_MIN_PHONE_DIGITS = 7
_IN_CLAUSE_SIZE = 500


@dataclass
class PreviewRow:
    """One row of the file as it would be imported."""

    line: int
    values: dict[str, str]
    contact: NewContact | None = None
    contacted_on: dt.date | None = None
    # Why the row cannot be saved; it is left out.
    problems: list[str] = field(default_factory=list)
    # Saved as written, but worth a look (a phone number that looks wrong).
    warnings: list[str] = field(default_factory=list)
    # What was put right on the way in (a ZIP that lost its leading zero).
    fixes: list[str] = field(default_factory=list)
    duplicate_of: int | None = None
    duplicate_name: str = ""
    duplicate_line: int | None = None
    duplicate_reason: str = ""
    action: str = ADD

    @property
    def status(self) -> str:
        """problem, duplicate, warning or ok: how the preview marks the row."""
        if self.problems:
            return "problem"
        if self.is_duplicate:
            return "duplicate"
        if self.warnings:
            return "warning"
        return "ok"

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_line is not None

    @property
    def name(self) -> str:
        c = self.contact
        if c is None:
            v = self.values
            full = full_name(v.get("first_name", ""), v.get("last_name", ""))
            return full or v.get("full_name", "") or v.get("company", "")
        return full_name(c.first_name, c.last_name) or c.company

    @property
    def duplicate_text(self) -> str:
        """ "Same e-mail as Ann Lee (prospect 12)" or "… as line 4 of this file"."""
        as_prospect, as_line = _DUPLICATE_TEXTS.get(
            self.duplicate_reason, _DUPLICATE_TEXTS["same e-mail"]
        )
        if self.duplicate_of is not None:
            return as_prospect.format(name=self.duplicate_name, id=self.duplicate_of)
        if self.duplicate_line is not None:
            return as_line.format(line=self.duplicate_line)
        return ""


@dataclass
class ImportPreview:
    """A file read, mapped and checked; ``rows`` in file order."""

    source: SourceFile
    mapping: list[str]
    found_as: str
    channel: str | None
    contacted_on: dt.date | None
    rows: list[PreviewRow]

    @property
    def ignored_columns(self) -> list[str]:
        return [
            header
            for header, target in zip(self.source.headers, self.mapping, strict=False)
            if header and not target
        ]

    def counts(self) -> dict[str, int]:
        """Rows per action, and how many have problems, duplicates, warnings."""
        out = {ADD: 0, MERGE: 0, SKIP: 0, LEAVE_OUT: 0}
        for row in self.rows:
            out[row.action] += 1
        out["duplicates"] = sum(row.is_duplicate for row in self.rows)
        out["warnings"] = sum(bool(row.warnings) for row in self.rows)
        out["total"] = len(self.rows)
        return out

    def set_action(self, index: int, action: str) -> bool:
        """Choose what happens to a duplicate; False when the row cannot change.

        Rows with problems stay left out; a row that is no duplicate can only
        be added or skipped.
        """
        row = self.rows[index]
        if row.problems or action not in (ADD, MERGE, SKIP):
            return False
        if action == MERGE and not row.is_duplicate:
            return False
        row.action = action
        return True


def load_source(path: Path) -> SourceFile:
    """Read a CSV or vCard file, telling them apart by name and content."""
    from followup_desk.io import vcard_import

    path = Path(path)
    head = read_bytes(path)[:4096]
    if vcard_import.looks_like_vcard(path, head):
        return vcard_import.read_vcards(path)
    return read_table(path)


def preview_file(
    path: Path,
    mapping: list[str] | None = None,
    channel: str | None = None,
    contacted_on: dt.date | None = None,
) -> ImportPreview:
    """Read ``path`` and build its preview; raises ``CsvImportError``."""
    return build_preview(load_source(path), mapping, channel, contacted_on)


def initial_mapping(source: SourceFile) -> tuple[list[str], str]:
    """The mapping to start from and where it came from (see SOURCE_LABELS)."""
    if source.kind == "vcard":
        from followup_desk.io.vcard_import import VCARD_MAPPING

        return list(VCARD_MAPPING), "vcard"
    remembered = remembered_mapping(source.headers)
    if remembered is not None:
        return remembered, "remembered"
    return columns.suggest_mapping(source.headers), columns.detect_source(
        source.headers
    )


def remembered_mapping(headers: list[str]) -> list[str] | None:
    """The mapping last used for a file with exactly these column names."""
    from followup_desk.storage.io_models import ColumnMapping

    row = ColumnMapping.get_or_none(
        ColumnMapping.signature == columns.mapping_signature(headers)
    )
    if row is None:
        return None
    try:
        mapping = json.loads(row.mapping)
    except ValueError:
        return None
    known = set(columns.FIELD_LABELS)
    if len(mapping) != len(headers) or not set(mapping) <= known | {""}:
        return None
    return mapping


def build_preview(
    source: SourceFile,
    mapping: list[str] | None = None,
    channel: str | None = None,
    contacted_on: dt.date | None = None,
) -> ImportPreview:
    """Check every row of ``source`` under ``mapping`` (or the usual guess)."""
    if mapping is None:
        mapping, found_as = initial_mapping(source)
    else:
        found_as = "vcard" if source.kind == "vcard" else "chosen"
    mapping = list(mapping) + [""] * (len(source.headers) - len(mapping))
    _check_mapping(source, mapping)
    if channel:
        channel = columns.channel_for(channel) or channel

    profile = profile_service.get_profile()
    home = profile.country or "US"
    month_first = home.upper() in MONTH_FIRST_COUNTRIES
    rows = [
        _check_row(
            line,
            columns.row_values(cells, mapping),
            channel,
            contacted_on,
            month_first,
            home,
        )
        for line, cells in source.records
    ]
    find_duplicates(rows)
    return ImportPreview(source, mapping, found_as, channel, contacted_on, rows)


def _check_mapping(source: SourceFile, mapping: list[str]) -> None:
    if NAME_FIELDS & set(mapping):
        return
    found = ", ".join(h for h in source.headers if h)
    raise CsvImportError(
        QT_TRANSLATE_NOOP(
            "ImportPreview",
            "{name} has no name or company column. The first line must "
            "name the columns, e.g. "
            "first_name,last_name,company_name,email (found: {found}).",
        ).format(name=source.path.name, found=found[:120])
    )


def _check_row(
    line: int,
    values: dict[str, str],
    channel: str | None,
    contacted_on: dt.date | None,
    month_first: bool,
    home: str,
) -> PreviewRow:
    row = PreviewRow(line, values)
    try:
        contact, day = contact_from_row(values, channel, contacted_on, month_first)
        cleaned = contact.cleaned(home)
    except ValidationError as exc:
        row.problems.append(message_of(exc))
        row.action = LEAVE_OUT
        return row

    if contact.postcode.strip() and cleaned.postcode != contact.postcode.strip():
        row.fixes.append(
            QT_TRANSLATE_NOOP(
                "ImportPreview", "ZIP {typed} written as {written}"
            ).format(typed=contact.postcode.strip(), written=cleaned.postcode)
        )
    for name in ("phone", "phone2"):
        raw = getattr(cleaned, name)
        if not raw:
            continue
        result = phones.normalise(raw, home, cleaned.country)
        if result.problem:
            row.warnings.append(
                QT_TRANSLATE_NOOP("ImportPreview", "Phone {problem}").format(
                    problem=result.problem
                )
            )
        # The written form is kept; the key only serves duplicate checks.
        cleaned = replace(cleaned, **{name: result.text})
    row.contact = cleaned
    row.contacted_on = day
    return row


# -- Duplicates ------------------------------------------------------------------


def _postcode_key(code: str) -> str:
    return code.split("-")[0].replace(" ", "").casefold()


def _keys(contact: NewContact) -> list[tuple[str, str]]:
    """The (kind, key) pairs by which a row may match someone else."""
    keys: list[tuple[str, str]] = []
    email = search_key(contact.email)
    if email:
        keys.append(("same e-mail", email))
    for number in (contact.phone, contact.phone2):
        key = phones.phone_key(number, contact.country)
        if sum(c.isdigit() for c in key) >= _MIN_PHONE_DIGITS:
            keys.append(("same phone", key))
    postcode = _postcode_key(contact.postcode)
    if postcode and contact.last_name:
        name = f"{search_key(contact.first_name)}|{search_key(contact.last_name)}"
        keys.append(("same name and postcode", f"{name}|{postcode}"))
    elif postcode and contact.company and not contact.first_name:
        keys.append(
            ("same company and postcode", f"@{search_key(contact.company)}|{postcode}")
        )
    return keys


def find_duplicates(rows: list[PreviewRow]) -> None:
    """Mark rows matching a prospect already saved, or an earlier row."""
    candidates = [row for row in rows if row.contact is not None]
    known = _known_prospects(candidates)
    earlier: dict[str, int] = {}
    for row in candidates:
        keys = _keys(row.contact)
        match = next(((kind, known[key]) for kind, key in keys if key in known), None)
        if match:
            kind, (prospect_id, name) = match
            row.duplicate_of, row.duplicate_name = prospect_id, name
            row.duplicate_reason = kind
            row.action = SKIP
            continue
        match = next(
            ((kind, earlier[key]) for kind, key in keys if key in earlier), None
        )
        if match:
            row.duplicate_reason, row.duplicate_line = match
            row.action = SKIP
            continue
        for _, key in keys:
            earlier.setdefault(key, row.line)


def _chunks(items: Iterable) -> Iterable[list]:
    wanted = sorted(set(items))
    for start in range(0, len(wanted), _IN_CLAUSE_SIZE):
        yield wanted[start : start + _IN_CLAUSE_SIZE]


def _display(first: str, last: str, company: str, prospect_id: int) -> str:
    return full_name(first, last) or company or f"prospect {prospect_id}"


def _known_prospects(rows: list[PreviewRow]) -> dict[str, tuple[int, str]]:
    """Every key of ``rows`` that a saved prospect has: key → (id, name).

    Three indexed look-ups (e-mail, phone key, last name) in blocks, rather
    than one query per row.
    """
    emails, phone_keys, last_names, companies = set(), set(), set(), set()
    postcodes: set[str] = set()
    for row in rows:
        for kind, key in _keys(row.contact):
            if kind == "same e-mail":
                emails.add(key)
            elif kind == "same phone":
                phone_keys.add(key)
            elif kind == "same name and postcode":
                first, last, _ = key.split("|")
                last_names.add((last, first))
            else:
                companies.add(key[1:].split("|")[0])
            if kind.endswith("postcode"):
                code = row.contact.postcode.strip()
                postcodes.update({code, _postcode_key(code), code.upper()})
    found: dict[str, tuple[int, str]] = {}
    columns_wanted = (
        Prospect.id,
        Prospect.first_name,
        Prospect.last_name,
        Prospect.company,
        Prospect.search_email,
        Prospect.phone_key,
        Prospect.search_first,
        Prospect.search_last,
        Prospect.search_company,
        Prospect.postcode,
    )
    lookups = (
        (Prospect.search_email, emails),
        (Prospect.phone_key, phone_keys),
        (Prospect.search_last, last_names),
        (Prospect.search_company, companies),
    )
    # Common surnames match thousands of prospects; the first name (served by
    # the name index) and the postcode narrow the look-up to the few that
    # could be the same person.
    in_postcodes = Prospect.postcode.in_(sorted(postcodes))
    for column, keys in lookups:
        for chunk in _chunks(keys):
            if column is Prospect.search_last:
                pair = Tuple(Prospect.search_last, Prospect.search_first)
                condition = pair.in_(chunk) & in_postcodes
            elif column is Prospect.search_company:
                condition = column.in_(chunk) & in_postcodes
            else:
                condition = column.in_(chunk)
            query = (
                Prospect.select(*columns_wanted)
                .where(condition)
                .order_by(Prospect.id)
                .tuples()
            )
            for (
                pid,
                first,
                last,
                company,
                email,
                pkey,
                sfirst,
                slast,
                scomp,
                pc,
            ) in query:
                name = _display(first, last, company, pid)
                postcode = _postcode_key(pc or "")
                entries = [email, pkey]
                if postcode and slast:
                    entries.append(f"{sfirst}|{slast}|{postcode}")
                if postcode and scomp and not sfirst:
                    entries.append(f"@{scomp}|{postcode}")
                for key in entries:
                    if key:
                        found.setdefault(key, (pid, name))
    return found
