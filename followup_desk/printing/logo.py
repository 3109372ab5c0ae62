"""The shop's logo on paper: loaded defensively, scaled into a box, stored once.

A logo is whatever file the owner picked, so it may be broken, enormous or not
an image at all. None of that may stop a batch from printing: such a logo is
logged and the pages print without it.
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

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 40_000_000
# A logo is printed at most a few centimetres wide; more pixels than this only
# make every PDF bigger and slower to write.
MAX_SIDE = 900
_FORMATS = {"PNG", "JPEG"}


@dataclass(frozen=True)
class Logo:
    """A decoded logo ready for the canvas."""

    reader: ImageReader
    width: int
    height: int
    key: str  # names the PDF form, so one document stores the image only once


@functools.lru_cache(maxsize=8)
def load_logo(data: bytes | None) -> Logo | None:
    """Decode PNG or JPEG ``data``; None (and a warning) if it cannot be used."""
    if not data:
        return None
    if len(data) > MAX_FILE_BYTES:
        log.warning("Logo ignored: the file is %d bytes, too large", len(data))
        return None
    try:
        image = _decode(data)
    except Exception as exc:  # Pillow raises many types for bad files
        log.warning("Logo ignored: it could not be read (%s)", type(exc).__name__)
        return None
    key = hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16]
    return Logo(ImageReader(image), image.width, image.height, key)


def _decode(data: bytes) -> Image.Image:
    # Pillow warns about decompression bombs; here that is simply a bad logo.
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(io.BytesIO(data))
        if image.format not in _FORMATS:
            raise ValueError(f"unsupported format {image.format}")
        if image.width * image.height > MAX_PIXELS:
            raise ValueError("too many pixels")
        image.load()

    has_alpha = image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
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
        canvas.drawImage(logo.reader, 0, 0, 1, 1, mask="auto")
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, top - height)
    canvas.scale(width, height)
    canvas.doForm(name)
    canvas.restoreState()
    return width, height
