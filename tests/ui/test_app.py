"""Starting the app: first run, sign-in, the sample shop, a database that cannot open.

``run`` shows its dialogs before the event loop starts; the tests answer them
through ``app.ask`` and stand in for ``QApplication.exec`` (a real exec() and
quit() would leave Qt's timers stopped for every later test in this process).
"""

from __future__ import annotations

import shutil
import sys

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from followup_desk import paths
from followup_desk.services import first_run, users
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.storage.database import close_database, open_database
from followup_desk.storage.models import Prospect
from followup_desk.ui import app as app_module
from followup_desk.ui.first_run_wizard import FirstRunWizard
from followup_desk.ui.main_window import MainWindow
from followup_desk.ui.sign_in_dialog import SignInDialog


@pytest.fixture
def started(qapp, tmp_path, monkeypatch, shown_messages):
    """Runs ``run`` with the event loop replaced; records what was on screen."""
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    seen: dict = {"asked": [], "windows": []}

    def fake_exec(self):
        seen["windows"] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        ]
        seen["hook"] = sys.excepthook
        seen["title"] = seen["windows"][0].windowTitle() if seen["windows"] else ""
        seen["prospects"] = Prospect.select().count()
        for widget in seen["windows"]:
            widget.close()
            widget.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    yield seen
    users.sign_out()
    qapp.processEvents()


def _answer(monkeypatch, seen, answer):
    def ask(dialog):
        seen["asked"].append(type(dialog).__name__)
        return answer(dialog)

    monkeypatch.setattr(app_module, "ask", ask)


def test_a_database_that_cannot_open_is_explained(started, tmp_path, shown_messages):
    folder = tmp_path / "not-a-file"
    folder.mkdir()

    code = app_module.run(str(folder))

    assert code == 2
    kind, title, text, _details = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Database")
    assert "folder" in text


def test_a_new_shop_gets_the_wizard_then_the_window(started, monkeypatch, tmp_path):
    def finish_wizard(wizard: FirstRunWizard) -> int:
        wizard.next()
        wizard.shop.ui.name_edit.setText("Harbour Print & Copy")
        wizard.set_country("US")
        wizard.next()
        wizard.next()
        people = wizard.people.ui
        people.owner_name_edit.setText("Sam Rivera")
        people.owner_password_edit.setText("owner-pass-1")
        people.owner_repeat_edit.setText("owner-pass-1")
        wizard.next()
        wizard.accept()
        return wizard.result()

    _answer(monkeypatch, started, finish_wizard)
    code = app_module.run(str(tmp_path / "shop.sqlite3"))

    assert code == 0
    assert started["asked"] == ["FirstRunWizard"]
    assert isinstance(started["windows"][0], MainWindow)
    assert started["hook"] is app_module.show_unexpected_error
    assert sys.excepthook is not app_module.show_unexpected_error  # put back
    qapp = QApplication.instance()
    assert qapp.applicationName() == "Follow-up Desk"
    assert not qapp.windowIcon().isNull()
    open_database(str(tmp_path / "shop.sqlite3"))
    try:
        assert profile_service.get_profile().name == "Harbour Print & Copy"
        assert [u.name for u in users.list_users()] == ["Sam Rivera"]
    finally:
        close_database()


def test_closing_the_wizard_quits_without_setting_anything_up(
    started, monkeypatch, tmp_path
):
    _answer(monkeypatch, started, lambda dialog: QDialog.DialogCode.Rejected)

    code = app_module.run(str(tmp_path / "shop.sqlite3"))

    assert code == 0
    assert started["windows"] == []
    open_database(str(tmp_path / "shop.sqlite3"))
    try:
        assert not first_run.shop_is_set_up()
    finally:
        close_database()


def test_the_sample_shop_opens_in_its_own_file(started, monkeypatch, tmp_path):
    def choose_sample(wizard: FirstRunWizard) -> int:
        wizard.choose_sample(True)
        wizard.accept()
        return wizard.result()

    _answer(monkeypatch, started, choose_sample)
    real = tmp_path / "shop.sqlite3"
    code = app_module.run(str(real))

    assert code == 0
    assert started["prospects"] > 20
    assert "sample" in started["title"]
    assert paths.sample_database_path().exists()
    assert paths.sample_database_path() != real
    open_database(str(real))
    try:
        # The real shop holds nothing of the sample and still needs setting up.
        assert Prospect.select().count() == 0
        assert not first_run.shop_is_set_up()
    finally:
        close_database()


