"""Time the mail room on the shop-sized database: the daily batch end to end.

Works on a copy of the database (made with bench/make_shop_db.py), on the
day its packages are due, and prints one JSON line of figures in
milliseconds: listing the batch with its address checks, printing it with
envelopes, with labels, and with a two-page brochure merged into every
package, the pull list, and marking every piece posted.

    python bench/bench_posting.py /tmp/shop.sqlite3 [--repeats 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def timed(work, repeats: int):
    """Median wall time of ``work()`` in milliseconds, and its last result."""
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1), result


def brochure(path: Path) -> Path:
    """A two-page brochure with a picture, like an owner's sales PDF."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    picture = ImageReader(Image.new("RGB", (900, 600), (40, 90, 140)))
    for page in (1, 2):
        canvas.drawImage(picture, 72, 400, 450, 300)
        canvas.drawString(72, 360, f"Our products, page {page}")
        canvas.showPage()
    canvas.save()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.database.is_file():
        parser.error(f"{args.database} is not a database file")

    with tempfile.TemporaryDirectory(prefix="followup-posting-") as tmp:
        folder = Path(tmp)
        os.environ["FOLLOWUP_DESK_HOME"] = str(folder / "home")
        copy = folder / "shop.sqlite3"
        shutil.copyfile(args.database, copy)

        from followup_desk.services import batch, posting_setup
        from followup_desk.storage.database import close_database, open_database
        from followup_desk.storage.models import Prospect

        start = time.perf_counter()
        open_database(copy)
        figures: dict[str, object] = {
            "open_and_migrate_ms": round((time.perf_counter() - start) * 1000, 1)
        }
        try:
            day = (
                Prospect.select(Prospect.first_contact)
                .order_by(Prospect.first_contact.desc())
                .scalar()
            )
            day = day if isinstance(day, dt.date) else dt.date.fromisoformat(day)
            figures["day"] = day.isoformat()

            figures["list_ms"], entries = timed(
                lambda: batch.batch_entries(day), args.repeats
            )
            figures["pieces"] = len(entries)
            figures["list_by_postcode_ms"], _ = timed(
                lambda: batch.batch_entries(day, "postcode"), args.repeats
            )

            out = folder / "batch.pdf"
            figures["print_envelopes_ms"], result = timed(
                lambda: batch.print_batch(day, out), args.repeats
            )
            figures["print_envelopes_pages"] = result.pages
            labels = batch.BatchOptions(address_on="labels", label_product="5160")
            figures["print_labels_ms"], result = timed(
                lambda: batch.print_batch(day, out, options=labels), args.repeats
            )
            figures["print_labels_pages"] = result.pages

            posting_setup.add_enclosure(brochure(folder / "brochure.pdf"))
            figures["print_with_brochure_ms"], result = timed(
                lambda: batch.print_batch(day, out), args.repeats
            )
            figures["print_with_brochure_pages"] = result.pages
            figures["pdf_mb"] = round(out.stat().st_size / 1e6, 1)

            figures["pull_list_ms"], _ = timed(
                lambda: batch.pull_list(result.batch_id), args.repeats
            )
            figures["mark_posted_ms"], marked = timed(
                lambda: batch.mark_batch_posted(result.touch_ids, day, result.batch_id),
                1,
            )
            figures["marked"] = marked
        finally:
            close_database()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
