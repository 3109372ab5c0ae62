"""Shared fixtures: every test gets its own folders and a fresh database file."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """No test ever reads or writes the real user's folders."""
    monkeypatch.setenv("FOLLOWUP_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("FOLLOWUP_DESK_DATABASE", raising=False)


@pytest.fixture
def db(tmp_path):
    from followup_desk.storage.database import close_database, open_database

    database = open_database(tmp_path / "shop.sqlite3")
    yield database
    close_database()


@pytest.fixture
def pg_db():
    """A real PostgreSQL database, in a schema of its own, dropped afterwards.

    Runs only when FOLLOWUP_DESK_TEST_PG is set (CI sets it); the value may be
    a URL, otherwise the local server's ``test`` database is used.
    """
    setting = os.environ.get("FOLLOWUP_DESK_TEST_PG")
    if not setting:
        pytest.skip("FOLLOWUP_DESK_TEST_PG is not set")
    import psycopg2

    url = setting if "://" in setting else "postgresql://postgres@127.0.0.1:5432/test"
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(url)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE SCHEMA {schema}")

    from followup_desk.storage.database import close_database, open_database

    sep = "&" if "?" in url else "?"
    database = open_database(f"{url}{sep}options=-csearch_path%3D{schema}")
    yield database
    close_database()
    admin.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with the English catalogue loaded as the app does.

    Source strings leave plural forms to the catalogue ("%n rows" reads
    "1 row"), so screens read right only with it installed.
    """
    from PySide6.QtCore import QTranslator

    from followup_desk import paths

    translator = QTranslator(qapp)
    if translator.load("followup_desk_en", str(paths.translations_dir())):
        qapp.installTranslator(translator)
    return qapp
