"""Envelope sizes, label sheets and printer setups as plain data.

Like ``documents``, this module imports no ReportLab: the batch view fills its
drop-downs from it and the services check a template before anything is
drawn. Every length is kept in PostScript points (1/72 in), the unit the
canvas draws in; each label product also remembers the unit its maker states
it in ("in" or "mm") so it can be shown and edited that way.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from followup_desk.paths import resources_dir
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MM = 72 / 25.4
INCH = 72.0
UNITS = {"mm": MM, "in": INCH}

# Where the envelope comes out of the printer relative to the page the PDF
# describes. Most printers take envelopes long edge first (the page is the
# envelope, landscape); many office lasers want them short edge first, so the
# page is portrait and the envelope's top edge lies to one side.
FEEDS = {
    "landscape": QT_TRANSLATE_NOOP("Formats", "Long edge first (landscape)"),
    "portrait_top_left": QT_TRANSLATE_NOOP(
        "Formats", "Short edge first, top of the envelope on the left"
    ),
    "portrait_top_right": QT_TRANSLATE_NOOP(
        "Formats", "Short edge first, top of the envelope on the right"
    ),
}
# What carries the recipient's address on a batch: a printed envelope, a label
# stuck on a plain envelope, or the window of a window envelope (the letter
# shows through, nothing extra is printed).
ADDRESS_ON = {
    "envelope": QT_TRANSLATE_NOOP("Formats", "Printed envelopes"),
    "labels": QT_TRANSLATE_NOOP("Formats", "Address labels"),
    "window": QT_TRANSLATE_NOOP("Formats", "Window envelopes (nothing extra)"),
}


class FormatError(ValueError):
    """A size or template that cannot be printed; the message says why."""


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope laid flat, address side up, in points (width > height)."""

    name: str
    width: float
    height: float
    margin: float  # printers cannot reach the very edge of an envelope
    barcode_strip: float  # kept clear along the bottom edge
    metric: bool = True  # the "print at 100 %" bar is 50 mm, else 2 in

    @property
    def size(self) -> tuple[float, float]:
        return self.width, self.height

    @property
    def label(self) -> str:
        width, height = self.width / MM, self.height / MM
        if self.metric:
            return f"{self.name} ({width:.0f} × {height:.0f} mm)"
        return f"{self.name} ({self.width / INCH:g} × {self.height / INCH:g} in)"


# ISO 269 sizes; 15 mm kept clear at the bottom for the sorting barcode
# (Deutsche Post, Royal Mail and La Poste all reserve about that much).
DL = EnvelopeSize("DL", 220 * MM, 110 * MM, margin=10 * MM, barcode_strip=15 * MM)
C5 = EnvelopeSize("C5", 229 * MM, 162 * MM, margin=10 * MM, barcode_strip=15 * MM)
C4 = EnvelopeSize("C4", 324 * MM, 229 * MM, margin=12 * MM, barcode_strip=15 * MM)
# US commercial sizes; USPS keeps the bottom 5/8 in for its barcode.
US_10 = EnvelopeSize(
    "#10",
    9.5 * INCH,
    4.125 * INCH,
    margin=0.4 * INCH,
    barcode_strip=0.625 * INCH,
    metric=False,
)
US_9 = EnvelopeSize(
    "#9",
    8.875 * INCH,
    3.875 * INCH,
    margin=0.4 * INCH,
    barcode_strip=0.625 * INCH,
    metric=False,
)
ENVELOPES = {size.name: size for size in (DL, C5, C4, US_10, US_9)}

# The post's machines take letters between these sizes (UPU minimum 140 x 90
# mm; B4 is the largest envelope an office printer feeds).
_MIN_ENVELOPE = (140 * MM, 90 * MM)
_MAX_ENVELOPE = (353 * MM, 250 * MM)


def custom_envelope(width_mm: float, height_mm: float) -> EnvelopeSize:
    """An envelope of the owner's own size, checked before anything prints."""
    width, height = max(width_mm, height_mm) * MM, min(width_mm, height_mm) * MM
    if width < _MIN_ENVELOPE[0] or height < _MIN_ENVELOPE[1]:
        raise FormatError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "The post does not take envelopes smaller than 140 × 90 mm; "
                "check the width and height.",
            )
        )
    if width > _MAX_ENVELOPE[0] or height > _MAX_ENVELOPE[1]:
        raise FormatError(
            QT_TRANSLATE_NOOP(
                "Formats",
                "That envelope is larger than a printer can feed (353 × 250 "
                "mm at most); check the width and height.",
            )
        )
    return EnvelopeSize("Custom", width, height, margin=10 * MM, barcode_strip=15 * MM)


