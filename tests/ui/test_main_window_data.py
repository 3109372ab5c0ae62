"""The data commands in the main window: import refreshes the list, erase too."""

from __future__ import annotations

from followup_desk.storage.models import Prospect
from followup_desk.ui.import_wizard import ImportWizard


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_menus_offer_import_export_and_erase(window):
    file_items = menu_texts(window, "&File")
    assert "&Import prospects…" in file_items
    assert "Export prospects as &CSV…" in file_items
    assert "Follow-ups &calendar file…" in file_items
    prospect_items = menu_texts(window, "&Prospect")
    assert "&Erase this prospect…" in prospect_items
    assert "Export this prospect's &data…" in prospect_items


def test_an_import_shows_up_in_the_list(qtbot, window, tmp_path):
    path = tmp_path / "new.csv"
    path.write_text("first_name,last_name\nZoë,Müller\nAnn,Lee\n", encoding="utf-8")
    window.data_actions.import_action.trigger()
    wizard = window.data_actions.wizard
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()

    assert wizard.load_file(path) and wizard.show_preview()
    with qtbot.waitSignal(wizard.imported, timeout=20000):
        wizard.start_import()

    assert window.prospect_model.total == 2
    names = {window.prospect_model.index(r, 0).data() for r in range(2)}
    assert names == {"Müller, Zoë", "Lee, Ann"}
    wizard.close()


def test_erasing_the_open_prospect_refreshes(window, make_prospect, shown_messages):
    ann = make_prospect(first_name="Ann", last_name="Lee", email="ann@lee.example")
    window.refresh()
    window.show_prospect(ann.id)

    window.data_actions.erase_prospect_action.trigger()

    assert Prospect.get_by_id(ann.id).email == ""
    assert window.prospect_model.index(0, 0).data() != "Lee, Ann"
    assert "Erased the personal data" in window.statusBar().currentMessage()
