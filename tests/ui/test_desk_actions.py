"""The window's Backups, Database, People and Edit details commands, and other desks."""

from __future__ import annotations

import datetime as dt

from followup_desk.storage.models import Prospect
from followup_desk.ui.backup_dialog import BackupDialog
from followup_desk.ui.prospect_edit_dialog import ProspectEditDialog
from followup_desk.ui.users_dialog import UsersDialog


def test_edit_details_saves_and_the_list_shows_it(qtbot, window, make_prospect):
    prospect = make_prospect(last_name="Garcia")
    window.refresh()
    window.show_prospect(prospect.id)
    window.desk_actions.edit_prospect_action.trigger()
    dialog = window.desk_actions.dialog
    assert isinstance(dialog, ProspectEditDialog)
    dialog.ui.last_name_edit.setText("García-Ñúñez")
    dialog.accept()
    names = [
        window.prospect_model.index(row, 0).data()
        for row in range(window.prospect_model.rowCount())
    ]
    assert any("García-Ñúñez" in (name or "") for name in names)
    assert "saved" in window.statusBar().currentMessage()


def test_edit_details_without_a_prospect_says_what_to_do(window, shown_messages):
    window.desk_actions.edit_prospect_action.trigger()
    assert shown_messages.shown[-1][1] == "Prospect"
    assert "Open a prospect first" in shown_messages.shown[-1][2]


def test_the_file_menu_opens_backups_and_people(window):
    window.desk_actions.backups_action.trigger()
    assert isinstance(window.desk_actions.dialog, BackupDialog)
    window.desk_actions.dialog.close()
    window.desk_actions.people_action.trigger()
    assert isinstance(window.desk_actions.dialog, UsersDialog)
    window.desk_actions.dialog.close()
    file_menu = window.menuBar().actions()[0].menu()
    assert window.desk_actions.database_action in file_menu.actions()


def test_another_desks_new_prospect_appears_in_the_list(qtbot, window, ui_db):
    guard = window.desk_actions.guard
    guard._poll_timer.setInterval(50)
    guard.start(backup_now=False)
    before = window.prospect_model.total
    twin = type(ui_db)(ui_db.database, **ui_db.connect_params)
    twin.change_logging = True
    try:
        with Prospect.bind_ctx(twin, bind_refs=False, bind_backrefs=False):
            Prospect.create(last_name="From desk two", first_contact=dt.date.today())
        qtbot.waitUntil(lambda: window.prospect_model.total == before + 1, timeout=3000)
    finally:
        twin.close()
        guard.stop()
    assert "another desk" in window.statusBar().currentMessage()
