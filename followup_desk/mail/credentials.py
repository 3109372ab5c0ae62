"""Mail server passwords: in the system keyring, never in a file or the log.

Where no keyring works (a headless Linux desk, a locked keychain) the
password is held in this process's memory only, for the rest of the
session, and the app asks again after a restart. It is never written down
in clear as a fallback.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger("followup_desk.mail")

SERVICE = "Follow-up Desk"

_session_passwords: dict[str, str] = {}
_lock = threading.Lock()


class KeyringUnavailable(RuntimeError):
    """No system keyring can be used on this computer right now."""


def account(kind: str, host: str, user: str) -> str:
    """The keyring entry name, e.g. ``smtp:anna@mail.example.com``."""
    return f"{kind}:{user.strip()}@{host.strip().lower()}"


def _keyring():
    # Imported on first use: loading keyring and its backends costs ~70 ms,
    # which the window's start-up should not pay.
    import keyring

    return keyring


def _keyring_get(name: str) -> str | None:
    from keyring.errors import KeyringError

    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, name)
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from None
    except Exception as exc:
        # Backends raise their own errors (D-Bus, locked keychain); never
        # log the message, which some backends fill with the request.
        log.warning("The keyring failed (%s)", type(exc).__name__)
        raise KeyringUnavailable(type(exc).__name__) from None


def keyring_works() -> bool:
    """True when the system keyring answers (an empty answer is fine)."""
    try:
        _keyring_get(account("probe", "followup-desk", "probe"))
    except KeyringUnavailable:
        return False
    return True


def get_password(kind: str, host: str, user: str) -> str | None:
    """The saved password, from the keyring or this session's memory."""
    name = account(kind, host, user)
    with _lock:
        remembered = _session_passwords.get(name)
    if remembered is not None:
        return remembered
    try:
        return _keyring_get(name)
    except KeyringUnavailable:
        return None


def store_password(kind: str, host: str, user: str, password: str) -> bool:
    """Save a password; True if the keyring has it, False if only this session.

    Either way the next send in this session finds it.
    """
    name = account(kind, host, user)
    with _lock:
        _session_passwords[name] = password
    try:
        _keyring().set_password(SERVICE, name, password)
    except Exception as exc:
        log.warning(
            "No keyring to save the %s password in (%s); keeping it for this "
            "session only",
            kind,
            type(exc).__name__,
        )
        return False
    log.info("Saved the %s password in the system keyring", kind)
    return True


def remember_for_session(kind: str, host: str, user: str, password: str) -> None:
    """Keep a password typed at a prompt in memory until the app closes."""
    with _lock:
        _session_passwords[account(kind, host, user)] = password


def forget_password(kind: str, host: str, user: str) -> None:
    name = account(kind, host, user)
    with _lock:
        _session_passwords.pop(name, None)
    from keyring.errors import PasswordDeleteError

    try:
        _keyring().delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except Exception as exc:
        log.warning(
            "Could not remove a password from the keyring (%s)", type(exc).__name__
        )


def forget_session() -> None:
    """Drop every password held in memory (tests; signing out)."""
    with _lock:
        _session_passwords.clear()
