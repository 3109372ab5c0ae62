"""``migrate-to``: the shop's SQLite file copied to a PostgreSQL server, verified."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from decimal import Decimal as D
from pathlib import Path

import pytest
from shop_files import make_shop

from followup_desk import cli
from followup_desk.domain.money import LineItem
from followup_desk.services import contacts, profile, quotes, server_move, users
from followup_desk.services.errors import UserError
from followup_desk.storage.database import close_database, open_database

US_500 = Path(__file__).resolve().parents[3] / "shared" / "samples" / "us-500.csv"


@pytest.fixture
def server_url():
    """The URL of an empty schema on the test server, dropped afterwards."""
    setting = os.environ.get("FOLLOWUP_DESK_TEST_PG")
    if not setting:
        pytest.skip("FOLLOWUP_DESK_TEST_PG is not set")
    import psycopg2

    base = setting if "://" in setting else "postgresql://postgres@127.0.0.1:5432/test"
    schema = f"move_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(base)
    admin.autocommit = True
    admin.cursor().execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}", admin, schema
    admin.cursor().execute(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


def file_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    counts = {
        t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
    }
    conn.close()
    return counts


def server_counts(admin, schema: str) -> dict[str, int]:
    cur = admin.cursor()
    cur.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = %s",
        (schema,),
    )
    tables = [r[0] for r in cur.fetchall()]
    counts = {}
    for table in tables:
        cur.execute(f'SELECT count(*) FROM {schema}."{table}"')
        counts[table] = cur.fetchone()[0]
    return counts


def test_the_us_500_shop_moves_to_the_server_with_every_row(tmp_path, server_url):
    if not US_500.exists():
        pytest.skip(f"{US_500} is not here")
    url, admin, schema = server_url
    shop = tmp_path / "shop.sqlite3"
    assert (
        cli.main(
            [
                "--database",
                str(shop),
                "import",
                str(US_500),
                "--contacted",
                "2026-12-01",
            ]
        )
        == 0
    )

    open_database(shop)
    try:
        owner = users.create_first_owner("Zoë Ångström", "owner-pass")
        logo = Path(__file__).resolve().parents[2] / "resources" / "logo.png"
        profile.set_logo(logo)
        prospect = contacts.log_first_contact(
            contacts.NewContact(
                first_name="山田", last_name="太郎 🌷", company="Fjord & <Co>"
            ),
            contacted_on=dt.date(2026, 12, 2),
        )
        quotes.create_quote(
            prospect.id, [LineItem("Design hour", D("1.5"), D("65.10"), D(10), D(7))]
        )
        report = server_move.migrate_to(url)
    finally:
        close_database()

    before = file_counts(shop)
    after = server_counts(admin, schema)
    assert before["prospect"] == 501
    assert before["touch"] > 5000
    for table, count in before.items():
        # The server has every table the file has, with as many rows (plus
        # the one line saying the move happened).
        expected = count + 1 if table == "audit_log" else count
        assert after[table] == expected, table
    assert {c.table for c in report.counts} >= {"prospect", "touch", "quote"}
    assert all(c.matches for c in report.counts)

    # The server now serves the shop: same data, new ids follow the old ones.
    open_database(url)
    try:
        moved = contacts.get_prospect(prospect.id)
        assert (moved.first_name, moved.company) == ("山田", "Fjord & <Co>")
        assert moved.first_contact == dt.date(2026, 12, 2)
        line = quotes.line_items(quotes.latest_quote(prospect.id).id)[0]
        assert (line.quantity, line.unit_price) == (D("1.5"), D("65.10"))
        assert users.sign_in("zoë ångström", "owner-pass").user_id == owner.user_id
        assert bytes(profile.get_profile().logo) == logo.read_bytes()
        newer = contacts.log_first_contact(contacts.NewContact(last_name="Next"))
        assert newer.id == 502
    finally:
        close_database()


def test_a_server_that_already_holds_a_shop_is_not_overwritten(tmp_path, server_url):
    url, admin, schema = server_url
    open_database(url)
    contacts.log_first_contact(contacts.NewContact(last_name="Already there"))
    close_database()

    open_database(tmp_path / "shop.sqlite3")
    try:
        contacts.log_first_contact(contacts.NewContact(last_name="From the file"))
        with pytest.raises(UserError, match="already holds prospects"):
            server_move.migrate_to(url)
        assert server_counts(admin, schema)["prospect"] == 1
        server_move.migrate_to(url, replace=True)
    finally:
        close_database()
    cur = admin.cursor()
    cur.execute(f"SELECT last_name FROM {schema}.prospect")
    assert cur.fetchall() == [("From the file",)]


def test_a_row_that_does_not_fit_leaves_the_server_empty(tmp_path, server_url):
    url, admin, schema = server_url
    # Over a thousand rows, so the bad one is in the second batch copied.
    shop = make_shop(tmp_path / "shop.sqlite3", 1200)
    open_database(shop)
    try:
        # SQLite never checked the length; the server's column will.
        from followup_desk.storage.models import Prospect

        Prospect.update(company="x" * 300).where(Prospect.id == 1100).execute()
        with pytest.raises(UserError, match="of prospect do not fit the server"):
            server_move.migrate_to(url)
    finally:
        close_database()
    after = server_counts(admin, schema)
    assert after["prospect"] == 0 and after["touch"] == 0


def test_the_command_prints_both_counts(tmp_path, server_url, capsys):
    url, admin, schema = server_url
    shop = tmp_path / "shop.sqlite3"
    open_database(shop)
    contacts.log_first_contact(contacts.NewContact(last_name="Ünal"))
    close_database()

    assert cli.main(["--database", str(shop), "migrate-to", url]) == 0

    out = capsys.readouterr().out
    assert "prospect" in out and "tables match" in out
    row = next(line for line in out.splitlines() if line.startswith("prospect "))
    assert row.split()[1:] == ["1", "1"]
    assert cli.main(["--database", str(shop), "migrate-to", "mysql://x/y"]) == 2
