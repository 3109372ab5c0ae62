"""Saving edits to a prospect or a quote without losing another desk's change.

Each prospect and quote carries a ``version``. A screen reads it with the
record and hands it back when saving; the save is one
``UPDATE … WHERE id = ? AND version = ?`` that also raises the version. If
another desk saved in between, no row matches, nothing is written, and
``StaleRecordError`` says so with both versions and the record as it now is,
so the screen can offer to reload and merge. On PostgreSQL two saves racing
for the same row queue on its lock; the second then finds the new version
and is refused the same way.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping
from dataclasses import fields as dataclass_fields

from followup_desk.domain.money import LineItem
from followup_desk.services import contacts
from followup_desk.services import profile as profile_service
from followup_desk.services import quotes as quote_service
from followup_desk.services.errors import (
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Quote, store_search_words
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.services")

PROSPECT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "phone2",
    "website",
    "street",
    "street2",
    "postcode",
    "city",
    "region",
    "country",
    "interest",
    "qualified",
    "outside_rep",
    "visit_feasible",
    "notes",
)
QUOTE_FIELDS = ("notes", "valid_until", "status")
QUOTE_STATUSES = ("draft", "sent", "accepted", "declined")


def prospect_values(prospect: Prospect) -> dict:
    """The editable fields of a prospect, as a screen shows them."""
    return {name: getattr(prospect, name) for name in PROSPECT_FIELDS}


def save_prospect(
    prospect_id: int, changes: Mapping[str, object], expected_version: int
) -> Prospect:
    """Save changed contact details if nobody else saved since ``expected_version``."""
    unknown = sorted(set(changes) - set(PROSPECT_FIELDS))
    if unknown:
        raise ValidationError(
            unknown[0],
            QT_TRANSLATE_NOOP("Edits", "“{unknown}” cannot be changed here.").format(
                unknown=unknown[0]
            ),
        )
    current = _get_prospect(prospect_id)
    values = _cleaned_prospect_changes(current, changes)

    # Keys derived from the values (search keys and the like) come from the
    # model itself, so any key added there later is kept in step here too.
    merged = Prospect(**{**current.__data__, **values})
    merged.refresh_search_keys()
    derived = {
        name: merged.__data__[name]
        for name in merged.__data__
        if name not in values and merged.__data__[name] != current.__data__.get(name)
    }
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        updated = (
            Prospect.update(
                **values,
                **derived,
                updated_at=now,
                version=Prospect.version + 1,
            )
            .where(
                (Prospect.id == prospect_id) & (Prospect.version == expected_version)
            )
            .execute()
        )
        if updated:
            store_search_words(prospect_id, merged.search_words())
    if not updated:
        _refuse_stale_prospect(prospect_id, expected_version)
    log.info("Saved prospect %d (version %d)", prospect_id, expected_version + 1)
    return _get_prospect(prospect_id)


def save_quote(
    quote_id: int,
    expected_version: int,
    lines: Iterable[LineItem] | None = None,
    **changes: object,
) -> Quote:
    """Save a quote's lines and details if nobody else saved it meanwhile."""
    unknown = sorted(set(changes) - set(QUOTE_FIELDS))
    if unknown:
        raise ValidationError(
            unknown[0],
            QT_TRANSLATE_NOOP("Edits", "“{unknown}” cannot be changed here.").format(
                unknown=unknown[0]
            ),
        )
    if "status" in changes and changes["status"] not in QUOTE_STATUSES:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Edits", "Status must be one of: {items}.").format(
                items=", ".join(QUOTE_STATUSES)
            ),
        )
    if "notes" in changes:
        changes["notes"] = str(changes["notes"] or "").strip()
    now = dt.datetime.now().replace(microsecond=0)
    with database.atomic():
        updated = (
            Quote.update(**changes, updated_at=now, version=Quote.version + 1)
            .where((Quote.id == quote_id) & (Quote.version == expected_version))
            .execute()
        )
        if updated and lines is not None:
            # A refused line raises here and the version goes back with it.
            quote_service.save_lines(quote_id, list(lines))
    if not updated:
        _refuse_stale_quote(quote_id, expected_version)
    return quote_service.get_quote(quote_id)


# -- inside ------------------------------------------------------------------------


def _get_prospect(prospect_id: int) -> Prospect:
    prospect = Prospect.get_or_none(Prospect.id == prospect_id)
    if prospect is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Edits",
                "There is no prospect with id {prospect_id}; it may have "
                "been deleted on another desk.",
            ).format(prospect_id=prospect_id)
        )
    return prospect


def _cleaned_prospect_changes(current: Prospect, changes: Mapping[str, object]) -> dict:
    """The changes checked by the same rules as a new contact."""
    contact_fields = {f.name for f in dataclass_fields(contacts.NewContact)}
    draft = {
        name: getattr(current, name)
        for name in contact_fields
        if name in current._meta.fields
    }
    draft["channel"] = current.channel
    draft["in_prime_area"] = current.in_prime_area
    for name, value in changes.items():
        if name in contact_fields:
            draft[name] = value
    country = profile_service.get_profile().country
    cleaned = contacts.NewContact(**draft).cleaned(country)
    values = {}
    for name, value in changes.items():
        values[name] = getattr(cleaned, name) if name in contact_fields else value
        if name in ("qualified", "outside_rep", "visit_feasible"):
            values[name] = bool(value)
    return values


def _refuse_stale_prospect(prospect_id: int, expected: int) -> None:
    current = _get_prospect(prospect_id)
    raise StaleRecordError(
        QT_TRANSLATE_NOOP(
            "Edits",
            "{display_name} was changed on another desk while you were "
            "editing (you started from version {expected}, the saved one "
            "is version {version}). Nothing was saved: reload to see the "
            "other change, then apply yours again.",
        ).format(
            display_name=current.display_name,
            expected=expected,
            version=current.version,
        ),
        expected,
        current.version,
        prospect_values(current),
    )


def _refuse_stale_quote(quote_id: int, expected: int) -> None:
    current = quote_service.get_quote(quote_id)
    raise StaleRecordError(
        QT_TRANSLATE_NOOP(
            "Edits",
            "Quotation {number} was changed on another desk while you "
            "were editing (you started from version {expected}, the "
            "saved one is version {version}). Nothing was saved: reload "
            "to see the other change, then apply yours again.",
        ).format(number=current.number, expected=expected, version=current.version),
        expected,
        current.version,
        {
            "notes": current.notes,
            "status": current.status,
            "valid_until": current.valid_until,
            "lines": quote_service.line_items(quote_id),
        },
    )


def last_changed_by(table: str, record_id: int) -> str:
    """Who last changed a record, from the activity log ("" when unknown)."""
    from followup_desk.storage.user_models import AuditEntry

    entry = (
        AuditEntry.select(AuditEntry.user_name)
        .where(
            (AuditEntry.target == table)
            & (AuditEntry.record_id == record_id)
            & (AuditEntry.action == "update")
        )
        .order_by(AuditEntry.id.desc())
        .first()
    )
    return entry.user_name if entry else ""
