"""Password hashes: salted, verifiable, and never matching a wrong password."""

import pytest

from followup_desk.domain.passwords import (
    PasswordRuleError,
    check_new_password,
    hash_password,
    verify_password,
)


def test_a_password_verifies_and_a_wrong_one_does_not():
    stored = hash_password("Zoë's 🔑 пароль")
    assert stored.startswith("scrypt$")
    assert "Zoë" not in stored
    assert verify_password("Zoë's 🔑 пароль", stored)
    assert not verify_password("Zoe's 🔑 пароль", stored)
    assert not verify_password("", stored)


def test_same_password_twice_gives_different_hashes():
    assert hash_password("counter-top") != hash_password("counter-top")


@pytest.mark.parametrize("stored", ["", "plain", "scrypt$x$y$z$a$b", "md5$1$2$3$4$5"])
def test_a_damaged_hash_never_matches(stored):
    assert not verify_password("anything", stored)


@pytest.mark.parametrize("password", ["", "12345", "      "])
def test_weak_passwords_are_refused(password):
    with pytest.raises(PasswordRuleError):
        check_new_password(password)
