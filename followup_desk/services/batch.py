"""The daily batch: every package and mailer due, printed in one PDF.

Printing and marking as posted are two separate steps on purpose: a crash or
a jammed printer between them leaves every piece still open, and only what
the owner confirms is marked as posted.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from followup_desk.services import documents
from followup_desk.services import profile as profile_service
from followup_desk.services import quotes as quote_service
from followup_desk.services import touches as touch_service
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.storage.models import Touch

log = logging.getLogger("followup_desk.printing")

POSTED_KINDS = ("package", "mailer")


@dataclass
class BatchResult:
    path: Path
    pieces: int
    pages: int
    touch_ids: list[int] = field(default_factory=list)


def due_pieces(day: dt.date | None = None) -> list[Touch]:
    """Open packages and mailers due by ``day``: overdue first, then by name."""
    day = day or profile_service.shop_today()
    rows = list(touch_service.prospects_with_open_kind(day, POSTED_KINDS))
    rows.sort(key=lambda t: (t.latest >= day, t.due, t.prospect.search_last))
    return rows


def print_batch(
    day: dt.date | None = None,
    out: Path = Path("batch.pdf"),
    progress: Callable[[int, int], None] | None = None,
    touch_ids: Iterable[int] | None = None,
) -> BatchResult:
    """Print the batch; nothing is marked as posted here."""
    from followup_desk.printing.batch import BatchPiece, write_batch_pdf

    profile = profile_service.get_profile()
    day = day or profile_service.shop_today(profile)
    touches = due_pieces(day)
    if touch_ids is not None:
        wanted = set(touch_ids)
        touches = [t for t in touches if t.id in wanted]
    if not touches:
        raise UserError(f"Nothing to post on {day.isoformat()}: the batch is empty.")

    pieces = []
    for touch in touches:
        prospect = touch.prospect
        quote = (
            quote_service.latest_quote(prospect.id) if touch.kind == "package" else None
        )
        number = quote.number if quote else ""
        pieces.append(
            BatchPiece(
                letter=documents.cover_letter(prospect, number, day),
                quote=documents.quote_document(quote) if quote else None,
                recipient=documents.recipient_address(prospect),
            )
        )
    out = documents.writable_pdf_path(Path(out))
    pages = write_batch_pdf(
        out, profile_service.company_info(profile), pieces, progress
    )
    log.info("Printed batch of %d pieces (%d pages)", len(pieces), pages)
    return BatchResult(out, len(pieces), pages, [t.id for t in touches])


def mark_batch_posted(
    touch_ids: Iterable[int], posted_on: dt.date | None = None
) -> int:
    """Mark the confirmed pieces as posted; later touches move with packages."""
    posted_on = posted_on or profile_service.shop_today()
    marked = 0
    with database.atomic():
        for touch in Touch.select().where(Touch.id.in_(list(touch_ids))):
            if touch.status != "open" or touch.kind not in POSTED_KINDS:
                continue
            touch_service.complete_touch(touch.id, "posted", done_on=posted_on)
            marked += 1
    log.info("Marked %d pieces as posted on %s", marked, posted_on)
    return marked
