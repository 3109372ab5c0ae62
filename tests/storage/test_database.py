import sqlite3
from decimal import Decimal as D

import pytest

from followup_desk.storage import migrations
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    open_database,
)
from followup_desk.storage.models import CompanyProfile, QuoteLine


def test_new_sqlite_file_has_wal_foreign_keys_and_latest_schema(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
        assert migrations.current_version(db) == migrations.LATEST
        assert CompanyProfile.select().count() == 1
    finally:
        close_database()


def test_default_location_is_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path / "home"))
    db = open_database()
    try:
        assert db.database == str(tmp_path / "home" / "data" / "followup-desk.sqlite3")
    finally:
        close_database()


def test_environment_variable_picks_the_file(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("FOLLOWUP_DESK_DATABASE", str(target))
    open_database()
    close_database()
    assert target.exists()


def test_older_file_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.sqlite3"
    open_database(path)
    CompanyProfile.update(name="Kept & Sound").execute()
    close_database()
    # Make it look like a file from before migration 3.
    raw = sqlite3.connect(path)
    raw.execute("ALTER TABLE companyprofile DROP COLUMN cost_package")
    raw.execute("ALTER TABLE companyprofile DROP COLUMN cost_mailer")
    raw.execute("DELETE FROM schemaversion WHERE version >= 3")
    raw.commit()
    raw.close()

    db = open_database(path)
    try:
        assert migrations.current_version(db) == migrations.LATEST
        profile = CompanyProfile.get()
        assert profile.name == "Kept & Sound"
        assert profile.cost_package == D("2.50")
    finally:
        close_database()


def test_file_from_a_newer_app_is_refused(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_database(path)
    close_database()
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO schemaversion (version, applied_at) VALUES (999, '')")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseOpenError, match="newer Follow-up Desk"):
        open_database(path)
    close_database()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path)


def test_decimals_are_stored_exactly(db):
    from followup_desk.services import contacts, quotes

    prospect = contacts.log_first_contact(contacts.NewContact(last_name="Exact"))
    quote = quotes.create_quote(prospect.id)
    QuoteLine.create(quote=quote, unit_price=D("0.1"), quantity=D("3"))
    line = QuoteLine.get()
    assert line.unit_price == D("0.1")
    assert line.unit_price * line.quantity == D("0.3")


def test_a_missing_folder_is_not_quietly_created(tmp_path):
    target = tmp_path / "no-such-folder" / "shop.sqlite3"
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_database(target)
    assert not target.parent.exists()


def test_an_unknown_kind_of_url_is_refused(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseOpenError, match="postgresql://"):
        open_database("mysql://x/y")
    assert list(tmp_path.iterdir()) == []


def test_a_transaction_that_reads_first_still_writes_beside_another_desk(tmp_path):
    """Read, another desk writes, then write: both changes must land.

    A deferred SQLite transaction would fail here at once ("database is
    locked"), because its read snapshot went stale when the other desk wrote.
    """
    import threading

    from followup_desk.services import contacts
    from followup_desk.storage.database import database
    from followup_desk.storage.models import Prospect

    path = tmp_path / "shared.sqlite3"
    open_database(path)
    contacts.log_first_contact(contacts.NewContact(last_name="Before"))
    other_done = threading.Event()

    def other_desk():
        raw = sqlite3.connect(path, timeout=5)
        raw.execute("UPDATE prospect SET notes = 'other desk'")
        raw.commit()
        raw.close()
        other_done.set()

    try:
        with database.atomic():
            assert Prospect.select().count() == 1
            worker = threading.Thread(target=other_desk)
            worker.start()
            other_done.wait(0.5)
            Prospect.update(company="this desk").execute()
        worker.join()
        prospect = Prospect.get()
        assert (prospect.notes, prospect.company) == ("other desk", "this desk")
    finally:
        close_database()
