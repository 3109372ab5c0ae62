"""Choosing a file or a shared server for this desk, with a connection test."""

from __future__ import annotations

import os
import socket

import pytest

from followup_desk.storage import server_settings
from followup_desk.ui.database_settings_dialog import DatabaseSettingsDialog


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fill(
    dialog, host="127.0.0.1", port=5432, name="test", user="postgres", tls="disable"
) -> None:
    ui = dialog.ui
    ui.server_radio.setChecked(True)
    ui.host_edit.setText(host)
    ui.port_edit.setText(str(port))
    ui.name_edit.setText(name)
    ui.user_edit.setText(user)
    ui.tls_combo.setCurrentIndex(ui.tls_combo.findData(tls))


def test_a_server_elsewhere_must_be_encrypted(qtbot, ui_db):
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    fill(dialog, host="192.168.1.20")
    dialog.accept()
    assert "must be reached encrypted" in dialog.ui.error_label.text()
    assert dialog.ui.tls_combo.property("invalid") is True
    assert server_settings.saved_target() is None


def test_the_verified_mode_wants_the_certificate_file(qtbot, ui_db):
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    fill(dialog, host="db.example", tls="verify-full")
    assert dialog.ui.cert_row.isVisibleTo(dialog)
    dialog.accept()
    assert "certificate file" in dialog.ui.error_label.text()


def test_nothing_answering_is_said_plainly(qtbot, ui_db):
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    port = free_port()
    fill(dialog, port=port)
    assert dialog.test_connection() is None
    assert f"Nothing answers at 127.0.0.1, port {port}" in dialog.ui.result_label.text()
    dialog.accept()
    assert server_settings.saved_target() is None


@pytest.mark.skipif(
    not os.environ.get("FOLLOWUP_DESK_TEST_PG"), reason="needs the test server"
)
def test_a_working_server_is_tested_then_saved(qtbot, ui_db, shown_messages):
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    fill(dialog)
    report = dialog.test_connection()
    assert report is not None and report.version.startswith("PostgreSQL")
    assert "Connected to PostgreSQL" in dialog.ui.result_label.text()

    with qtbot.waitSignal(dialog.database_chosen):
        dialog.accept()

    saved = server_settings.saved_server()
    assert (saved.host, saved.name, saved.user, saved.sslmode) == (
        "127.0.0.1",
        "test",
        "postgres",
        "disable",
    )
    assert "next start" in shown_messages.shown[-1][2]


def test_a_file_can_be_chosen(qtbot, ui_db, tmp_path, shown_messages):
    dialog = DatabaseSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.choose_file(tmp_path / "other shop.sqlite3")
    dialog.accept()
    assert server_settings.saved_target() == str(
        (tmp_path / "other shop.sqlite3").resolve()
    )
