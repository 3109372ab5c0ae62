"""Two desks editing one draft quotation: neither change is lost silently."""

from __future__ import annotations

from decimal import Decimal

import pytest

from followup_desk.domain.money import LineItem
from followup_desk.services import edits, quotes
from followup_desk.ui.quote_lines_model import DESCRIPTION, UNIT_PRICE


@pytest.fixture
def open_draft(window, make_prospect):
    prospect = make_prospect(first_name="Zoë", last_name="Müller", channel="walk_in")
    quote = quotes.create_quote(prospect.id, [LineItem("Oak door", Decimal(1), 100)])
    window.show_prospect(prospect.id)
    editor = window.detail.quote_editor
    assert editor.quote_id == quote.id
    # The other desk saves the same draft after this desk opened it.
    edits.save_quote(quote.id, quote.version, [LineItem("Pine door", 1, 80)])
    editor.model.setData(editor.model.index(0, DESCRIPTION), "Oak door & frame")
    editor.model.setData(editor.model.index(0, UNIT_PRICE), "150")
    return editor, quote


def test_stale_save_asks_and_can_load_the_other_desks_lines(open_draft, shown_messages):
    editor, quote = open_draft
    shown_messages.answer = False

    assert editor.save() is None

    assert ("confirm", "Quotation changed") == shown_messages.shown[-1][:2]
    assert [i.description for i in quotes.line_items(quote.id)] == ["Pine door"]
    assert editor.model.line_items()[0].description == "Pine door"


def test_stale_save_can_keep_this_desks_lines(open_draft, shown_messages):
    editor, quote = open_draft
    shown_messages.answer = True

    assert editor.save() == quote.id

    assert shown_messages.titles()[-1] == "Quotation changed"
    saved = quotes.line_items(quote.id)
    assert [(i.description, i.unit_price) for i in saved] == [
        ("Oak door & frame", Decimal(150))
    ]


def test_a_save_with_nobody_else_asks_nothing(window, make_prospect, shown_messages):
    prospect = make_prospect(last_name="Alone", channel="walk_in")
    quote = quotes.create_quote(prospect.id, [LineItem("Shelf", Decimal(1), 20)])
    window.show_prospect(prospect.id)
    editor = window.detail.quote_editor
    editor.model.setData(editor.model.index(0, UNIT_PRICE), "25")

    assert editor.save() == quote.id
    editor.model.setData(editor.model.index(0, UNIT_PRICE), "30")
    assert editor.save() == quote.id

    assert "Quotation changed" not in shown_messages.titles()
    assert quotes.line_items(quote.id)[0].unit_price == Decimal(30)
