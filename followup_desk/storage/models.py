"""The tables: company profile, prospects, touches, quotes and quote lines."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

from followup_desk.domain.names import full_name
from followup_desk.domain.phones import phone_key
from followup_desk.storage.database import database
from followup_desk.storage.fields import DecimalTextField


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def search_key(text: str | None) -> str:
    """Form of a name that prefix searches compare against.

    Case and accents are dropped so "smi" finds "Smíd" and "zoe" finds "Zoë".
    """
    decomposed = unicodedata.normalize("NFKD", (text or "").strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Letters and digits make a word; spaces, commas, hyphens and apostrophes
# part them ("o'brien-smith" holds "brien" and "smith").
_WORD_BREAK = re.compile(r"[\W_]+")


def key_words(key: str) -> list[str]:
    """The words of a search key, without the punctuation around them."""
    return [word for word in _WORD_BREAK.split(key) if word]


def inner_words(*keys: str) -> set[str]:
    """The words of search keys past each key's first, two letters or longer.

    A key's first word is found through the key's own index; these are the
    rest ("plumbing" in "acme plumbing ltd"), each stored for its own index.
    """
    words: set[str] = set()
    for key in keys:
        words.update(word for word in _WORD_BREAK.split(key)[1:] if len(word) > 1)
    # A key starting with a break ("(acme)") leaves an empty first part; the
    # word after it is then the key's own first word, found either way.
    return words


class BaseModel(Model):
    class Meta:
        database = database


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField(default=_now)


class CompanyProfile(BaseModel):
    """The shop itself; a single row."""

    name = CharField(default="My Shop")
    street = CharField(default="")
    street2 = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    region = CharField(default="")
    country = CharField(default="US", max_length=2)
    phone = CharField(default="")
    email = CharField(default="")
    website = CharField(default="")
    logo = BlobField(null=True)
    logo_name = CharField(default="")
    currency = CharField(default="USD", max_length=3)
    locale = CharField(default="en_US")
    timezone = CharField(default="America/New_York")
    holiday_region = CharField(default="")
    # Postal-code prefixes or town names, comma separated.
    prime_area = TextField(default="")
    quote_valid_days = IntegerField(default=30)
    quote_prefix = CharField(default="Q")
    next_quote_number = IntegerField(default=1)
    default_tax_pct = DecimalTextField(default="0")
    letter_closing = TextField(default="")
    signer_name = CharField(default="")
    # What a posted piece costs the shop, for the owner's cost-per-customer.
    cost_package = DecimalTextField(default="2.50")
    cost_mailer = DecimalTextField(default="0.90")
    # What printing one package or mailer costs, on top of its postage; a
    # walk-in's package is printed but never posted. Added by migration 5.
    print_cost_package = DecimalTextField(default="1.20")
    print_cost_mailer = DecimalTextField(default="0.30")
    # Backups older than this many days are deleted. Added by migration 10.
    backup_retention_days = IntegerField(default=365)
    # The owner's quotation settings. Added by migration 8.
    quote_number_pattern = CharField(default="{prefix}-{year}-{seq:04}")
    quote_seq_year = IntegerField(default=0)  # year next_quote_number counts in
    quote_rounding = CharField(default="total")  # "total" or "line"
    quote_terms = TextField(default="")
    # Extra days the shop is closed, ISO dates comma separated. Migration 7.
    closed_days = TextField(default="")


class Prospect(BaseModel):
    first_name = CharField(default="")
    last_name = CharField(default="")
    company = CharField(default="")
    email = CharField(default="")
    phone = CharField(default="")
    phone2 = CharField(default="")
    website = CharField(default="")
    street = CharField(default="")
    street2 = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    region = CharField(default="")
    country = CharField(default="US", max_length=2)
    channel = CharField(default="phone")
    interest = CharField(default="medium")
    qualified = BooleanField(default=False)
    in_prime_area = BooleanField(default=False)
    outside_rep = BooleanField(default=False)
    visit_feasible = BooleanField(default=False)
    no_email = BooleanField(default=False)
    no_post = BooleanField(default=False)
    no_calls = BooleanField(default=False)
    # Why e-mail to this address cannot go out: "", "bounced", "invalid" or
    # "refused" (by the shop's mail server). Added by migration 4.
    email_problem = CharField(default="")
    status = CharField(default="prospect", index=True)
    first_contact = DateField(index=True)
    package_posted_on = DateField(null=True)
    first_order_on = DateField(null=True)
    notes = TextField(default="")
    # Lower-case copies so prefix searches use a plain index on every backend.
    search_last = CharField(default="", index=True)
    search_first = CharField(default="", index=True)
    search_company = CharField(default="", index=True)
    search_email = CharField(default="", index=True)
    # The phone number in E.164 form, so one number typed two ways is found
    # as a duplicate on import. Added by migration 9.
    phone_key = CharField(default="", index=True)
    # The plan version this prospect follows; NULL for the first stored
    # version (prospects from before plans were kept). Added by migration 7.
    plan_version = IntegerField(null=True)
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    version = IntegerField(default=1)

    @property
    def display_name(self) -> str:
        name = full_name(self.first_name, self.last_name)
        return name or self.company or f"Prospect {self.id}"

    def refresh_search_keys(self) -> None:
        # A firm without a contact person sorts by its own name, not first.
        self.search_last = search_key(self.last_name or self.company)
        self.search_first = search_key(self.first_name)
        self.search_company = search_key(self.company)
        self.search_email = search_key(self.email)
        self.phone_key = phone_key(self.phone, self.country)

    def search_words(self) -> set[str]:
        return inner_words(self.search_last, self.search_first, self.search_company)

    def save(self, *args, **kwargs):
        self.refresh_search_keys()
        self.updated_at = _now()
        # The model's own database: a prospect bound to another connection
        # (a second desk) keeps its words on that connection too.
        db = self._meta.database
        with db.atomic():
            saved = super().save(*args, **kwargs)
            store_search_words(self.id, self.search_words(), db)
        return saved


class ProspectWord(BaseModel):
    """One later word of a prospect's names, so "plumb" finds "Acme Plumbing".

    Kept in step by ``store_search_words`` whenever the names change; the
    prospect's search keys are the source, so the table can always be rebuilt.
    Added by migration 13.
    """

    prospect = ForeignKeyField(Prospect, on_delete="CASCADE", index=True)
    word = CharField(index=True)

    class Meta:
        table_name = "prospect_word"


def store_search_words(prospect_id: int, words: set[str], db=None) -> None:
    """Replace the stored later words of one prospect's names."""
    db = db or ProspectWord._meta.database
    ProspectWord.delete().where(ProspectWord.prospect == prospect_id).execute(db)
    if words:
        ProspectWord.insert_many(
            [(prospect_id, word) for word in sorted(words)],
            fields=[ProspectWord.prospect, ProspectWord.word],
        ).execute(db)


