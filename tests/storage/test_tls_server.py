"""Reaching a server over TLS with a password from the keyring, for real.

A private PostgreSQL with TLS and SCRAM passwords is started for these
tests (see ``tls_server``); connections without TLS are refused by it.
"""

from __future__ import annotations

import keyring
import pytest
import tls_server
from memory_keyring import MemoryKeyring

from followup_desk.services import database_settings
from followup_desk.services.errors import UserError
from followup_desk.storage import server_settings
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    connect_server,
    open_database,
)
from followup_desk.storage.server_settings import ServerSettings


@pytest.fixture(scope="module")
def server():
    started = tls_server.start()
    if isinstance(started, str):
        pytest.skip(started)
    yield started
    tls_server.stop_folder(started.folder)


@pytest.fixture
def memory_keyring():
    from followup_desk.mail import credentials

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    credentials.forget_session()
    yield ring
    keyring.set_keyring(previous)
    credentials.forget_session()


def settings(server, sslmode="require", cert="") -> ServerSettings:
    return ServerSettings(
        host="localhost",
        port=server.port,
        name="shop",
        user=tls_server.USER,
        sslmode=sslmode,
        sslrootcert=str(cert),
    )


def test_the_connection_test_reports_encryption(server):
    report = database_settings.test_connection(settings(server), tls_server.PASSWORD)
    assert report.encrypted
    assert not report.holds_shop
    assert "(encrypted)" in report.summary()


def test_the_certificate_is_checked_when_asked(server):
    verified = settings(server, "verify-full", server.ca_file)
    assert database_settings.test_connection(verified, tls_server.PASSWORD).encrypted

    forged = settings(server, "verify-full", server.other_ca_file)
    with pytest.raises(UserError, match="could not be checked"):
        database_settings.test_connection(forged, tls_server.PASSWORD)


def test_without_tls_the_server_refuses_and_says_so(server):
    with pytest.raises(DatabaseOpenError, match="does not accept this computer"):
        connect_server(server.url("disable"))


def test_a_wrong_password_is_explained(server):
    with pytest.raises(DatabaseOpenError, match="user name or password"):
        connect_server(server.url("require", password="not-it"))


def test_the_saved_desk_opens_with_the_keyring_password(server, memory_keyring):
    chosen = settings(server)
    in_keyring = database_settings.use_server(chosen, tls_server.PASSWORD)
    assert in_keyring
    assert tls_server.PASSWORD not in server_settings.settings_file().read_text()

    # The next start: no argument, no password typed.
    db = open_database()
    try:
        row = db.execute_sql(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        ).fetchone()
        assert row[0] is True
        from followup_desk.services import contacts

        saved = contacts.log_first_contact(contacts.NewContact(last_name="Über TLS"))
        assert contacts.get_prospect(saved.id).last_name == "Über TLS"
    finally:
        close_database()
