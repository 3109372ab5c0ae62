"""Reading prospect CSV files, and the one-call import the command line uses.

Files come from spreadsheets and address books in whatever shape those write:
UTF-8 with or without a byte-order mark, Windows code page 1252 or Latin-1,
commas, semicolons (European Excel) or tabs, values with line breaks inside
quotes, and ZIP codes that lost their leading zero. The whole file is read
and checked first (``import_preview``), so a file that cannot be imported
changes nothing; then every row goes through ``contacts.log_first_contact``
(``import_runs``) so it gets the same plan as a contact typed at the front desk.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.io import columns
from followup_desk.services import contacts
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.io")

DELIMITERS = ",;\t"
SNIFF_CHARS = 16 * 1024
# Rows between two progress reports.
BATCH_ROWS = 250
NAME_FIELDS = {"first_name", "last_name", "full_name", "company"}

# Countries that write 04/12/2026 for April 12; everyone else means 4 December.
MONTH_FIRST_COUNTRIES = {"US", "PH"}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d.%m.%y")
_MONTH_FIRST_FORMATS = ("%m/%d/%Y", "%m/%d/%y")
_DAY_FIRST_FORMATS = ("%d/%m/%Y", "%d/%m/%y")

_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "unitedstatesofamerica": "US",
    "america": "US",
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "deutschland": "DE",
    "osterreich": "AT",
    "schweiz": "CH",
}

Progress = Callable[[int, int], None]


class CsvImportError(UserError):
    """The file as a whole cannot be imported; the message says why."""


@dataclass
class ImportReport:
    """What an import did: rows saved, and rows left out with the reason.

    ``skipped`` holds ``(line, reason)``; the line is the physical line of the
    file where the row starts, as a text editor numbers it.
    """

    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""
    merged: int = 0
    batch_id: int | None = None
    # Rows saved as they were, with something worth a look (a phone number
    # that does not look real): (line, what).
    warnings: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class CsvRows:
    """A file read and mapped: each data row's fields with its starting line."""

    rows: list[tuple[int, dict[str, str]]]
    ignored_columns: list[str]
    encoding: str
    delimiter: str


def decode(data: bytes) -> tuple[str, str]:
    """The text of the file and the encoding it was read with.

    UTF-8 is tried first because cp1252 would also "read" it, wrongly
    ("Ã©" for "é"); Latin-1 accepts any byte, so it comes last.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Excel's "Unicode text" export.
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        return text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _first_line(text: str) -> str:
    for line in io.StringIO(text[:SNIFF_CHARS], newline=""):
        if line.strip():
            return line
    return ""


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab, whichever the file is separated by."""
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        # A row cut in half would look inconsistent to the sniffer.
        sample = sample[: sample.rfind("\n")]
    header = _first_line(text)
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        found = ""
    if found and found in header:
        return found
    # The header names rarely hold a separator, so count them there.
    counts = {mark: header.count(mark) for mark in DELIMITERS}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


@dataclass
class SourceFile:
    """A file read but not yet mapped: its column names and each row's cells.

    ``records`` holds ``(line, cells)``, the line being where the row starts
    in the file. vCard files come in the same shape, one record per card,
    so the mapping, preview and import steps serve both.
    """

    path: Path
    kind: str
    headers: list[str]
    records: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ""


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a ``CsvImportError`` saying why it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise CsvImportError(
            QT_TRANSLATE_NOOP("CsvImport", "Cannot read {path}: {reason}.").format(
                path=path, reason=reason
            )
        ) from None


def read_table(path: Path) -> SourceFile:
    """Read a CSV file's header and rows; raises ``CsvImportError`` if unusable."""
    path = Path(path)
    text, encoding = decode(read_bytes(path))
    if not text.strip():
        raise CsvImportError(
            QT_TRANSLATE_NOOP(
                "CsvImport", "{path} is empty; there is nothing to import."
            ).format(path=path)
        )
    delimiter = detect_delimiter(text)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    records: list[tuple[int, list[str]]] = []
    line_count = 0
    try:
        for cells in reader:
            # The row starts on the line after the one the previous row ended on.
            start, line_count = line_count + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = [cell.strip() for cell in cells]
                continue
            records.append((start, cells))
    except csv.Error as exc:
        raise CsvImportError(
            QT_TRANSLATE_NOOP(
                "CsvImport",
                "{name}, line {line_num}: {problem}. Save the sheet as CSV "
                "(comma-separated) and try again.",
            ).format(name=path.name, line_num=reader.line_num, problem=message_of(exc))
        ) from None
    _check_closed_quotes(path, text, [(line, {}) for line, _ in records], line_count)
    return SourceFile(path, "csv", headers or [], records, encoding, delimiter)


def read_csv(path: Path) -> CsvRows:
    """Read and map a whole file; raises ``CsvImportError`` if it cannot be used."""
    table = read_table(Path(path))
    mapping, ignored = columns.map_header(table.headers)
    _check_header(table.path, table.headers, mapping)
    rows = [
        (
            line,
            {
                name: cells[index].strip()
                for index, name in mapping.items()
                if index < len(cells) and cells[index].strip()
            },
        )
        for line, cells in table.records
    ]
    return CsvRows(rows, ignored, table.encoding, table.delimiter)


