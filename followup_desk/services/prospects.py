"""Finding prospects: the list the front desk scrolls and searches."""

from __future__ import annotations

from peewee import fn

from followup_desk.storage.models import Prospect, search_key

# Past the last character any name can hold, so "smi" .. "smi\uffff" is the
# range of names starting with "smi"; a plain index serves it on every backend.
_RANGE_END = "\uffff"

LIST_COLUMNS = (
    Prospect.id,
    Prospect.first_name,
    Prospect.last_name,
    Prospect.company,
    Prospect.phone,
    Prospect.email,
    Prospect.city,
    Prospect.channel,
    Prospect.status,
    Prospect.first_contact,
)


def _prefix(field, text: str):
    return (field >= text) & (field < text + _RANGE_END)


def _filter(query, text: str):
    words = search_key(text).split()
    if not words:
        return query
    first = words[0]
    condition = (
        _prefix(Prospect.search_last, first)
        | _prefix(Prospect.search_first, first)
        | _prefix(Prospect.search_company, first)
        | _prefix(Prospect.search_email, first)
    )
    query = query.where(condition)
    # Further words narrow the match ("john smi"), checked on the few rows left.
    for word in words[1:]:
        query = query.where(
            _prefix(Prospect.search_last, word)
            | _prefix(Prospect.search_first, word)
            | _prefix(Prospect.search_company, word)
        )
    return query


def search(text: str = "", offset: int = 0, limit: int = 200) -> list[tuple]:
    """Rows for the prospect list, ordered by name, one block at a time."""
    query = Prospect.select(*LIST_COLUMNS)
    query = _filter(query, text)
    query = query.order_by(Prospect.search_last, Prospect.search_first, Prospect.id)
    return list(query.offset(offset).limit(limit).tuples())


def count(text: str = "") -> int:
    query = _filter(Prospect.select(fn.COUNT(Prospect.id)), text)
    return query.scalar() or 0
