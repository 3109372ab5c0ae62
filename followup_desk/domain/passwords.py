"""Password hashes for desk sign-in: salted scrypt, compared in constant time.

A stored hash reads ``scrypt$<n>$<r>$<p>$<salt>$<hash>`` (base64 parts), so
the cost can be raised later and old hashes still verify.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from followup_desk.translatable import QT_TRANSLATE_NOOP

SCHEME = "scrypt"
COST_N = 2**14
COST_R = 8
COST_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_LENGTH = 6


class PasswordRuleError(ValueError):
    """A new password does not meet the rules; the message says which."""


def check_new_password(password: str) -> None:
    """Refuse a password too short or made only of spaces."""
    if len(password) < MIN_LENGTH:
        raise PasswordRuleError(
            QT_TRANSLATE_NOOP(
                "Passwords", "Choose a password of at least {MIN_LENGTH} characters."
            ).format(MIN_LENGTH=MIN_LENGTH)
        )
    if not password.strip():
        raise PasswordRuleError(
            QT_TRANSLATE_NOOP("Passwords", "A password cannot be only spaces.")
        )


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, COST_N, COST_R, COST_P)
    return "$".join(
        (SCHEME, str(COST_N), str(COST_R), str(COST_P), _b64(salt), _b64(digest))
    )


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches; a damaged stored hash never matches."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != SCHEME:
            return False
        expected = base64.b64decode(digest)
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(expected, actual)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # Memory needed is 128 * n * r bytes; allow twice that so OpenSSL agrees.
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r + 1024 * 1024,
        dklen=HASH_BYTES,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
