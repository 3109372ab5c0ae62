"""People who sign in: added, made owner or staff, passwords; who did what."""

from __future__ import annotations

import pytest

from followup_desk.services import users
from followup_desk.storage.database import database
from followup_desk.storage.user_models import User
from followup_desk.ui.users_dialog import ACTIVITY_BLOCK, UsersDialog


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


@pytest.fixture
def owner(ui_db):
    return users.create_first_owner("Zoë Ångström", "harbour-42")


def test_the_owner_adds_someone_and_makes_them_owner(qtbot, owner, type_text):
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    type_text(ui.add_name_edit, "山田 花子")
    ui.add_password_edit.setText("counter-8")
    ui.add_repeat_edit.setText("counter-8")
    assert dialog.add_person()

    assert [p.name for p in dialog.people.people] == ["Zoë Ångström", "山田 花子"]
    added = User.get(User.name == "山田 花子")
    assert added.role == "staff"
    assert dialog.selected_user_id() == added.id
    assert ui.add_name_edit.text() == ""

    assert dialog.toggle_role()
    assert User.get_by_id(added.id).role == "owner"
    assert dialog.people.index(1, 1).data() == "Owner"


def test_mistakes_are_shown_in_the_dialog(qtbot, owner):
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.add_name_edit.setText("zoë ångström")
    ui.add_password_edit.setText("long-enough")
    ui.add_repeat_edit.setText("long-enough")
    assert not dialog.add_person()
    assert "already someone called" in ui.error_label.text()
    assert ui.add_name_edit.property("invalid") is True

    # The only owner cannot stop being one.
    dialog.ui.people_view.selectRow(0)
    assert not dialog.toggle_role()
    assert "only owner" in ui.error_label.text()


def test_the_owner_sets_a_password_for_someone(qtbot, owner):
    staff = users.add_user("Front Desk", "staff-pass")
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    dialog.ui.people_view.selectRow(dialog.people.row_of(staff.id))
    assert "Front Desk" in dialog.ui.password_heading.text()
    assert not dialog.ui.old_password_edit.isVisibleTo(dialog)
    dialog.ui.new_password_edit.setText("fresh-start")
    dialog.ui.new_repeat_edit.setText("fresh-start")
    assert dialog.set_password()
    users.sign_out()
    assert users.sign_in("Front Desk", "fresh-start").user_id == staff.id


def test_staff_see_only_their_own_password(qtbot, owner):
    users.add_user("Front Desk", "staff-pass")
    users.sign_out()
    me = users.sign_in("Front Desk", "staff-pass")
    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not dialog.is_owner
    assert ui.add_card.isHidden()
    assert ui.tabs.count() == 1
    assert dialog.selected_user_id() == me.user_id
    assert ui.old_password_edit.isVisibleTo(dialog)
    ui.old_password_edit.setText("not-it")
    ui.new_password_edit.setText("new-pass-1")
    ui.new_repeat_edit.setText("new-pass-1")
    assert not dialog.set_password()
    assert "current password" in ui.error_label.text()


def test_who_did_what_scrolls_in_blocks_and_filters_by_person(qtbot, owner):
    users.add_user("Front Desk", "staff-pass")
    db = database.obj
    db.actor = "Front Desk"
    for i in range(ACTIVITY_BLOCK + 50):
        db.log_event("backup", "backup", detail=f"b{i}")
    db.actor = owner.name

    dialog = UsersDialog()
    qtbot.addWidget(dialog)
    model = dialog.activity
    assert model.rowCount() == ACTIVITY_BLOCK
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == model.total > ACTIVITY_BLOCK
    assert not model.canFetchMore()
    assert model.index(0, 2).data() == "Made a backup"

    dialog.show_activity_of("Zoë Ångström")
    whats = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert "Made a backup" not in whats and "Signed in" in whats
    assert dialog.ui.activity_count_label.text().endswith("entries")
