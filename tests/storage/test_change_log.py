"""Every change is logged with who made it, and other desks notice it."""

from __future__ import annotations

import pytest

from followup_desk.storage.change_watch import ChangeWatch
from followup_desk.storage.database import set_actor
from followup_desk.storage.models import Prospect, Touch
from followup_desk.storage.user_models import AuditEntry


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg_db")


def other_desk(db):
    """A second desk: its own database object and connection, same data."""
    twin = type(db)(db.database, **db.connect_params)
    twin.connect()
    twin.change_logging = True
    twin.actor = "Desk two"
    return twin


def new_prospect(name: str) -> Prospect:
    import datetime as dt

    return Prospect.create(last_name=name, first_contact=dt.date(2026, 12, 1))


def test_each_change_is_logged_with_who_and_what(store):
    set_actor("Zoë")
    prospect = new_prospect("Ångström & <Co>")
    prospect.notes = "called back"
    prospect.save()
    Touch.insert_many(
        [
            {
                "prospect": prospect.id,
                "kind": "call",
                "due": "2026-12-02",
                "latest": "2026-12-03",
            },
            {
                "prospect": prospect.id,
                "kind": "email",
                "due": "2026-12-02",
                "latest": "2026-12-02",
            },
        ]
    ).execute()
    Prospect.update(status="lost").where(Prospect.id == -1).execute()

    rows = [
        (e.user_name, e.action, e.target, e.record_id, e.rows)
        for e in AuditEntry.select()
        .where(AuditEntry.target.in_(["prospect", "touch"]))
        .order_by(AuditEntry.id)
    ]
    assert rows == [
        ("Zoë", "insert", "prospect", prospect.id, 1),
        ("Zoë", "update", "prospect", prospect.id, 1),
        # One row for a many-row statement keeps bulk work cheap.
        ("Zoë", "insert", "touch", None, 2),
    ]
    # Ids, tables and counts only: nothing personal in the log.
    details = " ".join(str(e.__data__) for e in AuditEntry.select())
    assert "Ångström" not in details


def test_a_rolled_back_change_leaves_no_log_row(store):
    before = AuditEntry.select().count()
    with pytest.raises(RuntimeError):
        with store.atomic():
            new_prospect("Gone")
            raise RuntimeError("the user cancelled")
    assert AuditEntry.select().count() == before


def test_another_desks_change_is_noticed_and_our_own_is_not(store):
    watch = ChangeWatch(store)
    assert not watch.changed()

    new_prospect("Ours")
    store.log_event("sign_in", "desk_user", 1)
    assert not watch.changed()

    twin = other_desk(store)
    try:
        with Prospect.bind_ctx(twin, bind_refs=False, bind_backrefs=False):
            new_prospect("Theirs")
        assert watch.changed()
        assert not watch.changed()  # told once
        # Another desk merely signing in changes no list.
        twin.log_event("sign_in", "desk_user", 2)
        assert not watch.changed()
    finally:
        twin.close()


def test_a_late_commit_on_the_server_is_not_missed(pg_db):
    """Ids are handed out at write time but seen at commit: a slow desk's
    smaller id may appear after a larger one was already seen."""
    watch = ChangeWatch(pg_db)
    slow, quick = other_desk(pg_db), other_desk(pg_db)
    try:
        with Prospect.bind_ctx(slow, bind_refs=False, bind_backrefs=False):
            with slow.atomic():
                new_prospect("Slow")  # takes the smaller id, not committed yet
                with Prospect.bind_ctx(quick, bind_refs=False, bind_backrefs=False):
                    new_prospect("Quick")
                assert watch.changed()
            # Now the slow desk commits.
        assert watch.changed()
    finally:
        slow.close()
        quick.close()
