"""Column types that keep values exact on both SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from peewee import TextField


class DecimalTextField(TextField):
    """A ``Decimal`` stored as text.

    SQLite gives NUMERIC columns float affinity, which would turn 0.1 into
    0.1000000000000000055; text keeps the exact digits on every backend.
    """

    def db_value(self, value):
        if value is None:
            return None
        return str(Decimal(value))

    def python_value(self, value):
        if value is None:
            return None
        return Decimal(value)
