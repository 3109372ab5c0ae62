"""Errors the services raise for the user to read and fix."""


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class PermissionDeniedError(UserError):
    """The person signed in may not do this (an owner's setting, say)."""


class StaleRecordError(UserError):
    """Someone else saved this record since it was read; nothing was written.

    Carries both versions and the record as it is now, so a screen can show
    the other change and offer to merge it with this one.
    """

    def __init__(
        self,
        message: str,
        expected_version: int,
        current_version: int,
        current: dict | None = None,
    ) -> None:
        super().__init__(message)
        self.expected_version = expected_version
        self.current_version = current_version
        self.current = current or {}
