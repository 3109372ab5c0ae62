"""Editing a prospect while another desk saves it: nothing is lost silently."""

from __future__ import annotations

from followup_desk.services import contacts, edits
from followup_desk.storage.database import database
from followup_desk.ui.prospect_edit_dialog import ProspectEditDialog


def test_a_plain_edit_is_saved(qtbot, make_prospect, type_text):
    prospect = make_prospect(company="Fjord & <Co>")
    dialog = ProspectEditDialog(prospect.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.company_edit.text() == "Fjord & <Co>"
    dialog.ui.phone_edit.clear()
    type_text(dialog.ui.phone_edit, "+30 21 0123 4567")
    dialog.ui.notes_edit.setPlainText("Μόνο το πρωί")
    with qtbot.waitSignal(dialog.prospect_saved):
        dialog.accept()
    saved = contacts.get_prospect(prospect.id)
    assert (saved.phone, saved.notes, saved.version) == (
        "+30 21 0123 4567",
        "Μόνο το πρωί",
        prospect.version + 1,
    )


def test_a_bad_address_keeps_the_dialog_open(qtbot, make_prospect):
    prospect = make_prospect()
    dialog = ProspectEditDialog(prospect.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.email_edit.setText("ana at example")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.email_edit.property("invalid") is True
    assert contacts.get_prospect(prospect.id).version == prospect.version


def test_another_desks_save_is_merged_not_overwritten(qtbot, make_prospect):
    prospect = make_prospect(phone="555-0100", city="Hoboken")
    dialog = ProspectEditDialog(prospect.id)
    qtbot.addWidget(dialog)
    dialog.show()

    # Meanwhile, on the other desk:
    database.obj.actor = "Сергей Иванов"
    edits.save_prospect(
        prospect.id, {"phone": "555-0199", "city": "Jersey City"}, prospect.version
    )
    database.obj.actor = ""

    dialog.ui.phone_edit.setText("555-0123")
    dialog.ui.email_edit.setText("ana@example.com")
    dialog.accept()

    # Refused, not closed: their change is in, the clash is shown.
    assert dialog.isVisible()
    assert dialog.ui.conflict_card.isVisibleTo(dialog)
    assert "Сергей Иванов saved this prospect" in dialog.ui.conflict_label.text()
    assert dialog.ui.city_edit.text() == "Jersey City"
    assert dialog.conflicts == {"phone": ("555-0123", "555-0199")}
    assert contacts.get_prospect(prospect.id).phone == "555-0199"

    dialog.choose("phone", theirs=True)
    assert dialog.ui.phone_edit.text() == "555-0199"
    dialog.accept()

    saved = contacts.get_prospect(prospect.id)
    assert (saved.phone, saved.city, saved.email) == (
        "555-0199",
        "Jersey City",
        "ana@example.com",
    )
    assert saved.version == prospect.version + 2
    assert not dialog.isVisible()
