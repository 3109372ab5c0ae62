"""Where a desk finds the shared server, how it reaches it, and its password."""

from __future__ import annotations

import os
import socket

import keyring
import pytest
from memory_keyring import MemoryKeyring

from followup_desk.storage import server_settings
from followup_desk.storage.database import (
    DatabaseOpenError,
    close_database,
    connect_server,
    is_local_host,
    open_database,
    resolve_target,
    server_connect_params,
)
from followup_desk.storage.server_settings import ServerSettings


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


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("", True),
        ("localhost", True),
        ("127.0.0.1", True),
        ("::1", True),
        ("/var/run/postgresql", True),
        ("192.168.1.20", False),
        ("db.shop.example", False),
    ],
)
def test_which_hosts_are_this_computer(host, local):
    assert is_local_host(host) is local


def test_a_server_elsewhere_is_reached_over_tls_by_default():
    name, params = server_connect_params("postgresql://anna@192.168.1.20/shop")
    assert name == "shop"
    assert params["sslmode"] == "require"
    assert params["connect_timeout"] == "10"
    # Stronger settings in the address are kept as given.
    _, params = server_connect_params(
        "postgresql://anna@db.example/shop?sslmode=verify-full&sslrootcert=/c.pem"
    )
    assert params["sslmode"] == "verify-full" and params["sslrootcert"] == "/c.pem"
    # The same computer needs no TLS.
    _, params = server_connect_params("postgresql://anna@127.0.0.1/shop")
    assert "sslmode" not in params


def test_settings_make_a_url_without_the_password():
    settings = ServerSettings(
        host="db.example", port=5433, name="shop data", user="zoë@desk"
    )
    url = settings.url()
    assert url == (
        "postgresql://zo%C3%AB%40desk@db.example:5433/shop%20data?sslmode=require"
    )
    name, params = server_connect_params(url)
    assert (name, params["user"], params["port"]) == ("shop data", "zoë@desk", 5433)


def test_the_password_comes_from_the_keyring(memory_keyring):
    settings = ServerSettings(host="db.example", name="shop", user="anna")
    assert server_settings.store_password("db.example", 5432, "shop", "anna", "s3cr&t")
    assert "s3cr&t" in memory_keyring.saved.values()
    _, params = server_connect_params(settings.url())
    assert params["password"] == "s3cr&t"
    # Not in the settings file, which anyone reading the folder could see.
    server_settings.use_server(settings)
    assert "s3cr&t" not in server_settings.settings_file().read_text()


def test_the_saved_choice_is_used_unless_told_otherwise(tmp_path, monkeypatch):
    assert resolve_target(None).endswith("followup-desk.sqlite3")
    server_settings.use_server(ServerSettings(host="db.example", user="anna"))
    assert resolve_target(None).startswith("postgresql://anna@db.example:5432/")
    server_settings.use_file(tmp_path / "shop.sqlite3")
    assert resolve_target(None) == str((tmp_path / "shop.sqlite3").resolve())
    monkeypatch.setenv("FOLLOWUP_DESK_DATABASE", "/elsewhere.sqlite3")
    assert resolve_target(None) == "/elsewhere.sqlite3"
    assert resolve_target("given.sqlite3") == "given.sqlite3"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"kind": "server"}', ""])
def test_a_broken_settings_file_falls_back_to_the_default_file(content):
    server_settings.settings_file().write_text(content, encoding="utf-8")
    assert resolve_target(None).endswith("followup-desk.sqlite3")


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_nothing_listening_is_explained():
    port = _free_loopback_port()
    with pytest.raises(
        DatabaseOpenError, match=f"Nothing answers at 127.0.0.1, port {port}"
    ):
        connect_server(f"postgresql://anna@127.0.0.1:{port}/shop")


@pytest.mark.skipif(
    not os.environ.get("FOLLOWUP_DESK_TEST_PG"), reason="needs the test server"
)
def test_a_missing_database_is_explained():
    url = "postgresql://postgres@127.0.0.1:5432/no_such_shop_db"
    with pytest.raises(
        DatabaseOpenError, match="has no database called “no_such_shop_db”"
    ):
        open_database(url)
    close_database()
