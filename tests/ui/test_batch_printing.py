"""The daily batch prints off the GUI thread, opens, then is marked posted."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from followup_desk.services import profile, touches


@pytest.fixture
def package_due(make_prospect, last_working_day):
    profile.update_profile(prime_area="627")
    return make_prospect(
        first_name="Émile",
        last_name="Lefèvre",
        street="480 Oak Ave",
        postcode="62702",
        city="Springfield",
        region="IL",
        contacted_on=last_working_day,
    )


def _package(prospect_id: int):
    return next(t for t in touches.touches_for(prospect_id) if t.kind == "package")


def test_batch_is_printed_opened_and_marked_posted(
    qtbot, window, package_due, opened_urls, shown_messages
):
    assert _package(package_due.id).status == "open"

    with qtbot.waitSignal(window.batch_printer.finished, timeout=30000):
        window.print_batch_action.trigger()
        assert window.batch_printer.busy

    result = window.batch_printer.result
    assert result.pieces == 1
    assert [url.toLocalFile() for url in opened_urls] == [str(result.path)]
    text = "\n".join(p.extract_text() for p in PdfReader(str(result.path)).pages)
    assert "Lefèvre" in text
    assert shown_messages.titles() == ["Daily batch"]
    assert _package(package_due.id).status == "done"
    assert "1 piece marked as posted" in window.statusBar().currentMessage()


def test_printed_batch_stays_open_when_not_confirmed(
    qtbot, window, package_due, opened_urls, shown_messages
):
    shown_messages.answer = False

    with qtbot.waitSignal(window.batch_printer.finished, timeout=30000):
        window.print_daily_batch()

    assert len(opened_urls) == 1
    assert _package(package_due.id).status == "open"


def test_an_empty_batch_is_explained(qtbot, window, shown_messages, opened_urls):
    with qtbot.waitSignal(window.batch_printer.finished, timeout=30000):
        window.print_daily_batch()

    kind, title, text, _details = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Daily batch")
    assert "empty" in text
    assert opened_urls == []
    assert not window.batch_printer.busy
