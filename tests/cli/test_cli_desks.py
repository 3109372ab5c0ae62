"""The backup, users and sign-in parts of the command line."""

from __future__ import annotations

import io

import pytest

from followup_desk import cli
from followup_desk.storage import backup as store


@pytest.fixture(autouse=True)
def quick_hashes(monkeypatch):
    from followup_desk.domain import passwords

    monkeypatch.setattr(passwords, "COST_N", 2**8)


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert (
        cli.main(["--database", str(path), "settings", "--name", "Ünal & Söhne"]) == 0
    )
    return path


def run(shop, *args, stdin: str = "", monkeypatch=None) -> int:
    if monkeypatch is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["--database", str(shop), *args])


def test_back_up_list_check_and_restore(shop, capsys, monkeypatch):
    assert run(shop, "backup") == 0
    made = store.list_backups(shop)[0]
    assert f"Backed up to {made.path}" in capsys.readouterr().out

    assert run(shop, "backup", "--list") == 0
    assert str(made.path) in capsys.readouterr().out
    assert run(shop, "backup", "--check", str(made.path)) == 0
    assert "is sound" in capsys.readouterr().out

    assert run(shop, "settings", "--name", "Changed later") == 0
    assert run(shop, "backup", "--restore", str(made.path)) == 0
    assert "kept in" in capsys.readouterr().out
    assert run(shop, "settings") == 0
    assert "Ünal & Söhne" in capsys.readouterr().out


def test_a_junk_file_is_not_restored(shop, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    assert run(shop, "backup", "--restore", str(junk)) == 2
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "Nothing was changed" in err


def test_owner_commands_need_the_owner_signed_in(shop, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("owner-pass\n"))
    assert run(shop, "users", "--add", "Zoë", "--role", "owner") == 0
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "owner-pass")
    assert run(shop, "--user", "zoë", "users", "--add", "Ana") == 0
    capsys.readouterr()

    monkeypatch.delenv("FOLLOWUP_DESK_PASSWORD")
    assert run(shop, "settings", "--name", "Nobody signed in") == 2
    assert "Only the owner can" in capsys.readouterr().err
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "owner-pass")
    # Ana was added as staff (with the same password, from the environment).
    assert run(shop, "--user", "Ana", "settings", "--name", "Staff") == 2
    assert "signed in as Ana" in capsys.readouterr().err
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "wrong-pass")
    assert run(shop, "--user", "Zoë", "settings", "--name", "Guessing") == 2
    assert "do not match" in capsys.readouterr().err
    monkeypatch.setenv("FOLLOWUP_DESK_PASSWORD", "owner-pass")
    assert run(shop, "--user", "Zoë", "backup", "--keep-days", "60") == 0
    assert "60 days" in capsys.readouterr().out

    assert run(shop, "users") == 0
    listed = capsys.readouterr().out
    assert "Zoë" in listed and "Owner" in listed and "Ana" in listed


def test_the_first_account_must_be_the_owner(shop, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("long-enough\n"))
    assert run(shop, "users", "--add", "Ana") == 2
    assert "must be the owner" in capsys.readouterr().err
