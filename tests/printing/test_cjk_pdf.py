"""Chinese, Japanese and Korean names on every printed piece, read back.

These need a CJK font on the computer (any: TrueType or CFF outlines) and
are skipped without one. Text is extracted with pypdf; fonts are checked in
the PDF's own objects, so no particular font file or tool is assumed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pdf_probe import ISSUED, make_quote, page_texts, text_runs
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.domain.money import LineItem
from followup_desk.printing import cjk_font, system_fonts
from followup_desk.printing.cover_letter import write_cover_letter_pdf
from followup_desk.printing.documents import default_cover_letter
from followup_desk.printing.envelope import US_10, write_envelope_pdf
from followup_desk.printing.fonts import (
    BOLD,
    REGULAR,
    fit_text,
    register_fonts,
    runs,
    text_width,
    wrap,
)
from followup_desk.printing.formats import find_template
from followup_desk.printing.label_sheets import write_address_labels
from followup_desk.printing.quotation import write_quotation_pdf
from followup_desk.printing.text_drawing import RIGHT, draw_text

NAME = "山田 太郎"
COMPANY = '株式会社サンプル & <Zoë> "Юлия"'
KOREAN = "서울 지점 Ἀθηνᾶ 12"
CHINESE = "北京办事处 Suite 5"
DESCRIPTION = (
    "ステンレス製の庭用ホース二十五メートル、真鍮の継手付き。"
    "配送は東京都内なら翌日です。"
)
US_10_WINDOW = (0.875 * 72, 2.0 * 72, 4.0 * 72, 1.125 * 72)


@pytest.fixture(scope="module")
def cjk():
    register_fonts()
    loaded = cjk_font.cjk_font()
    if loaded is None:
        pytest.skip("this computer has no CJK font (e.g. fonts-noto-cjk)")
    return loaded


@pytest.fixture
def recipient() -> PostalAddress:
    return PostalAddress(
        name=NAME,
        company=COMPANY,
        street=KOREAN,
        street2=CHINESE,
        city="Chicago",
        region="IL",
        postcode="60601",
        country="US",
    )


@pytest.fixture
def cjk_shop(us_shop) -> CompanyInfo:
    return CompanyInfo("港町ハードウェア株式会社", us_shop.address, phone="555-0142")


def _lines(path: Path, page: int = 0) -> dict[float, list]:
    """The page's text pieces by baseline: a mixed line is several runs."""
    by_line: dict[float, list] = {}
    for run in text_runs(path, page):
        by_line.setdefault(round(run.y, 1), []).append(run)
    return {y: sorted(pieces, key=lambda r: r.x) for y, pieces in by_line.items()}


def _embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """Every font the PDF uses, and whether its TrueType program is inside."""
    found = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor
            found.append((str(font["/BaseFont"]), embedded))
    return found


def test_cjk_text_is_measured_with_the_cjk_font(cjk):
    name, glyphs = cjk
    assert ord("山") in glyphs and ord("서") in glyphs
    assert runs("Zoë 山田", REGULAR) == [(REGULAR, "Zoë "), (name, "山田")]
    mixed = text_width("Zoë 山田", REGULAR, 10)
    assert mixed == pytest.approx(
        stringWidth("Zoë ", REGULAR, 10) + stringWidth("山田", name, 10)
    )
    # Ideographs are an em wide; DejaVu's fallback width would be far less.
    assert text_width("山田", REGULAR, 10) == pytest.approx(20, abs=0.5)


def test_bold_text_uses_a_bold_cjk_face_when_there_is_one(cjk):
    bold_name, _glyphs = cjk_font.cjk_font(bold=True)
    assert runs("Shop 商店", BOLD) == [(BOLD, "Shop "), (bold_name, "商店")]


def test_wrap_breaks_between_cjk_characters(cjk):
    lines = wrap(DESCRIPTION, 150, REGULAR, 9)
    assert len(lines) >= 3
    assert "".join(lines) == DESCRIPTION
    assert all(text_width(line, REGULAR, 9) <= 150 for line in lines)
    # A full stop or comma never starts a line.
    assert not any(line[0] in "、。" for line in lines[1:])


def test_fit_text_shrinks_then_ellipsizes_by_real_widths(cjk):
    fitted = fit_text(DESCRIPTION, 200, REGULAR, 10, 7)
    assert fitted.size == 7 and fitted.text.endswith("…")
    assert text_width(fitted.text, REGULAR, fitted.size) <= 200


def test_right_aligned_mixed_text_ends_at_its_edge(tmp_path, cjk):
    path = tmp_path / "r.pdf"
    canvas = Canvas(str(path), pagesize=(300, 100))
    width = draw_text(canvas, 250, 50, "合計 ¥1,234", REGULAR, 12, align=RIGHT)
    canvas.save()

    # Each run is as wide as its own font makes it, and the line ends at x.
    assert width == pytest.approx(
        stringWidth("合計", cjk[0], 12) + stringWidth(" ¥1,234", REGULAR, 12)
    )
    pieces = _lines(path)[50.0]
    assert [piece.text for piece in pieces] == ["合計", "¥1,234"]
    assert pieces[0].x == pytest.approx(250 - width, abs=0.01)


