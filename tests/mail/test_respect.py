"""Opt-out, bad addresses, prospects without e-mail, and "send all due"."""

from __future__ import annotations

import datetime as dt

import pytest
from mail_fixtures import FRIDAY, configure_mail, new_prospect

from followup_desk.services import contacts, mail, mail_respect
from followup_desk.services.errors import ValidationError
from followup_desk.storage.mail_models import OutboxMessage
from followup_desk.storage.models import Prospect, Touch

MONDAY = FRIDAY + dt.timedelta(days=3)


def plan(prospect) -> dict[str, Touch]:
    rows = Touch.select().where(Touch.prospect == prospect.id)
    return {t.step_key: t for t in rows}


def test_email_validator_checks_addresses_at_entry(shop):
    with pytest.raises(ValidationError) as err:
        new_prospect(email="zoe@example..com")
    assert err.value.field == "email"
    assert "is not an e-mail address" in str(err.value)
    assert "name@example.com" in str(err.value)
    prospect = new_prospect(email=" Zoë@Exämple.COM ")
    assert prospect.email == "zoë@exämple.com"
    assert Prospect.select().count() == 1


def test_opt_out_cancels_later_emails_but_keeps_calls_and_history(shop, smtp_server):
    configure_mail(smtp_server)
    prospect = new_prospect()
    waiting = mail.queue(mail.draft_for_touch(plan(prospect)["quote_email"].id))
    emails_before = sum(1 for t in plan(prospect).values() if t.kind == "email")

    cancelled = mail_respect.opt_out(prospect.id, "reply", who="anna")

    touches = plan(prospect)
    assert cancelled == emails_before
    emails = [t for t in touches.values() if t.kind == "email"]
    assert len(emails) == emails_before, "cancelled touches stay in the history"
    assert {t.status for t in emails} == {"cancelled"}
    assert all("replied asking for no more e-mail" in t.note for t in emails)
    assert touches["first_call"].status == "open"
    assert OutboxMessage.get_by_id(waiting.id).status == "cancelled"
    assert Prospect.get_by_id(prospect.id).no_email
    assert mail.send_outbox().total == 0
    assert smtp_server.messages == []
    draft = mail.draft_for_prospect(prospect.id)
    assert draft.blocker.endswith("asked not to receive e-mail.")


def test_no_address_turns_due_emails_into_calls_as_the_plan_says(shop, smtp_server):
    configure_mail(smtp_server)
    prospect = new_prospect()
    # The address was removed later (wrong, or the customer asked).
    Prospect.update(email="").where(Prospect.id == prospect.id).execute()

    report = mail.queue_due(MONDAY)

    touches = plan(prospect)
    assert report.queued == [] and report.rerouted == {"call": 3, "cancelled": 6}
    first = touches["first_email"]
    assert first.kind == "call" and first.status == "open"
    assert first.title == "Call instead: First e-mail follow-up"
    assert first.note == "Was an e-mail; no e-mail address."
    assert touches["year_email_1"].status == "cancelled"
    assert touches["year_email_1"].note == "Cancelled: no e-mail address."


def test_a_bounce_flags_the_address_and_reroutes(shop):
    prospect = new_prospect()
    counts = mail_respect.flag_address(prospect.id, "bounced")
    assert counts == {"call": 3, "cancelled": 6}
    assert Prospect.get_by_id(prospect.id).email_problem == "bounced"
    assert "bounced" in mail.draft_for_prospect(prospect.id).blocker
    mail_respect.clear_address_problem(prospect.id)
    assert mail.draft_for_prospect(prospect.id).blocker == ""


def test_server_refusing_an_address_fails_that_mail_only(shop, smtp_server):
    configure_mail(smtp_server)
    good = new_prospect(email="good@example.com")
    bad = new_prospect(email="gone@example.com")
    smtp_server.recorder.refuse_addresses.add("gone@example.com")

    report = mail.queue_due(FRIDAY)
    sent = mail.send_outbox()

    assert len(report.queued) == 2
    assert len(sent.sent) == 1 and len(sent.failed) == 1 and sent.error is None
    failed = OutboxMessage.get_by_id(sent.failed[0])
    assert failed.to_address == "gone@example.com" and failed.status == "failed"
    assert "550" in failed.last_error
    assert Prospect.get_by_id(bad.id).email_problem == "refused"
    assert plan(bad)["first_email"].kind == "call"
    assert plan(good)["quote_email"].status == "done"
    assert [m.rcpt_tos for m in smtp_server.messages] == [["good@example.com"]]


def test_send_all_due_queues_each_touch_once(shop, smtp_server):
    configure_mail(smtp_server)
    for n in range(3):
        new_prospect(email=f"p{n}@example.com")
    new_prospect(email="", first_name="No mail")

    first = mail.queue_due(FRIDAY)
    again = mail.queue_due(FRIDAY)
    sent = mail.send_outbox()
    after = mail.queue_due(FRIDAY)

    assert len(first.queued) == 3 and again.queued == [] and again.already_queued == 3
    assert len(sent.sent) == 3 and after.queued == [] and after.already_queued == 0
    assert len(smtp_server.messages) == 3


def test_a_first_order_cancels_mail_still_waiting(shop, smtp_server):
    configure_mail(smtp_server)
    prospect = new_prospect()
    row = mail.queue(mail.draft_for_touch(plan(prospect)["quote_email"].id))
    contacts.record_first_order(Prospect.get_by_id(prospect.id), FRIDAY)

    report = mail.send_outbox()

    assert report.cancelled == [row.id] and smtp_server.messages == []
    assert "already done or cancelled" in OutboxMessage.get_by_id(row.id).last_error


def test_erasing_a_prospect_removes_their_stored_mail(shop, smtp_server):
    from followup_desk.services import privacy

    configure_mail(smtp_server)
    prospect = new_prospect(last_name="Forget-Me-Nöt")
    other = new_prospect(email="stays@example.com")
    mail.queue_due(FRIDAY)
    mail.send_outbox()
    assert OutboxMessage.select().count() == 2

    privacy.erase_prospect(prospect.id)

    left = list(OutboxMessage.select())
    assert [row.prospect_id for row in left] == [other.id]
    assert all(b"Forget" not in bytes(row.raw) for row in left)
