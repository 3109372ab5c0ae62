"""The main window as it was left: size, place, panes, columns and the last view.

Read when the window is built and written when it closes, through the
settings declared in ``desk_settings``. Anything missing or unusable (a first
start, a column added since, a screen that was unplugged) falls back to the
defaults, so a bad settings file can never stop the window from opening.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMainWindow

from followup_desk.ui import desk_settings

log = logging.getLogger("followup_desk.ui")

DEFAULT_SIZE = (1400, 900)
DEFAULT_SPLIT = (600, 780)
MIN_COLUMN_WIDTH = 30


def restore(window: QMainWindow) -> None:
    """Give the window back its size, panes, column widths, tab and prospect."""
    geometry = desk_settings.MAIN_GEOMETRY.get()
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    state = desk_settings.MAIN_STATE.get()
    if not state.isEmpty():
        window.restoreState(state)
    ui = window.ui
    splitter = desk_settings.MAIN_SPLITTER.get()
    if splitter.isEmpty() or not ui.main_splitter.restoreState(splitter):
        ui.main_splitter.setSizes(list(DEFAULT_SPLIT))
    header = ui.prospect_table.horizontalHeader()
    for column, width in enumerate(desk_settings.PROSPECT_COLUMNS.get()):
        if column < header.count() and width >= MIN_COLUMN_WIDTH:
            header.resizeSection(column, width)
    tab = desk_settings.LAST_TAB.get()
    if 0 <= tab < ui.tabs.count():
        ui.tabs.setCurrentIndex(tab)


def restore_prospect(window: QMainWindow) -> None:
    """Open the prospect that was open at the last close, if it still exists."""
    prospect_id = desk_settings.LAST_PROSPECT.get()
    if prospect_id <= 0 or window.detail.prospect_id is not None:
        return
    from followup_desk.storage.models import Prospect

    if not Prospect.select().where(Prospect.id == prospect_id).exists():
        return
    tab = window.ui.tabs.currentIndex()
    window.show_prospect(prospect_id)
    # Opening a prospect switches to its tab; the remembered tab wins.
    window.ui.tabs.setCurrentIndex(tab)


def remember(window: QMainWindow) -> None:
    """Write down how the window looks, for the next start."""
    ui = window.ui
    desk_settings.MAIN_GEOMETRY.set(window.saveGeometry())
    desk_settings.MAIN_STATE.set(window.saveState())
    desk_settings.MAIN_SPLITTER.set(ui.main_splitter.saveState())
    header = ui.prospect_table.horizontalHeader()
    desk_settings.PROSPECT_COLUMNS.set(
        [header.sectionSize(column) for column in range(header.count())]
    )
    desk_settings.LAST_TAB.set(ui.tabs.currentIndex())
    desk_settings.LAST_PROSPECT.set(window.detail.prospect_id or 0)
    desk_settings.store().sync()
