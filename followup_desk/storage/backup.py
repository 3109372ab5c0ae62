"""Backups of a SQLite database file, made and restored through SQLite itself.

Every copy goes through SQLite's online backup API, never a plain file copy:
the app (or another desk's process) may be writing while we copy, and only
SQLite knows which pages of the file and its write-ahead log belong together.

* A backup is written to ``<name>.partial`` and renamed into place only once
  it is complete and has passed ``PRAGMA integrity_check``. A crash half-way
  leaves a ``.partial`` file that no list shows and the next pruning removes.
* Because the backup API copies pages verbatim, checking the copy checks the
  live database too: a damaged original gives a damaged copy. That is how the
  app checks integrity at start without slowing the window down.
* Restoring copies the backup's pages *into* the live file, again through
  SQLite, as one write transaction: killed half-way, the file still holds the
  old data. The file it replaces is first kept as a ``before-restore`` backup.
* A database too damaged to restore into is moved aside (kept as
  ``damaged``) and the backup is put in its place with an atomic rename.

Backups live in a ``backups`` folder beside the database and are named
``<database>_<UTC time>_<kind>.sqlite3``, so the folder sorts by age.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.domain.backup_rotation import (
    DEFAULT_RETENTION_DAYS,
    backups_to_keep,
)
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.backup")

SUFFIX = ".sqlite3"
PARTIAL = ".partial"
# Made on a schedule and pruned by the rotation.
ROUTINE_KINDS = ("start", "timed", "manual")
# Safety copies made before something risky; kept for the retention period.
SAFETY_KINDS = ("before-upgrade", "before-restore", "damaged")
KINDS = ROUTINE_KINDS + SAFETY_KINDS
KIND_LABELS = {
    "start": QT_TRANSLATE_NOOP("Backup", "At start"),
    "timed": QT_TRANSLATE_NOOP("Backup", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Backup", "Backed up by hand"),
    "before-upgrade": QT_TRANSLATE_NOOP("Backup", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("Backup", "Replaced by a restore"),
    "damaged": QT_TRANSLATE_NOOP("Backup", "Damaged file, kept"),
}
# Stale partial files younger than this may still be being written.
PARTIAL_GRACE = dt.timedelta(hours=1)
# Pages copied per step when a caller wants progress; 4 MB with 4 KB pages.
STEP_PAGES = 1024
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?_(?P<kind>[a-z-]+)$"
)
_STAMP = "%Y%m%dT%H%M%SZ"

Progress = Callable[[int, int], None]


class BackupError(RuntimeError):
    """A backup or restore could not be done; the message says what to fix."""


class SourceDamagedError(BackupError):
    """The database being backed up failed its integrity check."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class BackupFile:
    """One complete backup in the backups folder."""

    path: Path
    made_at: dt.datetime
    kind: str
    size: int

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass
class BackupCheck:
    """What a look inside a backup found."""

    path: Path
    problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    prospects: int = 0
    touches: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """The complete backups of this database, newest first."""
    db_path = Path(db_path)
    folder = folder or backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        parsed = _parse_name(path.name)
        if parsed is None or parsed[0] != db_path.stem:
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        found.append(
            (stat.st_mtime_ns, BackupFile(path, parsed[1], parsed[2], stat.st_size))
        )
    # Two backups in the same second: the file written last is the newer.
    found.sort(key=lambda item: (item[1].made_at, item[0]), reverse=True)
    return [backup for _mtime, backup in found]


