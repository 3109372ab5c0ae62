"""The people who sign in at the desks, and the log of who did what.

Created by migration 10. The audit log doubles as the change counter other
desks poll: every data-changing statement adds one row (see
``storage.database``), so a growing id means "someone changed something".
"""

from __future__ import annotations

import datetime as dt

from peewee import BooleanField, CharField, DateTimeField, IntegerField, TextField

from followup_desk.storage.models import BaseModel

ROLES = ("owner", "staff")


def utc_now() -> dt.datetime:
    """Now in UTC, without a zone: what both backends store the same way."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class User(BaseModel):
    """One person who signs in; ``login`` is the name folded for matching."""

    login = CharField(unique=True)
    name = CharField()
    role = CharField(default="staff")
    password_hash = CharField()
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utc_now)
    last_sign_in_at = DateTimeField(null=True)

    class Meta:
        table_name = "desk_user"

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


class AuditEntry(BaseModel):
    """One thing someone did: a change to a table, a sign-in, a backup.

    Holds ids, table names and counts only, never names or addresses, so
    erasing a prospect leaves nothing personal behind here.
    """

    at = DateTimeField(default=utc_now, index=True)
    user_name = CharField(default="")
    desk = CharField(default="")
    action = CharField()
    target = CharField(default="")
    record_id = IntegerField(null=True)
    rows = IntegerField(default=1)
    detail = TextField(default="")

    class Meta:
        table_name = "audit_log"
        # "Who last changed prospect 42?" without reading the whole log.
        indexes = ((("target", "record_id"), False),)


USER_MODELS = [User, AuditEntry]
