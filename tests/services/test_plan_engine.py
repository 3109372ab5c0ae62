"""The plan engine on a real database: stored plans, versions, reality moving it.

Runs on a SQLite file and on the PostgreSQL server (``store``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from followup_desk.cli import main
from followup_desk.services import call_outcomes, contacts, profile, touches
from followup_desk.services import plan as plan_service
from followup_desk.services.errors import ValidationError
from followup_desk.storage import plan_store
from followup_desk.storage.models import Prospect, Touch

FRIDAY = dt.date(2026, 12, 4)
MONDAY = dt.date(2026, 12, 7)


def log(channel="phone", day=FRIDAY, **kw):
    values = dict(
        first_name="Zoë",
        last_name="Ångström & <Söhne>",
        email="zoe@example.com",
        phone="+1 201 555 0142",
        street="1 Main St",
        postcode="08014",
        city="Bridgeport",
        region="NJ",
        channel=channel,
    )
    values.update(kw)
    return contacts.log_first_contact(contacts.NewContact(**values), day)


def plan_of(prospect) -> dict[str, Touch]:
    found = {}
    for touch in touches.touches_for(prospect.id):
        found.setdefault(touch.step_key, touch)
    return found


@pytest.fixture
def shop(store):
    profile.update_profile(country="US", prime_area="080")
    return store


def test_the_shipped_plan_is_stored_as_version_one(shop):
    stored = plan_store.load_version(1)
    assert plan_store.latest_number() == 1
    assert stored.steps == plan_store.shipped_plan().steps
    prospect = log()
    assert Prospect.get_by_id(prospect.id).plan_version == 1


def test_an_edited_plan_applies_to_new_prospects_only(shop):
    old = log(first_name="Old")
    current = plan_service.current_plan()
    index = next(i for i, s in enumerate(current.steps) if s.key == "first_call")
    steps = list(current.steps)
    steps[index] = replace(steps[index], offset=4, window=2, title="Call at last")
    number = plan_service.save_plan(replace(current, steps=steps), who="owner")

    new = log(first_name="New")

    assert number == 2
    assert Prospect.get_by_id(new.id).plan_version == 2
    new_call = plan_of(new)["first_call"]
    # Four working days after Friday's posting, window of two.
    assert (new_call.due, new_call.latest) == (
        dt.date(2026, 12, 10),
        MONDAY + dt.timedelta(days=7),
    )
    assert new_call.title == "Call at last"
    old_call = plan_of(old)["first_call"]
    assert (old_call.due, old_call.title) == (
        dt.date(2026, 12, 8),
        "First follow-up call",
    )
    assert plan_service.prospects_on_older_plans() == 1
    # Saving the same steps again stores nothing new.
    assert plan_service.save_plan(plan_service.current_plan()) == 2


def test_re_planning_moves_old_prospects_and_says_why(shop):
    old = log(first_name="Old")
    count = Touch.select().where(Touch.prospect == old.id).count()
    current = plan_service.current_plan()
    steps = [
        replace(s, offset=3) if s.key == "first_call" else s
        for s in current.steps
        if s.key != "year_email_6"
    ]
    plan_service.save_plan(replace(current, steps=steps))

    report = plan_service.replan_prospects(today=FRIDAY)

    assert (report.prospects, report.moved, report.cancelled) == (1, 1, 1)
    assert "Re-planned 1 prospect" in report.sentence()
    after = plan_of(old)
    assert after["first_call"].due == dt.date(2026, 12, 9)
    assert touches.why(after["first_call"]).startswith("Re-planned on Fri 4 Dec")
    assert after["year_email_6"].status == "cancelled"
    assert "no longer in the plan" in touches.why(after["year_email_6"])
    assert Touch.select().where(Touch.prospect == old.id).count() == count
    assert Prospect.get_by_id(old.id).plan_version == 2
    assert plan_service.prospects_on_older_plans() == 0


def test_a_bad_plan_is_refused_and_nothing_is_stored(shop):
    current = plan_service.current_plan()
    twin = replace(current.steps[1], key=current.steps[0].key)
    with pytest.raises(ValidationError, match="share the key"):
        plan_service.save_plan(replace(current, steps=[current.steps[0], twin]))
    with pytest.raises(ValidationError, match="window must be 0 to 60"):
        plan_service.make_step(key="x", kind="call", title="Call", window=61)
    assert plan_store.latest_number() == 1


def test_no_answer_tries_again_then_gives_up(shop):
    prospect = log()
    call = plan_of(prospect)["first_call"]
    days = {t.id: t.due for t in touches.touches_for(prospect.id)}

    first = call_outcomes.record_call_outcome(call.id, "no_answer", done_on=call.due)
    second = call_outcomes.record_call_outcome(
        first.retry_id, "no_answer", done_on=dt.date(2026, 12, 9)
    )
    third = call_outcomes.record_call_outcome(
        second.retry_id, "no_answer", done_on=dt.date(2026, 12, 10)
    )

    assert first.message.endswith("again on Wed 9 Dec.")
    assert touches.get_touch(second.retry_id).due == dt.date(2026, 12, 10)
    assert touches.get_touch(second.retry_id).attempt == 3
    assert third.retry_id is None and "no more tries" in third.message
    # The rest of the plan did not move.
    assert {
        t.id: t.due for t in touches.touches_for(prospect.id) if t.id in days
    } == days


def test_reached_and_keen_gets_the_email_enquirer_a_package(shop):
    prospect = log("email", MONDAY)
    assert "package" not in plan_of(prospect)
    call = plan_of(prospect)["first_call"]

    result = call_outcomes.record_call_outcome(
        call.id, "reached", "wants oak", feeling="hot", done_on=dt.date(2026, 12, 14)
    )

    package = plan_of(prospect)["package"]
    assert (package.due, package.status) == (dt.date(2026, 12, 14), "open")
    assert "keen" in result.message
    saved = Prospect.get_by_id(prospect.id)
    assert (saved.qualified, saved.interest) == (True, "high")
    assert touches.get_touch(call.id).outcome == "reached"


@pytest.mark.parametrize(
    "outcome, status, reason",
    [
        ("ordered", "customer", "first order"),
        ("not_interested", "lost", "not interested"),
    ],
)
def test_a_call_that_ends_the_plan(shop, outcome, status, reason):
    prospect = log()
    total = Touch.select().where(Touch.prospect == prospect.id).count()
    call = plan_of(prospect)["first_call"]

    call_outcomes.record_call_outcome(call.id, outcome, done_on=call.due)

    rows = touches.touches_for(prospect.id)
    assert len(rows) == total
    assert not [t for t in rows if t.status == "open"]
    assert Prospect.get_by_id(prospect.id).status == status
    cancelled = [t for t in rows if t.status == "cancelled"]
    assert cancelled and all(reason in touches.why(t) for t in cancelled)


def test_wrong_number_cancels_the_other_calls_only(shop):
    prospect = log()
    call = plan_of(prospect)["first_call"]
    call_outcomes.record_call_outcome(call.id, "wrong_number", done_on=call.due)
    rows = touches.touches_for(prospect.id)
    later_calls = [t for t in rows if t.kind == "call" and t.id != call.id]
    assert later_calls and {t.status for t in later_calls} == {"cancelled"}
    assert "wrong phone number" in touches.why(later_calls[0])
    assert any(t.kind == "email" and t.status == "open" for t in rows)


def test_opting_out_of_post_drops_only_post(shop):
    prospect = log(qualified=True)
    cancelled = contacts.opt_out_channel(prospect.id, "post")
    rows = touches.touches_for(prospect.id)
    post = [t for t in rows if t.kind in ("package", "mailer")]
    assert cancelled == len(post) > 0
    assert all(t.status == "cancelled" for t in post)
    assert all(touches.why(t) == "Cancelled: asked for no more post." for t in post)
    assert all(t.status == "open" for t in rows if t.kind in ("email", "call"))
    assert Prospect.get_by_id(prospect.id).no_post
    with pytest.raises(ValidationError, match="email, post or calls"):
        contacts.opt_out_channel(prospect.id, "fax")


def test_opting_out_of_email_keeps_calls(shop):
    prospect = log()
    contacts.opt_out_channel(prospect.id, "email")
    rows = touches.touches_for(prospect.id)
    emails = [t for t in rows if t.kind == "email"]
    assert {t.status for t in emails} == {"cancelled"}
    assert all(touches.why(t) for t in emails)
    assert plan_of(prospect)["first_call"].status == "open"


def test_moving_by_hand_refuses_closed_days_and_keeps_order(shop):
    prospect = log()
    first_email = plan_of(prospect)["first_email"]  # Mon 7 Dec
    with pytest.raises(ValidationError, match="closed on Fri 25 Dec .Christmas Day."):
        touches.move_touch_to(first_email.id, dt.date(2026, 12, 25))

    moved = touches.move_touch_to(first_email.id, dt.date(2026, 12, 8), who="ann")

    after = plan_of(prospect)
    assert moved == 2
    assert after["first_email"].due == dt.date(2026, 12, 8)
    assert after["first_email"].moved_from == MONDAY
    assert touches.why(after["first_email"]) == "Moved by hand from Mon 7 Dec by ann."
    assert after["first_call"].due == dt.date(2026, 12, 9)
    assert "Kept after" in touches.why(after["first_call"])

    # A re-plan leaves the day chosen by hand alone.
    plan_service.replan_prospect(Prospect.get_by_id(prospect.id), "again", FRIDAY)
    assert plan_of(prospect)["first_email"].due == dt.date(2026, 12, 8)


def test_snooze_and_skip(shop):
    prospect = log()
    call = plan_of(prospect)["first_call"]  # Tue 8 Dec
    touches.snooze_touch(call.id, 2)
    assert touches.get_touch(call.id).due >= dt.date(2026, 12, 10)
    skipped = touches.skip_touch(call.id, "they are on holiday", who="ann")
    assert (skipped.status, touches.why(skipped)) == (
        "skipped",
        "Skipped: they are on holiday",
    )
    with pytest.raises(ValidationError):
        touches.skip_touch(call.id, "again")


def test_closed_days_and_region_from_the_profile(shop):
    profile.update_profile(closed_days="2026-12-07, 2026-12-08")
    prospect = log()
    after = plan_of(prospect)
    assert after["first_email"].due == dt.date(2026, 12, 9)
    assert after["first_call"].due == dt.date(2026, 12, 10)
    with pytest.raises(ValidationError, match="not a date"):
        profile.update_profile(closed_days="next tuesday")
    with pytest.raises(ValidationError, match="not a holiday region of US"):
        profile.update_profile(holiday_region="XX")
    profile.update_profile(holiday_region="ca")
    assert profile.get_profile().holiday_region == "CA"
    assert profile.get_profile().closed_days == "2026-12-07, 2026-12-08"


def test_overdue_count_uses_latest(shop):
    log()
    # On Wed 9 Dec: the package (latest Mon 7), the quote e-mail (Fri 4) and
    # the first e-mail (Mon 7) are overdue; the call (latest Wed 9) is not.
    assert touches.overdue_count(dt.date(2026, 12, 9)) == 3


def test_cli_plan_explains_cancelled_and_moved_touches(db, tmp_path, capsys):
    profile.update_profile(country="US", prime_area="080")
    prospect = log()
    touches.move_touch_to(plan_of(prospect)["first_email"].id, dt.date(2026, 12, 8))
    contacts.opt_out_channel(prospect.id, "post")
    from followup_desk.storage.database import close_database

    close_database()  # the command opens the file itself
    capsys.readouterr()
    path = str(tmp_path / "shop.sqlite3")
    assert main(["--database", path, "plan", str(prospect.id), "--json"]) == 0

    rows = json.loads(capsys.readouterr().out)
    by_step = {r["step"]: r for r in rows if r["attempt"] == 1}
    assert {"kind", "due", "latest", "status", "step", "why"} <= set(rows[0])
    assert by_step["package"]["status"] == "cancelled"
    assert by_step["package"]["why"] == "Cancelled: asked for no more post."
    assert by_step["first_email"]["why"].startswith("Moved by hand from Mon 7 Dec")
    assert by_step["first_call"]["due"] == "2026-12-09"
    assert "Kept after" in by_step["first_call"]["why"]
    assert by_step["month_email"]["why"] == ""


def test_late_posting_moves_the_call_and_says_why(shop):
    prospect = log()
    touches.mark_package_posted(prospect.id, dt.date(2026, 12, 8))
    call = plan_of(prospect)["first_call"]
    assert (call.due, call.latest) == (dt.date(2026, 12, 10), dt.date(2026, 12, 11))
    assert touches.why(call) == "Moved with the package, posted Tue 8 Dec."
    assert plan_of(prospect)["first_email"].due == MONDAY


def test_the_preview_lists_every_step_in_plain_words(shop):
    lines = plan_service.preview(plan_service.current_plan())
    by_key = {line.key: line for line in lines}
    assert [line.position for line in lines] == list(range(1, len(lines) + 1))
    assert by_key["first_call"].text == (
        "Call 2–3 working days after the package is posted, front desk"
    )
    assert "For prospects we may call." in by_key["first_call"].details
