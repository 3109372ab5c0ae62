"""The catalogue of products and services: search as you type, edit, import.

The quote editor asks :func:`search` on every key typed in a description
cell, so it answers from indexes: a code or name prefix is a range over a
case- and accent-free column. Only when those give too few results does it
look for the typed word anywhere in the name ("door" in "Oak door").

Price lists arrive as CSV files from spreadsheets and suppliers, read by the
same code as prospect lists (encoding and separator detection in
``io/csv_import.py``). The whole file is checked first and saved in one
transaction: a file that cannot be used changes nothing.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import IntegrityError, fn

from followup_desk.domain.money import LineItem, MoneyInputError, parse_decimal
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import NotFoundError, ValidationError
from followup_desk.storage.catalogue_models import CatalogueItem
from followup_desk.storage.database import database
from followup_desk.storage.models import search_key
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

_RANGE_END = "\uffff"
HUNDRED = Decimal(100)
EDITABLE = ("code", "name", "description", "unit", "unit_price", "tax_pct", "active")

# Column names a price list may use for each field, compared after dropping
# case, spaces and punctuation (so "Unit Price" = "unit_price" = "UNITPRICE").
PRICE_LIST_HEADERS: dict[str, tuple[str, ...]] = {
    "code": (
        "code",
        "item code",
        "product code",
        "sku",
        "article",
        "article number",
        "art no",
        "item no",
        "item number",
        "part number",
        "ref",
        "reference",
        "artikelnummer",
        "artnr",
    ),
    "name": (
        "name",
        "product",
        "product name",
        "item",
        "item name",
        "title",
        "service",
        "bezeichnung",
        "artikel",
    ),
    "description": ("description", "details", "long description", "beschreibung"),
    "unit": ("unit", "uom", "unit of measure", "einheit"),
    "unit_price": (
        "price",
        "unit price",
        "net price",
        "sales price",
        "list price",
        "rate",
        "preis",
        "einzelpreis",
    ),
    "tax_pct": (
        "tax",
        "tax rate",
        "tax %",
        "vat",
        "vat rate",
        "vat %",
        "gst",
        "sales tax",
        "mwst",
        "ust",
    ),
}
# A currency code written before or after a price in a price list.
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$")


@dataclass
class PriceListReport:
    """What a price-list import did; ``skipped`` holds ``(line, reason)``."""

    added: int = 0
    updated: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} rows left out")
        return ", ".join(parts) + "."


# -- search -----------------------------------------------------------------------


def _prefix(column, key: str):
    return (column >= key) & (column < key + _RANGE_END)


def _has_word(key: str):
    """Some word of the name starts with ``key`` (the words are lower-cased).

    A plain substring test, not LIKE: LIKE's pattern matching made the scan
    of a 20,000-item catalogue three times slower.
    """
    from followup_desk.storage.database import is_server

    find = fn.STRPOS if is_server() else fn.INSTR
    return find(CatalogueItem.search_words, " " + key) > 0


def search(text: str, limit: int = 12) -> list[CatalogueItem]:
    """Active items whose code or name starts with ``text``, best first.

    An exact code comes first, then codes, then names starting with the
    text, then names with a word starting with it.
    """
    key = search_key(text)
    if not key:
        return []
    active = CatalogueItem.active == True  # noqa: E712 (peewee expression)
    found: dict[int, CatalogueItem] = {}
    queries = (
        CatalogueItem.select()
        .where(active & _prefix(CatalogueItem.search_code, key))
        .order_by(CatalogueItem.search_code),
        CatalogueItem.select()
        .where(active & _prefix(CatalogueItem.search_name, key))
        .order_by(CatalogueItem.search_name),
        CatalogueItem.select()
        .where(active & _has_word(key))
        .order_by(CatalogueItem.search_name),
    )
    for query in queries:
        for item in query.limit(limit):
            found.setdefault(item.id, item)
        if len(found) >= limit:
            break
    items = list(found.values())
    items.sort(key=lambda item: item.search_code != key)  # stable: exact first
    return items[:limit]


def list_items(
    text: str = "", offset: int = 0, limit: int = 200
) -> list[CatalogueItem]:
    """One block of the catalogue list, by code, filtered like :func:`search`."""
    query = CatalogueItem.select()
    key = search_key(text)
    if key:
        query = query.where(
            _prefix(CatalogueItem.search_code, key)
            | _prefix(CatalogueItem.search_name, key)
            | _has_word(key)
        )
    return list(
        query.order_by(CatalogueItem.search_code, CatalogueItem.id)
        .offset(offset)
        .limit(limit)
    )


def count(text: str = "") -> int:
    key = search_key(text)
    query = CatalogueItem.select()
    if key:
        query = query.where(
            _prefix(CatalogueItem.search_code, key)
            | _prefix(CatalogueItem.search_name, key)
            | _has_word(key)
        )
    return query.count()


def get_item(item_id: int) -> CatalogueItem:
    item = CatalogueItem.get_or_none(CatalogueItem.id == item_id)
    if item is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Catalogue", "There is no catalogue item with id {item_id}."
            ).format(item_id=item_id)
        )
    return item


def line_for(item: CatalogueItem, quantity: Decimal = Decimal(1)) -> LineItem:
    """A quote line filled in from a catalogue item."""
    return LineItem(
        description=item.name,
        quantity=quantity,
        unit_price=item.unit_price,
        tax_pct=item.tax_pct,
        code=item.code,
        unit=item.unit,
    )


# -- editing ------------------------------------------------------------------------


def clean_values(values: dict[str, object]) -> dict[str, object]:
    """Checked values for an item; ``ValidationError`` names the field to fix."""
    unknown = sorted(set(values) - set(EDITABLE))
    if unknown:
        raise ValidationError(
            unknown[0],
            QT_TRANSLATE_NOOP(
                "Catalogue", "“{unknown}” is not a catalogue field."
            ).format(unknown=unknown[0]),
        )
    cleaned: dict[str, object] = {}
    for name, value in values.items():
        if name == "active":
            cleaned[name] = bool(value)
            continue
        if name in ("unit_price", "tax_pct"):
            cleaned[name] = _number(name, value)
            continue
        text = (
            " ".join(str(value or "").split())
            if name != "description"
            else (str(value or "").strip())
        )
        if name in ("code", "name") and not text:
            if name == "code":
                missing = QT_TRANSLATE_NOOP("Catalogue", "Enter a code for the item.")
            else:
                missing = QT_TRANSLATE_NOOP("Catalogue", "Enter a name for the item.")
            raise ValidationError(name, missing)
        if name in ("code", "name", "unit") and len(text) > 200:
            raise ValidationError(
                name, QT_TRANSLATE_NOOP("Catalogue", "Keep it under 200 characters.")
            )
        cleaned[name] = text
    return cleaned


def _number(name: str, value: object) -> Decimal:
    label = "Price" if name == "unit_price" else "Tax"
    text = str(value if value is not None else "").strip()
    if name == "unit_price" and any(ch.isdigit() for ch in text):
        # "$12.50", "12,50 €", "CHF 1'234.50": the currency is the shop's.
        # Only currency signs and codes go; any other letter stays and is
        # refused, so "12,5O" typed with a letter O is never read as 12.5.
        text = "".join(
            ch for ch in text if unicodedata.category(ch) != "Sc" and ch not in "'’"
        )
        text = _CURRENCY_CODE.sub("", text.strip())
    try:
        number = parse_decimal(text)
    except MoneyInputError as exc:
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP("Catalogue", "{label}: {problem}").format(
                label=label, problem=message_of(exc)
            ),
        ) from None
    if name == "tax_pct" and number > HUNDRED:
        raise ValidationError(
            name,
            QT_TRANSLATE_NOOP("Catalogue", "Tax: enter a percentage from 0 to 100."),
        )
    return number


def save_item(item_id: int | None = None, **values: object) -> CatalogueItem:
    """Add an item (``item_id`` None) or change one; the code must be unique."""
    from followup_desk.services.users import require_owner

    require_owner(QT_TRANSLATE_NOOP("Users", "change the catalogue"))
    cleaned = clean_values(values)
    item = CatalogueItem() if item_id is None else get_item(item_id)
    if item_id is None:
        cleaned.setdefault("tax_pct", profile_service.get_profile().default_tax_pct)
    for name, value in cleaned.items():
        setattr(item, name, value)
    if item_id is None and not (item.code and item.name):
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP("Catalogue", "Enter a code and a name for the item."),
        )
    clash = (
        CatalogueItem.select()
        .where(
            (CatalogueItem.search_code == search_key(item.code))
            & (CatalogueItem.id != (item.id or 0))
        )
        .first()
    )
    if clash is not None:
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "Catalogue", "The code {code} is already used by “{name}”."
            ).format(code=item.code, name=clash.name),
        )
    try:
        with database.atomic():
            item.save()
    except IntegrityError:
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "Catalogue", "The code {code} was just taken on another desk."
            ).format(code=item.code),
        ) from None
    return item


def delete_item(item_id: int) -> None:
    """Remove an item; quotes keep their own copy of its lines."""
    from followup_desk.services.users import require_owner

    require_owner(QT_TRANSLATE_NOOP("Users", "change the catalogue"))
    CatalogueItem.delete().where(CatalogueItem.id == item_id).execute()


# -- price lists ------------------------------------------------------------------


def map_price_list_header(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """Which column holds which field, and the column names not used."""
    from followup_desk.io.columns import header_key

    known = {
        header_key(word): target
        for target, words in PRICE_LIST_HEADERS.items()
        for word in words
    }
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    for index, header in enumerate(headers):
        target = known.get(header_key(header))
        if target and target not in mapping.values():
            mapping[index] = target
        elif header.strip():
            ignored.append(header.strip())
    return mapping, ignored


def _code_from_name(name: str, taken: set[str]) -> str:
    """``OAK-DOOR-80X200`` for "Oak door 80×200", unique among ``taken``."""
    plain = unicodedata.normalize("NFKD", name.replace("×", "x"))
    ascii_name = plain.encode("ascii", "ignore").decode().upper()
    stem = "-".join(re.findall(r"[A-Z0-9]+", ascii_name))[:24].strip("-")
    if not re.search("[A-Z]", stem):
        stem = "ITEM"  # a name in another script, or only numbers
    code, n = stem, 1
    while search_key(code) in taken:
        n += 1
        code = f"{stem}-{n}"
    return code


def import_price_list(path: Path) -> PriceListReport:
    """Add or update catalogue items from a CSV price list.

    A row whose code is already in the catalogue updates that item (a new
    price list replaces the old prices); rows without a code get one made
    from the name. Rows that cannot be used are left out with the reason.
    """
    from followup_desk.io.csv_import import CsvImportError, read_table
    from followup_desk.services.users import require_owner

    require_owner(QT_TRANSLATE_NOOP("Users", "import a price list"))
    table = read_table(Path(path))
    mapping, ignored = map_price_list_header(table.headers)
    fields = set(mapping.values())
    if not ({"code", "name"} & fields) or "unit_price" not in fields:
        found = ", ".join(h for h in table.headers if h.strip())[:120]
        raise CsvImportError(
            QT_TRANSLATE_NOOP(
                "Catalogue",
                "{name} needs a name (or code) column and a price column; "
                "the first line must name them, e.g. "
                "code,name,unit,price,tax (found: {found}).",
            ).format(name=table.path.name, found=found)
        )
    report = PriceListReport(
        ignored_columns=ignored, encoding=table.encoding, delimiter=table.delimiter
    )
    default_tax = profile_service.get_profile().default_tax_pct
    existing = {
        row.search_code: row.id
        for row in CatalogueItem.select(CatalogueItem.id, CatalogueItem.search_code)
    }
    taken = set(existing)
    seen: dict[str, int] = {}
    ready: list[tuple[int | None, dict[str, object]]] = []
    for line, cells in table.records:
        raw = {
            name: cells[index].strip()
            for index, name in mapping.items()
            if index < len(cells)
        }
        if not raw.get("name") and raw.get("code"):
            raw["name"] = raw["code"]
        try:
            given = {k: v for k, v in raw.items() if v or k not in ("code", "tax_pct")}
            values = clean_values(given)
        except ValidationError as exc:
            report.skipped.append((line, message_of(exc)))
            continue
        values.setdefault("tax_pct", default_tax)
        if not values.get("code"):
            values["code"] = _code_from_name(str(values["name"]), taken)
        key = search_key(str(values["code"]))
        if key in seen:
            report.skipped.append(
                (
                    line,
                    QT_TRANSLATE_NOOP(
                        "Catalogue", "code {code} is already on line {line}"
                    ).format(code=values["code"], line=seen[key]),
                )
            )
            continue
        seen[key] = line
        taken.add(key)
        ready.append((existing.get(key), values))

    with database.atomic():
        for item_id, values in ready:
            item = (
                CatalogueItem() if item_id is None else CatalogueItem.get_by_id(item_id)
            )
            for name, value in values.items():
                setattr(item, name, value)
            item.save()
            if item_id is None:
                report.added += 1
            else:
                report.updated += 1
    log.info(
        "Imported price list %s: %d added, %d updated, %d skipped",
        table.path.name,
        report.added,
        report.updated,
        len(report.skipped),
    )
    return report
