"""Accessible names for every control, so screen readers can say what it is.

Forms name most fields explicitly. For the rest, an application-wide event
filter fills in the name as each widget is first polished, from what a
sighted person reads: a button's own text, the label whose buddy the field
is, the field's placeholder or its tooltip. Names set by a form or a screen
are never changed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)
_installed: dict[int, AccessibleNames] = {}


def plain(text: str) -> str:
    """Label text as spoken: no mnemonic ampersands, no trailing dots or colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"<[^>]+>", "", text)  # rich-text labels
    return text.strip().rstrip(":…").rstrip(".").strip()


def name_for(widget: QWidget) -> str:
    """What a screen reader should call ``widget``, from what is on screen."""
    owner = widget.parentWidget()
    if isinstance(owner, (QComboBox, QAbstractSpinBox)):
        # The text field inside an editable list or a number box is that box.
        return owner.accessibleName() or name_for(owner)
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text())
    label = _buddy_label(widget)
    if label is not None and plain(label.text()):
        return plain(label.text())
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and plain(placeholder()):
        return plain(placeholder())
    if plain(widget.toolTip()):
        return plain(widget.toolTip())
    return ""


def complete(widget: QWidget) -> int:
    """Name every unnamed control in ``widget`` and below; return how many."""
    named = 0
    for child in [widget, *widget.findChildren(QWidget)]:
        if _fill(child):
            named += 1
    return named


class AccessibleNames(QObject):
    """Names each control as it is first polished, in every window and dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Polish and isinstance(watched, QWidget):
            _fill(watched)
        return False


def install(app: QApplication) -> AccessibleNames:
    """Watch every widget the application makes from now on (once per app)."""
    existing = _installed.get(id(app))
    if existing is not None:
        return existing
    names = AccessibleNames(app)
    app.installEventFilter(names)
    _installed[id(app)] = names
    return names


def _fill(widget: QWidget) -> bool:
    if not isinstance(widget, _CONTROLS) or widget.accessibleName():
        return False
    name = name_for(widget)
    if not name:
        return False
    widget.setAccessibleName(name)
    return True


def _buddy_label(widget: QWidget) -> QLabel | None:
    # A field's label sits beside it in the same form: look in the parent and
    # the grandparent only, not the whole window for every widget polished.
    parent = widget.parentWidget()
    for _level in range(2):
        if parent is None:
            return None
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget:
                return label
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None
