"""Accessible names for every control, so screen readers can say what it is.

Forms name most fields explicitly. For the rest, an application-wide event
filter fills in the name as each widget is first polished, from what a
sighted person reads: a button's own text, the label whose buddy the field
is, the field's placeholder or its tooltip. Names set by a form or a screen
are never changed.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger("followup_desk.ui")


def plain(text: str) -> str:
    """Label text as spoken: no mnemonic ampersands, no trailing dots or colon."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"<[^>]+>", "", text)  # rich-text labels
    return text.strip().rstrip(":…").rstrip(".").strip()


def name_for(widget: QWidget) -> str:
    """What a screen reader should call ``widget``, from what is on screen."""
    return _name_for(widget, [])


def _name_for(widget: QWidget, held: list[QObject]) -> str:
    # ``held`` keeps every wrapper the lookup makes alive; see _fill().
    owner = widget.parentWidget()
    if isinstance(owner, (QComboBox, QAbstractSpinBox)):
        # The text field inside an editable list or a number box is that box.
        held.append(owner)
        return owner.accessibleName() or _name_for(owner, held)
    if isinstance(widget, QAbstractButton) and plain(widget.text()):
        return plain(widget.text())
    label = _buddy_label(widget, held)
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
            try:
                _fill(watched)
            except RuntimeError:
                # A wrapper PySide already counts as deleted. Nothing may leave
                # an application-wide filter: PySide 6.11 crashes the process
                # when an exception escapes it while Qt shows a dialog.
                log.debug("Could not name a %s", type(watched).__name__)
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
    # QLabel.buddy() ties the field's wrapper to the label's, and PySide marks
    # the field's wrapper deleted once a temporary label or parent wrapper is
    # freed. For widgets Qt made on its own (the print dialog's file name box)
    # those wrappers exist only here, so they are held until the name is set.
    held: list[QObject] = []
    name = _name_for(widget, held)
    if not name:
        return False
    widget.setAccessibleName(name)
    return True


def _buddy_label(widget: QWidget, held: list[QObject]) -> QLabel | None:
    # A field's label sits beside it in the same form: look in the parent and
    # the grandparent only, not the whole window for every widget polished.
    parent = widget.parentWidget()
    for _level in range(2):
        if parent is None:
            return None
        labels = parent.findChildren(QLabel)
        held.append(parent)
        held.extend(labels)
        for label in labels:
            if label.buddy() is widget:
                return label
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None
