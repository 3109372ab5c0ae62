"""The app's log: a rotating file in the log folder, with passwords blanked."""

from __future__ import annotations

import logging
import logging.handlers

import pytest

from followup_desk import logging_setup, paths


@pytest.fixture
def configured():
    logging_setup.unconfigure()
    logging_setup.configure()
    yield logging.getLogger("followup_desk.test")
    logging_setup.unconfigure()


def test_records_go_to_a_rotating_file_in_the_log_folder(configured):
    configured.info("Logged first contact %d (%s)", 42, "phone")

    handler = logging.getLogger("followup_desk").handlers[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert handler.maxBytes == logging_setup.MAX_BYTES and handler.backupCount == 5
    handler.flush()
    path = logging_setup.log_file()
    assert path.parent == paths.log_dir()
    assert "Logged first contact 42 (phone)" in path.read_text(encoding="utf-8")


def test_passwords_never_reach_the_file(configured):
    configured.warning("Cannot reach postgresql://desk:s3cret-1@db.example/shop")
    configured.info("smtp login user=anna password=%s", "hunter2")
    try:
        raise RuntimeError("token=abc123xyz refused")
    except RuntimeError:
        configured.exception("Sending failed")

    logging.getLogger("followup_desk").handlers[0].flush()
    text = logging_setup.log_file().read_text(encoding="utf-8")
    for secret in ("s3cret-1", "hunter2", "abc123xyz"):
        assert secret not in text
    assert "postgresql://desk:***@db.example/shop" in text
    assert "RuntimeError: token=*** refused" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no secrets: anna@example.com", "no secrets: anna@example.com"),
        ('{"password": "two words"}', '{"password": ***}'),
        ("pwd: x;y", "pwd: ***;y"),
        ("https://user:pa%40ss@host/", "https://user:***@host/"),
    ],
)
def test_redact(text, expected):
    assert logging_setup.redact(text) == expected
