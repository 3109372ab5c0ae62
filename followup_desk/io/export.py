"""Getting data out: CSV of a list, vCards of prospects, a calendar of follow-ups.

Every file is written next to its final name and moved into place, so a
spreadsheet, address book or calendar that reads it never sees half a file.

CSV cells that begin with ``= + - @`` (or a tab or carriage return) are
prefixed with an apostrophe: spreadsheets would otherwise run them as
formulas, and a prospect's name typed as ``=HYPERLINK(...)`` must stay text.
The importer takes the apostrophe off again, so an exported list re-imports
to the same data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from followup_desk.domain.names import full_name
from followup_desk.services import profile as profile_service
from followup_desk.services import prospects as prospect_service
from followup_desk.services.errors import UserError
from followup_desk.storage.database import database
from followup_desk.storage.models import Prospect, Touch
from followup_desk.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("followup_desk.io")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Header → prospect field. The headers are ones the importer recognises.
PROSPECT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("First name", "first_name"),
    ("Last name", "last_name"),
    ("Company", "company"),
    ("E-mail", "email"),
    ("Phone", "phone"),
    ("Phone 2", "phone2"),
    ("Website", "website"),
    ("Street", "street"),
    ("Street 2", "street2"),
    ("Postcode", "postcode"),
    ("Town", "city"),
    ("Region", "region"),
    ("Country", "country"),
    ("Channel", "channel"),
    ("Interest", "interest"),
    ("First contact", "first_contact"),
    ("Status", "status"),
    ("Notes", "notes"),
)
KIND_LABELS = {
    "package": "Package",
    "email": "E-mail",
    "call": "Call",
    "mailer": "Mailer",
    "visit": "Visit",
}
_BLOCK = 2000


class ExportError(UserError):
    """The file could not be written; the message says where and why."""


def neutralise(value: object) -> str:
    """A cell as text that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_atomically(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Export", "{path} is a folder; give a file name.").format(
                path=path
            )
        )
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "The folder {folder} does not exist; pick another."
            ).format(folder=folder)
        )
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if "temp" in locals() and os.path.exists(temp):
            os.unlink(temp)
        reason = exc.strerror or str(exc)
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export",
                "Cannot write {path}: {reason}. Close any program that has "
                "it open, or choose another folder.",
            ).format(path=path, reason=reason)
        ) from None
    return path


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file as Excel opens it: UTF-8 with a byte-order mark, commas."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    # The byte-order mark is what makes Excel read accents as UTF-8.
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def export_table_csv(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> Path:
    """Any list the window shows, as CSV."""
    return write_atomically(path, csv_bytes(headers, rows))


def _prospect_rows(query) -> Iterable[list[object]]:
    fields = [getattr(Prospect, name) for _, name in PROSPECT_COLUMNS]
    query = query.select(Prospect.id, *fields)
    last_id = 0
    # Keyset blocks by id, as plain tuples: steady speed and memory on
    # 100,000 prospects (model objects tripled the time).
    while True:
        block = list(
            query.where(Prospect.id > last_id)
            .order_by(Prospect.id)
            .limit(_BLOCK)
            .tuples()
        )
        if not block:
            return
        for row in block:
            yield [_cell(value) for value in row[1:]]
        last_id = block[-1][0]


def _cell(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def export_prospects_csv(
    path: Path, search_text: str = "", ids: Iterable[int] | None = None
) -> int:
    """Prospects matching the list's search (or the given ids) as CSV.

    Returns how many were written.
    """
    query = prospect_service._filter(Prospect.select(), search_text)
    if ids is not None:
        query = query.where(Prospect.id.in_(list(ids)))
    rows = list(_prospect_rows(query))
    export_table_csv(path, [h for h, _ in PROSPECT_COLUMNS], rows)
    log.info("Exported %d prospects as CSV", len(rows))
    return len(rows)


# -- vCard ---------------------------------------------------------------------


def _vcard(prospect: Prospect, home_country: str) -> str:
    import vobject

    from followup_desk.domain.address import country_name

    card = vobject.vCard()
    card.add("n").value = vobject.vcard.Name(
        family=prospect.last_name, given=prospect.first_name
    )
    card.add("fn").value = prospect.display_name
    if prospect.company:
        card.add("org").value = [prospect.company]
    if prospect.email:
        email = card.add("email")
        email.value = prospect.email
        email.type_param = "INTERNET"
    for number, kind in ((prospect.phone, "WORK"), (prospect.phone2, "CELL")):
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.type_param = kind
    if prospect.street or prospect.city or prospect.postcode:
        adr = card.add("adr")
        street = "\n".join(x for x in (prospect.street, prospect.street2) if x)
        country = prospect.country or home_country
        adr.value = vobject.vcard.Address(
            street=street,
            city=prospect.city,
            region=prospect.region,
            code=prospect.postcode,
            country=country_name(country) if country != home_country else "",
        )
        adr.type_param = "WORK"
    if prospect.website:
        card.add("url").value = prospect.website
    if prospect.notes:
        card.add("note").value = prospect.notes
    return card.serialize()


def vcards_text(prospect_ids: Iterable[int]) -> tuple[str, int]:
    """vCard 3.0 text for the prospects, in list order, and how many."""
    home = profile_service.get_profile().country or "US"
    ids = list(prospect_ids)
    cards: list[str] = []
    for start in range(0, len(ids), 500):
        query = (
            Prospect.select()
            .where(Prospect.id.in_(ids[start : start + 500]))
            .order_by(Prospect.search_last, Prospect.search_first, Prospect.id)
        )
        cards += [_vcard(p, home) for p in query]
    return "".join(cards), len(cards)


def export_vcards(path: Path, prospect_ids: Iterable[int]) -> int:
    """Write the prospects as one vCard file; returns how many cards."""
    text, count = vcards_text(prospect_ids)
    if not count:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Export", "No prospects chosen: pick at least one to export."
            )
        )
    write_atomically(path, text.encode("utf-8"))
    log.info("Exported %d prospects as vCards", count)
    return count


