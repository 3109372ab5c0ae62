"""Signing in, the people who use the desks, and what only the owner may do.

Each person signs in as themselves; what they change is logged under their
name. Staff run the day (contacts, follow-ups, quotes); the owner also sets
prices, the plan, the mail server, the company profile and who may sign in.
Those owner-only actions call :func:`require_owner`, so a staff account is
refused here in the services, whichever screen or command asked.

Before the first owner account exists the shop is still being set up and
nothing is refused; the window's first start creates that account.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass

from peewee import fn

from followup_desk.domain.passwords import (
    PasswordRuleError,
    check_new_password,
    hash_password,
    verify_password,
)
from followup_desk.services.errors import (
    NotFoundError,
    PermissionDeniedError,
    UserError,
    ValidationError,
)
from followup_desk.storage import database as storage
from followup_desk.storage.database import database
from followup_desk.storage.user_models import ROLES, User, utc_now
from followup_desk.translatable import QT_TRANSLATE_NOOP, message_of

log = logging.getLogger("followup_desk.services")

ROLE_LABELS = {
    "owner": QT_TRANSLATE_NOOP("Users", "Owner"),
    "staff": QT_TRANSLATE_NOOP("Users", "Staff"),
}
MAX_NAME_LENGTH = 60


class SignInError(UserError):
    """Wrong name or password, or an account that is switched off."""


@dataclass(frozen=True)
class SignedIn:
    """The person at this desk."""

    user_id: int
    name: str
    role: str

    @property
    def is_owner(self) -> bool:
        return self.role == "owner"


# The person signed in, with the database they signed in to: opening another
# database signs them out without anyone having to remember to.
_session: tuple[SignedIn, object] | None = None


def login_key(name: str) -> str:
    """The form of a name that sign-in compares: case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def has_users() -> bool:
    return User.select().exists()


def current_user() -> SignedIn | None:
    if _session is None or _session[1] is not database.obj:
        return None
    return _session[0]


def current_name() -> str:
    """Who to name as "done by": the person signed in, else nobody."""
    user = current_user()
    return user.name if user else ""


def sign_in(name: str, password: str) -> SignedIn:
    """Check the name and password and make that person the desk's user."""
    user = User.get_or_none(User.login == login_key(name))
    if user is None or not verify_password(password, user.password_hash):
        storage.log_event("sign_in_failed", "desk_user", user.id if user else None)
        raise SignInError(
            QT_TRANSLATE_NOOP(
                "Users", "That name and password do not match. Try again."
            )
        )
    if not user.active:
        raise SignInError(
            QT_TRANSLATE_NOOP(
                "Users",
                "The account “{name}” is switched off. Ask the owner to turn "
                "it back on.",
            ).format(name=user.name)
        )
    # Bookkeeping, not a change anyone made: the sign-in event says it all.
    with storage.change_logging_paused():
        User.update(last_sign_in_at=utc_now()).where(User.id == user.id).execute()
    return _start_session(user)


def sign_out() -> None:
    global _session
    user = current_user()
    if user is not None:
        storage.log_event("sign_out", "desk_user", user.user_id)
        log.info("User %d signed out", user.user_id)
    _session = None
    storage.set_actor("")


def resume(previous: SignedIn) -> SignedIn | None:
    """Sign the same person in again after their database was reopened.

    Used when a damaged file was replaced by a backup mid-session: the person
    already proved who they are at this desk. None when the backup does not
    know them (or has them switched off); the window then asks to sign in.
    """
    user = User.get_or_none(User.id == previous.user_id)
    if user is None or not user.active or user.login != login_key(previous.name):
        return None
    return _start_session(user)


def create_first_owner(name: str, password: str) -> SignedIn:
    """The shop's first account, made at first start; signs the owner in."""
    clean = _clean_name(name)
    _check_password(password)
    storage.set_actor(clean)
    with database.atomic():
        if has_users():
            storage.set_actor("")
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Users",
                    "This shop already has an owner account. Sign in with it instead.",
                )
            )
        user = User.create(
            login=login_key(clean),
            name=clean,
            role="owner",
            password_hash=hash_password(password),
        )
    log.info("Created the first owner account (user %d)", user.id)
    return _start_session(user)


def require_owner(what: str) -> None:
    """Refuse unless the owner is signed in (or no account exists yet).

    ``what`` completes "Only the owner can …", e.g. "change the company
    settings".
    """
    user = current_user()
    if user is None:
        if not has_users():
            return
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Users", "Only the owner can {what}. Sign in as the owner first."
            ).format(what=what)
        )
    # Read the role again: the owner may have changed it from another desk.
    stored = User.get_or_none(User.id == user.user_id)
    if stored is None or not stored.active or stored.role != "owner":
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "Users",
                "Only the owner can {what}. You are signed in as {name}; ask "
                "the owner to do it.",
            ).format(what=what, name=user.name)
        )


