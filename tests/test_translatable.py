"""Messages marked below the window: English as written, marks kept for later."""

from __future__ import annotations

import datetime as dt
import pickle

from followup_desk.services.errors import ValidationError
from followup_desk.translatable import QT_TRANSLATE_NOOP, Text, joined, message_of


def test_a_marked_message_reads_as_its_english():
    text = QT_TRANSLATE_NOOP("Contacts", "There is no prospect with id {id}.")
    filled = text.format(id=7)

    assert filled == "There is no prospect with id 7."
    assert isinstance(filled, Text)
    assert (filled.context, filled.source, filled.values) == (
        "Contacts",
        "There is no prospect with id {id}.",
        {"id": 7},
    )


def test_escaped_braces_read_single_and_days_read_in_english():
    pattern = QT_TRANSLATE_NOOP("QuoteNumbers", "The pattern needs {{seq}}.")
    closed = QT_TRANSLATE_NOOP("Touches", "Closed on {day}.").format(
        day=dt.date(2026, 12, 25)
    )

    assert pattern == "The pattern needs {seq}."
    assert closed == "Closed on Fri 25 Dec."
    assert closed.values["day"] == dt.date(2026, 12, 25)


def test_the_marks_survive_an_exception_and_a_pickle():
    message = QT_TRANSLATE_NOOP("Contacts", "Enter a name or a company.")
    error = ValidationError("last_name", message)

    assert message_of(error) is message
    assert str(error) == "Enter a name or a company."
    copy = pickle.loads(pickle.dumps(message))
    assert (copy, copy.context) == (message, "Contacts")
    assert message_of(ValueError("plain", 2)) == "('plain', 2)"


def test_joined_parts_keep_their_own_marks():
    first = QT_TRANSLATE_NOOP("Plan", "The plan has no steps; add at least one.")
    second = QT_TRANSLATE_NOOP("Plan", "Two steps share the key “{key}”.").format(
        key="a"
    )
    both = joined([first, second])

    assert both == f"{first} {second}"
    assert list(both.values.values()) == [first, second]
