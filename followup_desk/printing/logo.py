"""The shop's logo on paper: loaded defensively, scaled into a box, stored once.

A logo is whatever file the owner picked, so it may be broken, enormous or not
an image at all. None of that may stop a batch from printing: such a logo is
logged and the pages print without it, and :func:`logo_problem` says in plain
words what is wrong so the screen can tell the owner.

PNG and JPEG logos are decoded with Pillow: transparency is kept, CMYK and
16-bit images are turned into ordinary RGB, and large pictures are shrunk
(JPEGs already while decoding, which keeps a 50-megapixel photo cheap). SVG
logos are read with svglib and drawn as vector graphics, sharp at any size.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import warnings
from dataclasses import dataclass

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo
from followup_desk.paths import resources_dir
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# A logo is printed at most a few centimetres wide; more pixels than this only
# make every PDF bigger and slower to write.
MAX_SIDE = 900
_FORMATS = {"PNG", "JPEG"}
# A JPEG is decoded at 1/2, 1/4 or 1/8 of its size when that still gives
# MAX_SIDE pixels, so a bigger picture is allowed for JPEG than for PNG.
MAX_JPEG_PIXELS = 64 * MAX_PIXELS


class LogoError(ValueError):
    """The logo cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class Logo:
    """A decoded logo ready for the canvas: a picture or an SVG drawing."""

    reader: ImageReader | None
    width: float
    height: float
    key: str  # names the PDF form, so one document stores the image only once
    drawing: object = None  # a ReportLab Drawing, for SVG logos


