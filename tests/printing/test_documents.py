"""The default cover letter's wording."""

from __future__ import annotations

from dataclasses import replace

from pdf_probe import ISSUED, TRICKY_NAME

from followup_desk.domain.address import PostalAddress
from followup_desk.printing.documents import default_cover_letter, salutation_for


def test_salutation_uses_the_name_or_a_polite_default():
    assert salutation_for(PostalAddress(name=" Ann Lee ")) == "Dear Ann Lee,"
    assert salutation_for(PostalAddress(company="Acme")) == "Dear Sir or Madam,"


def test_posted_letter_mentions_quote_material_and_how_to_reach_us(
    us_shop, us_recipient
):
    letter = default_cover_letter(
        us_shop, us_recipient, ISSUED, "Q-7", "Anna Berger", posted=True
    )
    body = " ".join(letter.paragraphs)
    assert letter.salutation == f"Dear {TRICKY_NAME},"
    assert "Thank you for getting in touch with Harbor Light Hardware" in body
    assert "quotation Q-7" in body
    assert "information about what we offer" in body
    assert "happy to answer any questions" in body
    assert "(217) 555-0142" in body and "hello@harborlight.example" in body
    assert letter.signer == "Anna Berger"
    assert letter.quote_number == "Q-7"
    assert letter.date == ISSUED
    assert letter.enclosures[0] == "Quotation Q-7"


def test_handed_over_letter_thanks_for_the_visit(us_shop, us_recipient):
    letter = default_cover_letter(us_shop, us_recipient, ISSUED, "Q-7", "", False)
    assert letter.paragraphs[0].startswith("Thank you for visiting Harbor Light")


def test_letter_without_phone_or_email_invites_a_visit(us_shop, us_recipient):
    shop = replace(us_shop, phone="", email="")
    letter = default_cover_letter(shop, us_recipient, ISSUED, "", "", True)
    assert "drop in" in " ".join(letter.paragraphs)
    assert "Q-" not in letter.subject
