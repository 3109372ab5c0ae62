"""Fixtures for driving the real window offscreen over a fresh SQLite file."""

from __future__ import annotations

import os

# Before any Qt import: no display is needed, and none is touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import datetime as dt  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402

import pytest  # noqa: E402


def pytest_collection_modifyitems(items):
    """Unexpected Qt warnings fail a UI test, like Python warnings do."""
    for item in items:
        if "tests/ui/" in item.nodeid.replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # The offscreen platform says this for every top-level window.
            item.add_marker(pytest.mark.qt_log_ignore("propagateSizeHints"))


@pytest.fixture
def ui_db(tmp_path, monkeypatch):
    """A fresh SQLite database, with every app folder under ``tmp_path``."""
    from followup_desk.storage.database import close_database, open_database

    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path))
    database = open_database(str(tmp_path / "t.sqlite3"))
    yield database
    close_database()


@dataclass
class ShownMessages:
    """Stands in for message boxes: records them and answers questions."""

    shown: list[tuple[str, str, str, str]] = field(default_factory=list)
    answer: bool = True

    def present(self, kind, parent, title, text, details, yes_label):
        self.shown.append((kind, title, text, details))
        return self.answer if kind == "confirm" else True

    def titles(self) -> list[str]:
        return [title for _kind, title, _text, _details in self.shown]


@pytest.fixture
def shown_messages(monkeypatch) -> ShownMessages:
    from followup_desk.ui import messages

    recorder = ShownMessages()
    monkeypatch.setattr(messages, "_present", recorder.present)
    return recorder


@pytest.fixture
def opened_urls(monkeypatch) -> list:
    """Files the app asked the desktop to open, instead of opening them."""
    from PySide6.QtGui import QDesktopServices

    urls = []

    def record(url):
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


@pytest.fixture
def window(qtbot, qapp, ui_db, shown_messages):
    from followup_desk.ui import theme
    from followup_desk.ui.main_window import MainWindow

    if qapp.styleSheet() != theme.style_sheet():
        theme.apply(qapp)  # once: restyling every live widget is slow
    main = MainWindow()
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    yield main
    # Delete, not just close: windows left alive slow down every later test.
    main.close()
    main.deleteLater()
    qapp.processEvents()


@pytest.fixture
def shop_today(ui_db) -> dt.date:
    from followup_desk.services import profile

    return profile.shop_today()


@pytest.fixture
def last_working_day(shop_today) -> dt.date:
    """Today, or the last working day before it on a weekend or holiday.

    A contact logged then has its first e-mail due by today on any day the
    tests run.
    """
    from followup_desk.services import profile

    calendar = profile.work_calendar()
    day = shop_today
    while not calendar.is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


@pytest.fixture
def type_text(qtbot):
    """Type into a widget key by key, accents and other scripts included.

    ``QTest.keyClicks`` knows only ASCII keys (it asserts on "ë"), so other
    characters arrive the way a keyboard layout or input method sends them:
    a key event carrying the text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        for char in text:
            if char.isascii():
                qtbot.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture
def make_prospect(ui_db):
    """Log a first contact through the service, as the dialog would."""
    from followup_desk.services import contacts

    def make(contacted_on: dt.date | None = None, **fields):
        values = {"first_name": "Ana", "last_name": "García", "channel": "phone"}
        values.update(fields)
        contact = contacts.NewContact(**values)
        return contacts.log_first_contact(contact, contacted_on=contacted_on)

    return make
