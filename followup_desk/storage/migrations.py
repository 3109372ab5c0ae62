"""Numbered schema migrations, applied in order when the database opens.

Each migration is a function taking the open database. The ``schemaversion``
table records the highest number applied, so a newer app upgrades an older
file in place, and an older app refuses a file written by a newer one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from peewee import Database

from followup_desk.storage import models

log = logging.getLogger("followup_desk.storage")


def _m001_initial(db: Database) -> None:
    db.create_tables(models.ALL_MODELS, safe=True)
    if not models.CompanyProfile.select().exists():
        models.CompanyProfile.create()


def _m002_prospect_name_index(db: Database) -> None:
    # The prospect list sorts by last then first name; one index serves both.
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS prospect_search_name "
        "ON prospect (search_last, search_first, id)"
    )


def _m003_posting_costs(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    migrator = SchemaMigrator.from_database(db)
    present = {c.name for c in db.get_columns("companyprofile")}
    fields = models.CompanyProfile._meta.fields
    migrate(
        *[
            migrator.add_column("companyprofile", name, fields[name])
            for name in ("cost_package", "cost_mailer")
            if name not in present
        ]
    )


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _m001_initial),
    (2, _m002_prospect_name_index),
    (3, _m003_posting_costs),
]

LATEST = MIGRATIONS[-1][0]


class NewerSchemaError(RuntimeError):
    pass


def current_version(db: Database) -> int:
    if not db.table_exists("schemaversion"):
        return 0
    row = models.SchemaVersion.select().order_by(models.SchemaVersion.version.desc())
    first = row.first()
    return first.version if first else 0


def migrate(db: Database) -> int:
    """Apply every migration newer than the database; return the new version."""
    version = current_version(db)
    if version > LATEST:
        raise NewerSchemaError(
            f"This database was written by a newer Follow-up Desk (schema {version}); "
            "please update the app."
        )
    for number, step in MIGRATIONS:
        if number <= version:
            continue
        log.info("Applying schema migration %d", number)
        with db.atomic():
            step(db)
            models.SchemaVersion.create(version=number)
        version = number
    return version
