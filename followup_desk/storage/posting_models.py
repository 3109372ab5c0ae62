"""Tables of the mail room: printed batches, printers, label sheets, enclosures.

Created by migration 6. A batch is recorded when it is printed and again when
the owner confirms it went into the post; the two steps stay separate, so a
printed batch that was never confirmed leaves every touch open and can simply
be printed again.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from followup_desk.storage.fields import DecimalTextField
from followup_desk.storage.models import BaseModel, Prospect, Touch

BATCH_STATUSES = ("printed", "posted", "reprinted")
ITEM_STATUSES = ("printed", "posted", "not_posted", "pulled", "returned")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class PostingBatch(BaseModel):
    """One printing of the daily batch, and whether it went into the post."""

    day = DateField(index=True)
    status = CharField(default="printed", index=True)
    printed_at = DateTimeField(default=_now)
    printed_by = CharField(default="")
    posted_on = DateField(null=True)
    posted_by = CharField(default="")
    pieces = IntegerField(default=0)
    pages = IntegerField(default=0)
    # How it was printed, so the batch view can say so and print it again.
    address_on = CharField(default="envelope")
    envelope = CharField(default="")
    label_product = CharField(default="")
    label_start = IntegerField(default=1)
    sort = CharField(default="due")
    one_per_household = BooleanField(default=False)
    pdf_path = TextField(default="")
    cost_total = DecimalTextField(default="0")
    currency = CharField(default="USD", max_length=3)

    class Meta:
        table_name = "posting_batch"


class BatchItem(BaseModel):
    """One touch in a printed batch, in print order.

    ``household`` is the same for touches sharing one envelope; ``cost`` is
    this touch's share of the postage and printing once posted.
    """

    batch = ForeignKeyField(PostingBatch, backref="items", on_delete="CASCADE")
    touch = ForeignKeyField(Touch, on_delete="CASCADE")
    prospect = ForeignKeyField(Prospect, on_delete="CASCADE")
    kind = CharField()
    position = IntegerField()
    household = CharField(default="")
    status = CharField(default="printed")
    cost = DecimalTextField(default="0")

    class Meta:
        table_name = "posting_batch_item"
        indexes = ((("batch", "position"), False),)


class Enclosure(BaseModel):
    """A PDF the owner puts in every package or mailer (a brochure, a flyer).

    Kept in the database, not as a path, so every desk prints the same file.
    """

    name = CharField()
    kind = CharField(default="package")
    position = IntegerField(default=0)
    active = BooleanField(default=True)
    pages = IntegerField(default=0)
    data = BlobField()
    added_at = DateTimeField(default=_now)

    class Meta:
        table_name = "posting_enclosure"


class PrinterSettings(BaseModel):
    """What one printer needs: envelope feed, measured offsets, loaded stock."""

    name = CharField(unique=True)
    is_default = BooleanField(default=False)
    envelope_feed = CharField(default="landscape")
    # Millimetres, measured on the calibration page: + is right and down.
    sheet_offset_x = FloatField(default=0.0)
    sheet_offset_y = FloatField(default=0.0)
    envelope_offset_x = FloatField(default=0.0)
    envelope_offset_y = FloatField(default=0.0)
    address_on = CharField(default="envelope")
    envelope = CharField(default="")  # "" means the shop's usual size
    label_product = CharField(default="")
    card_product = CharField(default="")
    guide = BooleanField(default=False)

    class Meta:
        table_name = "posting_printer"


class LabelTemplateRecord(BaseModel):
    """A label sheet the owner measured and entered, in catalogue form (JSON)."""

    key = CharField(unique=True)
    data = TextField()
    updated_at = DateTimeField(default=_now)

    class Meta:
        table_name = "posting_label_template"


class StaffCard(BaseModel):
    """What one staff member's business card says."""

    name = CharField()
    job_title = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    login = CharField(default="")
    active = BooleanField(default=True)

    class Meta:
        table_name = "posting_staff_card"


class ReturnedMail(BaseModel):
    """Post that came back: the address it was sent to, until a new one is in.

    While unresolved, the prospect's postal touches are paused; a changed
    address resolves it and resumes them.
    """

    prospect = ForeignKeyField(Prospect, on_delete="CASCADE")
    returned_on = DateField()
    address = TextField(default="")
    resolved_on = DateField(null=True, index=True)
    recorded_by = CharField(default="")

    class Meta:
        table_name = "posting_returned_mail"


POSTING_MODELS = [
    PostingBatch,
    BatchItem,
    Enclosure,
    PrinterSettings,
    LabelTemplateRecord,
    StaffCard,
    ReturnedMail,
]
