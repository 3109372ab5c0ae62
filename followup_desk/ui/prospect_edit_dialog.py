"""Editing a prospect's details, without losing another desk's change.

The dialog remembers the version it read. If another desk saved the
prospect meanwhile, the save is refused and the dialog merges instead of
overwriting: the other desk's changes come into the form, and where both
desks changed the same detail the person chooses which to keep, then saves
again against the new version.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from followup_desk.domain.plan import INTERESTS
from followup_desk.services import contacts, edits
from followup_desk.services.errors import StaleRecordError, ValidationError
from followup_desk.storage.models import Prospect
from followup_desk.ui import formatting, messages, session, theme
from followup_desk.ui.forms import attach_form

# Marked for translation here, translated where shown (see ``_label``).
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ProspectEditDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ProspectEditDialog", "Last name"),
    "company": QT_TRANSLATE_NOOP("ProspectEditDialog", "Company"),
    "email": QT_TRANSLATE_NOOP("ProspectEditDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ProspectEditDialog", "Phone"),
    "phone2": QT_TRANSLATE_NOOP("ProspectEditDialog", "Phone 2"),
    "website": QT_TRANSLATE_NOOP("ProspectEditDialog", "Website"),
    "street": QT_TRANSLATE_NOOP("ProspectEditDialog", "Street"),
    "street2": QT_TRANSLATE_NOOP("ProspectEditDialog", "Street (more)"),
    "postcode": QT_TRANSLATE_NOOP("ProspectEditDialog", "Postcode"),
    "city": QT_TRANSLATE_NOOP("ProspectEditDialog", "Town"),
    "region": QT_TRANSLATE_NOOP("ProspectEditDialog", "Region"),
    "country": QT_TRANSLATE_NOOP("ProspectEditDialog", "Country"),
    "interest": QT_TRANSLATE_NOOP("ProspectEditDialog", "Interest"),
    "qualified": QT_TRANSLATE_NOOP("ProspectEditDialog", "Qualified"),
    "notes": QT_TRANSLATE_NOOP("ProspectEditDialog", "Notes"),
}


class ProspectEditDialog(QDialog):
    """Change a prospect's contact details; merges with another desk's save."""

    prospect_saved = Signal(int)

    def __init__(self, prospect_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prospect details"))
        self.ui = attach_form(self, "prospect_edit_dialog")
        prospect = contacts.get_prospect(prospect_id)
        self.prospect_id = prospect_id
        self.version = prospect.version
        self.original = {k: prospect_values_for_form(prospect)[k] for k in FIELD_LABELS}
        self.conflicts: dict[str, tuple[object, object]] = {}
        self._choice_groups: dict[str, QButtonGroup] = {}
        self._setup(prospect)
        self.resize(780, self.sizeHint().height())
        session.restore_geometry(self, "prospect_edit_dialog")

    # -- what tests and the window drive -----------------------------------------

    def widget(self, name: str) -> QWidget:
        if name == "interest":
            return self.ui.interest_combo
        if name == "qualified":
            return self.ui.qualified_check
        return getattr(self.ui, f"{name}_edit")

    def values(self) -> dict[str, object]:
        return {name: self._read(name) for name in FIELD_LABELS}

    def changes(self) -> dict[str, object]:
        return {k: v for k, v in self.values().items() if v != self.original[k]}

    def choose(self, field: str, theirs: bool) -> None:
        """In a conflict, keep the other desk's value (True) or this one's."""
        group = self._choice_groups[field]
        group.button(1 if theirs else 0).setChecked(True)

    def accept(self) -> None:
        self._clear_error()
        changes = self.changes()
        if not changes:
            self._close(True)
            return
        try:
            saved = edits.save_prospect(self.prospect_id, changes, self.version)
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return
        except StaleRecordError as exc:
            self._merge(exc, changes)
            return
        self.version = saved.version
        self.prospect_saved.emit(self.prospect_id)
        self._close(True)

    def reject(self) -> None:
        self._close(False)

    # -- merging ----------------------------------------------------------------------

    def _merge(self, refused: StaleRecordError, mine: dict[str, object]) -> None:
        theirs = {k: _form_value(k, refused.current.get(k)) for k in FIELD_LABELS}
        taken, self.conflicts = [], {}
        for name in FIELD_LABELS:
            they_changed = theirs[name] != self.original[name]
            if not they_changed:
                continue
            if name not in mine:
                self._write(name, theirs[name])
                taken.append(self.tr(FIELD_LABELS[name]))
            elif mine[name] != theirs[name]:
                self.conflicts[name] = (mine[name], theirs[name])
        self.original = theirs
        self.version = refused.current_version
        self._show_conflicts(taken)

    def _show_conflicts(self, taken: list[str]) -> None:
        ui = self.ui
        who = edits.last_changed_by("prospect", self.prospect_id)
        if who:
            saved = self.tr(
                "{name} saved this prospect on another desk while you were editing."
            ).format(name=who)
        else:
            saved = self.tr(
                "Someone saved this prospect on another desk while you were editing."
            )
        parts = [saved]
        if taken:
            parts.append(
                self.tr("Their changes ({fields}) are in the form now.").format(
                    fields=", ".join(taken)
                )
            )
        if self.conflicts:
            parts.append(
                self.tr(
                    "You both changed the details below: choose which to keep, then "
                    "save again."
                )
            )
        else:
            parts.append(self.tr("Your changes are still there: check and save again."))
        ui.conflict_label.setText(" ".join(parts))
        self._build_choices(who or self.tr("Other desk"))
        ui.conflict_card.show()
        self.version_label_text()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _build_choices(self, who: str) -> None:
        layout = self.ui.choices_layout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._choice_groups = {}
        for row, (name, (mine, theirs)) in enumerate(self.conflicts.items()):
            label = QLabel(self.tr(FIELD_LABELS[name]), self.ui.choices_box)
            yours = QRadioButton(
                self.tr("Yours: {value}").format(value=self._shown(mine)),
                self.ui.choices_box,
            )
            other = QRadioButton(
                self.tr("{name}: {value}").format(name=who, value=self._shown(theirs)),
                self.ui.choices_box,
            )
            yours.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(yours, 0)
            group.addButton(other, 1)
            group.idToggled.connect(
                lambda button_id, on, n=name: on and self._on_choice(n, button_id)
            )
            self._choice_groups[name] = group
            layout.addWidget(label, row, 0)
            layout.addWidget(yours, row, 1)
            layout.addWidget(other, row, 2)
        # Choices sit next to their label; the spare room goes to the right.
        layout.setColumnStretch(3, 1)

    def _on_choice(self, name: str, button_id: int) -> None:
        mine, theirs = self.conflicts[name]
        self._write(name, theirs if button_id == 1 else mine)

    # -- building ---------------------------------------------------------------------

    def _setup(self, prospect) -> None:
        ui = self.ui
        ui.title_label.setText(prospect.display_name)
        for interest in INTERESTS:
            ui.interest_combo.addItem(formatting.interest_label(interest), interest)
        for name in FIELD_LABELS:
            self._write(name, self.original[name])
        self.version_label_text()
        ui.conflict_card.hide()
        ui.error_label.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)

    def version_label_text(self) -> None:
        self.ui.version_label.setText(
            self.tr("Prospect {id}").format(id=self.prospect_id)
        )

    def _shown(self, value: object) -> str:
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        text = str(value)
        return f"“{text}”" if text else self.tr("(empty)")

    def _read(self, name: str) -> object:
        widget = self.widget(name)
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        return widget.text().strip()

    def _write(self, name: str, value: object) -> None:
        widget = self.widget(name)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value or ""))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value or ""))

    def _show_error(self, field: str, message: str) -> None:
        widget = self.widget(field) if field in FIELD_LABELS else None
        messages.show_inline_error(self.ui.error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in FIELD_LABELS:
            theme.set_flag(self.widget(name), "invalid", False)

    def _close(self, accepted: bool) -> None:
        session.save_geometry(self, "prospect_edit_dialog")
        if accepted:
            super().accept()
        else:
            super().reject()


def prospect_values_for_form(prospect: Prospect) -> dict[str, object]:
    values = edits.prospect_values(prospect)
    return {k: _form_value(k, v) for k, v in values.items()}


def _form_value(name: str, value: object) -> object:
    """A stored value as the form holds it (text trimmed, flags as bools)."""
    if name == "qualified":
        return bool(value)
    if name == "interest":
        return value or "medium"
    return str(value or "").strip()
