"""The prospect list model fetches blocks of rows as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from followup_desk.ui.prospect_table_model import (
    BLOCK_SIZE,
    PROSPECT_ID_ROLE,
    ProspectTableModel,
)


class FakeProspects:
    """Rows like prospects.search gives, counting how often it is asked."""

    def __init__(self, total: int) -> None:
        self.rows = [
            (
                n,
                f"First{n}",
                f"Last{n:05d}",
                "",
                "",
                "",
                "Town",
                "phone",
                "prospect",
                None,
            )
            for n in range(1, total + 1)
        ]
        self.calls: list[tuple[str, int, int]] = []

    def search(self, text, offset, limit):
        self.calls.append((text, offset, limit))
        matching = [r for r in self.rows if r[2].casefold().startswith(text.casefold())]
        return matching[offset : offset + limit]

    def count(self, text):
        return sum(1 for r in self.rows if r[2].casefold().startswith(text.casefold()))


def test_only_the_first_block_is_read_until_more_is_needed(qapp):
    fake = FakeProspects(1000)
    model = ProspectTableModel(search=fake.search, count=fake.count)
    model.reload()

    assert model.rowCount() == BLOCK_SIZE
    assert model.total == 1000
    assert model.canFetchMore(QModelIndex())
    assert fake.calls == [("", 0, BLOCK_SIZE)]

    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 1000
    assert len(fake.calls) == 1000 // BLOCK_SIZE
    assert model.index(999, 0).data() == "Last01000, First1000"


def test_scrolling_the_view_fetches_the_next_block(qtbot):
    fake = FakeProspects(450)
    model = ProspectTableModel(search=fake.search, count=fake.count)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)

    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > BLOCK_SIZE)
    assert (("", BLOCK_SIZE, BLOCK_SIZE)) in fake.calls


def test_filter_starts_again_from_the_first_block(qapp):
    fake = FakeProspects(300)
    model = ProspectTableModel(search=fake.search, count=fake.count)
    model.reload()
    model.set_filter("  last0001 ")

    assert model.filter_text == "last0001"
    assert model.total == 10  # Last00010 … Last00019
    assert model.rowCount() == 10
    assert not model.canFetchMore(QModelIndex())


def test_real_rows_show_labels_and_ids(make_prospect):
    prospect = make_prospect(
        first_name="Zoë", last_name="Müller", company="Smith & Sons", channel="walk_in"
    )
    firm = make_prospect(first_name="", last_name="", company="Ελληνικά Έπιπλα")
    model = ProspectTableModel()
    model.reload()

    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    row = rows["Müller, Zoë"]
    assert model.index(row, 1).data() == "Smith & Sons"
    assert model.index(row, 5).data() == "Walk-in"
    assert model.index(row, 6).data() == "Prospect"
    assert model.index(row, 0).data(PROSPECT_ID_ROLE) == prospect.id
    # A firm with no contact name shows its name where people look for it.
    assert model.row_of(firm.id) == rows["Ελληνικά Έπιπλα"]
