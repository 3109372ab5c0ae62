"""Logos: bad files never stop printing, good ones keep their shape."""

from __future__ import annotations

import io
import logging
import struct
import zlib

import pytest
from PIL import Image

from followup_desk.domain.address import CompanyInfo
from followup_desk.printing import logo as logo_module
from followup_desk.printing.logo import (
    MAX_SIDE,
    company_logo,
    default_logo,
    fit_box,
    load_logo,
)


def png_bytes(width: int, height: int, mode: str = "RGBA") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, (width, height), (200, 30, 30, 255)[: len(mode)]).save(
        buffer, "PNG"
    )
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG file whose header claims an enormous picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def _fresh_cache():
    load_logo.cache_clear()
    yield
    load_logo.cache_clear()


def test_png_and_jpeg_load_with_their_size():
    png = load_logo(png_bytes(40, 20))
    assert png is not None and (png.width, png.height) == (40, 20)

    buffer = io.BytesIO()
    Image.new("RGB", (30, 60), "navy").save(buffer, "JPEG")
    jpeg = load_logo(buffer.getvalue())
    assert jpeg is not None and (jpeg.width, jpeg.height) == (30, 60)


@pytest.mark.parametrize(
    "data",
    [
        b"not an image at all",
        png_bytes(10, 10)[:40],  # cut off in the middle
        png_claiming(100_000, 100_000),  # decompression bomb
    ],
    ids=["garbage", "truncated", "huge"],
)
def test_unusable_logo_gives_none_and_a_warning(data, caplog):
    with caplog.at_level(logging.WARNING, logger="followup_desk.printing.logo"):
        assert load_logo(data) is None
    assert "Logo ignored" in caplog.text


def test_other_image_formats_are_refused(caplog):
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "GIF")
    assert load_logo(buffer.getvalue()) is None


def test_large_logo_is_scaled_down_keeping_its_shape():
    logo = load_logo(png_bytes(3000, 1000, "RGB"))
    assert logo is not None
    assert max(logo.width, logo.height) == MAX_SIDE
    assert logo.width / logo.height == pytest.approx(3, rel=0.01)


def test_fit_box_keeps_the_aspect_ratio():
    assert fit_box(400, 100, 200, 200) == (200, 50)
    assert fit_box(100, 400, 200, 200) == (50, 200)
    assert fit_box(0, 10, 20, 20) == (0, 0)


def test_shop_without_logo_gets_the_neutral_mark():
    logo = default_logo()
    assert logo is not None
    assert company_logo(CompanyInfo("Shop")) is logo


def test_shop_with_a_broken_logo_gets_no_logo(monkeypatch):
    assert company_logo(CompanyInfo("Shop", logo=b"broken")) is None
    assert logo_module.default_logo() is not None
