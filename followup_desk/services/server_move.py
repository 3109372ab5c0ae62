"""Moving a shop from its SQLite file to a shared PostgreSQL server.

``followup-desk migrate-to URL`` calls :func:`migrate_to`: the server gets
the app's schema, then every table is copied in one transaction and the row
counts of both sides are compared, before and after it commits. The file is
left as it was, so the shop can go back to it if anything looks wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from followup_desk.services.errors import UserError, ValidationError
from followup_desk.services.users import current_name, require_owner
from followup_desk.storage import copying
from followup_desk.storage import database as storage
from followup_desk.storage.copying import CopyError, TableCount
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")


@dataclass
class MoveReport:
    """Where the shop went, and the row counts compared table by table."""

    target: str
    counts: list[TableCount]

    @property
    def rows(self) -> int:
        return sum(c.target for c in self.counts)


def migrate_to(
    url: str,
    progress: Callable[[str, int, int], None] | None = None,
    replace: bool = False,
) -> MoveReport:
    """Copy everything in this desk's SQLite file to the server at ``url``."""
    require_owner(QT_TRANSLATE_NOOP("Users", "move the shop's data to a server"))
    if not storage.is_server_url(url):
        raise ValidationError(
            "url",
            QT_TRANSLATE_NOOP(
                "ServerMove",
                "Give the server as postgresql://user@host/database, e.g. "
                "postgresql://shop@192.168.1.20/followup_desk",
            ),
        )
    source_file = storage.current_file()
    if source_file is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "ServerMove",
                "This desk already works on a server. Open the SQLite file "
                "to move with --database FILE.",
            )
        )
    source = storage.database.obj
    try:
        target = storage.connect_server(url)
    except storage.DatabaseOpenError as exc:
        raise UserError(message_of(exc)) from exc
    try:
        copying.prepare_target(target)
        if copying.holds_prospects(target) and not replace:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ServerMove",
                    "The {database} already holds prospects. Use an empty "
                    "database, or add --replace to overwrite what it holds.",
                ).format(database=storage.describe(url))
            )
        try:
            counts = copying.copy_everything(source, target, progress)
        except CopyError as exc:
            raise UserError(message_of(exc)) from exc
        # Counted again after the commit, by fresh queries on both sides.
        after = copying.count_rows(target)
        before = copying.count_rows(source)
        wrong = [t for t, n in before.items() if after.get(t) != n]
        if wrong:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "ServerMove",
                    "After copying, the server's count of {wrong} differs from "
                    "the file's. Try again; the file is unchanged.",
                ).format(wrong=wrong[0])
            )
        target.actor = current_name()
        target.log_event("migrate_to", detail=source_file.name)
    finally:
        target.close()
    log.info("Copied %s to the server (%d tables)", source_file.name, len(counts))
    return MoveReport(storage.describe(url), counts)
