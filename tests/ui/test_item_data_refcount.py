"""Guards against a PySide6 binding bug that once aborted the app.

PySide6 6.12.0 dropped a reference to ``None`` on each item ``setData()``
call; after a few thousand rows (a busy Today list) Python aborted.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QTreeWidgetItem


def test_item_set_data_keeps_none_alive(qapp):
    before = sys.getrefcount(None)
    items = []
    for value in range(500):
        tree_item = QTreeWidgetItem()
        tree_item.setData(0, Qt.ItemDataRole.UserRole, value)
        std_item = QStandardItem()
        std_item.setData(value, Qt.ItemDataRole.UserRole)
        items.append((tree_item, std_item))
    # A healthy binding changes the count by a handful at most, not by 1,000.
    assert abs(sys.getrefcount(None) - before) < 100