def test_quotation_prints_cjk_exactly_with_fonts_embedded(tmp_path, cjk, us_shop):
    recipient = PostalAddress(
        name=NAME,
        company=COMPANY,
        street=KOREAN,
        street2=CHINESE,
        city="Chicago",
        region="IL",
        postcode="60601",
        country="US",
    )
    lines = [
        LineItem(DESCRIPTION, Decimal(2), Decimal("19.95"), unit="個"),
        LineItem("Ёлка & <Ἀθηνᾶ> 木製", Decimal(1), Decimal("5")),
    ]
    quote = make_quote(recipient, lines)
    path = write_quotation_pdf(tmp_path / "q.pdf", us_shop, quote)

    text = "".join(page_texts(path))
    for line in recipient.lines(home_country="US"):
        assert line in text
    assert "Ёлка & <Ἀθηνᾶ> 木製" in text
    assert "2\u00a0個" in text or "2 個" in text
    assert "".join(text.split()).count("".join(DESCRIPTION.split())) == 1
    fonts = _embedded_fonts(path)
    assert all(embedded for _name, embedded in fonts), fonts
    assert len({name.split("+")[1] for name, _ in fonts}) == 3  # 2 DejaVu, 1 CJK


def test_letter_puts_the_cjk_recipient_inside_the_window(
    tmp_path, cjk, us_shop, recipient
):
    letter = default_cover_letter(
        us_shop, recipient, ISSUED, "Q-2024-0117", "佐藤 花子", posted=True
    )
    path = write_cover_letter_pdf(tmp_path / "l.pdf", us_shop, letter)

    text = page_texts(path)[0]
    assert f"Dear {NAME}," in text and "佐藤 花子" in text
    left, top, width, height = US_10_WINDOW
    page_height = 792.0
    printed = {
        "".join(piece.text for piece in pieces).replace(" ", ""): pieces[0]
        for pieces in _lines(path).values()
    }
    for line in recipient.lines(home_country="US"):
        start = printed[line.replace(" ", "")]
        end = start.x + text_width(line, REGULAR, start.size)
        assert left <= start.x and end <= left + width, line
        assert page_height - top - height < start.y < page_height - top, line
    assert all(embedded for _name, embedded in _embedded_fonts(path))


def test_a_stored_japanese_name_prints_family_name_first(tmp_path, cjk, db):
    from followup_desk.services import contacts, documents, profile

    profile.update_profile(name="Harbor Light Hardware", country="US")
    prospect = contacts.log_first_contact(
        contacts.NewContact(
            first_name="太郎",
            last_name="山田",
            street="1 Main St",
            city="Chicago",
            region="IL",
            postcode="60601",
        ),
        contacted_on=ISSUED,
    )
    letter = documents.cover_letter(prospect, "Q-2024-0117", ISSUED)
    path = write_cover_letter_pdf(tmp_path / "l.pdf", profile.company_info(), letter)

    text = page_texts(path)[0]
    assert prospect.display_name == "山田 太郎"
    assert "Dear 山田 太郎," in text
    assert "山田 太郎\n1 Main St\nCHICAGO, IL 60601" in text
    assert "太郎 山田" not in text


def test_envelope_and_labels_print_cjk_names(tmp_path, cjk, cjk_shop, recipient):
    envelope = write_envelope_pdf(tmp_path / "e.pdf", cjk_shop, recipient, US_10)
    text = page_texts(envelope)[0]
    assert cjk_shop.name in text
    for line in recipient.lines(home_country="US"):
        assert line in text
    for pieces in _lines(envelope).values():
        if pieces[0].text.startswith("山田"):
            assert pieces[0].x > US_10.width * 0.4
            assert US_10.barcode_strip < pieces[0].y < US_10.height / 2

    template = find_template("5160")
    labels = tmp_path / "labels.pdf"
    write_address_labels(labels, template, [recipient.lines(home_country="US")] * 2)
    text = page_texts(labels)[0]
    assert text.count(NAME) == 2 and text.count(CHINESE) == 2
    assert all(embedded for _name, embedded in _embedded_fonts(labels))


def test_a_truetype_cjk_font_is_used_as_it_is(tmp_path, cjk, monkeypatch):
    # A TrueType-outline CJK font made from the system's: the path Windows and
    # macOS fonts take, testable on any computer with a CJK font.
    face = pdf_font_face(cjk[0])
    codes = [ord(ch) for ch in "山田太郎中 "]
    font_file = tmp_path / "cjk.ttf"
    if isinstance(face, cjk_font.ConvertedFace):
        font_file.write_bytes(face.source.truetype(codes))
    else:
        pytest.skip("the system's CJK font already has TrueType outlines")
    monkeypatch.setenv(system_fonts.ENV_FONT, str(font_file))

    found = system_fonts.find_cjk_font()
    assert found is not None and found.truetype and found.path == font_file
    font = cjk_font._register("TestCJK-TrueType", found)

    path = tmp_path / "t.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(font.fontName, 12)
    canvas.drawString(50, 700, "山田太郎")
    canvas.save()
    assert page_texts(path)[0].strip() == "山田太郎"
    assert _embedded_fonts(path)[-1][1]


def test_latin_only_printing_never_loads_the_cjk_font(tmp_path):
    script = (
        "import sys\n"
        "LOADERS = ('cjk_font', 'system_fonts')\n"
        "from pdf_probe import make_quote\n"
        "from followup_desk.domain.address import CompanyInfo, PostalAddress\n"
        "from followup_desk.printing.quotation import write_quotation_pdf\n"
        "to = PostalAddress(name='Zoë Юлия', street='1 Elm St', city='Chicago',"
        " region='IL', postcode='60601')\n"
        "shop = CompanyInfo('Harbor', to)\n"
        f"write_quotation_pdf({str(tmp_path / 'q.pdf')!r}, shop, make_quote(to))\n"
        "print([name for name in sys.modules if name.endswith(LOADERS)])\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{root / 'tests/printing'}"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def pdf_font_face(name: str):
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face
