"""Errors the services raise for the user to read and fix."""


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
