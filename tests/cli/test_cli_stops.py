"""Stopping a command half-way, and a damaged file, as a shell user meets them.

Each runs the real program in a subprocess: a Ctrl+C is a real SIGINT, a
Ctrl+D a real end-of-file on a terminal.
"""

from __future__ import annotations

import os
import pty
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shop_files import damage, make_shop

from followup_desk.services import users
from followup_desk.storage.database import close_database, open_database

# Generous: only a hang would reach it.
PATIENCE_S = 120


def _program(*args: str) -> list[str]:
    return [sys.executable, "-m", "followup_desk", *args]


def _shop_with_owner(path: Path) -> Path:
    open_database(str(path))
    try:
        users.create_first_owner("Zoë", "owner-pass-1")
        users.sign_out()
    finally:
        close_database()
    return path


def _at_a_terminal(args: list[str], typed: bytes) -> tuple[int, str]:
    """Run at a terminal, wait for the prompt, then type ``typed``; the status
    and what the terminal showed after the prompt."""
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        args,
        stdin=secondary,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
        start_new_session=True,  # no controlling terminal: getpass uses stdin
    )
    os.close(secondary)
    shown = b""
    try:
        while b"Password" not in shown:
            shown += os.read(main, 1024)
        shown = b""
        if typed == b"SIGINT":
            process.send_signal(signal.SIGINT)
        else:
            os.write(main, typed)
        while True:
            try:
                chunk = os.read(main, 1024)
            except OSError:  # the program ended and let go of the terminal
                break
            if not chunk:
                break
            shown += chunk
        process.wait(timeout=PATIENCE_S)
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
            process.wait()
    return process.returncode, shown.decode()


@pytest.mark.parametrize(
    ("typed", "status", "said"),
    [
        (b"\x04", 2, "followup-desk: error: no answer was typed; nothing was changed"),
        (b"SIGINT", 130, "Stopped."),
    ],
    ids=["ctrl-d", "ctrl-c"],
)
def test_leaving_a_password_prompt_says_one_line(tmp_path, typed, status, said):
    db = _shop_with_owner(tmp_path / "shop.sqlite3")

    code, err = _at_a_terminal(
        _program("--database", str(db), "--user", "Zoë", "settings"), typed
    )

    assert code == status
    assert err.strip() == said
    assert "Traceback" not in err


def test_ctrl_c_during_an_import_stops_it_and_keeps_nothing_half_done(tmp_path):
    db = _shop_with_owner(tmp_path / "shop.sqlite3")
    rows = "".join(
        f"Art{i},Venere{i},{i} W Cerritos Ave,Bridgeport,NJ,08014,a{i}@example.com\n"
        for i in range(4000)
    )
    csv_file = tmp_path / "big.csv"
    csv_file.write_text(
        "first_name,last_name,address,city,state,zip,email\n" + rows, encoding="utf-8"
    )
    process = subprocess.Popen(
        _program("--database", str(db), "import", str(csv_file)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _wait_for_write_lock(db, process)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=PATIENCE_S)
    finally:
        if process.poll() is None:
            process.kill()

    assert process.returncode == 130
    assert err.decode().strip() == "Stopped."
    with sqlite3.connect(db) as check:
        assert check.execute("SELECT count(*) FROM prospect").fetchone() == (0,)


def _wait_for_write_lock(db: Path, process: subprocess.Popen) -> None:
    """Return once the import holds the database's write lock: it is saving."""
    deadline = time.monotonic() + PATIENCE_S
    probe = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        while time.monotonic() < deadline:
            assert process.poll() is None, "the import ended before it was stopped"
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.execute("ROLLBACK")
            except sqlite3.OperationalError:
                return
            time.sleep(0.01)
    finally:
        probe.close()
    raise AssertionError("the import never started saving")


def test_damage_deep_in_the_file_is_one_line_and_status_2(tmp_path):
    db = make_shop(tmp_path / "shop.sqlite3", 2000, note_size=300, tag="kept")
    middle = db.stat().st_size // 4096 // 2
    for page in range(middle - 5, middle + 5):
        damage(db, page=page)

    done = subprocess.run(
        _program(
            "--database", str(db), "export", "csv", "--out", str(tmp_path / "o.csv")
        ),
        capture_output=True,
        text=True,
        timeout=PATIENCE_S,
    )

    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "is damaged (database disk image is malformed)" in lines[0]
    assert "backup --restore" in lines[0]


def test_a_prompt_with_standard_input_closed_says_what_to_give(tmp_path):
    db = _shop_with_owner(tmp_path / "shop.sqlite3")

    done = subprocess.run(
        _program("--database", str(db), "--user", "Zoë", "settings"),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=PATIENCE_S,
        # Standard input closed outright, not merely empty.
        preexec_fn=lambda: os.close(0),
    )

    assert done.returncode == 2
    assert done.stderr.strip().startswith("followup-desk: error: No password given")


def test_a_file_busy_with_another_writer_is_explained(tmp_path):
    db = make_shop(tmp_path / "shop.sqlite3", prospects=3)
    # Another program holds the write lock for longer than SQLite waits.
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        done = subprocess.run(
            _program("--database", str(db), "settings", "--postage-package", "3.33"),
            capture_output=True,
            text=True,
            timeout=PATIENCE_S,
        )
    finally:
        other.execute("ROLLBACK")
        other.close()

    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "another desk or command" in lines[0]
    assert "Traceback" not in done.stderr
