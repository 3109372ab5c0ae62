"""Setting up a shop in one step, on SQLite and on the shared server."""

from __future__ import annotations

import pytest

from followup_desk.services import first_run, users
from followup_desk.services import profile as profile_service
from followup_desk.services.errors import ValidationError
from followup_desk.storage.models import CompanyProfile
from followup_desk.storage.user_models import User


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request):
    database = request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")
    users.sign_out()
    yield database
    users.sign_out()


def _setup(**changes) -> first_run.ShopSetup:
    values = dict(
        name="Ελληνικά Έπιπλα & Co",
        country="gr",
        owner_name="Γιώργος",
        owner_password="owner-pass-1",
        prime_area="105;106\n Athens ",
        staff=[first_run.StaffMember("Анна", "staff", "anna-pass-1")],
    )
    values.update(changes)
    return first_run.ShopSetup(**values)


def test_a_shop_is_set_up_in_one_step(any_db):
    assert not first_run.shop_is_set_up()

    result = first_run.set_up_shop(_setup())

    profile = profile_service.get_profile()
    assert profile.name == "Ελληνικά Έπιπλα & Co"
    assert (profile.country, profile.currency) == ("GR", "EUR")
    assert (profile.timezone, profile.locale) == ("Europe/Athens", "el_GR")
    assert profile.prime_area == "105, 106, Athens"
    assert result.owner.is_owner and result.staff_added == 1
    assert not result.mail_set_up
    assert first_run.shop_is_set_up()
    assert sorted(u.name for u in User.select()) == ["Γιώργος", "Анна"]


def test_a_refused_setup_leaves_nothing_behind(any_db):
    bad = _setup(
        staff=[
            first_run.StaffMember("Анна", "staff", "anna-pass-1"),
            first_run.StaffMember("Kim", "staff", "short"),
        ]
    )

    with pytest.raises(ValidationError) as refused:
        first_run.set_up_shop(bad)

    assert refused.value.field == "staff:Kim"
    assert User.select().count() == 0
    assert CompanyProfile.get().name == first_run.DEFAULT_SHOP_NAME
    assert users.current_user() is None
    assert not first_run.shop_is_set_up()


def test_checks_before_anything_is_written(db):
    with pytest.raises(ValidationError) as no_name:
        first_run.set_up_shop(_setup(name="  "))
    assert no_name.value.field == "name"
    with pytest.raises(ValidationError) as region:
        first_run.set_up_shop(_setup(country="DE", holiday_region="Texas"))
    assert region.value.field == "holiday_region"
    with pytest.raises(ValidationError) as twice:
        first_run.set_up_shop(
            _setup(staff=[first_run.StaffMember(" γιώργος ", "staff", "pass-word-2")])
        )
    assert "twice" in str(twice.value)
    assert User.select().count() == 0


def test_an_older_shop_with_prospects_counts_as_set_up(db, tmp_path):
    from followup_desk.services import contacts

    contacts.log_first_contact(contacts.NewContact(last_name="Müller"))

    assert first_run.shop_is_set_up()
