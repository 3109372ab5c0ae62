"""How the moment a backup was made reads on screen, and the shop's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale

from followup_desk.ui.formatting import to_qdate


def shop_zone() -> dt.tzinfo:
    """The shop's time zone, or this computer's when the database cannot tell."""
    try:
        from followup_desk.services import profile

        return ZoneInfo(profile.get_profile().timezone)
    except (ZoneInfoNotFoundError, ValueError, Exception):
        # A damaged or closed database must not stop a time being shown.
        return dt.datetime.now().astimezone().tzinfo or dt.UTC


def describe_moment(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """``Today, 09:12``, ``Yesterday, 18:00`` or ``Thu 2 Dec 2026, 09:12``."""
    zone = zone or shop_zone()
    local = moment.astimezone(zone)
    today = dt.datetime.now(zone).date()
    clock = local.strftime("%H:%M")
    if local.date() == today:
        return f"Today, {clock}"
    if local.date() == today - dt.timedelta(days=1):
        return f"Yesterday, {clock}"
    day = QLocale().toString(to_qdate(local.date()), "ddd d MMM yyyy")
    return f"{day}, {clock}"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
