"""Killing the app half-way through a backup or a restore loses nothing.

A child process copies in small steps and is killed (SIGKILL, no clean-up)
after the first step. The database must then pass ``integrity_check`` and
hold either the old data or the new, never a mix, and the app must open it
and carry on.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from shop_files import integrity, make_shop, prospect_names

from followup_desk.storage import backup
from followup_desk.storage.database import close_database, open_database

WORKER = Path(__file__).with_name("crash_worker.py")

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is how the test pulls the plug"
)


def run_until_first_step(*args: str) -> tuple[str, int]:
    """Start the worker, kill it after its first step; return its output and code."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = child.stdout.readline()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    error = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert first.startswith("step"), f"the worker never started copying: {error}"
    return first, child.returncode


@pytest.fixture
def old_shop(tmp_path):
    return make_shop(tmp_path / "shop.sqlite3", 2000, note_size=1500, tag="old")


def test_killed_backup_leaves_the_database_whole_and_no_backup(old_shop):
    before = prospect_names(old_shop)

    first, code = run_until_first_step("backup", str(old_shop))

    assert code == -signal.SIGKILL
    done, total = map(int, first.split()[1:])
    assert done < total  # it really was killed half-way
    assert integrity(old_shop) == "ok"
    assert prospect_names(old_shop) == before
    assert backup.list_backups(old_shop) == []
    # The app starts on it and the next backup works.
    open_database(old_shop)
    close_database()
    again = backup.make_backup(old_shop, "start")
    assert prospect_names(again.path) == before


def test_killed_restore_leaves_old_or_new_data_never_a_mix(tmp_path, old_shop):
    new_shop = make_shop(tmp_path / "new" / "shop.sqlite3", 3000, 1500, tag="new")
    new_backup = backup.make_backup(new_shop, "manual")
    old_names = prospect_names(old_shop)
    new_names = prospect_names(new_backup.path)

    first, code = run_until_first_step("restore", str(new_backup.path), str(old_shop))

    assert code == -signal.SIGKILL
    done, total = map(int, first.split()[1:])
    assert done < total
    assert integrity(old_shop) == "ok"
    names = prospect_names(old_shop)
    assert names in (old_names, new_names)
    # A copy of what the restore was about to replace was made first.
    kept = [b for b in backup.list_backups(old_shop) if b.kind == "before-restore"]
    assert len(kept) == 1 and prospect_names(kept[0].path) == old_names

    # Restarting, the restore can simply be done again.
    open_database(old_shop)
    close_database()
    backup.restore_into(new_backup.path, old_shop, None)
    assert prospect_names(old_shop) == new_names
    assert integrity(old_shop) == "ok"