def matching_ids(search_text: str = "") -> list[int]:
    """Ids of the prospects the list shows for a search, in list order."""
    query = prospect_service._filter(Prospect.select(Prospect.id), search_text)
    query = query.order_by(Prospect.search_last, Prospect.search_first, Prospect.id)
    return [row[0] for row in query.tuples()]


# -- iCalendar -----------------------------------------------------------------


def calendar_bytes(
    today: dt.date | None = None,
    days_back: int = 14,
    days_ahead: int = 90,
) -> tuple[bytes, int]:
    """Every open follow-up due in the window as an all-day event.

    The window runs from ``days_back`` before ``today`` (so recent overdue
    ones still show) to ``days_ahead`` after it. Returns the file and the
    number of events.

    The calendar head is an ``icalendar.Calendar``; the events are written
    line by line with icalendar's own value encoders and line folding,
    because building a component object per event cost about 0.3 ms each,
    half a minute for a large shop's 80,000 follow-ups.
    """
    from icalendar import Calendar
    from icalendar.parser import Contentline, Parameters
    from icalendar.prop import vDDDTypes, vText

    profile = profile_service.get_profile()
    today = today or profile_service.shop_today(profile)
    first = today - dt.timedelta(days=days_back)
    last = today + dt.timedelta(days=days_ahead)
    calendar = Calendar()
    calendar.add("prodid", "-//Follow-up Desk//Follow-ups//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Follow-ups – {profile.name}")
    calendar.add("x-wr-timezone", profile.timezone)
    # Subscribed calendars re-read the file this often.
    calendar.add(
        "refresh-interval", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"}
    )
    calendar.add("x-published-ttl", "PT1H")
    head = calendar.to_ical().decode("utf-8")
    head, _, tail = head.rpartition("END:VCALENDAR")

    stamp = (
        "DTSTAMP:"
        + vDDDTypes(dt.datetime.now(dt.UTC).replace(microsecond=0)).to_ical().decode()
    )
    no_params = Parameters()
    days: dict[dt.date, tuple[str, str]] = {}

    def line(name: str, value: str) -> str:
        return Contentline.from_parts(name, no_params, vText(value)).to_ical().decode()

    query = (
        Touch.select(
            Touch.id,
            Touch.kind,
            Touch.title,
            Touch.due,
            Touch.latest,
            Prospect.id,
            Prospect.first_name,
            Prospect.last_name,
            Prospect.company,
            Prospect.phone,
            Prospect.email,
        )
        .join(Prospect)
        .where((Touch.status == "open") & (Touch.due >= first) & (Touch.due <= last))
        .order_by(Touch.due, Touch.kind, Touch.id)
    )
    out = [head]
    count = 0
    for row in database.execute(query).fetchall():
        tid, kind, title, due, latest, pid, first_name, last_name, company = row[:9]
        phone, email = row[9:]
        due, latest = _as_date(due), _as_date(latest)
        if due not in days:
            days[due] = (
                _dated("DTSTART", due),
                _dated("DTEND", due + dt.timedelta(days=1)),
            )
        start, end = days[due]
        label = KIND_LABELS.get(kind, kind.title())
        name = full_name(first_name, last_name) or company
        summary = f"{label}: {name}"
        if company and company != name:
            summary += f" ({company})"
        notes = [title]
        if kind in ("call", "visit") and phone:
            notes.append(f"Phone: {phone}")
        if kind == "email" and email:
            notes.append(f"E-mail: {email}")
        if latest < today:
            notes.append(f"Overdue since {latest.isoformat()}")
        elif latest > due:
            notes.append(f"Can wait until {latest.isoformat()}")
        notes.append(f"Prospect {pid}")
        out += [
            "BEGIN:VEVENT",
            f"UID:touch-{tid}@followup-desk",
            stamp,
            start,
            end,
            line("SUMMARY", summary),
            line("DESCRIPTION", "\n".join(x for x in notes if x)),
            line("CATEGORIES", label),
            # An all-day reminder should not show the day as busy.
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        count += 1
    text = "\r\n".join(x.rstrip("\r\n") for x in out) + "\r\nEND:VCALENDAR" + tail
    return text.encode("utf-8"), count


def _dated(name: str, day: dt.date) -> str:
    """A DTSTART/DTEND line of an all-day event."""
    from icalendar.parser import Contentline, Parameters
    from icalendar.prop import vDate

    params = Parameters({"VALUE": "DATE"})
    value = vDate(day).to_ical().decode()
    return Contentline.from_parts(name, params, value).to_ical().decode()


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def export_calendar(
    path: Path,
    today: dt.date | None = None,
    days_back: int = 14,
    days_ahead: int = 90,
) -> int:
    """Write the follow-up calendar once; returns the number of events."""
    data, count = calendar_bytes(today, days_back, days_ahead)
    write_atomically(path, data)
    log.info("Wrote %d follow-ups to the calendar file", count)
    return count


def keep_calendar_current(path: Path, days_back: int = 14, days_ahead: int = 90) -> int:
    """Write the calendar now and remember to rewrite it after each change."""
    from followup_desk.storage.io_models import CalendarFeed

    count = export_calendar(path, None, days_back, days_ahead)
    feed = CalendarFeed.select().first() or CalendarFeed()
    feed.path = str(Path(path).expanduser().resolve())
    feed.days_back, feed.days_ahead = days_back, days_ahead
    feed.written_at = dt.datetime.now().replace(microsecond=0)
    feed.save()
    return count


def calendar_feed_path() -> Path | None:
    """The calendar file kept current, if the user chose one."""
    from followup_desk.storage.io_models import CalendarFeed

    feed = CalendarFeed.select().first()
    return Path(feed.path) if feed and feed.path else None


def stop_calendar_feed() -> None:
    from followup_desk.storage.io_models import CalendarFeed

    CalendarFeed.update(path="").execute()


def refresh_calendar_feed(today: dt.date | None = None) -> int | None:
    """Rewrite the kept-current calendar file; None when there is none."""
    from followup_desk.storage.io_models import CalendarFeed

    feed = CalendarFeed.select().first()
    if feed is None or not feed.path:
        return None
    count = export_calendar(Path(feed.path), today, feed.days_back, feed.days_ahead)
    CalendarFeed.update(written_at=dt.datetime.now().replace(microsecond=0)).execute()
    return count