class Touch(BaseModel):
    prospect = ForeignKeyField(Prospect, backref="touches", on_delete="CASCADE")
    step_key = CharField(default="")
    kind = CharField()
    title = CharField(default="")
    who = CharField(default="front_desk")
    due = DateField()
    latest = DateField()
    # The time agreed for a call ("ring me back at three"), on the due day,
    # in the shop's time zone; reminders come before it. Added by migration 11.
    call_time = TimeField(null=True)
    status = CharField(default="open")
    outcome = CharField(default="")
    note = TextField(default="")
    done_by = CharField(default="")
    done_at = DateTimeField(null=True)
    created_at = DateTimeField(default=_now)
    # Why a touch was cancelled, skipped or moved, in plain words; the first
    # try of a call is attempt 1; ``moved_from`` is the day the plan gave it
    # before it was moved by hand. Added by migration 7.
    reason = TextField(default="")
    attempt = IntegerField(default=1)
    moved_from = DateField(null=True)

    class Meta:
        indexes = (
            # Agenda and calendar queries filter by status and day, then kind.
            (("status", "due", "kind"), False),
            (("prospect", "due"), False),
        )


class Quote(BaseModel):
    prospect = ForeignKeyField(Prospect, backref="quotes", on_delete="CASCADE")
    number = CharField(unique=True)
    status = CharField(default="draft")
    issued_on = DateField()
    valid_until = DateField()
    currency = CharField(default="USD", max_length=3)
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Raised by every checked save, so a stale save from another desk is
    # refused instead of overwriting. Added by migration 10.
    version = IntegerField(default=1)
    # Revisions and life cycle. Added by migration 8. A revision of a sent
    # quote is a new row numbered base_number-revision; the old row stays,
    # frozen, and points at the row that replaced it.
    base_number = CharField(default="")
    revision = IntegerField(default=1)
    replaced_by_id = IntegerField(null=True)
    sent_on = DateField(null=True)
    decided_on = DateField(null=True)
    rounding = CharField(default="total")
    terms = TextField(default="")


class QuoteLine(BaseModel):
    quote = ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")
    position = IntegerField(default=0)
    description = TextField(default="")
    quantity = DecimalTextField(default="1")
    unit_price = DecimalTextField(default="0")
    discount_pct = DecimalTextField(default="0")
    tax_pct = DecimalTextField(default="0")
    # From the catalogue; empty for a free-text line. Added by migration 8.
    code = CharField(default="")
    unit = CharField(default="")


ALL_MODELS = [SchemaVersion, CompanyProfile, Prospect, Touch, Quote, QuoteLine]