def envelope_named(name: str) -> EnvelopeSize:
    """``DL``, ``C5``, ``C4``, ``#10`` (or ``10``), ``#9``, or ``WxH`` in mm."""
    text = name.strip().upper().replace(" ", "")
    if text in ("10", "9", "NO10", "NO9", "COM10"):
        text = "#" + text.removeprefix("NO").removeprefix("COM")
    if text in ENVELOPES:
        return ENVELOPES[text]
    if "X" in text:
        width, _, height = text.partition("X")
        try:
            return custom_envelope(float(width), float(height))
        except ValueError as exc:
            if isinstance(exc, FormatError):
                raise
    known = ", ".join(ENVELOPES)
    raise FormatError(
        QT_TRANSLATE_NOOP(
            "Formats",
            "“{name}” is not an envelope size; use one of {known}, or "
            "the size in millimetres such as 235x120.",
        ).format(name=name, known=known)
    )


@dataclass(frozen=True)
class PrinterSetup:
    """How one printer takes envelopes and sheets, and how far it is off.

    Offsets are in millimetres: positive x moves the print right, positive y
    moves it down, as measured on the calibration page.
    """

    name: str = "Default printer"
    envelope_feed: str = "landscape"
    sheet_offset_x: float = 0.0
    sheet_offset_y: float = 0.0
    envelope_offset_x: float = 0.0
    envelope_offset_y: float = 0.0

    def __post_init__(self) -> None:
        if self.envelope_feed not in FEEDS:
            raise FormatError(
                QT_TRANSLATE_NOOP(
                    "Formats", "Unknown envelope feed “{envelope_feed}”."
                ).format(envelope_feed=self.envelope_feed)
            )
        for value in (
            self.sheet_offset_x,
            self.sheet_offset_y,
            self.envelope_offset_x,
            self.envelope_offset_y,
        ):
            if not math.isfinite(value) or abs(value) > 20:
                raise FormatError(
                    QT_TRANSLATE_NOOP(
                        "Formats",
                        "A printer offset of more than 20 mm means the wrong paper "
                        "size or tray; check the printer settings first.",
                    )
                )


