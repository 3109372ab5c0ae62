"""Who is at the desk: sign in, or at first start create the owner's account."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from followup_desk.services import profile as profile_service
from followup_desk.services import users
from followup_desk.services.errors import ValidationError
from followup_desk.storage import database as storage
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form

LAST_NAME_KEY = "sign_in/last_name"


class SignInDialog(QDialog):
    """Asks for a name and password; the first time, makes the owner's account.

    Finishes with ``Accepted`` once someone is signed in, ``Rejected`` to
    quit, or :attr:`OTHER_DATABASE` when the person wants to pick another
    database first.
    """

    OTHER_DATABASE = 2
    signed_in = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "sign_in_dialog")
        self.first_start = not users.has_users()
        self.user: users.SignedIn | None = None
        self._setup()
        self.resize(480, self.sizeHint().height())

    def field(self, name: str) -> QLineEdit:
        return getattr(self.ui, f"{name}_edit")

    def accept(self) -> None:
        self._clear_error()
        name = self.ui.name_edit.text()
        password = self.ui.password_edit.text()
        try:
            if self.first_start:
                if password != self.ui.repeat_edit.text():
                    raise ValidationError(
                        "repeat", self.tr("The two passwords differ; type them again.")
                    )
                user = users.create_first_owner(name, password)
            else:
                user = users.sign_in(name, password)
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return
        except users.SignInError as exc:
            self.ui.password_edit.clear()
            self._show_error("password", messages.translated(exc))
            return
        session.ui_state().setValue(LAST_NAME_KEY, user.name)
        self.user = user
        self.signed_in.emit(user)
        super().accept()

    def _setup(self) -> None:
        ui = self.ui
        where = self._where()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        theme.set_flag(ok, "primary", True)
        ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quit")
        )
        if self.first_start:
            self.setWindowTitle(self.tr("Welcome"))
            ui.title_label.setText(self.tr("Welcome to Follow-up Desk"))
            ui.intro_label.setText(
                self.tr(
                    "This is the first start on {where}. Create the owner's account: "
                    "the owner sets prices, the follow-up plan, the mail server and "
                    "who else may sign in. Everyone else gets their own account later."
                ).format(where=where)
            )
            ui.name_edit.setPlaceholderText(self.tr("The owner's name"))
            ui.password_edit.setPlaceholderText(self.tr("At least 6 characters"))
            ok.setText(self.tr("Create account and start"))
        else:
            self.setWindowTitle(self.tr("Sign in"))
            shop = profile_service.get_profile().name
            ui.intro_label.setText(f"{shop}  ·  {where}")
            ui.repeat_label.hide()
            ui.repeat_edit.hide()
            ok.setText(self.tr("Sign in"))
            last = session.ui_state().value(LAST_NAME_KEY)
            if isinstance(last, str) and last:
                ui.name_edit.setText(last)
        ui.error_label.hide()
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.database_button.clicked.connect(self._on_database_button_clicked)
        focus = ui.password_edit if ui.name_edit.text() else ui.name_edit
        focus.setFocus()

    def _where(self) -> str:
        path = storage.current_file()
        if path is not None:
            return self.tr("this computer")
        db = storage.database.obj
        host = db.connect_params.get("host", "") if db is not None else ""
        return self.tr("the shared server {host}").format(host=host).strip()

    def _show_error(self, field: str, message: str) -> None:
        widget = getattr(self.ui, f"{field}_edit", None)
        messages.show_inline_error(self.ui.error_label, message, widget)

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in ("name", "password", "repeat"):
            theme.set_flag(self.field(name), "invalid", False)

    def _on_database_button_clicked(self) -> None:
        self.done(self.OTHER_DATABASE)
