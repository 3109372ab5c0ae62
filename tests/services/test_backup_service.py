"""Back up now, restore (owner only), keep for N days, and the way out of damage."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from followup_desk.services import backup, contacts, users
from followup_desk.services.errors import PermissionDeniedError, UserError
from followup_desk.storage import backup as store
from followup_desk.storage.database import close_database, open_database
from followup_desk.storage.models import Prospect


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


def add(name: str) -> Prospect:
    return contacts.log_first_contact(contacts.NewContact(last_name=name))


def test_back_up_now_then_restore_brings_the_data_back(db):
    add("Kept Ångström")
    made = backup.back_up_now()
    add("Added after the backup")
    assert backup.list_backups() == [made]

    kept = backup.restore(made.path)

    assert [p.last_name for p in Prospect.select()] == ["Kept Ångström"]
    assert kept.kind == "before-restore"
    assert store.inspect_backup(kept.path).prospects == 2
    # The restore is in the activity log of the restored data.
    from followup_desk.storage.user_models import AuditEntry

    assert AuditEntry.select().where(AuditEntry.action == "restore").count() == 1
    # And the app goes on working on it.
    add("After the restore")
    assert Prospect.select().count() == 2


def test_only_the_owner_restores(db):
    add("Someone")
    made = backup.back_up_now()
    users.create_first_owner("Owner", "owner-pass")
    users.add_user("Front Desk", "staff-pass")
    users.sign_out()
    users.sign_in("Front Desk", "staff-pass")

    # Staff may back up, but not restore.
    backup.back_up_now()
    with pytest.raises(PermissionDeniedError, match="restore a backup"):
        backup.restore(made.path)
    assert Prospect.select().count() == 1


def test_an_older_backup_is_upgraded_when_restored(db, tmp_path):
    from followup_desk.storage import migrations

    add("From an older version")
    made = backup.back_up_now()
    conn = sqlite3.connect(made.path)
    conn.execute("DELETE FROM schemaversion WHERE version = ?", (migrations.LATEST,))
    conn.execute("ALTER TABLE quote DROP COLUMN version")
    conn.commit()
    conn.close()

    backup.restore(made.path)

    assert migrations.current_version(db) == migrations.LATEST
    assert [p.last_name for p in Prospect.select()] == ["From an older version"]


def test_a_damaged_backup_is_refused(db):
    from shop_files import damage

    add("Safe")
    made = backup.back_up_now()
    damage(made.path, page=3)
    with pytest.raises(UserError, match="cannot be restored"):
        backup.restore(made.path)
    assert Prospect.select().count() == 1


def test_retention_is_set_by_the_owner_and_prunes_at_once(db):
    path = backup.database_file()
    now = dt.datetime.now(dt.UTC)
    old = store.make_backup(path, "manual", now=now - dt.timedelta(days=90))
    recent = store.make_backup(path, "manual", now=now - dt.timedelta(days=3))
    newest = store.make_backup(path, "manual", now=now)

    assert backup.set_retention_days(30) == 30

    assert backup.retention_days() == 30
    left = store.list_backups(path)
    assert old not in left and recent in left and newest in left
    with pytest.raises(UserError, match="between 7 and 3650"):
        backup.set_retention_days(2)


def test_routine_backup_skips_when_nothing_changed(db):
    add("Once")
    path = backup.database_file()
    rules = backup.policy()
    first = backup.routine_backup("start", rules, path)
    assert first.backup is not None and first.backup.kind == "start"
    later = backup.routine_backup("timed", rules, path, only_if_changed=True)
    assert later.backup is None and "nothing changed" in later.skipped_reason
    add("Twice")
    again = backup.routine_backup("timed", rules, path, only_if_changed=True)
    assert again.backup is not None and again.backup.kind == "timed"


def test_a_damaged_database_is_found_by_the_routine_backup(db):
    from shop_files import damage

    for i in range(300):
        add(f"Prospect {i} " + "x" * 200)
    path = backup.database_file()
    good = backup.back_up_now()
    close_database()
    damage(path)

    with pytest.raises(backup.DamagedDatabase) as err:
        backup.routine_backup("start", backup.Policy(), path)
    assert err.value.path == path
    assert backup.newest_good_backup(path) == good

    kept = backup.rescue(path, good.path)

    open_database(path)
    assert Prospect.select().count() == 300
    assert kept is not None and kept.exists()


def test_on_a_server_backups_are_the_servers_job(pg_db):
    with pytest.raises(UserError, match="shared server"):
        backup.back_up_now()
