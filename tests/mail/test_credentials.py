"""The password: in the keyring, or in memory for one session; never on disk."""

from __future__ import annotations

import logging

import pytest
from mail_fixtures import configure_mail, new_prospect
from mail_server import PASSWORD

from followup_desk import paths
from followup_desk.mail import credentials
from followup_desk.services import mail, mail_settings
from followup_desk.storage.models import Touch


@pytest.fixture
def log_file(tmp_path):
    """Everything the app logs, SQL included, into one file to search."""
    path = tmp_path / "everything.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("followup_desk", "peewee", "mail.log")]
    before = [(lg, lg.level) for lg in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
    yield path
    for logger, level in before:
        logger.removeHandler(handler)
        logger.setLevel(level)
    handler.close()


def _files_containing(folder, secret: str) -> list[str]:
    needles = (secret.encode("utf-8"), secret.encode("utf-16-le"))
    return [
        str(path)
        for path in folder.rglob("*")
        if path.is_file() and any(n in path.read_bytes() for n in needles)
    ]


def test_password_lives_in_the_keyring_only(
    tmp_path, shop, smtp_server, test_keyring, log_file
):
    configure_mail(smtp_server)
    from followup_desk.ui import session  # the desk's settings file

    session.ui_state().setValue("mail/last_used", "smtp")
    session.ui_state().sync()
    prospect = new_prospect()
    touch = Touch.get(
        (Touch.prospect == prospect.id) & (Touch.step_key == "quote_email")
    )
    mail.send_draft(mail.draft_for_touch(touch.id))
    mail_settings.send_test_email()

    assert len(smtp_server.messages) == 2
    assert test_keyring.entries == {
        ("Follow-up Desk", "smtp:desk@example.com@127.0.0.1"): PASSWORD
    }
    assert log_file.read_text(encoding="utf-8"), "the log should not be empty"
    assert paths.settings_file().exists()
    # The database file (with its WAL), the settings file and the log.
    assert _files_containing(tmp_path, PASSWORD) == []


def test_without_a_keyring_the_password_is_asked_once_per_session(
    tmp_path, shop, smtp_server, no_keyring, log_file
):
    configure_mail(smtp_server, store_password=False)
    assert not credentials.keyring_works()

    with pytest.raises(mail_settings.PasswordNeeded) as err:
        mail_settings.smtp_config()
    assert err.value.keyring_works is False
    assert "asked once each time the app starts" in str(err.value)

    saved = mail_settings.set_password(PASSWORD)
    assert saved is False  # kept in memory, not written anywhere
    assert mail_settings.send_test_email().startswith("The test e-mail went out")
    assert mail_settings.send_test_email().startswith("The test e-mail went out")
    assert len(smtp_server.messages) == 2
    assert "for this session only" in log_file.read_text(encoding="utf-8")
    assert _files_containing(tmp_path, PASSWORD) == []

    credentials.forget_session()  # the app was closed and started again
    with pytest.raises(mail_settings.PasswordNeeded):
        mail_settings.smtp_config()


def test_a_saved_password_is_found_again_after_a_restart(shop, smtp_server):
    configure_mail(smtp_server)
    credentials.forget_session()
    config = mail_settings.smtp_config()
    assert config.password == PASSWORD
    assert PASSWORD not in repr(config)


def test_password_needs_server_and_user_first(shop):
    with pytest.raises(Exception, match="server and user name"):
        mail_settings.set_password("x")
