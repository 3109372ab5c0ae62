"""An import killed half-way leaves the list as it was: all of the file or none."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

ROWS = 400

CHILD = textwrap.dedent(
    """
    import datetime as dt, sys
    from followup_desk.storage.database import open_database
    from followup_desk.io.csv_import import import_prospects

    open_database(sys.argv[1])
    def progress(done, total):
        print(done, flush=True)
        if len(sys.argv) > 3:
            sys.stdin.readline()  # hold here, mid-transaction, until killed
    import_prospects(sys.argv[2], contacted_on=dt.date(2026, 12, 4), progress=progress)
    print("done", flush=True)
    """
)


def run_child(tmp_path, db_path, csv_path, hold: bool):
    env = dict(os.environ, FOLLOWUP_DESK_HOME=str(tmp_path / "home"))
    args = [sys.executable, "-c", CHILD, str(db_path), str(csv_path)]
    return subprocess.Popen(
        args + (["hold"] if hold else []),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def kill(child) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdin.close()
    child.stdout.close()


def count(db_path) -> tuple[str, int, int]:
    with sqlite3.connect(db_path) as con:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        prospects = con.execute("SELECT COUNT(*) FROM prospect").fetchone()[0]
        touches = con.execute("SELECT COUNT(*) FROM touch").fetchone()[0]
    con.close()
    return check, prospects, touches


@pytest.fixture
def files(tmp_path):
    old = tmp_path / "old.csv"
    old.write_text("last_name,email\nKeeper,keeper@example.com\n", encoding="utf-8")
    big = tmp_path / "big.csv"
    big.write_text(
        "last_name,email\n"
        + "".join(f"Row{i},row{i}@example.com\n" for i in range(ROWS)),
        encoding="utf-8",
    )
    return tmp_path / "shop.sqlite3", old, big


def test_killed_mid_import_keeps_the_old_list(tmp_path, files):
    db_path, old, big = files
    first = run_child(tmp_path, db_path, old, hold=False)
    assert first.communicate(timeout=60)[0].strip().endswith("done")
    _, before, touches_before = count(db_path)
    assert before == 1

    child = run_child(tmp_path, db_path, big, hold=True)
    seen = child.stdout.readline().strip()
    assert seen == "250"  # 250 rows written inside the open transaction
    kill(child)

    check, after, touches_after = count(db_path)
    assert check == "ok"
    assert (after, touches_after) == (before, touches_before)


def test_after_a_kill_the_same_import_runs_whole(tmp_path, files):
    db_path, old, big = files
    child = run_child(tmp_path, db_path, big, hold=True)
    assert child.stdout.readline().strip() == "250"
    kill(child)

    again = run_child(tmp_path, db_path, big, hold=False)
    out = again.communicate(timeout=120)[0]

    assert out.strip().endswith("done")
    check, prospects, _ = count(db_path)
    assert (check, prospects) == ("ok", ROWS)
