"""Fixtures for the mail tests: a keyring per test, certificates, SMTP servers."""

from __future__ import annotations

import keyring
import pytest
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
