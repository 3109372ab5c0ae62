"""Signing in, roles, and the owner's settings closed to staff in the services."""

from __future__ import annotations

import pytest

from followup_desk.services import audit, backup, mail_settings, profile, users
from followup_desk.services.errors import (
    PermissionDeniedError,
    ValidationError,
)
from followup_desk.storage.user_models import AuditEntry, User

OWNER_PASSWORD = "harbour-42"
STAFF_PASSWORD = "counter-7"


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    """Cheaper hashes keep these tests fast; each hash records its own cost."""
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


def _shop(database):
    users.create_first_owner("Zoë Ångström", OWNER_PASSWORD)
    users.add_user("Сергей Иванов", STAFF_PASSWORD, "staff")
    users.sign_out()
    return database


@pytest.fixture
def shop(db):
    """A shop with its owner Zoë and one staff member, Сергей; nobody signed in."""
    return _shop(db)


@pytest.fixture
def shared_shop(store):
    """The same shop on a SQLite file and on the PostgreSQL server."""
    return _shop(store)


def test_first_start_makes_the_owner_and_signs_them_in(db):
    assert not users.has_users()
    # Before any account exists, the shop is being set up: nothing is refused.
    profile.update_profile(name="Harbour & <Sons>")

    me = users.create_first_owner("  Zoë   Ångström ", OWNER_PASSWORD)

    assert (me.name, me.role) == ("Zoë Ångström", "owner")
    assert users.current_user() == me
    stored = User.get()
    assert OWNER_PASSWORD not in stored.password_hash
    with pytest.raises(Exception, match="already has an owner"):
        users.create_first_owner("Someone Else", OWNER_PASSWORD)


def test_sign_in_ignores_case_and_spacing_but_not_the_password(shop):
    me = users.sign_in("  zoë ÅNGSTRÖM", OWNER_PASSWORD)
    assert me.is_owner
    users.sign_out()
    with pytest.raises(users.SignInError, match="do not match"):
        users.sign_in("Zoë Ångström", "harbour-43")
    with pytest.raises(users.SignInError, match="do not match"):
        users.sign_in("Nobody", OWNER_PASSWORD)
    assert users.current_user() is None


def test_staff_cannot_change_owner_settings(shared_shop):
    users.sign_in("Сергей Иванов", STAFF_PASSWORD)
    before = profile.get_profile().name

    for attempt in (
        lambda: profile.update_profile(name="Taken over"),
        lambda: profile.set_logo(__file__),
        lambda: users.add_user("Mallory", "longenough", "owner"),
        lambda: users.set_role(users.current_user().user_id, "owner"),
        lambda: backup.set_retention_days(30),
        lambda: mail_settings.update_settings(from_name="Taken over"),
        lambda: audit.recent_activity(),
    ):
        with pytest.raises(PermissionDeniedError, match="Only the owner can"):
            attempt()

    assert profile.get_profile().name == before
    assert [u.role for u in users.list_users()].count("owner") == 1


def test_nobody_signed_in_is_refused_once_accounts_exist(shop):
    with pytest.raises(PermissionDeniedError, match="Sign in as the owner"):
        profile.update_profile(name="Anonymous change")


def test_an_owner_demoted_on_another_desk_is_refused_at_once(shared_shop):
    me = users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    profile.update_profile(name="Still mine")
    # Another desk changes the role behind this desk's back.
    second = users.add_user("Ana", "second-owner", "owner")
    User.update(role="staff").where(User.id == me.user_id).execute()
    with pytest.raises(PermissionDeniedError):
        profile.update_profile(name="Not any more")
    assert second.is_owner


def test_the_last_owner_stays_an_owner(shop):
    me = users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    with pytest.raises(ValidationError, match="only owner"):
        users.set_role(me.user_id, "staff")
    with pytest.raises(ValidationError, match="account you are using"):
        users.set_active(me.user_id, False)


def test_switched_off_accounts_cannot_sign_in(shop):
    users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    staff = User.get(User.role == "staff")
    users.set_active(staff.id, False)
    users.sign_out()
    with pytest.raises(users.SignInError, match="switched off"):
        users.sign_in("Сергей Иванов", STAFF_PASSWORD)


def test_staff_change_their_own_password_with_the_old_one(shop):
    me = users.sign_in("Сергей Иванов", STAFF_PASSWORD)
    with pytest.raises(ValidationError, match="current password"):
        users.set_password(me.user_id, "brand-new-1", old_password="wrong")
    users.set_password(me.user_id, "brand-new-1", old_password=STAFF_PASSWORD)
    users.sign_out()
    assert users.sign_in("Сергей Иванов", "brand-new-1").user_id == me.user_id


def test_names_and_passwords_are_checked(shop):
    users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    with pytest.raises(ValidationError, match="already someone called"):
        users.add_user("сергей иванов", "longenough")
    with pytest.raises(ValidationError, match="at least 6"):
        users.add_user("Li", "12345")
    with pytest.raises(ValidationError, match="name"):
        users.add_user("   ", "longenough")
    with pytest.raises(ValidationError, match="Owner or Staff"):
        users.add_user("Li", "longenough", "admin")


def test_who_did_what_is_logged_per_person(shared_shop):
    from followup_desk.services import contacts

    users.sign_in("Сергей Иванов", STAFF_PASSWORD)
    prospect = contacts.log_first_contact(contacts.NewContact(last_name="Müller"))
    users.sign_out()
    users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    profile.update_profile(name="Harbour Print")

    by_person = {
        (e.user_name, e.action, e.target, e.record_id) for e in AuditEntry.select()
    }
    assert ("Сергей Иванов", "insert", "prospect", prospect.id) in by_person
    assert (
        "Сергей Иванов",
        "sign_in",
        "desk_user",
        User.get(User.role == "staff").id,
    ) in by_person
    assert ("Zoë Ångström", "update", "companyprofile", 1) in by_person

    lines = audit.recent_activity(limit=50)
    assert lines[0].user_name == "Zoë Ångström"
    texts = [(line.user_name, line.text) for line in lines]
    assert ("Сергей Иванов", f"Added prospect {prospect.id}") in texts
    assert ("Zoë Ångström", "Changed the company settings") in texts
    assert ("Сергей Иванов", "Signed in") in texts


def test_opening_another_database_signs_out(shop, tmp_path):
    from followup_desk.storage.database import close_database, open_database

    users.sign_in("Zoë Ångström", OWNER_PASSWORD)
    open_database(tmp_path / "other.sqlite3")
    try:
        assert users.current_user() is None
    finally:
        close_database()