def list_users() -> list[User]:
    return list(User.select().order_by(User.active.desc(), fn.lower(User.name)))


def add_user(name: str, password: str, role: str = "staff") -> User:
    require_owner(QT_TRANSLATE_NOOP("Users", "add people who sign in"))
    clean = _clean_name(name)
    _check_role(role)
    _check_password(password)
    if User.select().where(User.login == login_key(clean)).exists():
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "Users", "There is already someone called “{name}”."
            ).format(name=clean),
        )
    user = User.create(
        login=login_key(clean),
        name=clean,
        role=role,
        password_hash=hash_password(password),
    )
    log.info("Added user %d as %s", user.id, role)
    return user


def set_role(user_id: int, role: str) -> User:
    require_owner(QT_TRANSLATE_NOOP("Users", "change who is an owner"))
    _check_role(role)
    with database.atomic():
        user = _get(user_id)
        if user.role == "owner" and role != "owner":
            _keep_one_owner(user, QT_TRANSLATE_NOOP("Users", "stop being an owner"))
        user.role = role
        user.save()
    _refresh_session(user)
    return user


def set_active(user_id: int, active: bool) -> User:
    require_owner(QT_TRANSLATE_NOOP("Users", "switch accounts on or off"))
    with database.atomic():
        user = _get(user_id)
        if not active:
            me = current_user()
            if me is not None and me.user_id == user.id:
                raise ValidationError(
                    "active",
                    QT_TRANSLATE_NOOP(
                        "Users", "You cannot switch off the account you are using."
                    ),
                )
            if user.role == "owner":
                _keep_one_owner(user, QT_TRANSLATE_NOOP("Users", "be switched off"))
        user.active = active
        user.save()
    return user


def set_password(user_id: int, password: str, old_password: str | None = None) -> None:
    """The owner sets anyone's password; others change their own with the old one."""
    me = current_user()
    user = _get(user_id)
    if me is not None and me.user_id == user_id and not me.is_owner:
        if old_password is None or not verify_password(
            old_password, user.password_hash
        ):
            raise ValidationError(
                "old_password",
                QT_TRANSLATE_NOOP("Users", "Your current password is not right."),
            )
    else:
        require_owner(QT_TRANSLATE_NOOP("Users", "set other people's passwords"))
    _check_password(password)
    User.update(password_hash=hash_password(password)).where(
        User.id == user_id
    ).execute()
    log.info("Password of user %d changed", user_id)


def rename_user(user_id: int, name: str) -> User:
    require_owner(QT_TRANSLATE_NOOP("Users", "rename people"))
    clean = _clean_name(name)
    user = _get(user_id)
    clash = User.get_or_none(User.login == login_key(clean))
    if clash is not None and clash.id != user.id:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "Users", "There is already someone called “{name}”."
            ).format(name=clean),
        )
    user.name = clean
    user.login = login_key(clean)
    user.save()
    _refresh_session(user)
    return user


# -- inside ------------------------------------------------------------------------


def _start_session(user: User) -> SignedIn:
    global _session
    signed = SignedIn(user.id, user.name, user.role)
    _session = (signed, database.obj)
    storage.set_actor(user.name)
    storage.log_event("sign_in", "desk_user", user.id)
    log.info("User %d signed in as %s", user.id, user.role)
    return signed


def _refresh_session(user: User) -> None:
    global _session
    me = current_user()
    if me is not None and me.user_id == user.id:
        _session = (SignedIn(user.id, user.name, user.role), database.obj)
        storage.set_actor(user.name)


def _get(user_id: int) -> User:
    user = User.get_or_none(User.id == user_id)
    if user is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Users", "There is no user with id {user_id}.").format(
                user_id=user_id
            )
        )
    return user


def _keep_one_owner(user: User, change: str) -> None:
    others = (
        User.select()
        .where((User.role == "owner") & User.active & (User.id != user.id))
        .exists()
    )
    if not others:
        raise ValidationError(
            "role",
            QT_TRANSLATE_NOOP(
                "Users",
                "{name} is the only owner and cannot {change}. Make someone "
                "else an owner first.",
            ).format(name=user.name, change=change),
        )


def _clean_name(name: str) -> str:
    clean = " ".join((name or "").split())
    if not clean:
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("Users", "Enter the person's name.")
        )
    if len(clean) > MAX_NAME_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP(
                "Users", "Keep the name under {MAX_NAME_LENGTH} characters."
            ).format(MAX_NAME_LENGTH=MAX_NAME_LENGTH),
        )
    if any(unicodedata.category(c).startswith("C") for c in clean):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Users", "The name has characters that cannot be typed."),
        )
    return clean


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("Users", "Choose Owner or Staff.")
        )


def _check_password(password: str) -> None:
    try:
        check_new_password(password or "")
    except PasswordRuleError as exc:
        raise ValidationError("password", message_of(exc)) from None
