"""Copying every table from one database to another, in one go, counts verified.

Used to move a shop from its SQLite file to a PostgreSQL server. The target
gets the schema from the same migrations as any database, then every table
is emptied and filled inside one transaction: if any row does not fit (a name
too long for the server's column, say), nothing is left half-copied. The row
counts of both sides are compared before that transaction commits.

The models are found rather than listed, so tables added by later features
are copied without this module having to know them.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    Database,
    DateField,
    DateTimeField,
    IntegerField,
    PostgresqlDatabase,
    TimeField,
    sort_models,
)

import followup_desk.storage
from followup_desk.storage.database import change_logging_paused
from followup_desk.storage.models import BaseModel
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.storage")

CHUNK_ROWS = 1000
_NOT_MODEL_MODULES = {"database", "migrations", "copying", "backup", "server_settings"}

Progress = Callable[[str, int, int], None]


class CopyError(RuntimeError):
    """The copy failed and was undone; the message says where and why."""


@dataclass(frozen=True)
class TableCount:
    """Rows of one table in the file and on the server after a copy."""

    table: str
    source: int
    target: int

    @property
    def matches(self) -> bool:
        return self.source == self.target


def all_models() -> list[type[BaseModel]]:
    """Every table the app knows, parents before the tables that refer to them."""
    package = followup_desk.storage
    for info in pkgutil.iter_modules(package.__path__):
        if info.name not in _NOT_MODEL_MODULES:
            importlib.import_module(f"{package.__name__}.{info.name}")
    found: list[type[BaseModel]] = []
    pending = list(BaseModel.__subclasses__())
    while pending:
        model = pending.pop()
        pending.extend(model.__subclasses__())
        if model not in found:
            found.append(model)
    return sort_models(found)


def prepare_target(target: Database) -> None:
    """Give the target the app's schema, as opening it would."""
    from followup_desk.storage.migrations import migrate

    models = all_models()
    with target.bind_ctx(models, bind_refs=False, bind_backrefs=False):
        with change_logging_paused(target):
            migrate(target)


def holds_prospects(target: Database) -> bool:
    from followup_desk.storage.models import Prospect

    with target.bind_ctx([Prospect], bind_refs=False, bind_backrefs=False):
        return Prospect.select().exists()


def copy_everything(
    source: Database, target: Database, progress: Progress | None = None
) -> list[TableCount]:
    """Replace the target's rows with the source's; return both counts per table."""
    models = all_models()
    counts: list[TableCount] = []
    both = set(source.get_tables()) & set(target.get_tables())
    models = [m for m in models if m._meta.table_name in both]
    with change_logging_paused(source), change_logging_paused(target):
        # One read transaction: the copy is a snapshot even if a desk writes.
        with source.atomic(), target.atomic():
            for model in reversed(models):
                with model.bind_ctx(target, bind_refs=False, bind_backrefs=False):
                    model.delete().execute()
            for model in models:
                table = model._meta.table_name
                copied = _copy_table(model, source, target, progress)
                with model.bind_ctx(target, bind_refs=False, bind_backrefs=False):
                    landed = model.select().count()
                counts.append(TableCount(table, copied, landed))
                if copied != landed:
                    raise CopyError(
                        QT_TRANSLATE_NOOP(
                            "Copying",
                            "The server holds {landed} rows of {table} after copying "
                            "{copied}. Nothing was kept; try again.",
                        ).format(landed=landed, table=table, copied=copied)
                    )
            if isinstance(target, PostgresqlDatabase):
                _advance_sequences(models, target)
    log.info("Copied %d tables", len(counts))
    return counts


def count_rows(db: Database) -> dict[str, int]:
    """Rows per table, for comparing two databases after a copy."""
    present = set(db.get_tables())
    result = {}
    for model in all_models():
        if model._meta.table_name in present:
            with model.bind_ctx(db, bind_refs=False, bind_backrefs=False):
                result[model._meta.table_name] = model.select().count()
    return result


