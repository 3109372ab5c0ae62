"""The Backups window: back up now, restore with a question, keep for how long."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from followup_desk.services import backup as backup_service
from followup_desk.services import contacts, users
from followup_desk.storage.models import Prospect
from followup_desk.ui.backup_dialog import BackupDialog


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


def add(name: str) -> None:
    contacts.log_first_contact(contacts.NewContact(last_name=name))


def wait_idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10000)


def test_back_up_now_adds_a_checked_backup_to_the_list(qtbot, ui_db, qapp):
    add("Ångström & <Co>")
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "No backup yet" in dialog.ui.status_label.text()

    with qtbot.waitSignal(dialog.backup_made, timeout=10000) as made:
        qtbot.mouseClick(dialog.ui.back_up_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)

    assert dialog.model.rowCount() == 1
    assert made.args[0].kind == "manual"
    assert dialog.model.index(0, 1).data() == "Backed up by hand"
    assert "Last backup: Today" in dialog.ui.status_label.text()
    assert backup_service.inspect(made.args[0].path).prospects == 1
    assert dialog.ui.progress_bar.isHidden()


def test_restore_asks_first_then_brings_the_data_back(qtbot, ui_db, shown_messages):
    add("Before")
    first = backup_service.back_up_now()
    add("After")
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    dialog.ui.backups_view.selectRow(0)
    assert dialog.selected_backup() == first

    shown_messages.answer = False
    assert not dialog.restore_selected()
    assert Prospect.select().count() == 2

    shown_messages.answer = True
    with qtbot.waitSignal(dialog.data_restored, timeout=10000):
        assert dialog.restore_selected()
    wait_idle(qtbot, dialog)

    assert [p.last_name for p in Prospect.select()] == ["Before"]
    kinds = [b.kind for b in dialog.model.backups]
    assert "before-restore" in kinds
    assert shown_messages.titles()[-1] == "Restore"


def test_staff_can_back_up_but_not_restore_or_change_keeping(qtbot, ui_db):
    users.create_first_owner("Owner", "owner-pass")
    users.add_user("Front Desk", "staff-pass")
    users.sign_out()
    users.sign_in("Front Desk", "staff-pass")
    backup_service.back_up_now()

    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    assert dialog.ui.back_up_button.isEnabled()
    assert not dialog.ui.restore_button.isEnabled()
    assert not dialog.ui.keep_combo.isEnabled()
    assert "owner" in dialog.ui.restore_button.toolTip()


def test_the_owner_chooses_how_long_backups_are_kept(qtbot, ui_db):
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    combo = dialog.ui.keep_combo
    assert combo.currentData() == 365
    combo.setCurrentIndex(combo.findData(90))
    combo.activated.emit(combo.currentIndex())
    assert backup_service.retention_days() == 90


def test_a_failed_backup_says_why_and_keeps_the_window_usable(
    qtbot, ui_db, monkeypatch
):
    from followup_desk.storage import backup as store

    def no_room(*args, **kwargs):
        raise store.BackupError("There is not enough free space in /media/usb.")

    monkeypatch.setattr(store, "make_backup", no_room)
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    wait_idle(qtbot, dialog)
    assert "not enough free space" in dialog.ui.error_label.text()
    assert dialog.ui.back_up_button.isEnabled()


def test_on_a_server_the_window_explains_instead(qtbot, pg_db):
    dialog = BackupDialog()
    qtbot.addWidget(dialog)
    assert "shared server" in dialog.ui.status_label.text()
    assert not dialog.ui.back_up_button.isEnabled()