def is_svg(data: bytes) -> bool:
    """True for SVG text (with or without an XML declaration or a BOM)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<svg") or (
        head.startswith((b"<?xml", b"<!doctype svg", b"<!--")) and b"<svg" in head
    )


@functools.lru_cache(maxsize=8)
def load_logo(data: bytes | None) -> Logo | None:
    """Decode PNG, JPEG or SVG ``data``; None (and a warning) if unusable."""
    if not data:
        return None
    try:
        return _load(data)
    except LogoError as exc:
        log.warning("Logo ignored: %s", exc)
    except Exception as exc:  # Pillow and svglib raise many types for bad files
        log.warning("Logo ignored: it could not be read (%s)", type(exc).__name__)
    return None


def logo_problem(data: bytes | None) -> str:
    """What is wrong with a logo, for the owner to read; ``""`` if nothing."""
    if not data:
        return ""
    try:
        _load(bytes(data))
    except LogoError as exc:
        return message_of(exc)
    except Exception:  # Pillow and svglib raise many types for bad files
        return QT_TRANSLATE_NOOP(
            "Logo",
            "Your logo file could not be read: it may be damaged, or not a "
            "PNG, JPEG or SVG file.",
        )
    return ""


def _load(data: bytes) -> Logo:
    if len(data) > MAX_FILE_BYTES:
        raise LogoError(
            QT_TRANSLATE_NOOP(
                "Logo",
                "Your logo file is {size} MB, too large to print; save a smaller copy.",
            ).format(size=len(data) // (1024 * 1024))
        )
    key = hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16]
    if is_svg(data):
        drawing = _decode_svg(data)
        return Logo(None, drawing.width, drawing.height, key, drawing)
    image = _decode(data)
    return Logo(ImageReader(image), image.width, image.height, key)


def _decode_svg(data: bytes):
    from svglib.svglib import svg2rlg

    # svglib reports what it cannot draw through logging, at ERROR; for a
    # logo that is at most a missing detail, and the checks below catch a
    # drawing with nothing in it.
    svglib_log = logging.getLogger("svglib.svglib")
    level = svglib_log.level
    svglib_log.setLevel(logging.CRITICAL)
    try:
        drawing = svg2rlg(io.BytesIO(data))
    finally:
        svglib_log.setLevel(level)
    if drawing is None or not drawing.contents:
        raise LogoError(
            QT_TRANSLATE_NOOP("Logo", "Your SVG logo holds nothing that can be drawn.")
        )
    if not (drawing.width > 0 and drawing.height > 0):
        raise LogoError(
            QT_TRANSLATE_NOOP(
                "Logo", "Your SVG logo has no width or height; set them in it."
            )
        )
    return drawing


def _decode(data: bytes) -> Image.Image:
    # Pillow warns about decompression bombs; here that is simply a bad logo.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
        except Image.DecompressionBombWarning:
            raise LogoError(
                QT_TRANSLATE_NOOP(
                    "Logo",
                    "Your logo picture is far too large to print; save a copy "
                    "about 1000 pixels wide.",
                )
            ) from None
        if image.format not in _FORMATS:
            raise LogoError(
                QT_TRANSLATE_NOOP(
                    "Logo", "Your logo is a {format} file; use PNG, JPEG or SVG."
                ).format(format=image.format)
            )
        limit = MAX_JPEG_PIXELS if image.format == "JPEG" else MAX_PIXELS
        if image.width * image.height > limit:
            raise LogoError(
                QT_TRANSLATE_NOOP(
                    "Logo",
                    "Your logo picture is far too large to print; save a copy "
                    "about 1000 pixels wide.",
                )
            )
        if image.format == "JPEG":
            image.draft(image.mode, (MAX_SIDE, MAX_SIDE))
        image.load()

    if image.mode in {"I;16", "I;16B", "I;16L", "I"}:
        # 16-bit greyscale: scale to 8 bits rather than clip to white.
        image = image.point(lambda v: v / 257).convert("L")
    has_alpha = image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
    # CMYK (print shop JPEGs) becomes RGB here; Pillow undoes Adobe's
    # inverted CMYK while decoding.
    image = image.convert("RGBA" if has_alpha else "RGB")
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return image


def default_logo() -> Logo | None:
    """The neutral mark printed for shops that have not chosen a logo."""
    return _read_default()


@functools.cache
def _read_default() -> Logo | None:
    path = resources_dir() / "logo.png"
    try:
        return load_logo(path.read_bytes())
    except OSError:
        log.warning("Default logo %s is missing", path)
        return None


def company_logo(company: CompanyInfo) -> Logo | None:
    """The shop's own logo, or the neutral one if it has none.

    A logo that is set but broken gives no logo at all rather than the neutral
    mark, so nobody mistakes the mark for the shop's choice.
    """
    if company.logo:
        return load_logo(company.logo)
    return default_logo()


def fit_box(
    width: float, height: float, box_w: float, box_h: float
) -> tuple[float, float]:
    """The largest size of ``width`` x ``height`` inside the box, same shape."""
    if width <= 0 or height <= 0:
        return 0.0, 0.0
    scale = min(box_w / width, box_h / height)
    return width * scale, height * scale


def draw_logo(
    canvas: Canvas,
    logo: Logo,
    x: float,
    top: float,
    box_w: float,
    box_h: float,
    align: str = "left",
) -> tuple[float, float]:
    """Draw ``logo`` inside the box whose top-left corner is ``(x, top)``.

    The image is wrapped in a form the first time a canvas sees it, so a batch
    of a thousand pages stores it once and never hashes its pixels again.
    Returns the drawn width and height.
    """
    width, height = fit_box(logo.width, logo.height, box_w, box_h)
    if align == "right":
        x += box_w - width
    name = f"Logo{logo.key}"
    if not canvas.hasForm(name):
        canvas.beginForm(name, 0, 0, 1, 1)
        if logo.drawing is not None:
            from reportlab.graphics import renderPDF

            # The drawing is scaled into the same unit square as a picture.
            canvas.scale(1 / logo.width, 1 / logo.height)
            renderPDF.draw(logo.drawing, canvas, 0, 0)
        else:
            canvas.drawImage(logo.reader, 0, 0, 1, 1, mask="auto")
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, top - height)
    canvas.scale(width, height)
    canvas.doForm(name)
    canvas.restoreState()
    return width, height
