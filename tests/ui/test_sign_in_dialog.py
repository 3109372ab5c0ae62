"""Signing in at the desk, and creating the owner's account at first start."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from followup_desk.services import users
from followup_desk.ui.sign_in_dialog import SignInDialog


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


def click_ok(qtbot, dialog) -> None:
    button = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_start_creates_the_owner(qtbot, ui_db, type_text):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    assert dialog.first_start
    assert dialog.ui.repeat_edit.isVisibleTo(dialog)
    type_text(dialog.ui.name_edit, "Zoë Ångström")
    dialog.ui.password_edit.setText("harbour-42")
    dialog.ui.repeat_edit.setText("harbour-24")
    click_ok(qtbot, dialog)
    assert "differ" in dialog.ui.error_label.text()
    assert not users.has_users()

    dialog.ui.repeat_edit.setText("harbour-42")
    with qtbot.waitSignal(dialog.signed_in):
        click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    me = users.current_user()
    assert (me.name, me.role) == ("Zoë Ångström", "owner")


def test_a_short_password_is_refused_with_the_rule(qtbot, ui_db):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    dialog.ui.name_edit.setText("Zoë")
    dialog.ui.password_edit.setText("123")
    dialog.ui.repeat_edit.setText("123")
    click_ok(qtbot, dialog)
    assert "at least 6" in dialog.ui.error_label.text()
    assert dialog.ui.password_edit.property("invalid") is True
    assert not users.has_users()


def test_signing_in_remembers_the_name_for_next_time(qtbot, ui_db):
    users.create_first_owner("Сергей Иванов", "counter-7")
    users.sign_out()
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    assert not dialog.first_start
    assert not dialog.ui.repeat_edit.isVisibleTo(dialog)
    dialog.ui.name_edit.setText("сергей иванов")
    dialog.ui.password_edit.setText("wrong-one")
    click_ok(qtbot, dialog)
    assert "do not match" in dialog.ui.error_label.text()
    assert dialog.ui.password_edit.text() == ""

    dialog.ui.password_edit.setText("counter-7")
    click_ok(qtbot, dialog)
    assert users.current_user().name == "Сергей Иванов"

    users.sign_out()
    again = SignInDialog()
    qtbot.addWidget(again)
    assert again.ui.name_edit.text() == "Сергей Иванов"
    assert again.ui.password_edit.hasFocus() or not again.isVisible()


def test_another_database_can_be_asked_for(qtbot, ui_db):
    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.database_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SignInDialog.OTHER_DATABASE