def _copy_table(model, source: Database, target: Database, progress) -> int:
    """Copy one table in blocks of rows, keyed on its primary key.

    Plain cursors rather than model instances: a shop-sized database has
    over a million rows, and building a peewee object for each would make
    the move take many minutes. Only the values whose stored form differs
    between backends are converted.
    """
    table = model._meta.table_name
    have = {c.name for c in source.get_columns(table)}
    takes = {c.name for c in target.get_columns(table)}
    fields = [f for f in model._meta.sorted_fields if f.column_name in takes]
    # Only columns the file really has are read: SQLite would take a quoted
    # name it does not know for a piece of text. A column the file lacks
    # gets the model's default, as a new row would.
    read = [f for f in fields if f.column_name in have]
    filled = [(f, _default(f)) for f in fields if f.column_name not in have]
    columns = ", ".join(f'"{f.column_name}"' for f in read + [f for f, _ in filled])
    convert = [_converter(f, target) for f in read]
    extra = tuple(value for _f, value in filled)
    key = model._meta.primary_key
    key_at = read.index(key)
    total = source.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    wanted = ", ".join(f'"{f.column_name}"' for f in read)
    select = (
        f'SELECT {wanted} FROM "{table}" WHERE "{key.column_name}" > {source.param} '
        f'ORDER BY "{key.column_name}" LIMIT {CHUNK_ROWS}'
    )
    copied, last = 0, None
    while True:
        floor = last if last is not None else _lowest(key)
        rows = source.execute_sql(select, (floor,)).fetchall()
        if not rows:
            break
        values = [
            tuple(c(v) if c else v for c, v in zip(convert, row, strict=True)) + extra
            for row in rows
        ]
        try:
            with target.atomic():
                _insert(target, table, columns, values)
        except Exception as exc:
            first, final = rows[0][key_at], rows[-1][key_at]
            raise CopyError(
                QT_TRANSLATE_NOOP(
                    "Copying",
                    "Rows {first}-{final} of {table} do not fit the server: "
                    "{problem}. Nothing was kept.",
                ).format(
                    first=first,
                    final=final,
                    table=table,
                    problem=str(exc).splitlines()[0],
                )
            ) from exc
        copied += len(rows)
        last = rows[-1][key_at]
        if progress:
            progress(table, copied, total)
    return copied


def _default(field) -> object:
    value = field.default() if callable(field.default) else field.default
    return field.db_value(value)


def _lowest(key) -> object:
    # Below every id: integer keys start at 1, text keys at "".
    return -(2**63) if isinstance(key, (AutoField, IntegerField)) else ""


def _converter(field, target: Database):
    """How a stored value must change on its way, or None to copy it as it is."""
    if isinstance(field, BooleanField):
        return lambda v: None if v is None else bool(v)
    if isinstance(field, (DateTimeField, DateField, TimeField)):
        # SQLite keeps these as text; the server wants real dates.
        return field.python_value
    if isinstance(field, BlobField):
        binary = target.get_binary_type()
        return lambda v: None if v is None else binary(bytes(v))
    return None


def _insert(target: Database, table: str, columns: str, rows: list[tuple]) -> None:
    cursor = target.cursor()
    if isinstance(target, PostgresqlDatabase):
        from psycopg2.extras import execute_values

        execute_values(
            cursor,
            f'INSERT INTO "{table}" ({columns}) VALUES %s',
            rows,
            page_size=len(rows),
        )
        return
    marks = ", ".join([target.param] * len(rows[0]))
    cursor.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows)


def _advance_sequences(models, target: Database) -> None:
    # Rows arrived with their ids; the id counters must start after them.
    for model in models:
        key = model._meta.primary_key
        if not isinstance(key, AutoField):
            continue
        table = model._meta.table_name
        target.execute_sql(
            "SELECT setval(pg_get_serial_sequence(%s, %s), "
            f'COALESCE((SELECT max("{key.column_name}") FROM "{table}"), 0) + 1, '
            "false)",
            (f'"{table}"', key.column_name),
        )
