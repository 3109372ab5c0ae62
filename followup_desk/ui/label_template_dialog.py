"""The label sheet editor: the owner's own sheets, measured and checked.

Start from a catalogue product (or a blank sheet), type the measurements
printed on the label box, and watch the preview: labels that overlap or run
off the paper turn red and the problem is said in words. Saving stores the
sheet for every desk; the calibration page prints its outlines to hold
against a real sheet.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QDialogButtonBox, QWidget

from followup_desk.printing.formats import INCH, MM, UNITS, LabelTemplate
from followup_desk.services import posting_setup
from followup_desk.services.errors import UserError
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

PAPERS = {
    "A4": (210 * MM, 297 * MM),
    "US Letter": (8.5 * INCH, 11 * INCH),
}
# Marked for translation here, translated when the combo boxes are filled.
KINDS = {
    "address": QT_TRANSLATE_NOOP("LabelTemplateDialog", "Address labels"),
    "card": QT_TRANSLATE_NOOP("LabelTemplateDialog", "Business cards"),
}
UNIT_NAMES = {
    "mm": QT_TRANSLATE_NOOP("LabelTemplateDialog", "Millimetres"),
    "in": QT_TRANSLATE_NOOP("LabelTemplateDialog", "Inches"),
}
# Spin boxes holding a length, by the template field they edit.
LENGTHS = {
    "page_width": "page_width",
    "page_height": "page_height",
    "label_width": "label_width",
    "label_height": "label_height",
    "left": "left",
    "top": "top",
    "pitch_x": "pitch_x",
    "pitch_y": "pitch_y",
    "radius": "corner_radius",
}
BLANK = LabelTemplate(
    key="",
    brand="",
    product="",
    description="",
    kind="address",
    unit="mm",
    page_width=210 * MM,
    page_height=297 * MM,
    columns=2,
    rows=7,
    label_width=99 * MM,
    label_height=38 * MM,
    left=5 * MM,
    top=15 * MM,
    pitch_x=101 * MM,
    pitch_y=38 * MM,
    custom=True,
)


class SheetPreview(QWidget):
    """The sheet drawn to scale: paper, labels, and the first label marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: LabelTemplate | None = None
        self.setMinimumSize(260, 340)
        self.setAccessibleName(self.tr("Preview of the label sheet"))

    def show_template(self, template: LabelTemplate) -> None:
        self.template = template
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        template = self.template
        if template is None or template.page_width <= 0 or template.page_height <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 10
        # Labels running off the paper stay in view, so the owner sees how far.
        last_right = template.left + (template.columns - 1) * template.pitch_x
        last_bottom = template.top + (template.rows - 1) * template.pitch_y
        extent_w = max(template.page_width, last_right + template.label_width)
        extent_h = max(template.page_height, last_bottom + template.label_height)
        scale = min(
            (self.width() - 2 * margin) / extent_w,
            (self.height() - 2 * margin) / extent_h,
        )
        width, height = template.page_width * scale, template.page_height * scale
        x0 = (self.width() - extent_w * scale) / 2
        y0 = (self.height() - extent_h * scale) / 2
        painter.setPen(QPen(QColor(theme.BORDER), 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(x0, y0, width, height))

        count = min(template.columns * template.rows, 400)
        radius = template.corner_radius * scale
        for position in range(1, count + 1):
            row, column = divmod(position - 1, max(template.columns, 1))
            left = template.left + column * template.pitch_x
            top = template.top + row * template.pitch_y
            off = (
                left + template.label_width > template.page_width + 0.5
                or top + template.label_height > template.page_height + 0.5
            )
            colour = QColor(theme.DANGER if off else theme.ACCENT)
            painter.setPen(QPen(colour, 1))
            fill = QColor(colour)
            fill.setAlpha(60 if position == 1 else 22)
            painter.setBrush(fill)
            painter.drawRoundedRect(
                QRectF(
                    x0 + left * scale,
                    y0 + top * scale,
                    template.label_width * scale,
                    template.label_height * scale,
                ),
                radius,
                radius,
            )
        painter.end()


class LabelTemplateDialog(QDialog):
    """Edit one of the shop's own label sheets; ``template_saved`` on Save."""

    template_saved = Signal(str)

    def __init__(self, parent: QWidget | None = None, start_from: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Label sheet"))
        self.ui = attach_form(self, "label_template_dialog")
        self.preview = SheetPreview(self.ui.preview_frame)
        self.ui.preview_layout.addWidget(self.preview)
        self._unit = "mm"
        self._loading = False
        self._setup()
        self.load(posting_setup.label_template(start_from) if start_from else BLANK)
        session.restore_geometry(self, "label_template_dialog")

    # -- what callers and tests drive --------------------------------------------

    def load(self, template: LabelTemplate) -> None:
        """Fill the fields from ``template`` (in its own unit)."""
        self._loading = True
        ui = self.ui
        self._unit = template.unit
        ui.unit_combo.setCurrentIndex(ui.unit_combo.findData(template.unit))
        self._set_decimals()
        index = ui.base_combo.findData(template.key)
        ui.base_combo.setCurrentIndex(max(index, 0))
        # A catalogue sheet is copied under a name of its own; the catalogue
        # itself never changes.
        ui.brand_edit.setText(template.brand)
        ui.product_edit.setText(
            template.product
            if template.custom or not template.key
            else self.tr("{product} (adjusted)").format(product=template.product)
        )
        ui.description_edit.setText(template.description)
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(template.kind))
        ui.columns_spin.setValue(template.columns)
        ui.rows_spin.setValue(template.rows)
        for spin_name, field in LENGTHS.items():
            self._spin(spin_name).setValue(getattr(template, field) / UNITS[self._unit])
        self._select_paper(template.page_width, template.page_height)
        self._key = template.key if template.custom else ""
        self._loading = False
        self._refresh()

    def template(self) -> LabelTemplate:
        """The sheet as the fields describe it, lengths in points."""
        ui = self.ui
        scale = UNITS[self._unit]
        lengths = {
            field: self._spin(name).value() * scale for name, field in LENGTHS.items()
        }
        return replace(
            BLANK,
            key=self._key,
            brand=ui.brand_edit.text().strip(),
            product=ui.product_edit.text().strip(),
            description=ui.description_edit.text().strip(),
            kind=ui.kind_combo.currentData(),
            unit=self._unit,
            columns=ui.columns_spin.value(),
            rows=ui.rows_spin.value(),
            **lengths,
        )

    def problems(self) -> list[str]:
        template = self.template()
        out = [messages.translated(problem) for problem in template.problems()]
        if not template.product:
            out.insert(0, self.tr("Give the sheet a name or number."))
        return out

    def accept(self) -> None:
        try:
            saved = posting_setup.save_label_template(self.template())
        except UserError as exc:
            self._show_problems([messages.translated(exc)])
            return
        session.save_geometry(self, "label_template_dialog")
        self.template_saved.emit(saved.key)
        super().accept()

    def print_calibration(self) -> None:
        """Print the outlines of the sheet as it stands to a PDF and open it."""
        from followup_desk.printing.calibration import write_calibration_pdf
        from followup_desk.services.errors import ValidationError

        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        template = self.template()
        out = session.documents_folder() / "label-calibration.pdf"
        settings = posting_setup.printer_settings()
        try:
            write_calibration_pdf(out, template, posting_setup.printer_setup(settings))
        except (OSError, ValidationError) as exc:
            messages.error(
                self,
                self.tr("Label sheet"),
                self.tr(
                    "The calibration page could not be written: {problem}. Check "
                    "the documents folder can be written to."
                ).format(problem=messages.translated(exc)),
            )
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(out)))

    # -- building -----------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        ui.base_combo.addItem(self.tr("Blank sheet"), "")
        for template in posting_setup.all_templates():
            name = template.name
            if template.custom:
                name = self.tr("{name} (yours)").format(name=name)
            ui.base_combo.addItem(f"{name} – {template.description}", template.key)
        for key, label in KINDS.items():
            ui.kind_combo.addItem(self.tr(label), key)
        for key, label in UNIT_NAMES.items():
            ui.unit_combo.addItem(self.tr(label), key)
        for name in PAPERS:
            ui.page_combo.addItem(name, name)
        ui.page_combo.addItem(self.tr("Other size"), "")
        save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        theme.set_flag(save, "primary", True)

        ui.base_combo.activated.connect(self._on_base_combo_activated)
        ui.unit_combo.currentIndexChanged.connect(self._on_unit_combo_changed)
        ui.page_combo.activated.connect(self._on_page_combo_activated)
        for widget in (ui.brand_edit, ui.product_edit, ui.description_edit):
            widget.textChanged.connect(self._on_field_changed)
        ui.kind_combo.currentIndexChanged.connect(self._on_field_changed)
        height = ui.brand_edit.sizeHint().height()
        for name in LENGTHS:
            spin = self._spin(name)
            # Measurements are typed off the label box, not stepped with arrows.
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            spin.setMinimumHeight(height)
            spin.valueChanged.connect(self._on_field_changed)
        for name in ("columns", "rows"):
            self._spin(name).valueChanged.connect(self._on_field_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.calibration_button.clicked.connect(self._on_calibration_button_clicked)

    def _spin(self, name: str):
        return getattr(self.ui, f"{name}_spin")

    def _set_decimals(self) -> None:
        # Hundredths of a millimetre, or the 1/64 in fractions label boxes use.
        decimals = 2 if self._unit == "mm" else 4
        for name in LENGTHS:
            self._spin(name).setDecimals(decimals)
            self._spin(name).setSuffix(f" {self._unit}")

    def _select_paper(self, width: float, height: float) -> None:
        for index in range(self.ui.page_combo.count()):
            size = PAPERS.get(self.ui.page_combo.itemData(index))
            if size and abs(size[0] - width) < 1 and abs(size[1] - height) < 1:
                self.ui.page_combo.setCurrentIndex(index)
                return
        self.ui.page_combo.setCurrentIndex(self.ui.page_combo.count() - 1)

    def _refresh(self) -> None:
        if self._loading:
            return
        template = self.template()
        self.preview.show_template(template)
        other = self.ui.page_combo.currentData() == ""
        self.ui.page_width_spin.setEnabled(other)
        self.ui.page_height_spin.setEnabled(other)
        self._show_problems(self.problems())

    def _show_problems(self, problems: list[str]) -> None:
        self.ui.problems_label.setText("\n".join(problems))
        self.ui.problems_label.setVisible(bool(problems))
        save = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)

    # -- signals from the form ----------------------------------------------------

    def _on_base_combo_activated(self, index: int) -> None:
        key = self.ui.base_combo.itemData(index)
        self.load(posting_setup.label_template(key) if key else BLANK)

    def _on_unit_combo_changed(self, _index: int) -> None:
        new = self.ui.unit_combo.currentData()
        if self._loading or new == self._unit:
            self._unit = new
            return
        # Same sheet, other unit: every length is converted, nothing moves.
        factor = UNITS[self._unit] / UNITS[new]
        self._loading = True
        values = {name: self._spin(name).value() * factor for name in LENGTHS}
        self._unit = new
        self._set_decimals()
        for name, value in values.items():
            self._spin(name).setValue(value)
        self._loading = False
        self._refresh()

    def _on_page_combo_activated(self, index: int) -> None:
        size = PAPERS.get(self.ui.page_combo.itemData(index))
        if size:
            self._loading = True
            self.ui.page_width_spin.setValue(size[0] / UNITS[self._unit])
            self.ui.page_height_spin.setValue(size[1] / UNITS[self._unit])
            self._loading = False
        self._refresh()

    def _on_field_changed(self, *_args) -> None:
        self._refresh()

    def _on_calibration_button_clicked(self) -> None:
        self.print_calibration()
