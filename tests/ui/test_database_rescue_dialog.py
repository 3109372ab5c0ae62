"""The way out of a damaged database, as the person at the desk sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from shop_files import damage, integrity, make_shop, prospect_names

from followup_desk.storage import backup as store
from followup_desk.ui.database_rescue_dialog import DatabaseRescueDialog


@pytest.fixture
def damaged(tmp_path):
    path = make_shop(tmp_path / "shop.sqlite3", 2000, note_size=300, tag="kept")
    good = store.make_backup(path, "start")
    names = prospect_names(path)
    damage(path)
    return path, good, names


def test_the_newest_good_backup_is_offered_and_restored(qtbot, damaged):
    path, good, names = damaged
    dialog = DatabaseRescueDialog(path, ["Page 41: btreeInitPage() returns error 11"])
    qtbot.addWidget(dialog)
    assert dialog.candidate == good
    # The count is written the way the desk's language writes numbers.
    assert f"{QLocale().toString(2000)} prospects" in dialog.ui.backup_label.text()
    assert dialog.ui.restore_button.isEnabled()

    qtbot.mouseClick(dialog.ui.restore_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == DatabaseRescueDialog.RESTORED
    assert integrity(path) == "ok"
    assert prospect_names(path) == names
    assert dialog.kept is not None and dialog.kept.exists()


def test_without_a_backup_nothing_can_be_restored_by_mistake(qtbot, damaged):
    path, good, names = damaged
    good.path.unlink()
    dialog = DatabaseRescueDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.candidate is None
    assert not dialog.ui.restore_button.isEnabled()
    assert "No good backup" in dialog.ui.backup_label.text()
    assert dialog.ui.backup_heading.text() == "No good backup found"


def test_a_backup_from_elsewhere_is_checked_before_it_is_offered(
    qtbot, damaged, tmp_path
):
    path, good, names = damaged
    junk = tmp_path / "usb-stick.sqlite3"
    junk.write_bytes(b"\x00" * 8192)
    dialog = DatabaseRescueDialog(path)
    qtbot.addWidget(dialog)
    assert not dialog.offer(junk)
    assert "cannot be used" in dialog.ui.error_label.text()
    assert dialog.candidate == good
