"""Getting a printed PDF onto paper: the system print dialog or the PDF viewer.

Each desk chooses in the quotation settings. The print dialog is Qt's own
(``QPrintDialog``), so the desk picks its printer, copies and tray as in any
other program. Qt can only paint, not read PDFs, and QtPdf is not part of the
PySide6 wheel we ship on, so the PDF's pages are rendered with PDFium
(``pypdfium2``) at the printer's resolution (up to 300 dpi) and painted onto
the printer edge to edge: the paper shows exactly what the PDF shows, the same
layout the viewer previews.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from followup_desk.ui import messages, session

log = logging.getLogger("followup_desk.ui")

VIEWER, DIALOG = "viewer", "dialog"
PRINT_METHODS = {
    DIALOG: "Show the print dialog and print straight away",
    VIEWER: "Open the PDF in my PDF viewer, to print from there",
}
_SETTING = "printing/method"
MAX_DPI = 300


class PrintError(Exception):
    """The printer could not take the pages; the message says what to do."""


def print_method() -> str:
    """How this desk prints: ``"dialog"`` or ``"viewer"`` (the default)."""
    value = session.ui_state().value(_SETTING, VIEWER)
    return value if value in PRINT_METHODS else VIEWER


def set_print_method(method: str) -> None:
    if method not in PRINT_METHODS:
        raise ValueError(f"unknown print method {method!r}")
    session.ui_state().setValue(_SETTING, method)


def pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    """Width and height of every page, in points."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].get_size() for i in range(len(document))]
    finally:
        document.close()


def render_to_printer(path: Path, printer: QPrinter) -> int:
    """Paint every page of the PDF onto ``printer``; returns the pages printed."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    try:
        first = document[0]
        printer.setFullPage(True)
        _match_paper(printer, first.get_size())
        if not painter.begin(printer):
            raise PrintError(
                QCoreApplication.translate(
                    "PdfDelivery",
                    "The printer could not be started. Check that it is switched "
                    "on and connected, or choose another printer.",
                )
            )
        dpi = min(printer.resolution(), MAX_DPI)
        for number in range(len(document)):
            page = document[number]
            if number:
                _match_paper(printer, page.get_size())
                printer.newPage()
            image = _page_image(page, dpi / 72)
            target = QRectF(painter.viewport())
            painter.drawImage(target, image)
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def _match_paper(printer: QPrinter, size: tuple[float, float]) -> None:
    width, height = size
    page_size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point)
    printer.setPageSize(page_size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if width > height
        else QPageLayout.Orientation.Portrait
    )


def _page_image(page, scale: float) -> QImage:
    bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=False)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(
        data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888
    )
    return image.copy()  # own the pixels: ``data`` goes away with this frame


class PdfDelivery(QObject):
    """Hands a finished PDF to the desk's printer or viewer."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.dialog: QPrintDialog | None = None

    def deliver(
        self, path: Path, title: str, done: Callable[[], None] | None = None
    ) -> None:
        """Print or open ``path``; ``done`` runs once it is on its way."""
        if print_method() == DIALOG:
            self._print_with_dialog(path, title, done)
            return
        log.info("Opening %s", path.name)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            messages.info(
                self._parent,
                self.tr("Printing"),
                self.tr(
                    "The PDF is saved as {file}, but no program opened it. Open it "
                    "from that folder to print it."
                ).format(file=path),
            )
        if done is not None:
            done()

    def _print_with_dialog(
        self, path: Path, title: str, done: Callable[[], None] | None
    ) -> None:
        try:
            sizes = pdf_page_sizes(path)
        except ImportError:
            log.warning("pypdfium2 is missing; opening the PDF instead")
            set_print_method(VIEWER)
            self.deliver(path, title, done)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        _match_paper(printer, sizes[0])
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(title)
        dialog.setMinMax(1, len(sizes))
        dialog.accepted.connect(lambda: self._on_dialog_accepted(path, printer, done))
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        # Shown window-modal rather than exec(): no nested event loop, the
        # window keeps painting. (QDialog.open would do the same, but PySide
        # hides it behind QPrintDialog's two-argument open.)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    def _on_dialog_accepted(
        self, path: Path, printer: QPrinter, done: Callable[[], None] | None
    ) -> None:
        try:
            pages = render_to_printer(path, printer)
        except PrintError as exc:
            messages.error(self._parent, self.tr("Printing"), str(exc))
            return
        except Exception as exc:  # PDFium and printer drivers raise many types
            log.exception("Printing %s failed", path.name)
            messages.error(
                self._parent,
                self.tr("Printing"),
                self.tr(
                    "The pages could not be sent to the printer. The PDF is saved "
                    "as {file}; open it and print it from there."
                ).format(file=path),
                details=str(exc),
            )
            return
        log.info("Printed %d pages of %s", pages, path.name)
        if done is not None:
            done()

    def _on_dialog_finished(self, result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
