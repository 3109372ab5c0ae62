"""The Batch view, driven offscreen: untick, print off the GUI thread, post."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from followup_desk.services import batch, contacts, profile, touches
from followup_desk.ui.batch_table_model import CHECK, TICK


@pytest.fixture
def three_due(make_prospect, last_working_day):
    profile.update_profile(
        name="Harbor Light Hardware",
        street="120 Main Street",
        city="Springfield",
        region="IL",
        postcode="62704",
        country="US",
        prime_area="6",
    )
    made = [
        make_prospect(
            first_name=first,
            last_name=last,
            street=street,
            postcode=postcode,
            city="Springfield",
            region="IL",
            contacted_on=last_working_day,
            in_prime_area=True,
        )
        for first, last, street, postcode in (
            ("Émile", "Lefèvre", "480 Oak Ave", "62702"),
            ("Zoë", "O'Hara & <Sons>", "12 Elm St", "62703"),
            ("Юлия", "Ἀθηνᾶ", "7 Pine Rd", ""),
        )
    ]
    return made


@pytest.fixture
def view(qtbot, qapp, three_due, shown_messages, opened_urls):
    from followup_desk.ui import theme
    from followup_desk.ui.batch_view import BatchView

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)
    widget = BatchView()
    qtbot.addWidget(widget)
    widget.resize(1300, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _package(prospect_id: int):
    return next(t for t in touches.touches_for(prospect_id) if t.kind == "package")


def _row(view, last_name: str) -> int:
    for row, entry in enumerate(view.model.entries):
        if last_name in entry.name:
            return row
    raise AssertionError(last_name)


def _untick(view, row: int) -> None:
    index = view.model.index(row, TICK)
    view.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)


def _print(qtbot, view) -> None:
    with qtbot.waitSignal(view.printing_finished, timeout=30000):
        view.ui.print_button.click()
        assert view.busy


def test_lists_the_batch_with_incomplete_addresses_unticked(view, three_due):
    model = view.model
    assert model.rowCount() == 3
    row = _row(view, "Ἀθηνᾶ")
    assert model.index(row, TICK).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert model.index(row, CHECK).data() == "The ZIP code is missing."
    assert model.index(_row(view, "Lefèvre"), CHECK).data() == "Ready"
    summary = view.ui.summary_label.text()
    assert summary.startswith("2 of 3 ticked")
    assert "1 needs an address" in summary and "$7.40 to post" in summary
    assert not view.ui.mark_posted_button.isEnabled()


def test_prints_ticked_pieces_then_marks_only_those_posted(
    qtbot, view, three_due, opened_urls, shown_messages
):
    lefevre, ohara, _no_zip = three_due
    _untick(view, _row(view, "O'Hara"))
    assert view.ui.summary_label.text().startswith("1 of 3 ticked")

    _print(qtbot, view)

    assert len(opened_urls) == 1
    text = "\n".join(
        p.extract_text() for p in PdfReader(opened_urls[0].toLocalFile()).pages
    )
    assert "Lefèvre" in text and "O'Hara" not in text
    # Printing marked nothing, and says the batch waits to be posted.
    assert _package(lefevre.id).status == "open"
    assert "not yet marked as posted" in view.ui.notice_label.text()
    assert view.ui.mark_posted_button.isEnabled()

    with qtbot.waitSignal(view.batch_posted) as posted:
        view.ui.mark_posted_button.click()

    assert posted.args == [1]
    assert shown_messages.shown[-1][0] == "confirm"
    assert _package(lefevre.id).status == "done"
    assert _package(ohara.id).status == "open"
    assert [e.name for e in view.model.entries if "Lefèvre" in e.name] == []
    assert view.ui.notice_label.isHidden()


def test_reopening_after_a_crash_offers_to_mark_the_printed_batch(
    qtbot, qapp, view, three_due, shown_messages
):
    from followup_desk.ui.batch_view import BatchView

    _print(qtbot, view)
    printed = set(view.printed_ids)
    # The app closes; a fresh view starts from what is in the database.
    view.close()

    again = BatchView()
    qtbot.addWidget(again)
    assert "not yet marked as posted" in again.ui.notice_label.text()
    assert set(again.model.ticked_ids()) == printed
    assert again.ui.mark_posted_button.isEnabled()
    with qtbot.waitSignal(again.batch_posted, timeout=30000) as posted:
        assert again.mark_posted()
        assert again.busy  # marking runs off the GUI thread too
    assert posted.args == [2]
    assert not again.busy


def test_pull_list_shows_who_ordered_after_printing(qtbot, view, three_due):
    lefevre = three_due[0]
    _print(qtbot, view)

    contacts.record_first_order(lefevre)
    view.reload()

    notice = view.ui.notice_label.text()
    assert "Take out before posting: no. " in notice
    assert "Émile Lefèvre (ordered)" in notice


def test_labels_from_a_half_used_sheet(qtbot, view, opened_urls):
    ui = view.ui
    ui.address_combo.setCurrentIndex(ui.address_combo.findData("labels"))
    ui.labels_combo.setCurrentIndex(ui.labels_combo.findData("avery-5160"))
    assert ui.start_spin.isVisible() and not ui.envelope_combo.isVisible()
    ui.start_spin.setValue(29)

    _print(qtbot, view)

    pages = PdfReader(opened_urls[0].toLocalFile()).pages
    # Two letters, then labels 29 and 30 on one sheet.
    assert len(pages) == 3
    assert "Lefèvre" in pages[-1].extract_text()
    assert batch.open_batch().label_start == 29


def test_an_envelope_size_typed_wrong_is_explained(qtbot, view, shown_messages):
    view.ui.envelope_combo.setEditText("huge")

    _print(qtbot, view)

    kind, title, text, _details = shown_messages.shown[-1]
    assert (kind, title) == ("error", "Daily batch")
    assert "“huge” is not an envelope size" in text
    assert batch.open_batch() is None


def test_main_window_batch_tab_and_returned_post(
    qtbot, window, three_due, shown_messages
):
    from followup_desk.ui.main_window import BATCH_TAB

    window.batch_view_action.trigger()

    assert window.ui.tabs.currentIndex() == BATCH_TAB
    assert window.batch_view.model.rowCount() == 3
    lefevre = three_due[0]
    window.show_prospect(lefevre.id)
    # The package and the year's mailers wait for a new address.
    assert window.record_returned_post() == 5
    assert _package(lefevre.id).status == "paused"
    assert batch.is_undeliverable(lefevre.id)
    assert shown_messages.titles()[-1] == "Returned post"
    window.batch_view_action.trigger()
    names = [entry.name for entry in window.batch_view.model.entries]
    assert "Émile Lefèvre" not in names and len(names) == 2
