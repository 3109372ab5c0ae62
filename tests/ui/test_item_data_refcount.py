"""Guards against a PySide6 binding bug that once aborted the app.

PySide6 6.12.0 dropped a reference to ``None`` on each item ``setData()``
call; after a few thousand rows (a busy Today list) Python aborted.
"""

import gc
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QTreeWidgetItem

CALLS = 2000


def test_item_set_data_keeps_none_alive(qapp):
    # Other objects come and go while the loop runs (a collection, a worker
    # thread finishing), moving the count by a hundred or so either way; the
    # bug loses one reference per call, thousands here.
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        items = []
        for value in range(CALLS // 2):
            tree_item = QTreeWidgetItem()
            tree_item.setData(0, Qt.ItemDataRole.UserRole, value)
            std_item = QStandardItem()
            std_item.setData(value, Qt.ItemDataRole.UserRole)
            items.append((tree_item, std_item))
        lost = before - sys.getrefcount(None)
    finally:
        gc.enable()
    assert lost < CALLS // 4
