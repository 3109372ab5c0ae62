"""The follow-up plan in the database: numbered versions, each with its steps.

Saving the plan never changes a stored version: it adds the next one. A
prospect records the version it was planned with (``Prospect.plan_version``),
so an edit applies to new prospects while everyone else keeps the plan they
started on until the owner re-plans them. The first version is seeded from
``resources/default_plan.json``, the readable copy shipped with the app.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from followup_desk.storage.models import BaseModel


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class PlanVersion(BaseModel):
    """One saved version of the plan; the highest number is the current one."""

    number = IntegerField(unique=True)
    name = CharField(default="Follow-up plan")
    saved_at = DateTimeField(default=_now)
    saved_by = CharField(default="")

    class Meta:
        table_name = "plan_version"


class PlanStepRow(BaseModel):
    """One step of one plan version, in the order ``position`` gives."""

    plan = ForeignKeyField(PlanVersion, backref="steps", on_delete="CASCADE")
    position = IntegerField()
    key = CharField()
    kind = CharField()
    title = CharField()
    anchor = CharField(default="first_contact")
    # "offset" and "window" are SQL words; other column names avoid quoting
    # surprises in hand-written queries.
    offset = IntegerField(default=0, column_name="offset_count")
    unit = CharField(default="working_days")
    window = IntegerField(default=0, column_name="window_days")
    who = CharField(default="front_desk")
    condition = CharField(default="always")
    shares_day = BooleanField(default=False)
    talking_points = TextField(default="")
    if_no_email = CharField(default="")
    retries = IntegerField(default=0)
    # First-contact channels, comma separated; empty for every channel.
    channels = CharField(default="")
    min_interest = CharField(default="")

    class Meta:
        table_name = "plan_step"
        indexes = ((("plan", "position"), True),)


PLAN_MODELS = [PlanVersion, PlanStepRow]
