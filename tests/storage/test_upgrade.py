"""A database made by an earlier version opens, after a backup, and is upgraded."""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest
from shop_files import integrity

from followup_desk.storage import backup, migrations
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    open_database,
)

SCHEMA3 = Path(__file__).parent.parent / "data" / "followup-desk-schema3.sql"


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "followup-desk.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA3.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_an_old_file_is_backed_up_then_upgraded(old_file):
    from followup_desk.services import contacts, quotes
    from followup_desk.storage.models import (
        CompanyProfile,
        Prospect,
        Quote,
        QuoteLine,
        Touch,
    )

    db = open_database(old_file)
    try:
        assert migrations.current_version(db) == migrations.LATEST
        # Everything the old version saved is still there, exactly.
        assert CompanyProfile.get().name == "Harbour Print & Copy"
        names = [
            (p.first_name, p.last_name) for p in Prospect.select().order_by(Prospect.id)
        ]
        assert names == [
            ("Zoë", "Ångström"),
            ("Μαρία", "Παπαδοπούλου"),
            ("山田", "太郎 🌷"),
        ]
        # Tables that point at prospects survive any table rebuild an
        # upgrade does (with foreign keys on, a rebuild would delete them).
        assert Touch.select().count() == 33
        assert QuoteLine.select().count() == 2
        quote = Quote.get()
        assert quote.version == 1
        assert quotes.totals(quote.id).net == D("49.90") + D("1.5") * D("65.00") * D(
            "0.9"
        )
        # Words inside the old names are found once the upgrade indexed them.
        from followup_desk.services import prospects

        assert [row[0] for row in prospects.search("fjord")] == [1]
        # And it works as a new one: a contact is logged with its plan.
        contacts.log_first_contact(contacts.NewContact(last_name="New"))
    finally:
        close_database()

    made = backup.list_backups(old_file)
    assert [b.kind for b in made] == ["before-upgrade"]
    check = backup.inspect_backup(made[0].path)
    assert check.ok and check.schema_version == 3 and check.prospects == 3
    assert integrity(old_file) == "ok"


def test_an_up_to_date_file_is_not_backed_up_at_open(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path)
    close_database()
    open_database(path)
    close_database()
    assert backup.list_backups(path) == []


def test_no_upgrade_without_the_backup(old_file, monkeypatch):
    def no_room(*args, **kwargs):
        raise backup.BackupError("There is not enough free space in the folder.")

    monkeypatch.setattr(backup, "make_backup", no_room)
    with pytest.raises(DatabaseOpenError, match="saves a backup before upgrading"):
        open_database(old_file)
    close_database()
    conn = sqlite3.connect(old_file)
    assert conn.execute("SELECT max(version) FROM schemaversion").fetchone()[0] == 3
    conn.close()


def test_a_damaged_old_file_is_reported_as_damaged(old_file):
    from shop_files import damage

    from followup_desk.storage.database import DatabaseDamagedError

    damage(old_file, page=3)
    with pytest.raises(DatabaseDamagedError) as err:
        open_database(old_file)
    close_database()
    assert err.value.path == old_file
    assert (
        sqlite3.connect(old_file)
        .execute("SELECT max(version) FROM schemaversion")
        .fetchone()[0]
        == 3
    )
