"""Finding prospects: the list the front desk scrolls and searches."""

from __future__ import annotations

from peewee import OP, Expression, Value, fn

from followup_desk.storage.models import (
    Prospect,
    ProspectWord,
    key_words,
    search_key,
)

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


def _inside_names(word: str):
    """Prospects with a later word of their names starting with ``word``."""
    if len(word) < 2:
        # One letter would match inside most names: only starts count then.
        return None
    matches = ProspectWord.select(ProspectWord.prospect).where(
        _prefix(ProspectWord.word, word)
    )
    return Prospect.id.in_(matches)


def _starts(text: str, with_email: bool):
    """Rows whose last or first name or company, or e-mail, starts with ``text``."""
    condition = (
        _prefix(Prospect.search_last, text)
        | _prefix(Prospect.search_first, text)
        | _prefix(Prospect.search_company, text)
    )
    if with_email:
        condition |= _prefix(Prospect.search_email, text)
    return condition


def _letter_inside(letter: str):
    """Rows with a one-letter word in their names ("jeffrey a esq").

    Such words are too common to index; this is only asked of the few rows a
    longer word already picked, where reading the names costs nothing.
    """
    names = (
        Value(" ")
        .concat(Prospect.search_last)
        .concat(" ")
        .concat(Prospect.search_first)
        .concat(" ")
        .concat(Prospect.search_company)
    )
    # The letter comes from key_words: a letter or digit, never a wildcard.
    # ILIKE: peewee writes LIKE on SQLite for it (plain LIKE becomes GLOB).
    return Expression(names, OP.ILIKE, f"% {letter}%")


def _matches(word: str, with_email: bool, narrowing: bool = False):
    condition = _starts(word, with_email)
    inside = _inside_names(word)
    if inside is None and narrowing:
        inside = _letter_inside(word)
    return condition if inside is None else condition | inside


def _token_matches(token: str, first: bool, letters_inside: bool = False):
    """Rows matching one typed token, punctuation and all or word by word.

    "o'brien" or "anna@example" match a field's start as typed; the same
    token also matches when each of its words does ("pure_water" finds
    "100% Pure Water"), the way names are split into words when stored.
    """
    words = key_words(token)
    narrowing = letters_inside and not first
    if words == [token]:
        return _matches(token, with_email=first, narrowing=narrowing)
    as_typed = _starts(token, with_email=first)
    word_by_word = _matches(words[0], with_email=False, narrowing=narrowing)
    for word in words[1:]:
        word_by_word &= _matches(word, with_email=False, narrowing=letters_inside)
    return as_typed | word_by_word


def _filter(query, text: str):
    # A token of punctuation only ("&", a dash) names nothing: it is left out.
    tokens = [token for token in search_key(text).split() if key_words(token)]
    if not tokens:
        return query
    query = query.where(_token_matches(tokens[0], first=True))
    # Further words narrow the match ("john smi"), checked on the rows left;
    # a lone letter may sit inside a name once a word of three letters or
    # more has left few enough rows to read ("jeffrey a").
    letters_inside = len(tokens[0]) >= 3
    for token in tokens[1:]:
        query = query.where(_token_matches(token, False, letters_inside))
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
