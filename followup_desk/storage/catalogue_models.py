"""The shop's catalogue of products and services, and what quotes add to it.

Created by migration 8, which also gives quotes their revision and life-cycle
columns, quote lines their catalogue code and unit, and the company profile
the owner's quotation settings. Those columns are declared on the models in
``storage/models.py``; this module holds the new table and the column list
the migration adds.
"""

from __future__ import annotations

import datetime as dt

from peewee import BooleanField, CharField, DateTimeField, TextField

from followup_desk.storage.fields import DecimalTextField
from followup_desk.storage.models import BaseModel, search_key


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class CatalogueItem(BaseModel):
    """A product or service the shop quotes: code, name, unit, price and tax.

    ``search_code`` and ``search_name`` are case- and accent-free copies that
    the search-as-you-type prefix queries use through plain indexes;
    ``search_words`` holds every word of the name with a leading space, so
    "door" finds "Oak door" as well.
    """

    code = CharField(unique=True)
    name = CharField()
    description = TextField(default="")
    unit = CharField(default="")
    unit_price = DecimalTextField(default="0")
    tax_pct = DecimalTextField(default="0")
    active = BooleanField(default=True)
    search_code = CharField(default="", index=True)
    search_name = CharField(default="", index=True)
    search_words = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)

    class Meta:
        table_name = "catalogue_item"

    def refresh_search_keys(self) -> None:
        self.search_code = search_key(self.code)
        self.search_name = search_key(self.name)
        words = f"{self.name} {self.description}".replace("-", " ").split()
        self.search_words = " " + " ".join(search_key(word) for word in words)

    def save(self, *args, **kwargs):
        self.refresh_search_keys()
        self.updated_at = _now()
        return super().save(*args, **kwargs)


CATALOGUE_MODELS = [CatalogueItem]

# Columns migration 8 adds to existing tables: (table, column, SQL type and
# default). Plain SQL with a default adds a column in place on SQLite and
# PostgreSQL alike, without copying a table of a million rows.
ADDED_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("quote", "base_number", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("quote", "revision", "INTEGER NOT NULL DEFAULT 1"),
    ("quote", "replaced_by_id", "INTEGER NULL"),
    ("quote", "sent_on", "DATE NULL"),
    ("quote", "decided_on", "DATE NULL"),
    ("quote", "rounding", "VARCHAR(255) NOT NULL DEFAULT 'total'"),
    ("quote", "terms", "TEXT NOT NULL DEFAULT ''"),
    ("quoteline", "code", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ("quoteline", "unit", "VARCHAR(255) NOT NULL DEFAULT ''"),
    (
        "companyprofile",
        "quote_number_pattern",
        "VARCHAR(255) NOT NULL DEFAULT '{prefix}-{year}-{seq:04}'",
    ),
    ("companyprofile", "quote_seq_year", "INTEGER NOT NULL DEFAULT 0"),
    ("companyprofile", "quote_rounding", "VARCHAR(255) NOT NULL DEFAULT 'total'"),
    ("companyprofile", "quote_terms", "TEXT NOT NULL DEFAULT ''"),
)
