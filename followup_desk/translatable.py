"""Words for the user written below the window and translated inside it.

Services, the domain and the mail code stay free of Qt, yet their messages (an
input refused, a mail server that said no) and labels end up on screen. They
mark each one with :func:`QT_TRANSLATE_NOOP`, the name ``pyside6-lupdate``
looks for in Python source, so the text lands in the translators' catalogue.
The window translates it when it shows it
(:func:`followup_desk.ui.messages.translated`); the command line and the log
read the English it was written in.

Values go in with :meth:`Text.format` and named fields, never an f-string,
so the translator sees ``{name}`` and can move it::

    QT_TRANSLATE_NOOP("Contacts", "There is no prospect with id {id}.").format(
        id=prospect_id
    )

A day goes in as a ``datetime.date``: it reads "Mon 7 Sep" in the
English text and the window writes it the way its language does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping


class Text(str):
    """English text that remembers its source and values for translating later.

    It is a ``str`` (the English, values filled in), so code that only needs
    English, and tests comparing messages, need not know about it.
    """

    context: str
    source: str
    values: dict[str, object]

    def __new__(
        cls, context: str, source: str, values: Mapping[str, object] | None = None
    ) -> Text:
        values = dict(values or {})
        try:
            # Formatted even without values, like the translation: "{{" is "{".
            english = source.format(**english_values(values))
        except (KeyError, IndexError):
            english = source  # a template whose values come with format()
        text = super().__new__(cls, english)
        text.context = context
        text.source = source
        text.values = values
        return text

    def format(self, *args: object, **values: object) -> Text:
        """Fill in named fields; the translation gets the same values."""
        if args:
            raise TypeError("Name the values of a translatable text: {name}.")
        return Text(self.context, self.source, {**self.values, **values})

    def __reduce__(self):
        # Keep the marks when a message crosses a process or a pickle.
        return (Text, (self.context, self.source, self.values))


def english_values(values: Mapping[str, object]) -> dict[str, object]:
    """The values as the English text shows them: days spelled out."""
    return {
        name: english_day(value) if _is_day(value) else value
        for name, value in values.items()
    }


def english_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _is_day(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802
    """Mark ``source`` for translation in ``context``; translated when shown.

    Both arguments must be string literals: lupdate reads them from the source.
    """
    return Text(context, source)


def joined(parts: Iterable[str], separator: str = " ") -> Text:
    """Texts side by side, each keeping its translation marks.

    The whole is a :class:`Text` in no context: nothing to translate of its
    own, only its parts.
    """
    values = {f"part{n}": part for n, part in enumerate(parts)}
    glue = separator.replace("{", "{{").replace("}", "}}")
    return Text("", glue.join("{" + name + "}" for name in values), values)


def message_of(error: BaseException) -> str:
    """An exception's message, keeping its translation marks when it has them.

    ``str(error)`` would hand back plain English; re-raising a lower layer's
    error as a :class:`UserError` should pass this on instead.
    """
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
