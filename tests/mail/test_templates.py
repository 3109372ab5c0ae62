"""Templates: merge fields, checks at save time, the sandbox, the HTML part."""

from __future__ import annotations

import pytest
from mail_fixtures import new_prospect, with_quote

from followup_desk.mail.templates import (
    TemplateProblem,
    TemplateText,
    check_template,
    default_template,
    field_list,
    render,
    text_to_html,
)
from followup_desk.services import mail, mail_settings, mail_templates, touches
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Touch


@pytest.mark.parametrize(
    "body, says",
    [
        ("{{ prospect.nmae }}", "“prospect.nmae”"),
        ("{{ customer.name }}", "“customer”"),
        ("{% if quote.totl %}x{% endif %}", "“quote.totl”"),
        ("{{ prospect['nick'] }}", "“prospect.nick”"),
        ("{{ prospect.name", "line 1"),
        ("{{ prospect.name | shout }}", "No filter named 'shout'"),
    ],
)
def test_mistakes_are_reported_when_saving(body, says):
    with pytest.raises(TemplateProblem) as err:
        check_template(TemplateText("Hello", body))
    assert says in str(err.value)
    assert err.value.part == "body"


@pytest.mark.parametrize(
    "body",
    [
        "{{ prospect.name.__class__.__mro__ }}",
        "{{ ''.__class__.__subclasses__() }}",
        "{{ prospect.name.upper() }}",
        "{{ cycler.__init__.__globals__ }}",
    ],
)
def test_the_sandbox_refuses_to_reach_code(body):
    with pytest.raises(TemplateProblem):
        check_template(TemplateText("Hello", body))


def test_every_shipped_template_passes_its_own_check(shop):
    for key, _title in mail_templates.email_steps():
        check_template(mail_templates.template_for(key))
    assert default_template("year_email_4").subject == "News from {{ shop.name }}"
    assert ("{{ quote.total }}", "Quotation total, with currency") in field_list()


def test_saving_refuses_unknown_fields_and_keeps_the_old_template(shop):
    before = mail_templates.template_for("first_email")
    with pytest.raises(ValidationError) as err:
        mail_templates.save_template(
            "first_email", TemplateText("Hi {{ prospect.nickname }}", "Body")
        )
    assert err.value.field == "subject"
    assert mail_templates.template_for("first_email") == before

    mail_templates.save_template(
        "first_email",
        TemplateText("Hi {{ prospect.first_name }}", "Hello {{ prospect.name }}"),
        who="anna",
    )
    assert mail_templates.is_customised("first_email")
    assert mail_templates.template_for("first_email").subject.startswith("Hi ")
    mail_templates.reset_template("first_email")
    assert mail_templates.template_for("first_email") == before


def test_merge_fields_fill_in_names_quote_and_posting(shop):
    mail_settings.update_settings(from_name="Anna", signature="Harbour Print")
    prospect = new_prospect(
        first_name="美咲", last_name="山田 🎨", company="A & B <Ltd>"
    )
    quote = with_quote(prospect)
    touches.mark_package_posted(prospect.id, posted_on=prospect.first_contact)
    touch = Touch.get(
        (Touch.prospect == prospect.id) & (Touch.step_key == "first_email")
    )

    draft = mail.draft_for_touch(touch.id)

    # Japanese names are written family name first; the greeting keeps the
    # given name, as for every other name.
    assert draft.to_name == "山田 🎨 美咲" and draft.to_address == "zoe@example.com"
    assert mail.merge_fields(prospect)["prospect"]["name"] == "山田 🎨 美咲"
    assert draft.subject == f"Did everything arrive? Your quotation {quote.number}"
    assert draft.text.startswith("Hello 美咲,\n\n")
    assert "on Friday, December 4, 2026 we posted you a package" in draft.text
    assert draft.text.rstrip().endswith("we will not write again.")
    assert "Anna\nHarbour Print\n" in draft.text
    assert not draft.attach_quote and draft.quote_id == quote.id
    assert draft.blocker == ""


def test_html_part_escapes_and_links():
    html = text_to_html(
        "Hi <b>Zoë</b> & co\n\nSee https://example.com/a?b=1&c=2.", "A&B"
    )
    assert "Hi &lt;b&gt;Zoë&lt;/b&gt; &amp; co" in html
    assert '<a href="https://example.com/a?b=1&amp;c=2"' in html
    assert "<title>A&amp;B</title>" in html
    assert html.count("<p ") == 2


def test_subject_is_one_line_and_empty_branches_leave_no_gaps():
    text = TemplateText(
        "Quote\n{{ quote.number }}",
        "Hello\n\n{% if package.posted %}Posted.{% endif %}\n\n\n\nBye",
    )
    context = {
        "quote": {"number": "Q-1"},
        "package": {"posted": False},
    }
    with pytest.raises(TemplateProblem, match="one line"):
        check_template(text)
    rendered = render(text, context)
    assert rendered.subject == "Quote Q-1"
    assert rendered.text == "Hello\n\nBye\n"
