"""How the moment a backup was made reads on screen, and the shop's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QLocale

from followup_desk.ui.formatting import short_day, to_qdate


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
    locale = QLocale()
    clock = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == today:
        return QCoreApplication.translate("backup_moments", "Today, {time}").format(
            time=clock
        )
    if local.date() == today - dt.timedelta(days=1):
        return QCoreApplication.translate("backup_moments", "Yesterday, {time}").format(
            time=clock
        )
    weekday = locale.toString(to_qdate(local.date()), "ddd")
    return f"{weekday} {short_day(local.date())}, {clock}"


def size_text(size: int) -> str:
    """``12 KB``, ``3.4 MB`` with the locale's decimal mark."""
    locale = QLocale()
    if size < 1024 * 1024:
        amount = locale.toString(max(size, 1) / 1024, "f", 0)
        return QCoreApplication.translate("backup_moments", "{size} KB").format(
            size=amount
        )
    amount = locale.toString(size / (1024 * 1024), "f", 1)
    return QCoreApplication.translate("backup_moments", "{size} MB").format(size=amount)
