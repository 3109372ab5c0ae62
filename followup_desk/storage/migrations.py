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


def _m004_mail(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    from followup_desk.storage.mail_models import MAIL_MODELS

    db.create_tables(MAIL_MODELS, safe=True)
    present = {c.name for c in db.get_columns("prospect")}
    if "email_problem" not in present:
        migrator = SchemaMigrator.from_database(db)
        field = models.Prospect._meta.fields["email_problem"]
        migrate(migrator.add_column("prospect", "email_problem", field))


def _m005_owner_reports(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    migrator = SchemaMigrator.from_database(db)
    present = {c.name for c in db.get_columns("companyprofile")}
    fields = models.CompanyProfile._meta.fields
    migrate(
        *[
            migrator.add_column("companyprofile", name, fields[name])
            for name in ("print_cost_package", "print_cost_mailer")
            if name not in present
        ]
    )
    # The owner's figures read only these columns, so each report query is
    # answered from an index without touching the tables: a year of a busy
    # shop is a few hundred thousand index entries instead of as many rows.
    for index in (
        "prospect_report_cohort ON prospect "
        "(first_contact, channel, status, first_order_on)",
        "prospect_report_orders ON prospect (first_order_on, channel, first_contact)",
        "touch_report_prospect ON touch (prospect_id, status, kind, step_key, done_at)",
        "touch_report_done ON touch "
        "(kind, done_at, status, done_by, latest, prospect_id)",
        "quote_report_valid_until ON quote (valid_until, prospect_id)",
    ):
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {index}")


def _m006_posting(db: Database) -> None:
    from followup_desk.storage.posting_models import POSTING_MODELS

    db.create_tables(POSTING_MODELS, safe=True)


def _m007_plan(db: Database) -> None:
    from followup_desk.storage.plan_models import PLAN_MODELS

    db.create_tables(PLAN_MODELS, safe=True)
    # Plain SQL with defaults: both backends add these in place, without
    # copying a million touches.
    for table, column, kind in (
        ("touch", "reason", "TEXT NOT NULL DEFAULT ''"),
        ("touch", "attempt", "INTEGER NOT NULL DEFAULT 1"),
        ("touch", "moved_from", "DATE"),
        ("prospect", "plan_version", "INTEGER"),
        ("companyprofile", "closed_days", "TEXT NOT NULL DEFAULT ''"),
    ):
        if column not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    # The shipped plan becomes version 1, the one every existing prospect
    # was planned with.
    from followup_desk.storage.plan_store import seed_plan

    seed_plan()


def _m008_quotations(db: Database) -> None:
    from followup_desk.storage.catalogue_models import (
        ADDED_COLUMNS,
        CATALOGUE_MODELS,
    )

    db.create_tables(CATALOGUE_MODELS, safe=True)
    for table, column, definition in ADDED_COLUMNS:
        if column not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
    # Quotes made before revisions existed are their own first issue.
    db.execute_sql("UPDATE quote SET base_number = number WHERE base_number = ''")
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS quote_base_number ON quote (base_number, revision)"
    )


def _m009_import_batches(db: Database) -> None:
    from followup_desk.domain.phones import phone_key
    from followup_desk.storage.io_models import IO_MODELS

    db.create_tables(IO_MODELS, safe=True)
    if "phone_key" in {c.name for c in db.get_columns("prospect")}:
        return
    # Plain SQL rather than playhouse's add_column: with a default given,
    # both SQLite and PostgreSQL add a NOT NULL column without copying the
    # table, which matters with 100,000 prospects.
    db.execute_sql(
        "ALTER TABLE prospect ADD COLUMN phone_key VARCHAR(255) NOT NULL DEFAULT ''"
    )
    # Existing numbers get their key here; later saves keep it current. The
    # index comes after: building it once is cheaper than updating it 100,000
    # times.
    sql = f"UPDATE prospect SET phone_key = {db.param} WHERE id = {db.param}"
    rows = db.execute_sql(
        "SELECT id, phone, country FROM prospect WHERE phone <> ''"
    ).fetchall()
    for start in range(0, len(rows), 5000):
        keys = [
            (phone_key(phone, country), prospect_id)
            for prospect_id, phone, country in rows[start : start + 5000]
        ]
        db.cursor().executemany(sql, keys)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS prospect_phone_key ON prospect (phone_key)"
    )


def _m010_desks(db: Database) -> None:
    from followup_desk.storage.user_models import USER_MODELS

    db.create_tables(USER_MODELS, safe=True)
    # Plain SQL: with a default, SQLite and PostgreSQL both add a NOT NULL
    # column in place, where playhouse would rebuild the whole quote table.
    for table, column, default in (
        ("quote", "version", 1),
        ("companyprofile", "backup_retention_days", 365),
    ):
        if column not in {c.name for c in db.get_columns(table)}:
            db.execute_sql(
                f"ALTER TABLE {table} ADD COLUMN {column} INTEGER NOT NULL "
                f"DEFAULT {default}"
            )


def _m011_call_times(db: Database) -> None:
    from playhouse.migrate import SchemaMigrator, migrate

    if "call_time" in {c.name for c in db.get_columns("touch")}:
        return
    # Nullable without a default, so both backends add it in place, without
    # copying a table of a million touches.
    migrator = SchemaMigrator.from_database(db)
    field = models.Touch._meta.fields["call_time"]
    migrate(migrator.add_column("touch", "call_time", field))


def _m012_inbox(db: Database) -> None:
    from followup_desk.storage.inbox_models import INBOX_MODELS

    db.create_tables(INBOX_MODELS, safe=True)


def _m013_prospect_words(db: Database) -> None:
    db.create_tables([models.ProspectWord], safe=True)
    # Filled from the stored search keys, a block at a time: a shop-sized file
    # (100,000 prospects) takes a second or two, once.
    prospect = models.Prospect
    keys = prospect.select(
        prospect.id,
        prospect.search_last,
        prospect.search_first,
        prospect.search_company,
    ).order_by(prospect.id)
    rows = [
        (pid, word)
        for pid, *names in keys.tuples().iterator()
        for word in sorted(models.inner_words(*names))
    ]
    fields = [models.ProspectWord.prospect, models.ProspectWord.word]
    for start in range(0, len(rows), 5000):
        models.ProspectWord.insert_many(rows[start : start + 5000], fields).execute()


MIGRATIONS: list[tuple[int, Callable[[Database], None]]] = [
    (1, _m001_initial),
    (2, _m002_prospect_name_index),
    (3, _m003_posting_costs),
    (4, _m004_mail),
    (5, _m005_owner_reports),
    (6, _m006_posting),
    (7, _m007_plan),
    (8, _m008_quotations),
    (9, _m009_import_batches),
    (10, _m010_desks),
    (11, _m011_call_times),
    (12, _m012_inbox),
    (13, _m013_prospect_words),
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


def applied_versions(db: Database) -> set[int]:
    if not db.table_exists("schemaversion"):
        return set()
    return {row.version for row in models.SchemaVersion.select()}


def migrate(db: Database) -> int:
    """Apply every migration the database lacks; return the new version.

    Each applied number is recorded, so a migration merged later with a lower
    number than one already applied still runs.
    """
    version = current_version(db)
    if version > LATEST:
        raise NewerSchemaError(
            f"This database was written by a newer Follow-up Desk (schema {version}); "
            "please update the app."
        )
    applied = applied_versions(db)
    for number, step in MIGRATIONS:
        if number in applied:
            continue
        log.info("Applying schema migration %d", number)
        with db.atomic():
            step(db)
            models.SchemaVersion.create(version=number)
    return current_version(db)
