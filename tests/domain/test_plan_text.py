"""The plan in plain words, and plans the editor must refuse."""

from dataclasses import replace

import pytest

from followup_desk import paths
from followup_desk.domain.plan import Plan, PlanError, PlanStep, load_plan
from followup_desk.domain.plan_text import describe_plan, describe_step, step_details

PLAN = load_plan(paths.resources_dir() / "default_plan.json")


def test_the_first_call_reads_like_the_process_page():
    text = describe_step(PLAN.step("first_call"))
    assert text == "Call 2–3 working days after the package is posted, front desk"
    details = step_details(PLAN.step("first_call"))
    assert "Without a posted package it counts from the first contact." in details


@pytest.mark.parametrize(
    "key, expected",
    [
        ("quote_email", "E-mail on the day of the first contact, front desk"),
        (
            "package",
            "Post the sales package on the day of the first contact, at the latest "
            "1 working day later, owner",
        ),
        ("first_email", "E-mail 1 working day after the first contact, front desk"),
        (
            "month_call_1",
            "Call 3 weeks after the first contact, within 2 working days, "
            "customer service",
        ),
        (
            "month_visit",
            "Visit 5 weeks after the first contact, within 5 working days, "
            "outside sales rep",
        ),
    ],
)
def test_each_kind_of_step_in_words(key, expected):
    assert describe_step(PLAN.step(key)) == expected


def test_details_say_who_gets_it_and_what_happens_on_no_answer():
    details = step_details(PLAN.step("first_call"))
    assert details[0] == "For prospects we may call."
    assert "tried again the next working day, up to 2 times" in details[2]
    email = step_details(PLAN.step("first_email"))
    assert "Without a working e-mail address it becomes a call." in email
    narrowed = replace(
        PLAN.step("month_mailer"), channels=("phone", "walk_in"), min_interest="high"
    )
    assert step_details(narrowed)[0] == (
        "For prospects worth the postage (qualified, or sent a package), only phone "
        "callers and walk-ins, high interest or more."
    )


def test_counting_from_the_step_before():
    step = PlanStep(
        "later", "email", "Later e-mail", anchor="previous", offset=2, who="owner"
    )
    assert describe_step(step) == "E-mail 2 working days after the step before, owner"
    assert describe_plan(Plan("p", [PLAN.step("first_email"), step]))[1].startswith(
        "2. Later e-mail: E-mail 2 working days after the step before"
    )


@pytest.mark.parametrize(
    "change, words",
    [
        (dict(offset=-1), "the delay must be 0 to 500 working days"),
        (dict(offset=300, unit="weeks"), "the delay must be 0 to 104 weeks"),
        (dict(window=99), "the window must be 0 to 60 days"),
        (dict(kind="fax"), "unknown kind"),
        (dict(who="intern"), "unknown person"),
        (dict(title="  "), "needs a title"),
        (dict(channels=("pigeon",)), "unknown channel"),
    ],
)
def test_bad_steps_are_refused_with_what_to_fix(change, words):
    values = dict(key="x", kind="call", title="A call")
    values.update(change)
    with pytest.raises(PlanError, match=words):
        PlanStep(**values)


def test_plan_problems_are_sentences():
    first = PlanStep("a", "call", "Call", anchor="previous")
    twin = PlanStep("a", "email", "Mail")
    problems = Plan("p", [first, twin]).problems()
    assert "Two steps share the key “a”; keys must differ." in problems
    assert any("cannot count from the step before it" in p for p in problems)
    assert Plan("p", []).problems() == ["The plan has no steps; add at least one."]
