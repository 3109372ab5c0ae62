"""One Follow-up Desk at a time: a second start brings the first one forward."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from followup_desk import paths
from followup_desk.ui.app import Desk
from followup_desk.ui.single_instance import SingleInstance, server_name


@pytest.fixture
def first(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    instance = SingleInstance()
    assert instance.listen()
    yield instance
    instance.close()


def _second_start(tmp_path: Path) -> subprocess.Popen:
    """``followup-desk`` started again by the same person, as a new process."""
    env = dict(
        os.environ, FOLLOWUP_DESK_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen"
    )
    return subprocess.Popen(
        [sys.executable, "-m", "followup_desk", "--database", str(tmp_path / "x.db")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


# The offscreen platform has no window stack to raise a window in.
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_a_second_start_hands_over_and_quits(qtbot, first, window, tmp_path):
    desk = Desk()
    desk.window = window
    first.activation_requested.connect(desk.bring_forward)
    window.showMinimized()
    assert window.isMinimized()

    second = _second_start(tmp_path)
    with qtbot.waitSignal(first.activation_requested, timeout=30_000) as blocker:
        # The Qt loop runs while we wait, so the first instance can answer.
        while second.poll() is None and not blocker.signal_triggered:
            qtbot.wait(50)
    out, err = second.communicate(timeout=30)

    assert second.returncode == 0, err
    assert blocker.args[0] == ["--database", str(tmp_path / "x.db")]
    assert not window.isMinimized()
    # The second instance quit before it touched any database.
    assert not (tmp_path / "x.db").exists()


def test_without_a_first_instance_nobody_answers(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))

    # A hang here would be stopped by the suite's per-test timeout.
    handed_over = SingleInstance().hand_over(["x"])

    assert not handed_over


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets only")
def test_a_socket_left_by_a_crash_is_replaced(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    # What a killed instance leaves behind: a socket file nobody listens on.
    path = Path(QDir.tempPath()) / server_name()
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()
    assert path.exists()

    instance = SingleInstance()
    try:
        assert not instance.hand_over()
        assert instance.listen()
        assert instance.server.isListening()
    finally:
        instance.close()


def test_each_data_folder_has_its_own_instance(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path / "a"))
    first = server_name()
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path / "b"))
    second = server_name()

    assert first != second
    assert str(paths.data_dir()) not in second  # short and safe as a file name
    assert len(second) < 60