def make_backup(
    db_path: Path,
    kind: str = "manual",
    folder: Path | None = None,
    progress: Progress | None = None,
    verify: bool = True,
    now: dt.datetime | None = None,
    quick: bool = False,
) -> BackupFile:
    """Copy the database into a new backup file and check the copy.

    Raises ``SourceDamagedError`` when the copy (and so the database) fails
    its integrity check; no backup is left behind then. ``quick`` checks the
    structure only (``quick_check``), several times faster on a large file,
    for a copy someone is waiting for.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    db_path = Path(db_path)
    if not db_path.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "There is no database file at {db_path} to back up."
            ).format(db_path=db_path)
        )
    folder = folder or backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "Cannot create the backup folder {folder}: {strerror}."
            ).format(folder=folder, strerror=exc.strerror)
        ) from exc
    _check_room(db_path, folder)

    target = _new_name(folder, db_path.stem, kind, now)
    partial = target.with_name(target.name + PARTIAL)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        _copy_pages(db_path, partial, progress)
        if verify:
            problems = integrity_problems(partial, quick=quick)
            if problems:
                raise SourceDamagedError(
                    QT_TRANSLATE_NOOP(
                        "Backup", "The database {name} is damaged: {problems}"
                    ).format(name=db_path.name, problems=problems[0]),
                    problems,
                )
        _fsync(partial)
        os.replace(partial, target)
        _fsync_folder(folder)
    except sqlite3.DatabaseError as exc:
        raise SourceDamagedError(
            QT_TRANSLATE_NOOP(
                "Backup", "The database {name} cannot be read: {problem}"
            ).format(name=db_path.name, problem=message_of(exc)),
            [str(exc)],
        ) from exc
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup", "Could not write the backup {target}: {problem}"
            ).format(target=target, problem=message_of(exc))
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    backup = BackupFile(
        target, _parse_name(target.name)[1], kind, target.stat().st_size
    )
    log.info("Backed up %s to %s (%d bytes)", db_path.name, target.name, backup.size)
    return backup


def inspect_backup(path: Path, latest_schema: int | None = None) -> BackupCheck:
    """Check a backup before trusting it: readable, whole, ours, not too new."""
    path = Path(path)
    check = BackupCheck(path)
    if not path.is_file():
        check.problems.append(
            QT_TRANSLATE_NOOP("Backup", "{name} does not exist.").format(name=path.name)
        )
        return check
    try:
        check.problems.extend(integrity_problems(path))
        if check.problems:
            return check
        with contextlib.closing(_connect_read_only(path)) as conn:
            tables = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                )
            }
            if not {"schemaversion", "prospect", "touch"} <= tables:
                check.problems.append(
                    QT_TRANSLATE_NOOP(
                        "Backup", "{name} is not a Follow-up Desk database."
                    ).format(name=path.name)
                )
                return check
            check.schema_version = (
                conn.execute("SELECT max(version) FROM schemaversion").fetchone()[0]
                or 0
            )
            check.prospects = conn.execute("SELECT count(*) FROM prospect").fetchone()[
                0
            ]
            check.touches = conn.execute("SELECT count(*) FROM touch").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        check.problems.append(
            QT_TRANSLATE_NOOP("Backup", "{name} cannot be read: {problem}.").format(
                name=path.name, problem=exc
            )
        )
        return check
    if latest_schema is not None and check.schema_version > latest_schema:
        check.problems.append(
            QT_TRANSLATE_NOOP(
                "Backup",
                "{name} was made by a newer Follow-up Desk (schema {schema}); update "
                "the app to restore it.",
            ).format(name=path.name, schema=check.schema_version)
        )
    return check


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """What ``PRAGMA integrity_check`` reports; empty when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with contextlib.closing(_connect_read_only(path)) as conn:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        # So damaged that the check itself cannot run: that is its answer.
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def restore_into(
    backup: Path,
    db_path: Path,
    latest_schema: int | None = None,
    progress: Progress | None = None,
    keep_folder: Path | None = None,
) -> BackupFile:
    """Replace the database's content with a checked backup; return the kept copy.

    Works while the app has the database open: SQLite writes the backup's
    pages into the live file in one transaction, and other connections see
    the restored data at their next read.
    """
    backup, db_path = Path(backup), Path(db_path)
    check = inspect_backup(backup, latest_schema)
    if not check.ok:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "This backup cannot be restored: {problems} Nothing was changed.",
            ).format(problems=check.problems[0])
        )
    kept = make_backup(db_path, "before-restore", keep_folder, verify=False)
    try:
        _copy_pages(backup, db_path, progress, into_live=True)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "Restoring {name} failed: {problem}. The database still holds "
                "what it held before; a copy is kept as {kept}.",
            ).format(name=backup.name, problem=message_of(exc), kept=kept.path.name)
        ) from exc
    log.info("Restored %s from %s (kept %s)", db_path.name, backup.name, kept.path.name)
    return kept


