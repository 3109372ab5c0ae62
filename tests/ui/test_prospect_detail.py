"""The prospect's own actions: package posted, first order, lost."""

from __future__ import annotations

import pytest

from followup_desk.services import contacts, profile, touches


@pytest.fixture
def prime_caller(make_prospect, last_working_day):
    """A phone caller in the prime area: they get a posted package."""
    profile.update_profile(prime_area="627, Springfield")
    return make_prospect(
        first_name="Łukasz",
        last_name="Kowalski",
        email="lukasz@example.com",
        street="12 Elm Street",
        postcode="62704",
        city="Springfield",
        contacted_on=last_working_day,
    )


def _open_kinds(prospect_id: int) -> list[str]:
    return [t.kind for t in touches.touches_for(prospect_id) if t.status == "open"]


def test_package_posted_closes_the_package_touch(window, prime_caller):
    window.show_prospect(prime_caller.id)
    detail = window.detail
    assert "package" in _open_kinds(prime_caller.id)
    assert detail.ui.package_button.isEnabled()
    assert "prime area" in detail.ui.facts_label.text().replace("\xa0", " ")

    detail.ui.package_button.click()

    assert "package" not in _open_kinds(prime_caller.id)
    assert contacts.get_prospect(prime_caller.id).package_posted_on is not None
    assert not detail.ui.package_button.isEnabled()
    assert "posted" in window.statusBar().currentMessage()


def test_first_order_cancels_open_touches(window, prime_caller, shown_messages):
    window.show_prospect(prime_caller.id)
    planned = len(_open_kinds(prime_caller.id))
    assert planned > 0

    window.first_order_action.trigger()

    assert shown_messages.titles() == ["First order"]
    assert contacts.get_prospect(prime_caller.id).status == "customer"
    assert _open_kinds(prime_caller.id) == []
    detail = window.detail
    assert detail.ui.status_chip.text() == "Customer"
    assert f"{planned} cancelled" in detail.ui.timeline_count_label.text()
    assert not detail.ui.first_order_button.isEnabled()
    assert not detail.ui.mark_done_button.isEnabled()
    row = window.prospect_model.row_of(prime_caller.id)
    assert window.prospect_model.index(row, 6).data() == "Customer"


def test_lost_asks_first_and_can_be_declined(window, prime_caller, shown_messages):
    window.show_prospect(prime_caller.id)
    shown_messages.answer = False

    window.detail.ui.lost_button.click()

    assert contacts.get_prospect(prime_caller.id).status == "prospect"
    shown_messages.answer = True
    window.detail.ui.lost_button.click()
    assert contacts.get_prospect(prime_caller.id).status == "lost"
    assert window.detail.ui.status_chip.text() == "Lost"
