"""The ``followup-desk inbox`` commands that need no mail server."""

from __future__ import annotations

import datetime as dt

import pytest
from mail_fixtures import new_prospect

from followup_desk import cli
from followup_desk.services import users
from followup_desk.storage.inbox_models import InboxMessage, InboxSettings


@pytest.fixture
def owner_zoe(shop, monkeypatch):
    """The shop has accounts: Zoë is the owner, her password in the environment."""
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)
    users.create_first_owner("Zoë", "owner-pass")
    users.add_user("Ana", "staff-pass")
    users.sign_out()
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "owner-pass")
    return shop


def run(shop, *args: str) -> int:
    return cli.main(["--database", str(shop.database), *args])


def test_inbox_settings_user_is_the_inbox_user_and_not_who_signs_in(
    owner_zoe, capsys, monkeypatch
):
    status = run(
        owner_zoe,
        "--user",
        "Zoë",
        "inbox",
        "settings",
        "--user",
        "desk@example.com",
        "--host",
        "imap.example.com",
    )

    assert status == 0, capsys.readouterr().err
    assert InboxSettings.get().user == "desk@example.com"
    shown = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines())
    assert shown["user"] == "desk@example.com" and shown["host"] == "imap.example.com"

    # Without the global --user nobody signs in, whatever the inbox user is.
    assert run(owner_zoe, "inbox", "settings", "--user", "Zoë") == 2
    assert "Only the owner can" in capsys.readouterr().err
    # And the global one still decides who is signed in.
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "staff-pass")
    status = run(owner_zoe, "--user", "Ana", "inbox", "settings", "--user", "x@y.z")
    assert status == 2 and "signed in as Ana" in capsys.readouterr().err
    assert InboxSettings.get().user == "desk@example.com"


def test_inbox_replies_prints_no_escape_sequences(shop, capsys):
    zoe = new_prospect(first_name="Zoë\x1b]0;owned\x07")
    # As a row saved before incoming text was cleaned could hold it.
    InboxMessage.create(
        prospect=zoe.id,
        message_id="<old@mail.example>",
        from_address="zoe@example.com\x1b[8m",
        subject="Re: Quote\x1b[2J\x1b[H \u202ethe end\u202c\x07",
        body_snippet="Yes\r\nplease\x08\x08\x00 \x9b31m go ahead",
        received_at=dt.datetime(2026, 12, 4, 15, 30),
    )

    assert run(shop, "inbox", "replies") == 0

    out = capsys.readouterr().out
    assert out.isascii() is False  # the ë is kept, only controls go
    assert not any(c in out for c in "\x1b\x07\x08\x00\x9b\u202e\u202c\r")
    first, second = out.splitlines()
    assert first.endswith("Zoë O'Hara & <Sons> <zoe@example.com>  Re: Quote the end")
    assert second.strip() == "Yes please go ahead"