@dataclass(frozen=True)
class Cell:
    """One label's rectangle, in points from the sheet's top-left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class LabelTemplate:
    """One label (or business-card) sheet: where each label sits.

    Positions count from 1, left to right along a row, then row by row down
    the sheet, as the makers number them.
    """

    key: str
    brand: str
    product: str
    description: str
    kind: str  # "address" or "card"
    unit: str  # the unit the maker states the sheet in: "in" or "mm"
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    corner_radius: float = 0.0
    source: str = ""
    custom: bool = False
    aliases: tuple[str, ...] = field(default=())

    @property
    def name(self) -> str:
        return f"{self.brand} {self.product}".strip()

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return self.page_width, self.page_height

    def cell(self, position: int) -> Cell:
        """The label at ``position`` (1 = top left) on an unshifted sheet."""
        if not 1 <= position <= self.per_sheet:
            raise FormatError(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "{name} has labels 1 to {per_sheet}; there is no label {position}.",
                ).format(name=self.name, per_sheet=self.per_sheet, position=position)
            )
        row, column = divmod(position - 1, self.columns)
        return Cell(
            self.left + column * self.pitch_x,
            self.top + row * self.pitch_y,
            self.label_width,
            self.label_height,
        )

    def problems(self) -> list[str]:
        """What makes this template unprintable, in plain words; [] if none."""
        unit = UNITS[self.unit]
        out: list[str] = []

        def show(points: float) -> str:
            return f"{points / unit:.4g} {self.unit}"

        if self.columns < 1 or self.rows < 1:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats", "A sheet needs at least one column and one row."
                )
            )
            return out
        if min(self.label_width, self.label_height) < 10 * MM:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats", "A label must be at least 10 mm wide and high."
                )
            )
        if self.columns > 1 and self.pitch_x < self.label_width - 0.01:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "The labels overlap side by side: the distance from one label "
                    "to the next ({pitch}) is less than a label's width ({width}).",
                ).format(pitch=show(self.pitch_x), width=show(self.label_width))
            )
        if self.rows > 1 and self.pitch_y < self.label_height - 0.01:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "The labels overlap top to bottom: the distance from one row "
                    "to the next ({pitch}) is less than a label's height ({height}).",
                ).format(pitch=show(self.pitch_y), height=show(self.label_height))
            )
        last = self.cell(self.per_sheet) if not out else None
        if last is not None and last.right > self.page_width + 0.5:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "The last column runs {length} off the right edge of the "
                    "sheet; reduce the left margin, the label width or the "
                    "distance between columns.",
                ).format(length=show(last.right - self.page_width))
            )
        if last is not None and last.bottom > self.page_height + 0.5:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Formats",
                    "The last row runs {length} off the bottom of the sheet; "
                    "reduce the top margin, the label height or the distance "
                    "between rows.",
                ).format(length=show(last.bottom - self.page_height))
            )
        if self.left < 0 or self.top < 0:
            out.append(QT_TRANSLATE_NOOP("Formats", "Margins cannot be negative."))
        return out


def template_from_data(data: dict, custom: bool = False) -> LabelTemplate:
    """A template from its catalogue entry (lengths in the entry's unit)."""
    unit = data.get("unit", "mm")
    if unit not in UNITS:
        raise FormatError(
            QT_TRANSLATE_NOOP("Formats", "Unknown unit “{unit}”; use mm or in.").format(
                unit=unit
            )
        )
    scale = UNITS[unit]
    try:
        page_w, page_h = (float(x) * scale for x in data["page"])
        label_w, label_h = (float(x) * scale for x in data["label"])
        pitch_x, pitch_y = (float(x) * scale for x in data["pitch"])
        return LabelTemplate(
            key=str(data["key"]),
            brand=str(data.get("brand", "")),
            product=str(data.get("product", data["key"])),
            description=str(data.get("description", "")),
            kind=str(data.get("kind", "address")),
            unit=unit,
            page_width=page_w,
            page_height=page_h,
            columns=int(data["columns"]),
            rows=int(data["rows"]),
            label_width=label_w,
            label_height=label_h,
            left=float(data["left"]) * scale,
            top=float(data["top"]) * scale,
            pitch_x=pitch_x,
            pitch_y=pitch_y,
            corner_radius=float(data.get("corner_radius", 0)) * scale,
            source=str(data.get("source", "")),
            custom=custom,
            aliases=tuple(data.get("aliases", ())),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(
            QT_TRANSLATE_NOOP("Formats", "The label sheet {key} is incomplete.").format(
                key=data.get("key", "?")
            )
        ) from exc


def template_to_data(template: LabelTemplate) -> dict:
    """The catalogue form of a template, lengths in its own unit."""
    scale = UNITS[template.unit]

    def length(points: float) -> float:
        return round(points / scale, 4)

    return {
        "key": template.key,
        "brand": template.brand,
        "product": template.product,
        "description": template.description,
        "kind": template.kind,
        "unit": template.unit,
        "page": [length(template.page_width), length(template.page_height)],
        "columns": template.columns,
        "rows": template.rows,
        "label": [length(template.label_width), length(template.label_height)],
        "left": length(template.left),
        "top": length(template.top),
        "pitch": [length(template.pitch_x), length(template.pitch_y)],
        "corner_radius": length(template.corner_radius),
    }


def catalogue_path() -> Path:
    return resources_dir() / "labels_catalogue.json"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, LabelTemplate]:
    """The label products shipped with the app, by key, in catalogue order."""
    with catalogue_path().open(encoding="utf-8") as handle:
        data = json.load(handle)
    templates = [template_from_data(entry) for entry in data["products"]]
    return {template.key: template for template in templates}


def find_template(
    name: str, extra: dict[str, LabelTemplate] | None = None
) -> LabelTemplate:
    """A template by key ("avery-5160"), product code ("5160", "l7160") or name.

    ``extra`` holds the shop's own templates, which are searched first.
    """
    wanted = name.strip().casefold().replace(" ", "")
    pool = {**(extra or {}), **catalogue()}
    for template in pool.values():
        names = {
            name.casefold().replace(" ", "")
            for name in (
                template.key,
                template.product,
                template.name,
                *template.aliases,
            )
        }
        if wanted in names:
            return template
    products = ", ".join(t.product for t in catalogue().values())
    raise FormatError(
        QT_TRANSLATE_NOOP(
            "Formats",
            "“{name}” is not a label sheet Follow-up Desk knows; use one "
            "of {products}, or add your own sheet in the label template "
            "editor.",
        ).format(name=name, products=products)
    )