def test_a_shop_with_accounts_asks_who_is_at_the_desk(started, monkeypatch, tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_database(str(path))
    users.create_first_owner("Zoë Ångström", "owner-pass-1")
    users.sign_out()
    close_database()

    def sign_in(dialog: SignInDialog) -> int:
        dialog.ui.name_edit.setText("zoë ångström")
        dialog.ui.password_edit.setText("owner-pass-1")
        dialog.accept()
        return dialog.result()

    _answer(monkeypatch, started, sign_in)
    code = app_module.run(str(path))

    assert code == 0
    assert started["asked"] == ["SignInDialog"]
    assert len(started["windows"]) == 1


@pytest.fixture(scope="module")
def filled_sample(tmp_path_factory):
    """The sample shop made once, for tests that only need it to exist."""
    from followup_desk.services import sample_data

    path = tmp_path_factory.mktemp("sample") / "sample-shop.sqlite3"
    open_database(str(path))
    try:
        sample_data.fill_sample_shop()
    finally:
        close_database()
    return path


def test_the_self_test_opens_the_window_on_the_sample_shop(
    started, monkeypatch, filled_sample
):
    _answer(monkeypatch, started, lambda dialog: pytest.fail("nothing to ask"))
    shutil.copyfile(filled_sample, paths.sample_database_path())

    code = app_module.run(self_test=True)

    assert code == 0
    assert started["prospects"] > 20
    assert list(paths.documents_dir().glob("self-test-*.pdf"))


def test_unexpected_errors_are_shown_with_details(qapp, shown_messages):
    try:
        raise ValueError("boom")
    except ValueError as exc:
        app_module.show_unexpected_error(ValueError, exc, exc.__traceback__)

    kind, title, text, details = shown_messages.shown[-1]
    assert (kind, title) == ("unexpected", "Unexpected error")
    assert "boom" not in text  # plain words for the user…
    assert "ValueError: boom" in details  # …the traceback for whoever helps


def test_user_errors_are_shown_plainly(qapp, shown_messages):
    error = UserError("There is no prospect with id 7.")

    app_module.show_unexpected_error(UserError, error, None)

    assert shown_messages.shown[-1][2] == "There is no prospect with id 7."
    assert shown_messages.shown[-1][3] == ""


def test_another_database_can_be_chosen_at_sign_in(started, monkeypatch, tmp_path):
    shared = tmp_path / "shared.sqlite3"
    open_database(str(shared))
    profile_service.update_profile(name="Κοινό κατάστημα")
    users.create_first_owner("Zoë Ångström", "owner-pass-1")
    users.sign_out()
    close_database()
    first = tmp_path / "first.sqlite3"
    open_database(str(first))
    users.create_first_owner("Sam", "owner-pass-1")
    users.sign_out()
    close_database()

    def answer(dialog) -> int:
        name = type(dialog).__name__
        if name == "SignInDialog" and "DatabaseSettingsDialog" not in started["asked"]:
            return SignInDialog.OTHER_DATABASE
        if name == "DatabaseSettingsDialog":
            dialog.choose_file(shared)
            dialog.accept()
            return dialog.result()
        dialog.ui.name_edit.setText("Zoë Ångström")
        dialog.ui.password_edit.setText("owner-pass-1")
        dialog.accept()
        return dialog.result()

    _answer(monkeypatch, started, answer)
    code = app_module.run(str(first))

    assert code == 0
    assert started["asked"] == [
        "SignInDialog",
        "DatabaseSettingsDialog",
        "SignInDialog",
    ]
    assert len(started["windows"]) == 1
    from followup_desk.storage import server_settings

    assert server_settings.saved_target() == str(shared)


def test_damage_deep_in_the_file_found_while_building_the_window_is_rescued(
    started, monkeypatch, tmp_path
):
    from shop_files import integrity, prospect_names

    from followup_desk.storage import backup as store

    path = _shop_with_owner(tmp_path)
    store.make_backup(path, "start")
    names = prospect_names(path)
    _damage_the_middle(path)

    def restore(dialog) -> int:
        assert "malformed" in dialog.problems[0]
        assert dialog.restore()
        return dialog.result()

    _answer(monkeypatch, started, _signing_in(restore))
    code = app_module.run(str(path))

    assert code == 0
    # The restored file is a fresh start: whoever is at the desk signs in again.
    assert started["asked"] == ["SignInDialog", "DatabaseRescueDialog", "SignInDialog"]
    assert len(started["windows"]) == 1
    assert integrity(path) == "ok"
    assert prospect_names(path) == names


def test_damage_found_at_start_can_end_the_session(started, monkeypatch, tmp_path):
    path = _shop_with_owner(tmp_path)
    _damage_the_middle(path)
    _answer(
        monkeypatch, started, _signing_in(lambda dialog: QDialog.DialogCode.Rejected)
    )

    code = app_module.run(str(path))

    assert code == 2
    assert started["asked"] == ["SignInDialog", "DatabaseRescueDialog"]
    assert started["windows"] == []


def _shop_with_owner(tmp_path):
    from shop_files import make_shop

    path = make_shop(tmp_path / "shop.sqlite3", 2000, note_size=300, tag="kept")
    open_database(str(path))
    users.create_first_owner("Zoë Ångström", "owner-pass-1")
    users.sign_out()
    close_database()
    return path


def _signing_in(rescue_answer):
    """Answers sign-in as the owner, and the rescue dialog with ``rescue_answer``."""

    def answer(dialog) -> int:
        if isinstance(dialog, SignInDialog):
            dialog.ui.name_edit.setText("Zoë Ångström")
            dialog.ui.password_edit.setText("owner-pass-1")
            dialog.accept()
            return dialog.result()
        return rescue_answer(dialog)

    return answer


def _damage_the_middle(path) -> None:
    """Junk over 40 KB in the middle: past the first pages opening reads, in
    the prospect rows the window lists."""
    from shop_files import damage

    middle = path.stat().st_size // 4096 // 2
    for page in range(middle - 5, middle + 5):
        damage(path, page=page)
