"""Checking e-mail addresses as they are typed, with ``email-validator``.

Only the form of an address is checked: no DNS look-up, because the desk may
be offline and a slow or failing look-up must never hold up the front desk.
"""

from __future__ import annotations

from functools import cache

from followup_desk.translatable import QT_TRANSLATE_NOOP


class AddressError(ValueError):
    """The text is not an e-mail address; the message says what is wrong."""


def normalize_address(text: str) -> str:
    """The address in the form to store, or ``AddressError`` saying what to fix.

    Upper and lower case are folded (mail systems treat them alike and the
    prospect search compares lower case), and international domains are kept
    readable (``zoë@exämple.com``).
    """
    candidate = (text or "").strip().lower()
    validate_email, not_valid = _validator()
    try:
        checked = validate_email(candidate, check_deliverability=False)
    except not_valid as exc:
        reason = str(exc).rstrip(".")
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Addresses",
                "“{address}” is not an e-mail address: {reason}. Check it, e.g. "
                "name@example.com.",
            ).format(address=text.strip(), reason=_plain(reason))
        ) from None
    return checked.normalized


def smtp_form(address: str) -> str:
    """The address as SMTP servers want it: international domains in ASCII.

    A non-ASCII part before the ``@`` stays as it is; the sender then needs a
    server that accepts international addresses (SMTPUTF8).
    """
    validate_email, not_valid = _validator()
    try:
        checked = validate_email(address, check_deliverability=False)
    except not_valid:
        return address
    return checked.ascii_email or f"{checked.local_part}@{checked.ascii_domain}"


def needs_smtputf8(address: str) -> bool:
    return not smtp_form(address).isascii()


@cache
def _validator():
    # email-validator compiles its grammar on import (~40 ms): paid on the
    # first address checked, not by every start of the window.
    from email_validator import EmailNotValidError, validate_email

    return validate_email, EmailNotValidError


def _plain(reason: str) -> str:
    # email-validator speaks of "the part after the @-sign"; that is plain
    # enough, only the capital letter must go inside our sentence.
    return reason[:1].lower() + reason[1:] if reason else "it cannot be read"
