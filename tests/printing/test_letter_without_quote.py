import datetime as dt

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.documents import default_cover_letter

SHOP = CompanyInfo(name="Harbour Print & Copy")
TO = PostalAddress(name="Art Venere", street="8 W Cerritos Ave", city="Bridgeport")


def test_letter_without_a_quote_promises_none():
    letter = default_cover_letter(SHOP, TO, dt.date(2026, 12, 4), "", "", True)
    text = " ".join(letter.paragraphs)
    assert "your quotation" not in text.casefold()
    assert "gladly prepare a quotation" in text
    assert letter.enclosures == ["Product information"]
    assert "quotation" not in letter.subject.casefold()


def test_letter_with_a_quote_names_it():
    letter = default_cover_letter(
        SHOP, TO, dt.date(2026, 12, 4), "Q-2026-0007", "", True
    )
    assert "your quotation Q-2026-0007" in " ".join(letter.paragraphs)
    assert letter.enclosures[0] == "Quotation Q-2026-0007"
