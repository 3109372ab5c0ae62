"""Fixtures for the mail tests: a keyring per test, certificates, mail servers."""

from __future__ import annotations

import os

import keyring
import pytest
from imap_server import DovecotServer, dovecot_binary
from keyring.backends import fail
from keyring_backends import MemoryKeyring
from mail_server import MailServer, make_certificates

from followup_desk.mail import credentials
from followup_desk.services import profile as profile_service


@pytest.fixture(autouse=True)
def test_keyring():
    """Every mail test gets an empty keyring of its own, never the real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials.forget_session()
    yield backend
    credentials.forget_session()
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A computer where no keyring works at all."""
    keyring.set_keyring(fail.Keyring())


@pytest.fixture(scope="session")
def certificates(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def smtp_server(certificates):
    server = MailServer(certificates).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot(certificates):
    """A real IMAP server (dovecot) on loopback for the whole session.

    Without dovecot the inbox tests are skipped, unless FOLLOWUP_DESK_TEST_IMAP=1
    says this machine must run them (CI), where they fail instead.
    """
    binary = dovecot_binary()
    if binary is None:
        reason = (
            "dovecot is not installed (apt-get install dovecot-imapd); the "
            "inbox tests need a real IMAP server"
        )
        if os.environ.get("FOLLOWUP_DESK_TEST_IMAP") == "1":
            pytest.fail(f"FOLLOWUP_DESK_TEST_IMAP=1 but {reason}")
        pytest.skip(reason)
    server = DovecotServer(certificates, binary).start()
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot):
    """An empty INBOX of its own for one test."""
    return dovecot.new_mailbox()


@pytest.fixture
def shop(db):
    profile_service.update_profile(
        name="Harbour Print & Copy",
        country="US",
        prime_area="080",
        timezone="America/New_York",
        phone="555-0100",
    )
    return db
