import datetime as dt

import pytest

from followup_desk.services import contacts, profile, touches
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import Prospect, Touch

FRIDAY = dt.date(2026, 12, 4)


def caller(**kw):
    base = dict(
        first_name="Zoë",
        last_name="O'Hara & <Sons>",
        email="ZOE@Example.com",
        street="1 Main St",
        postcode="8014",
        city="Bridgeport",
        region="NJ",
        channel="phone",
    )
    base.update(kw)
    return contacts.NewContact(**base)


def test_logging_a_caller_saves_prospect_and_plan(store):
    profile.update_profile(country="US", prime_area="080, 070")
    prospect = contacts.log_first_contact(caller(), contacted_on=FRIDAY)

    saved = Prospect.get_by_id(prospect.id)
    assert saved.last_name == "O'Hara & <Sons>"
    assert saved.postcode == "08014"
    assert saved.email == "zoe@example.com"
    assert saved.in_prime_area
    plan = {t.step_key: t for t in touches.touches_for(prospect.id)}
    assert plan["package"].status == "open"
    assert plan["first_email"].due == dt.date(2026, 12, 7)
    assert plan["first_call"].due == dt.date(2026, 12, 8)


def test_bad_input_names_the_field_and_saves_nothing(store):
    with pytest.raises(ValidationError) as err:
        contacts.log_first_contact(caller(email="not-an-address"))
    assert err.value.field == "email"
    assert "not an e-mail address" in str(err.value)
    with pytest.raises(ValidationError) as err:
        contacts.log_first_contact(contacts.NewContact(channel="phone"))
    assert err.value.field == "last_name"
    assert Prospect.select().count() == 0
    assert Touch.select().count() == 0


def test_first_order_cancels_open_touches_but_keeps_them(store):
    prospect = contacts.log_first_contact(caller(), contacted_on=FRIDAY)
    total = Touch.select().where(Touch.prospect == prospect.id).count()

    cancelled = contacts.record_first_order(prospect, dt.date(2026, 12, 9))

    assert cancelled > 0
    statuses = [t.status for t in touches.touches_for(prospect.id)]
    assert len(statuses) == total
    assert "open" not in statuses
    assert Prospect.get_by_id(prospect.id).status == "customer"


def test_posting_late_moves_the_first_call(store):
    profile.update_profile(prime_area="080")
    prospect = contacts.log_first_contact(caller(), contacted_on=FRIDAY)

    touches.mark_package_posted(prospect.id, dt.date(2026, 12, 8))

    plan = {t.step_key: t for t in touches.touches_for(prospect.id)}
    assert plan["package"].status == "done"
    assert (plan["first_call"].due, plan["first_call"].latest) == (
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 11),
    )
    assert plan["first_email"].due == dt.date(2026, 12, 7)
    assert Prospect.get_by_id(prospect.id).package_posted_on == dt.date(2026, 12, 8)


def test_marking_a_call_done_needs_an_outcome(store):
    prospect = contacts.log_first_contact(caller(), contacted_on=FRIDAY)
    call = next(t for t in touches.touches_for(prospect.id) if t.kind == "call")
    with pytest.raises(ValidationError):
        touches.complete_touch(call.id, "  ")
    done = touches.complete_touch(call.id, "reached", "wants a sample", who="Ann")
    assert (done.status, done.outcome, done.done_by) == ("done", "reached", "Ann")
    with pytest.raises(ValidationError):
        touches.complete_touch(call.id, "reached")


def test_agenda_puts_overdue_first_and_calendar_counts(store):
    profile.update_profile(prime_area="080")
    contacts.log_first_contact(
        caller(last_name="Early"), contacted_on=dt.date(2026, 12, 1)
    )
    contacts.log_first_contact(caller(last_name="Today"), contacted_on=FRIDAY)

    items = touches.agenda(FRIDAY)

    assert items[0].overdue and items[0].prospect_name.endswith("Early")
    assert any(not i.overdue and i.prospect_name.endswith("Today") for i in items)
    groups = {i.group for i in items}
    assert {"E-mails to send", "Things to print"} <= groups
    counts = touches.month_counts(2026, 12)
    assert counts[FRIDAY] == sum(1 for i in items if i.due == FRIDAY)
    assert (
        sum(counts.values())
        == Touch.select()
        .where(
            (Touch.status == "open")
            & (Touch.due.between(dt.date(2026, 12, 1), dt.date(2026, 12, 31)))
        )
        .count()
    )
