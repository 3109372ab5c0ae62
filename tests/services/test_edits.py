"""Two desks editing one prospect or quote: one wins, the other is told."""

from __future__ import annotations

import threading
from decimal import Decimal as D

import pytest

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, edits, quotes
from followup_desk.services.errors import StaleRecordError, ValidationError
from followup_desk.storage.models import Prospect


def new_prospect() -> Prospect:
    return contacts.log_first_contact(
        contacts.NewContact(
            first_name="Zoë", last_name="Ångström", company="Fjord & <Co>"
        )
    )


def test_a_save_raises_the_version_and_keeps_search_keys(db):
    prospect = new_prospect()
    saved = edits.save_prospect(
        prospect.id,
        {"last_name": "Παπαδοπούλου", "email": "  Maria@Example.GR ", "notes": "日本"},
        prospect.version,
    )
    assert saved.version == prospect.version + 1
    assert (saved.last_name, saved.email, saved.notes) == (
        "Παπαδοπούλου",
        "maria@example.gr",
        "日本",
    )
    # The prospect list finds the new name.
    assert saved.search_last == "παπαδοπουλου"


def test_a_stale_save_is_refused_with_both_versions(store):
    prospect = new_prospect()
    first_desk = edits.save_prospect(prospect.id, {"phone": "555-0100"}, 1)

    with pytest.raises(StaleRecordError) as err:
        edits.save_prospect(prospect.id, {"notes": "Wants blue"}, 1)

    assert (err.value.expected_version, err.value.current_version) == (1, 2)
    assert err.value.current["phone"] == "555-0100"
    assert "changed on another desk" in str(err.value)
    stored = contacts.get_prospect(prospect.id)
    assert (stored.notes, stored.version) == ("", first_desk.version)
    # Reload and merge: saving again from the new version works.
    merged = edits.save_prospect(prospect.id, {"notes": "Wants blue"}, 2)
    assert (merged.phone, merged.notes, merged.version) == ("555-0100", "Wants blue", 3)


def test_bad_input_is_refused_before_anything_is_written(db):
    prospect = new_prospect()
    with pytest.raises(ValidationError) as err:
        edits.save_prospect(prospect.id, {"email": "not an address"}, 1)
    assert err.value.field == "email"
    with pytest.raises(ValidationError, match="cannot be changed here"):
        edits.save_prospect(prospect.id, {"status": "customer"}, 1)
    with pytest.raises(ValidationError):
        edits.save_prospect(
            prospect.id, {"first_name": "", "last_name": "", "company": ""}, 1
        )
    assert contacts.get_prospect(prospect.id).version == 1


def test_a_stale_quote_save_is_refused_and_keeps_the_winners_lines(store):
    prospect = new_prospect()
    quote = quotes.create_quote(prospect.id, [LineItem("Poster", D(1), D("10"))])
    assert quote.version == 1
    winner = [LineItem("Poster A2 & frame", D(2), D("19.99"))]
    edits.save_quote(quote.id, 1, winner, notes="Delivery Friday")

    with pytest.raises(StaleRecordError) as err:
        edits.save_quote(quote.id, 1, [LineItem("Flyers", D(500), D("0.10"))])

    assert err.value.current["lines"] == winner
    assert quotes.line_items(quote.id) == winner
    assert quotes.get_quote(quote.id).version == 2


def test_a_refused_line_leaves_the_quote_as_it_was(db):
    prospect = new_prospect()
    quote = quotes.create_quote(prospect.id, [LineItem("Kept", D(1), D("5"))])
    with pytest.raises(ValidationError):
        edits.save_quote(quote.id, 1, [LineItem("Bad", D(-1), D("5"))], notes="x")
    stored = quotes.get_quote(quote.id)
    assert (stored.version, stored.notes) == (1, "")
    assert [i.description for i in quotes.line_items(quote.id)] == ["Kept"]


def test_two_desks_saving_at_the_same_moment_on_the_server(pg_db):
    """Two connections save the same prospect at once: exactly one wins.

    Desk one holds its transaction open after its update; desk two's update
    must wait for the row and then find the version moved on.
    """
    prospect = new_prospect()
    one_updated = threading.Event()
    release_one = threading.Event()
    outcomes: dict[str, object] = {}

    real_atomic = pg_db.atomic

    def desk(name: str, changes: dict, hold: bool) -> None:
        try:
            with pg_db.connection_context():
                if hold:
                    with real_atomic():
                        edits.save_prospect(prospect.id, changes, 1)
                        one_updated.set()
                        release_one.wait(10)
                else:
                    one_updated.wait(10)
                    edits.save_prospect(prospect.id, changes, 1)
            outcomes[name] = "saved"
        except Exception as exc:  # what each desk was told, checked below
            outcomes[name] = exc

    one = threading.Thread(target=desk, args=("one", {"phone": "555-0101"}, True))
    two = threading.Thread(target=desk, args=("two", {"notes": "from two"}, False))
    one.start()
    two.start()
    one_updated.wait(10)
    # Desk two is now blocked on the row lock; let desk one commit.
    two.join(0.3)
    assert two.is_alive(), "desk two should wait for desk one's lock"
    release_one.set()
    one.join(10)
    two.join(10)

    assert outcomes["one"] == "saved"
    assert isinstance(outcomes["two"], StaleRecordError)
    assert outcomes["two"].current_version == 2
    stored = contacts.get_prospect(prospect.id)
    assert (stored.phone, stored.notes, stored.version) == ("555-0101", "", 2)