def replace_damaged(
    backup: Path,
    db_path: Path,
    latest_schema: int | None = None,
    keep_folder: Path | None = None,
) -> Path | None:
    """Put a backup in place of a database too damaged to open; keep the old file.

    Every connection to ``db_path`` must be closed first. The backup is built
    beside the database and renamed over it, so a crash leaves either the
    damaged file or the restored one at ``db_path``, never a missing file.
    Returns where the damaged file was kept (None if there was none).
    """
    backup, db_path = Path(backup), Path(db_path)
    check = inspect_backup(backup, latest_schema)
    if not check.ok:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "This backup cannot be restored: {problems} Nothing was changed.",
            ).format(problems=check.problems[0])
        )
    building = db_path.with_name(db_path.name + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        building.unlink()
    _copy_pages(backup, building, None)
    _fsync(building)

    kept = None
    if db_path.exists():
        folder = keep_folder or backup_folder(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        kept = _new_name(folder, db_path.stem, "damaged", None)
        # A second name for the damaged file first, so the database path never
        # goes missing; the old write-ahead log moves along with it, or SQLite
        # would replay it onto the restored file.
        try:
            os.link(db_path, kept)
        except OSError:
            shutil.copy2(db_path, kept)
        for extra in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + extra)
            if side.exists():
                os.replace(side, kept.with_name(kept.name + extra))
    os.replace(building, db_path)
    _fsync_folder(db_path.parent)
    log.warning("Replaced damaged %s with %s", db_path.name, backup.name)
    return kept


def prune(
    db_path: Path,
    now: dt.datetime | None = None,
    retention_days: int = DEFAULT_RETENTION_DAYS,
    zone: dt.tzinfo = dt.UTC,
    folder: Path | None = None,
) -> list[Path]:
    """Delete backups the rotation does not keep; return what was deleted."""
    db_path = Path(db_path)
    folder = folder or backup_folder(db_path)
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(db_path, folder)
    routine = [b for b in backups if b.kind in ROUTINE_KINDS]
    keep = backups_to_keep((b.made_at for b in routine), now, retention_days, zone)
    limit = now - dt.timedelta(days=retention_days)
    doomed = [b.path for b in routine if b.made_at not in keep]
    doomed += [b.path for b in backups if b.kind in SAFETY_KINDS and b.made_at < limit]
    if folder.is_dir():
        for partial in folder.glob(f"{db_path.stem}_*{PARTIAL}"):
            with contextlib.suppress(OSError):
                age = now.timestamp() - partial.stat().st_mtime
                if age > PARTIAL_GRACE.total_seconds():
                    doomed.append(partial)
    removed = []
    for path in doomed:
        for extra in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + extra).unlink()
        removed.append(path)
    if removed:
        log.info("Pruned %d old backups of %s", len(removed), db_path.name)
    return removed


def changed_since(db_path: Path, backup: Path) -> bool:
    """True when the database holds changes the backup does not.

    Every change adds a row to the change log, so the newest log id tells
    whether anything happened; a file without a log counts as changed.
    """
    ours, theirs = _last_change_id(Path(db_path)), _last_change_id(Path(backup))
    return ours is None or theirs is None or ours != theirs


def _last_change_id(path: Path) -> int | None:
    try:
        with contextlib.closing(_connect_read_only(path)) as conn:
            return conn.execute("SELECT max(id) FROM audit_log").fetchone()[0] or 0
    except sqlite3.Error:
        return None


# -- inside ---------------------------------------------------------------------


def _copy_pages(
    source: Path, target: Path, progress: Progress | None, into_live: bool = False
) -> None:
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target, timeout=30)
        try:
            step = STEP_PAGES if progress else -1

            def report(status: int, remaining: int, total: int) -> None:
                progress(total - remaining, total)

            src.backup(dst, pages=step, progress=report if progress else None)
            if not into_live:
                # A backup stands alone: one file, no write-ahead log beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def _check_room(db_path: Path, folder: Path) -> None:
    size = sum(
        p.stat().st_size
        for p in (db_path, db_path.with_name(db_path.name + "-wal"))
        if p.exists()
    )
    free = shutil.disk_usage(folder).free
    if free < size * 1.1 + 1024 * 1024:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backup",
                "There is not enough free space in {folder} for a backup "
                "({size} MB needed). Free some space and try again.",
            ).format(folder=folder, size=size // (1024 * 1024) + 1)
        )


def _new_name(folder: Path, stem: str, kind: str, now: dt.datetime | None) -> Path:
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = moment.strftime(_STAMP)
    path = folder / f"{stem}_{stamp}_{kind}{SUFFIX}"
    counter = 2
    while path.exists() or path.with_name(path.name + PARTIAL).exists():
        path = folder / f"{stem}_{stamp}-{counter}_{kind}{SUFFIX}"
        counter += 1
    return path


def _parse_name(name: str) -> tuple[str, dt.datetime, str] | None:
    if not name.endswith(SUFFIX):
        return None
    match = _NAME.match(name[: -len(SUFFIX)])
    if not match or match["kind"] not in KINDS:
        return None
    made_at = dt.datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=dt.UTC)
    # Same-second backups get -2, -3…: order them after the first.
    made_at += dt.timedelta(microseconds=int(match["n"] or 0))
    return match["stem"], made_at, match["kind"]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
