"""Backups as the people at the desk see them: now, at start, restore, keep.

* ``routine_backup`` runs at each start and every few hours (off the window's
  thread): it copies the database, checks the copy, and prunes old backups.
  A damaged copy means a damaged database, reported as ``DamagedDatabase``.
* ``back_up_now`` is the button; anyone signed in may press it.
* ``restore`` is for the owner: it checks the backup before it touches
  anything and keeps the replaced data as a backup of its own.
* ``rescue`` is the way out when the database file cannot even be opened:
  the newest good backup goes in its place and the damaged file is kept.

Backups are of SQLite files. On a shared server the server's own backups
apply; these functions say so instead of pretending.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup_desk.domain.backup_rotation import (
    DEFAULT_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
)
from followup_desk.services import audit
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.services.users import require_owner
from followup_desk.storage import backup as store
from followup_desk.storage import database as storage
from followup_desk.storage.backup import BackupCheck, BackupFile
from followup_desk.storage.models import CompanyProfile
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.backup")

# How often the window makes a backup while it stays open.
TIMED_BACKUP_HOURS = 4
MAX_RETENTION_DAYS = 3650

Progress = Callable[[int, int], None]


class DamagedDatabase(UserError):
    """The integrity check found the database damaged; nothing was backed up."""

    def __init__(self, message: str, path: Path, problems: list[str]) -> None:
        super().__init__(message)
        self.path = path
        self.problems = problems


@dataclass(frozen=True)
class Policy:
    """What pruning needs, read on the window's thread before a routine backup."""

    retention_days: int = DEFAULT_RETENTION_DAYS
    zone: dt.tzinfo = dt.UTC


@dataclass
class RoutineResult:
    """The backup a routine run made (None if skipped) and what it pruned."""

    backup: BackupFile | None
    pruned: list[Path] = field(default_factory=list)
    skipped_reason: str = ""


def database_file() -> Path:
    """The database file backups are made of; refused on a shared server."""
    path = storage.current_file()
    if path is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "This desk works on the shared server, which keeps its own "
                "backups. Ask whoever looks after the server how often it is "
                "backed up.",
            )
        )
    return path


def policy() -> Policy:
    profile = CompanyProfile.select().order_by(CompanyProfile.id).first()
    if profile is None:
        return Policy()
    try:
        zone: dt.tzinfo = ZoneInfo(profile.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    return Policy(profile.backup_retention_days or DEFAULT_RETENTION_DAYS, zone)


def list_backups() -> list[BackupFile]:
    return store.list_backups(database_file())


def back_up_now(progress: Progress | None = None) -> BackupFile:
    """The "Back up now" button: a checked copy in the backups folder."""
    path = database_file()
    made = _make(path, "manual", progress)
    storage.log_event("backup", "backup", detail=made.path.name)
    store.prune(path, **_prune_args(policy()))
    return made


def save_copy_as(target: Path, progress: Progress | None = None) -> Path:
    """A checked backup written where the user chooses (a USB stick, say)."""
    path = database_file()
    target = Path(target)
    if target.exists() and target.is_dir():
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "Backup", "{target} is a folder; give a file name."
            ).format(target=target),
        )
    if target.resolve() == path.resolve():
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("Backup", "Choose a different file from the database."),
        )
    if not target.parent.is_dir():
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP("Backup", "The folder {parent} does not exist.").format(
                parent=target.parent
            ),
        )
    made = _make(path, "manual", progress, folder=target.parent)
    made.path.replace(target)
    storage.log_event("backup", "backup", detail=target.name)
    return target


def routine_backup(
    kind: str,
    rules: Policy,
    path: Path,
    progress: Progress | None = None,
    only_if_changed: bool = False,
) -> RoutineResult:
    """The backup at start ("start") or on the timer ("timed"), then pruning.

    Uses no peewee connection, so it may run on a worker thread: ``rules``
    and ``path`` are read beforehand on the window's thread.
    """
    newest = next(iter(store.list_backups(path)), None)
    if only_if_changed and newest and not store.changed_since(path, newest.path):
        return RoutineResult(None, skipped_reason="nothing changed since the last one")
    made = _make(path, kind, progress)
    pruned = store.prune(path, **_prune_args(rules))
    return RoutineResult(made, pruned)


