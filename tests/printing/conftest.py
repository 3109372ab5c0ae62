"""Shops, recipients and documents shared by the printing tests."""

from __future__ import annotations

import pytest
from pdf_probe import ISSUED, TRICKY_COMPANY, TRICKY_NAME, make_quote

from followup_desk.domain.address import CompanyInfo, PostalAddress
from followup_desk.printing.documents import QuoteDocument, default_cover_letter


@pytest.fixture
def us_shop() -> CompanyInfo:
    return CompanyInfo(
        "Harbor Light Hardware",
        PostalAddress(
            street="120 Main Street",
            city="Springfield",
            region="IL",
            postcode="62704",
            country="US",
        ),
        phone="(217) 555-0142",
        email="hello@harborlight.example",
        website="harborlight.example",
    )


@pytest.fixture
def de_shop() -> CompanyInfo:
    return CompanyInfo(
        "Fahrradhaus Müller",
        PostalAddress(
            street="Lindenstraße 12", postcode="80331", city="München", country="DE"
        ),
        phone="+49 89 123456",
        email="info@fahrradhaus.example",
        currency="EUR",
        locale="de_DE",
    )


@pytest.fixture
def us_recipient() -> PostalAddress:
    return PostalAddress(
        name=TRICKY_NAME,
        company=TRICKY_COMPANY,
        street="42 Elm Avenue",
        city="Chicago",
        region="IL",
        postcode="60601",
        country="US",
    )


@pytest.fixture
def de_recipient() -> PostalAddress:
    return PostalAddress(
        name=TRICKY_NAME,
        company=TRICKY_COMPANY,
        street="Hauptstraße 5",
        postcode="10115",
        city="Berlin",
        country="DE",
    )


@pytest.fixture
def us_quote(us_recipient) -> QuoteDocument:
    return make_quote(us_recipient)


@pytest.fixture
def us_letter(us_shop, us_recipient):
    return default_cover_letter(
        us_shop, us_recipient, ISSUED, "Q-2024-0117", "Anna Berger", posted=True
    )
