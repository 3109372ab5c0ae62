"""Backups through SQLite's backup API: made, checked, listed, restored, pruned."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest
from shop_files import damage, integrity, make_shop, prospect_names

from followup_desk.storage import backup
from followup_desk.storage.migrations import LATEST


@pytest.fixture
def shop(tmp_path):
    return make_shop(tmp_path / "shop.sqlite3", 300, tag="old")


def test_a_backup_is_a_checked_standalone_copy(shop):
    made = backup.make_backup(shop, "manual")

    assert made.path.parent == shop.parent / "backups"
    assert made.path.name.startswith("shop_") and made.path.name.endswith(
        "_manual.sqlite3"
    )
    # One file, no write-ahead log needed to read it.
    assert not made.path.with_name(made.path.name + "-wal").exists()
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert prospect_names(made.path) == prospect_names(shop)
    check = backup.inspect_backup(made.path, LATEST)
    assert check.ok and check.prospects == 300 and check.schema_version == LATEST
    assert backup.list_backups(shop) == [made]


def test_backup_while_another_connection_writes_is_consistent(shop):
    # A write transaction open during the backup: the copy holds the last
    # committed state, not the half-made change.
    writer = sqlite3.connect(shop)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE prospect SET last_name = 'changing'")
    made = backup.make_backup(shop, "manual")
    writer.rollback()
    writer.close()
    assert "changing" not in prospect_names(made.path)


def test_a_damaged_database_gives_no_backup_but_says_so(shop):
    damage(shop)
    with pytest.raises(backup.SourceDamagedError) as err:
        backup.make_backup(shop, "start")
    assert "damaged" in str(err.value)
    assert err.value.problems
    assert backup.list_backups(shop) == []
    assert list((shop.parent / "backups").iterdir()) == []


def test_inspect_refuses_what_is_not_a_good_backup(tmp_path, shop):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    assert "cannot be read" in backup.inspect_backup(junk).problems[0] or (
        "not a database" in backup.inspect_backup(junk).problems[0]
    )

    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    assert "not a Follow-up Desk database" in backup.inspect_backup(other).problems[0]

    newer = backup.make_backup(shop, "manual").path
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO schemaversion (version, applied_at) VALUES (999, '')")
    conn.commit()
    conn.close()
    assert "newer Follow-up Desk" in backup.inspect_backup(newer, LATEST).problems[0]
    assert "does not exist" in backup.inspect_backup(tmp_path / "gone").problems[0]


def test_restore_replaces_the_data_and_keeps_what_it_replaced(tmp_path, shop):
    older = backup.make_backup(shop, "manual")
    conn = sqlite3.connect(shop)
    conn.execute("DELETE FROM prospect WHERE id > 10")
    conn.commit()

    kept = backup.restore_into(older.path, shop, LATEST)

    # The connection that was open all along sees the restored data.
    assert conn.execute("SELECT count(*) FROM prospect").fetchone()[0] == 300
    conn.close()
    assert kept.kind == "before-restore"
    assert len(prospect_names(kept.path)) == 10
    assert integrity(shop) == "ok"
    conn = sqlite3.connect(shop)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_bad_backup_is_refused_before_anything_changes(tmp_path, shop):
    bad = backup.make_backup(shop, "manual").path
    damage(bad, page=20)
    before = prospect_names(shop)
    with pytest.raises(backup.BackupError, match="Nothing was changed"):
        backup.restore_into(bad, shop, LATEST)
    assert prospect_names(shop) == before
    # Not even a before-restore copy is made for a refused restore.
    assert [b.kind for b in backup.list_backups(shop)] == ["manual"]


def test_a_damaged_file_is_replaced_and_kept(tmp_path, shop):
    good = backup.make_backup(shop, "manual")
    damage(shop)

    kept = backup.replace_damaged(good.path, shop, LATEST)

    assert integrity(shop) == "ok"
    assert len(prospect_names(shop)) == 300
    assert kept is not None and kept.name.endswith("_damaged.sqlite3")
    assert integrity(kept) != "ok"
    assert not (shop.parent / "shop.sqlite3.restoring").exists()


def test_pruning_keeps_the_rotation_and_drops_the_rest(tmp_path, shop):
    now = dt.datetime(2026, 12, 4, 12, tzinfo=dt.UTC)
    made = [
        backup.make_backup(shop, "timed", now=now - dt.timedelta(hours=8 * i))
        for i in range(30)
    ]
    safety_old = backup.make_backup(
        shop, "before-upgrade", now=now - dt.timedelta(days=40)
    )
    safety_new = backup.make_backup(
        shop, "before-restore", now=now - dt.timedelta(days=2)
    )
    partial = shop.parent / "backups" / "shop_20261101T000000Z_timed.sqlite3.partial"
    partial.write_bytes(b"half")
    # Left over by a crash a month ago, as its time stamp says.
    old = (now - dt.timedelta(days=30)).timestamp()
    os.utime(partial, (old, old))

    removed = backup.prune(shop, now=now, retention_days=30)

    left = backup.list_backups(shop)
    assert made[0] in left
    assert safety_old.path in removed
    assert safety_new in left
    assert partial in removed and not partial.exists()
    routine = [b for b in left if b.kind == "timed"]
    # 10 days of backups, 3 a day: the 6 newest plus one per older day.
    assert 6 < len(routine) < 15
    per_day = {b.made_at.date() for b in routine}
    assert len(per_day) >= 7


def test_partial_files_are_not_listed(shop):
    folder = shop.parent / "backups"
    folder.mkdir()
    (folder / "shop_20261204T100000Z_start.sqlite3.partial").write_bytes(b"x")
    assert backup.list_backups(shop) == []


def test_too_little_room_is_said_before_writing(shop, monkeypatch):
    import shutil

    real = shutil.disk_usage

    def tiny(path):
        return real(path)._replace(free=1000)

    monkeypatch.setattr(backup.shutil, "disk_usage", tiny)
    with pytest.raises(backup.BackupError, match="not enough free space"):
        backup.make_backup(shop, "manual")
