"""Setting up the mail room: the printer, the brochures, the business cards.

Three things the owner sets once and the daily batch uses every day: how the
printer takes envelopes and how far it is off (measured with the calibration
page), the PDFs that go into every package or mailer, and each person's
business card.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from followup_desk.printing.formats import FEEDS
from followup_desk.services import posting_setup
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import UserError
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class MailRoomDialog(QDialog):
    """Printer offsets and feed, brochures, business cards; saved as they go."""

    settings_saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail room"))
        self.ui = attach_form(self, "mail_room_dialog")
        self._card_id: int | None = None
        self._setup()
        self._load_printer()
        self._load_enclosures()
        self._load_cards()
        self.resize(720, 520)
        session.restore_geometry(self, "mail_room_dialog")

    # -- what callers and tests drive ---------------------------------------------

    def save_printer(self) -> bool:
        """Store the printer fields; False (and the reason shown) if refused."""
        ui = self.ui
        try:
            posting_setup.save_printer_settings(
                envelope_feed=ui.feed_combo.currentData(),
                sheet_offset_x=ui.sheet_x_spin.value(),
                sheet_offset_y=ui.sheet_y_spin.value(),
                envelope_offset_x=ui.envelope_x_spin.value(),
                envelope_offset_y=ui.envelope_y_spin.value(),
            )
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self._show_error("")
        self.settings_saved.emit()
        return True

    def print_calibration(self) -> Path | None:
        if not self.save_printer():
            return None
        out = session.documents_folder() / "calibration.pdf"
        return self._print(
            lambda: posting_setup.print_calibration(
                out, self.ui.calibration_combo.currentData()
            )
        )

    def print_test_envelope(self) -> Path | None:
        if not self.save_printer():
            return None
        out = session.documents_folder() / "test-envelope.pdf"
        return self._print(lambda: _write_test_envelope(out))

    def add_enclosure(self, path: Path, kind: str) -> bool:
        try:
            posting_setup.add_enclosure(path, kind)
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self._show_error("")
        self._load_enclosures()
        return True

    def save_card(self) -> bool:
        ui = self.ui
        try:
            card = posting_setup.save_staff_card(
                ui.card_name_edit.text(),
                ui.card_title_edit.text(),
                ui.card_phone_edit.text(),
                ui.card_email_edit.text(),
                self._card_id,
            )
        except UserError as exc:
            self._show_error(messages.translated(exc))
            return False
        self._show_error("")
        self._card_id = card.id
        self._load_cards()
        return True

    def print_cards(self) -> Path | None:
        if self._card_id is None and not self.save_card():
            return None
        out = session.documents_folder() / "business-cards.pdf"
        card_id = self._card_id
        product = self.ui.card_sheet_combo.currentData()
        return self._print(
            lambda: posting_setup.print_business_cards(out, card_id, product)
        )

    def accept(self) -> None:
        if self.save_printer():
            session.save_geometry(self, "mail_room_dialog")
            super().accept()

    # -- building -----------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        for key, text in FEEDS.items():
            ui.feed_combo.addItem(messages.translated(text), key)
        for template in posting_setup.all_templates("address"):
            ui.calibration_combo.addItem(template.name, template.key)
        for template in posting_setup.all_templates("card"):
            ui.card_sheet_combo.addItem(
                f"{template.name} – {template.description}", template.key
            )
        company = profile_service.company_info()
        default = "avery-5371" if company.uses_letter_paper else "zweckform-c32011"
        ui.card_sheet_combo.setCurrentIndex(
            max(0, ui.card_sheet_combo.findData(default))
        )
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        theme.set_flag(save, "primary", True)
        ui.error_label.hide()
        ui.card_list.setMinimumWidth(200)

        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.calibration_button.clicked.connect(self._on_calibration_button_clicked)
        ui.test_envelope_button.clicked.connect(self._on_test_envelope_button_clicked)
        ui.add_package_button.clicked.connect(self._on_add_package_button_clicked)
        ui.add_mailer_button.clicked.connect(self._on_add_mailer_button_clicked)
        ui.remove_enclosure_button.clicked.connect(
            self._on_remove_enclosure_button_clicked
        )
        ui.card_list.currentItemChanged.connect(self._on_card_list_current_changed)
        ui.new_card_button.clicked.connect(self._on_new_card_button_clicked)
        ui.save_card_button.clicked.connect(self._on_save_card_button_clicked)
        ui.print_cards_button.clicked.connect(self._on_print_cards_button_clicked)

    def _load_printer(self) -> None:
        settings = posting_setup.printer_settings()
        ui = self.ui
        ui.feed_combo.setCurrentIndex(
            max(0, ui.feed_combo.findData(settings.envelope_feed))
        )
        ui.sheet_x_spin.setValue(float(settings.sheet_offset_x or 0))
        ui.sheet_y_spin.setValue(float(settings.sheet_offset_y or 0))
        ui.envelope_x_spin.setValue(float(settings.envelope_offset_x or 0))
        ui.envelope_y_spin.setValue(float(settings.envelope_offset_y or 0))
        if settings.label_product:
            index = ui.calibration_combo.findData(settings.label_product)
            ui.calibration_combo.setCurrentIndex(max(0, index))

    def _load_enclosures(self) -> None:
        view = self.ui.enclosure_list
        view.clear()
        for enclosure in posting_setup.enclosures():
            where = messages.translated(posting_setup.ENCLOSURE_KINDS[enclosure.kind])
            view.addItem(
                self.tr("{where}: {name} (%n pages)", "", enclosure.pages).format(
                    where=where, name=enclosure.name
                )
            )
            view.item(view.count() - 1).setData(ID_ROLE, enclosure.id)
        self.ui.remove_enclosure_button.setEnabled(view.count() > 0)

    def _load_cards(self) -> None:
        view = self.ui.card_list
        view.blockSignals(True)
        view.clear()
        for card in posting_setup.staff_cards():
            view.addItem(card.name)
            item = view.item(view.count() - 1)
            item.setData(ID_ROLE, card.id)
            if card.id == self._card_id:
                view.setCurrentItem(item)
        view.blockSignals(False)

    def _show_card(self, card) -> None:
        ui = self.ui
        self._card_id = card.id if card else None
        ui.card_name_edit.setText(card.name if card else "")
        ui.card_title_edit.setText(card.job_title if card else "")
        ui.card_phone_edit.setText(card.phone if card else "")
        ui.card_email_edit.setText(card.email if card else "")

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def _print(self, write) -> Path | None:
        try:
            path = write()
        except (UserError, OSError) as exc:
            problem = (
                messages.translated(exc) if isinstance(exc, UserError) else exc.strerror
            )
            self._show_error(
                self.tr("Nothing was printed: {problem}").format(problem=problem)
            )
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def _choose_pdf(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PDF"),
            str(Path.home()),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    # -- signals from the form ----------------------------------------------------

    def _on_calibration_button_clicked(self) -> None:
        self.print_calibration()

    def _on_test_envelope_button_clicked(self) -> None:
        self.print_test_envelope()

    def _on_add_package_button_clicked(self) -> None:
        path = self._choose_pdf()
        if path:
            self.add_enclosure(path, "package")

    def _on_add_mailer_button_clicked(self) -> None:
        path = self._choose_pdf()
        if path:
            self.add_enclosure(path, "mailer")

    def _on_remove_enclosure_button_clicked(self) -> None:
        item = self.ui.enclosure_list.currentItem()
        if item is None:
            self._show_error(self.tr("Pick the brochure to remove first."))
            return
        posting_setup.remove_enclosure(item.data(ID_ROLE))
        self._load_enclosures()

    def _on_card_list_current_changed(self, current, _previous) -> None:
        if current is None:
            return
        card_id = current.data(ID_ROLE)
        card = next((c for c in posting_setup.staff_cards() if c.id == card_id), None)
        self._show_card(card)

    def _on_new_card_button_clicked(self) -> None:
        self.ui.card_list.clearSelection()
        self._show_card(None)
        self.ui.card_name_edit.setFocus()

    def _on_save_card_button_clicked(self) -> None:
        self.save_card()

    def _on_print_cards_button_clicked(self) -> None:
        self.print_cards()


def _write_test_envelope(out: Path) -> Path:
    """One envelope to the shop itself, as the batch would print it."""
    from dataclasses import replace

    from followup_desk.printing.envelope import envelope_size_for, write_envelope_pdf
    from followup_desk.printing.formats import envelope_named

    company = profile_service.company_info()
    settings = posting_setup.printer_settings()
    size = (
        envelope_named(settings.envelope)
        if settings.envelope
        else envelope_size_for(company)
    )
    recipient = replace(company.address, name=company.name)
    return write_envelope_pdf(
        out, company, recipient, size, posting_setup.printer_setup(settings), True
    )