def _check_header(path: Path, cells: list[str], mapping: dict[int, str]) -> None:
    if NAME_FIELDS & set(mapping.values()):
        return
    found = ", ".join(cell.strip() for cell in cells if cell.strip())
    raise CsvImportError(
        QT_TRANSLATE_NOOP(
            "CsvImport",
            "{name} has no name or company column. The first line must "
            "name the columns, e.g. "
            "first_name,last_name,company_name,email (found: {found}).",
        ).format(name=path.name, found=found[:120])
    )


def _check_closed_quotes(
    path: Path, text: str, rows: list[tuple[int, dict[str, str]]], last_line: int
) -> None:
    """Refuse a file whose stray quote swallowed every row after it.

    The reader keeps going to the end of the file looking for the closing
    quote; an odd number of quotes and a last row spanning many lines is
    that case.
    """
    if not rows or text.count('"') % 2 == 0:
        return
    start = rows[-1][0]
    if last_line - start < 2:
        return
    raise CsvImportError(
        QT_TRANSLATE_NOOP(
            "CsvImport",
            "{name}, line {start}: a quoted value is never closed, so "
            'every line after it reads as one cell. Add the missing " '
            "and try again.",
        ).format(name=path.name, start=start)
    )


def parse_day(text: str, month_first: bool = True) -> dt.date:
    """A contact date as spreadsheets write it; the time of day is dropped."""
    token = text.strip().split(" ")[0].split("T")[0]
    formats = _DATE_FORMATS + (
        _MONTH_FIRST_FORMATS if month_first else _DAY_FIRST_FORMATS
    )
    for fmt in formats:
        try:
            return dt.datetime.strptime(token, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        "contacted",
        QT_TRANSLATE_NOOP(
            "CsvImport", "“{text}” is not a date; write YYYY-MM-DD."
        ).format(text=text),
    )


def country_code(text: str) -> str:
    """A two-letter code for "US", "USA" or "Germany"; unknown text unchanged."""
    value = text.strip()
    if len(value) == 2 and value.isalpha():
        return value.upper()
    key = columns.header_key(value)
    return _country_names().get(key) or _COUNTRY_ALIASES.get(key) or value


_country_index: dict[str, str] = {}


def _country_names() -> dict[str, str]:
    if not _country_index:
        from babel import Locale

        for code, name in Locale.parse("en").territories.items():
            if len(code) == 2 and code.isalpha():
                _country_index[columns.header_key(name)] = code
    return _country_index


def contact_from_row(
    values: dict[str, str],
    channel: str | None = None,
    contacted_on: dt.date | None = None,
    month_first: bool = True,
) -> tuple[contacts.NewContact, dt.date | None]:
    """The contact one row describes, and its first-contact day if given.

    ``channel`` and ``contacted_on`` fill in what the row leaves blank.
    Raises ``ValidationError`` for a value that means nothing to us.
    """
    values = dict(values)
    full_name = values.pop("full_name", "")
    if full_name and not (values.get("first_name") or values.get("last_name")):
        values["first_name"], values["last_name"] = columns.split_full_name(full_name)

    word = values.pop("channel", "")
    if word:
        channel = columns.channel_for(word)
        if channel is None:
            raise ValidationError(
                "channel",
                QT_TRANSLATE_NOOP(
                    "CsvImport", "channel “{word}” is not phone, walk-in or e-mail"
                ).format(word=word),
            )
    word = values.pop("interest", "")
    interest = columns.interest_for(word) if word else "medium"
    if interest is None:
        raise ValidationError(
            "interest",
            QT_TRANSLATE_NOOP(
                "CsvImport", "interest “{word}” is not low, medium or high"
            ).format(word=word),
        )

    word = values.pop("contacted", "")
    day = parse_day(word, month_first) if word else contacted_on
    if "country" in values:
        values["country"] = country_code(values["country"])
    contact = contacts.NewContact(
        **values, channel=channel or "phone", interest=interest
    )
    return contact, day


def import_prospects(
    path: Path,
    channel: str | None = None,
    contacted_on: dt.date | None = None,
    progress: Progress | None = None,
    who: str = "",
) -> ImportReport:
    """Save every usable row of ``path`` as a prospect with its follow-up plan.

    Rows are skipped, with their line and the reason, when they have no name,
    a value that cannot be used, or the e-mail, phone, or name and postcode of
    someone already in the list. The whole file is saved in one transaction,
    so a crash leaves the list as it was. ``progress(done, total)`` is called
    as rows are saved.
    """
    from followup_desk.io import import_preview, import_runs

    preview = import_preview.preview_file(
        Path(path), channel=channel, contacted_on=contacted_on
    )
    return import_runs.apply_import(preview, who=who, progress=progress)
