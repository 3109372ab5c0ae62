"""``mail password``, ``inbox password``, and asking once where no keyring works."""

from __future__ import annotations

import getpass
import io

from mail_fixtures import configure_mail
from mail_server import PASSWORD

from followup_desk import cli
from followup_desk.services import inbox_settings


class Terminal(io.StringIO):
    """Standard input as a person at a terminal: nothing piped in."""

    def isatty(self) -> bool:
        return True


def run(shop, *args: str) -> int:
    return cli.main(["--database", str(shop.database), *args])


def test_each_password_piped_in_lands_in_the_keyring_under_its_server(
    shop, smtp_server, test_keyring, monkeypatch, capsys
):
    configure_mail(smtp_server, store_password=False)
    inbox_settings.update_settings(host="127.0.0.1", user="inbox@example.com")

    monkeypatch.setattr("sys.stdin", io.StringIO("mail-Pässword\n"))
    assert run(shop, "mail", "password") == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("inbox-Pässword\r\n"))
    assert run(shop, "inbox", "password") == 0

    out = capsys.readouterr().out
    assert "Saved the mail server password in the system keyring." in out
    assert "Saved the inbox password in the system keyring." in out
    assert sorted(test_keyring.entries.values()) == ["inbox-Pässword", "mail-Pässword"]


def test_without_a_keyring_or_a_password_nothing_is_saved(
    shop, smtp_server, no_keyring, monkeypatch, capsys
):
    configure_mail(smtp_server, store_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("mail-Pässword\n"))

    assert run(shop, "mail", "password") == 2
    assert "“mail send” will ask for the password" in capsys.readouterr().err
    assert run(shop, "inbox", "password") == 2
    assert "“inbox check” will ask for the password" in capsys.readouterr().err


def test_an_empty_password_is_refused(shop, smtp_server, test_keyring, monkeypatch):
    configure_mail(smtp_server, store_password=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))

    assert run(shop, "mail", "password") == 2
    assert test_keyring.entries == {}


def test_without_a_keyring_a_terminal_is_asked_once_and_the_mail_goes(
    shop, smtp_server, no_keyring, monkeypatch, capsys
):
    configure_mail(smtp_server, store_password=False)
    prompts = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return PASSWORD

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", typed)

    assert run(shop, "mail", "test") == 0, capsys.readouterr().err
    assert prompts == ["Mail server password: "]
    assert len(smtp_server.messages) == 1
