"""Backups beside the window, damage found by them, and other desks noticed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from shop_files import damage, make_shop

from followup_desk.services import backup as backup_service
from followup_desk.storage import backup as store
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect
from followup_desk.ui.desk_guard import DeskGuard


def test_the_start_backup_is_made_off_the_window_thread(qtbot, ui_db):
    guard = DeskGuard()
    with qtbot.waitSignal(guard.backup_made, timeout=10000) as made:
        guard.start()
    guard.stop()
    assert made.args[0].kind == "start"
    assert store.list_backups(Path(database.obj.database))[0] == made.args[0]


def test_a_timed_backup_is_skipped_when_nothing_changed(qtbot, ui_db):
    guard = DeskGuard()
    with qtbot.waitSignal(guard.backup_made, timeout=10000):
        guard.start()
    assert guard.back_up("timed")
    qtbot.waitUntil(lambda: not guard.runner.busy, timeout=10000)
    guard.stop()
    assert [b.kind for b in backup_service.list_backups()] == ["start"]


def test_damage_found_by_the_backup_is_reported(qtbot, tmp_path, monkeypatch):
    from followup_desk.storage.database import close_database, open_database

    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    path = make_shop(tmp_path / "shop.sqlite3", 2000, note_size=300)
    damage(path)
    open_database(path)
    try:
        guard = DeskGuard()
        with qtbot.waitSignal(guard.database_damaged, timeout=10000) as found:
            guard.start()
        guard.stop()
    finally:
        close_database()
    assert found.args[0] == path
    assert found.args[1]
    assert store.list_backups(path) == []


def test_another_desks_change_is_noticed(qtbot, ui_db):
    guard = DeskGuard(poll_ms=50)
    guard.start(backup_now=False)
    twin = type(ui_db)(ui_db.database, **ui_db.connect_params)
    twin.change_logging = True
    try:
        with Prospect.bind_ctx(twin, bind_refs=False, bind_backrefs=False):
            with qtbot.waitSignal(guard.changed_elsewhere, timeout=3000):
                Prospect.create(
                    last_name="From desk two", first_contact=dt.date.today()
                )
    finally:
        twin.close()
        guard.stop()
    assert not guard.poll()
