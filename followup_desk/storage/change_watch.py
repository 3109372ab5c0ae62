"""Noticing that another desk changed data, cheaply enough to ask every few seconds.

Every data change adds a row to ``audit_log`` (see ``storage.database``) with
the id of the desk that made it. A look is one range query on the primary
key over the newest rows written by other desks.

Why not just compare the largest id? On PostgreSQL ids are handed out when a
row is written but become visible when its transaction commits, so a slower
transaction can reveal a smaller id after a larger one was seen. The watch
therefore remembers the other desks' ids in a window below the largest it has
seen, and any id it has not seen before counts as a change.
"""

from __future__ import annotations

from peewee import Database

WINDOW = 500
_DATA_ACTIONS = ("insert", "update", "delete")


class ChangeWatch:
    """Answers "did another desk change anything since I last asked?"."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._floor = max(0, self._top() - WINDOW)
        self._seen: set[int] = set()
        self._look()

    def changed(self) -> bool:
        """True when another desk's change became visible since the last call."""
        return bool(self._look())

    def _look(self) -> set[int]:
        p = self._db.param
        cursor = self._db.execute_sql(
            f"SELECT id FROM audit_log WHERE id > {p} AND desk <> {p} "
            f"AND action IN ({p}, {p}, {p})",
            (self._floor, self._db.desk, *_DATA_ACTIONS),
        )
        ids = {row[0] for row in cursor.fetchall()}
        new = ids - self._seen
        self._floor = max(self._floor, self._top() - WINDOW)
        self._seen = {i for i in self._seen | ids if i > self._floor}
        return new

    def _top(self) -> int:
        return self._db.execute_sql("SELECT max(id) FROM audit_log").fetchone()[0] or 0