def inspect(path: Path) -> BackupCheck:
    from followup_desk.storage.migrations import LATEST

    return store.inspect_backup(Path(path), LATEST)


def restore(backup: Path, progress: Progress | None = None) -> BackupFile:
    """Put a backup's data in place of today's; return the copy kept of today's.

    Only the owner may do it: every desk's work since the backup goes back.
    """
    from followup_desk.storage.migrations import LATEST, migrate

    require_owner(QT_TRANSLATE_NOOP("Users", "restore a backup"))
    path = database_file()
    try:
        kept = store.restore_into(Path(backup), path, LATEST, progress)
    except store.SourceDamagedError as exc:
        raise DamagedDatabase(message_of(exc), path, exc.problems) from exc
    except store.BackupError as exc:
        raise UserError(message_of(exc)) from exc
    db = storage.database.obj
    # A backup from before an upgrade is upgraded like any older file; its
    # change log may not exist until the upgrade makes it.
    with storage.change_logging_paused(db):
        migrate(db)
    storage.log_event("restore", "backup", detail=Path(backup).name)
    log.info("Restored %s", Path(backup).name)
    return kept


def newest_good_backup(path: Path) -> BackupFile | None:
    """The newest backup of ``path`` that passes every check."""
    for candidate in store.list_backups(path):
        if candidate.kind == "damaged":
            continue
        if inspect(candidate.path).ok:
            return candidate
    return None


def rescue(path: Path, backup: Path) -> Path | None:
    """Replace a database too damaged to open with a backup; keep the old file.

    The caller has closed the database. Returns where the damaged file is kept.
    """
    from followup_desk.storage.migrations import LATEST

    storage.close_database()
    try:
        kept = store.replace_damaged(Path(backup), Path(path), LATEST)
    except store.BackupError as exc:
        raise UserError(message_of(exc)) from exc
    log.warning("Rescued %s from %s", Path(path).name, Path(backup).name)
    return kept


def retention_days() -> int:
    return policy().retention_days


def set_retention_days(days: int) -> int:
    """How long backups (and the activity log) are kept; old ones go at once."""
    require_owner(QT_TRANSLATE_NOOP("Users", "change how long backups are kept"))
    try:
        days = int(days)
    except (TypeError, ValueError):
        raise ValidationError(
            "retention", QT_TRANSLATE_NOOP("Backup", "Give a whole number of days.")
        ) from None
    if not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        raise ValidationError(
            "retention",
            QT_TRANSLATE_NOOP(
                "Backup",
                "Keep backups between {least} and {most} days.",
            ).format(
                least=MIN_RETENTION_DAYS,
                most=MAX_RETENTION_DAYS,
            ),
        )
    CompanyProfile.update(backup_retention_days=days).execute()
    storage.log_event("retention", "companyprofile", detail=str(days))
    audit.prune_activity(days)
    path = storage.current_file()
    if path is not None:
        store.prune(path, **_prune_args(policy()))
    return days


def _make(
    path: Path, kind: str, progress: Progress | None, folder: Path | None = None
) -> BackupFile:
    try:
        return store.make_backup(path, kind, folder=folder, progress=progress)
    except store.SourceDamagedError as exc:
        raise DamagedDatabase(
            QT_TRANSLATE_NOOP(
                "Backup",
                "The database {name} is damaged, so no backup was made. "
                "Restore the newest good backup to go on working.",
            ).format(name=path.name),
            path,
            exc.problems,
        ) from exc
    except store.BackupError as exc:
        raise UserError(message_of(exc)) from exc


def _prune_args(rules: Policy) -> dict:
    return {"retention_days": rules.retention_days, "zone": rules.zone}
