"""Time what staff wait for, on a shop-sized database; print one JSON line.

    python bench/run_bench.py /tmp/shop.sqlite3 [--repeats 7] [--day YYYY-MM-DD]

Each figure is the median of several runs, in milliseconds:

- ``window_first_paint_ms``: a fresh process, from its first line to the main
  window's first paint (offscreen), imports and opening the database included;
- ``agenda_ms``: the day's agenda, overdue touches included;
- ``month_counts_ms``: touches per day of the day's month, for the calendar;
- ``filter_prefix_ms``: one keystroke in the list filter, the match count and
  the first block of rows, as the prospect list asks for them;
- ``save_first_contact_ms``: a new prospect saved with its plan;
- ``quote_pdf_ms``: one quotation PDF (``quote_pdf_first_ms`` includes loading
  ReportLab);
- ``batch_ms``: the daily batch PDF, with ``batch_pieces`` and ``batch_pages``;
- ``peak_rss_mb``: the benchmark process's peak memory (the window's process
  reports its own as ``window_peak_rss_mb``).

A figure whose code does not exist yet is ``null``. The database is copied
first (``--in-place`` to skip), since saving contacts changes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import inspect
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FILTER_KEYSTROKES = ("s", "sm", "smi", "smit", "j", "jo", "joh", "m", "ma", "mar")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(action: Callable[[], object], repeats: int) -> tuple[float, object]:
    """Median milliseconds of ``repeats`` runs, and the last result."""
    times = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2), result


def has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def peak_rss_mb() -> float:
    # Linux reports kilobytes, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


# -- the main window, in a process of its own --------------------------------


def window_child(database: str) -> None:
    """Open the main window offscreen and report when it first painted."""
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    from followup_desk.storage.database import open_database
    from followup_desk.ui import main_window

    open_database(database)
    app = QApplication([])
    window_class = getattr(main_window, "MainWindow", None)
    if window_class is None:
        window_class = next(
            obj
            for obj in vars(main_window).values()
            if inspect.isclass(obj) and issubclass(obj, QMainWindow)
        )
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    app.installEventFilter(watch)
    window = window_class()
    window.show()
    deadline = time.perf_counter() + 30
    while not painted and time.perf_counter() < deadline:
        app.processEvents()
    # Painting of one window happens in one pass: once processEvents returns
    # after the first paint event, the whole window has been drawn.
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "ms": round((done - started) * 1000, 1) if painted else None,
                "rss_mb": peak_rss_mb(),
            }
        )
    )
    window.close()


def window_first_paint(database: Path, repeats: int) -> tuple[float | None, float]:
    if not has_module("followup_desk.ui.main_window"):
        log("window: followup_desk/ui/main_window.py does not exist yet")
        return None, None
    times, rss = [], 0.0
    for _ in range(repeats):
        run = subprocess.run(
            [sys.executable, __file__, "--window-child", str(database)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if run.returncode != 0:
            log("window: the window failed to open:\n" + run.stderr[-3000:])
            return None, None
        figures = json.loads(run.stdout.strip().splitlines()[-1])
        if figures["ms"] is None:
            log("window: never painted")
            return None, None
        times.append(figures["ms"])
        rss = max(rss, figures["rss_mb"])
    return round(statistics.median(times), 1), rss


# -- services, in this process -----------------------------------------------


def copy_database(source: Path, folder: Path) -> Path:
    """A private copy; the backup API also takes what is still in the WAL."""
    target = folder / source.name
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def bench_services(day: dt.date, repeats: int, folder: Path) -> dict[str, object]:
    from followup_desk.services import contacts, prospects, touches
    from followup_desk.storage.models import Prospect, Quote, Touch

    out: dict[str, object] = {
        "prospects": Prospect.select().count(),
        "touches": Touch.select().count(),
        "day": day.isoformat(),
    }
    out["agenda_ms"], items = timed(lambda: touches.agenda(day), repeats)
    out["agenda_rows"] = len(items)
    out["month_counts_ms"], _ = timed(
        lambda: touches.month_counts(day.year, day.month), repeats
    )

    def keystroke(text: str):
        return prospects.count(text), prospects.search(text, 0, 200)

    per_key = [timed(lambda k=k: keystroke(k), repeats)[0] for k in FILTER_KEYSTROKES]
    out["filter_prefix_ms"] = round(statistics.median(per_key), 2)
    out["filter_prefix_worst_ms"] = max(per_key)

    counter = iter(range(1_000_000))

    def save_contact():
        n = next(counter)
        return contacts.log_first_contact(
            contacts.NewContact(
                first_name="Bench",
                last_name=f"Walker{n}",
                email=f"bench.walker{n}@example.com",
                street=f"{n} Bench St",
                postcode="07030",
                city="Hoboken",
                region="NJ",
                channel="email",
            ),
            contacted_on=day,
        )

    out["save_first_contact_ms"], _ = timed(save_contact, max(repeats, 20))

    quote = Quote.select().order_by(Quote.id.desc()).first()
    if has_module("followup_desk.services.documents") and quote is not None:
        from followup_desk.services import documents

        pdf = folder / "quote.pdf"
        out["quote_pdf_first_ms"], _ = timed(
            lambda: documents.print_quote(quote.id, pdf), 1
        )
        out["quote_pdf_ms"], _ = timed(
            lambda: documents.print_quote(quote.id, pdf), repeats
        )
    else:
        log("quote: services/documents.py does not exist yet, or no quotes")
        out["quote_pdf_first_ms"] = out["quote_pdf_ms"] = None

    if has_module("followup_desk.services.batch"):
        from followup_desk.services import batch

        pdf = folder / "batch.pdf"
        out["batch_ms"], result = timed(
            lambda: batch.print_batch(day, pdf), min(repeats, 3)
        )
        out["batch_pieces"], out["batch_pages"] = result.pieces, result.pages
    else:
        log("batch: services/batch.py does not exist yet")
        out["batch_ms"] = out["batch_pieces"] = out["batch_pages"] = None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--day", type=dt.date.fromisoformat, help="default: today")
    parser.add_argument("--in-place", action="store_true", help="do not copy first")
    parser.add_argument("--window-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.window_child:
        window_child(str(args.database))
        return 0
    if not args.database.is_file():
        parser.error(f"{args.database} is not a database file")

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp:
        folder = Path(tmp)
        os.environ["FOLLOWUP_DESK_HOME"] = str(folder / "home")
        database = (
            args.database if args.in_place else copy_database(args.database, folder)
        )
        paint_ms, window_rss = window_first_paint(database, min(args.repeats, 5))

        from followup_desk.services import profile
        from followup_desk.storage.database import close_database, open_database

        open_database(database)
        try:
            day = args.day or profile.shop_today()
            figures = {"window_first_paint_ms": paint_ms}
            figures.update(bench_services(day, args.repeats, folder))
        finally:
            close_database()
    figures["window_peak_rss_mb"] = window_rss
    figures["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
