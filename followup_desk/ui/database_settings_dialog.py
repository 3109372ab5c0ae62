"""Where this desk's data is: a file here, or a shared PostgreSQL server.

"Test connection" connects, checks the encryption and says what the server
holds; saving a server choice tests it first, so a desk never starts on an
address that does not work. The password goes to the system keyring, never
to a file. The owner can also copy this desk's file onto an empty server.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QIntValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from followup_desk import paths
from followup_desk.services import database_settings, server_move, users
from followup_desk.services.database_settings import TLS_LABELS, ConnectionReport
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage import database as storage
from followup_desk.storage.server_settings import ServerSettings
from followup_desk.ui import messages, session, theme
from followup_desk.ui.forms import attach_form

log = logging.getLogger("followup_desk.ui")

FIELDS = ("host", "name", "user", "password", "cert", "file")


class DatabaseSettingsDialog(QDialog):
    """Choose a file or a server for this desk."""

    database_chosen = Signal()

    def __init__(
        self, parent: QWidget | None = None, applies_now: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        # At start the choice is used at once; from the window, at the next start.
        self.applies_now = applies_now
        self.ui = attach_form(self, "database_settings_dialog")
        self.report: ConnectionReport | None = None
        self._file: Path | None = None
        self._setup()
        self.resize(640, self.sizeHint().height())
        session.restore_geometry(self, "database_settings_dialog")

    # -- what tests and the window drive -----------------------------------------

    def server_settings(self) -> ServerSettings:
        ui = self.ui
        return ServerSettings(
            host=ui.host_edit.text(),
            port=int(ui.port_edit.text() or 0),
            name=ui.name_edit.text() or "followup_desk",
            user=ui.user_edit.text(),
            sslmode=ui.tls_combo.currentData(),
            sslrootcert=ui.cert_edit.text(),
        )

    def choose_file(self, path: Path | None) -> None:
        """Use this file (None: the usual one) once saved."""
        self._file = Path(path) if path else None
        shown = self._file or paths.default_database_path()
        self.ui.file_edit.setText(str(shown))
        self.ui.file_radio.setChecked(True)
        self._show_mode()

    def test_connection(self) -> ConnectionReport | None:
        self._clear_error()
        self.report = None
        self.ui.move_button.hide()
        self._busy(True)
        try:
            self.report = database_settings.test_connection(
                self.server_settings(), self.ui.password_edit.text()
            )
        except ValidationError as exc:
            self._show_result("", ok=None)
            self._show_error(exc.field, messages.translated(exc))
            return None
        except UserError as exc:
            self._show_result(messages.translated(exc), ok=False)
            return None
        finally:
            self._busy(False)
        self._show_result(self._connected(self.report), ok=True)
        self._offer_move()
        return self.report

    def accept(self) -> None:
        self._clear_error()
        try:
            if self.ui.server_radio.isChecked():
                if self.test_connection() is None:
                    return
                in_keyring = database_settings.use_server(
                    self.server_settings(),
                    self.ui.password_edit.text(),
                    remember=self.ui.remember_check.isChecked(),
                )
                note = (
                    ""
                    if in_keyring or not self.ui.password_edit.text()
                    else self.tr(
                        "This computer has no password store, so the password will "
                        "be asked at each start."
                    )
                )
                where = self.tr("the server {host}").format(
                    host=self.server_settings().host
                )
            else:
                database_settings.use_file(self._file)
                note = ""
                where = str(self._file or paths.default_database_path())
        except ValidationError as exc:
            self._show_error(exc.field, messages.translated(exc))
            return
        session.save_geometry(self, "database_settings_dialog")
        self.database_chosen.emit()
        if not self.applies_now:
            text = self.tr(
                "This desk will use {where} from the next start. Close Follow-up "
                "Desk and start it again to switch."
            ).format(where=where)
            messages.info(self, self.tr("Database"), f"{text} {note}".strip())
        elif note:
            messages.info(self, self.tr("Database"), note)
        super().accept()

    def move_data(self) -> bool:
        """Copy this desk's file to the tested, empty server (the owner only)."""
        url = database_settings.connection_url(
            self.server_settings(), self.ui.password_edit.text()
        )
        if not messages.confirm(
            self,
            self.tr("Copy to the server"),
            self.tr(
                "Copy every prospect, follow-up, quotation and setting in this "
                "desk's file to the server? The file stays as it is. This can take "
                "a minute for a large shop."
            ),
            yes_label=self.tr("Copy"),
        ):
            return False
        self._busy(True)
        try:
            report = server_move.migrate_to(url)
        except UserError as exc:
            self._show_result(messages.translated(exc), ok=False)
            return False
        finally:
            self._busy(False)
        self._show_result(
            self.tr(
                "Copied %Ln rows in {tables} tables; the counts on the server match "
                "the file. Save to use the server from the next start.",
                "",
                report.rows,
            ).format(tables=len(report.counts)),
            ok=True,
        )
        self.ui.move_button.hide()
        return True

    def _connected(self, report: ConnectionReport) -> str:
        """What the connection test found, in the window's language."""
        if report.encrypted:
            link = self.tr("Connected to {version} at {host} (encrypted).")
        else:
            link = self.tr("Connected to {version} at {host} (not encrypted).")
        link = link.format(version=report.version, host=report.host)
        if not report.holds_shop:
            data = self.tr("The database is empty: it is ready for this shop's data.")
        else:
            people = self.tr("%n people who sign in", "", report.people)
            data = self.tr(
                "It holds a shop with %Ln prospects and {people}.", "", report.prospects
            )
            data = data.format(people=people)
        return f"{link} {data}"

    # -- building ---------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        for mode, label in TLS_LABELS.items():
            ui.tls_combo.addItem(messages.translated(label), mode)
        ui.port_edit.setValidator(QIntValidator(1, 65535, ui.port_edit))
        ui.error_label.hide()
        ui.result_label.hide()
        ui.move_button.hide()
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        theme.set_flag(ok, "primary", True)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.file_radio.toggled.connect(self._show_mode)
        ui.server_radio.toggled.connect(self._show_mode)
        ui.file_button.clicked.connect(self._on_file_button_clicked)
        ui.default_file_button.clicked.connect(lambda: self.choose_file(None))
        ui.test_button.clicked.connect(self.test_connection)
        ui.move_button.clicked.connect(self.move_data)
        ui.tls_combo.currentIndexChanged.connect(self._show_certificate_row)
        ui.cert_button.clicked.connect(self._on_cert_button_clicked)
        if not database_settings.keyring_works():
            ui.remember_check.setChecked(False)
            ui.remember_check.setEnabled(False)
            ui.remember_check.setToolTip(
                self.tr(
                    "This computer has no password store; the password is asked at "
                    "each start."
                )
            )

        server = database_settings.saved_server()
        if server is not None:
            ui.host_edit.setText(server.host)
            ui.port_edit.setText(str(server.port))
            ui.name_edit.setText(server.name)
            ui.user_edit.setText(server.user)
            ui.tls_combo.setCurrentIndex(max(0, ui.tls_combo.findData(server.sslmode)))
            ui.cert_edit.setText(server.sslrootcert)
            ui.server_radio.setChecked(True)
            ui.file_edit.setText(str(paths.default_database_path()))
        else:
            current = storage.current_file()
            usual = paths.default_database_path()
            self._file = current if current and current != usual else None
            ui.file_edit.setText(str(current or usual))
            ui.file_radio.setChecked(True)
        self._show_mode()
        self._show_certificate_row()

    def _show_mode(self) -> None:
        server = self.ui.server_radio.isChecked()
        self.ui.server_card.setEnabled(server)
        self.ui.file_card.setEnabled(not server)

    def _show_certificate_row(self, *args) -> None:
        verify = str(self.ui.tls_combo.currentData()).startswith("verify")
        self.ui.cert_label.setVisible(verify)
        self.ui.cert_row.setVisible(verify)

    def _offer_move(self) -> None:
        # Only to an empty server, from a file with data, by the owner.
        me = users.current_user()
        owner = me.is_owner if me else not users.has_users()
        show = (
            self.report is not None
            and not self.report.holds_shop
            and storage.current_file() is not None
            and owner
        )
        self.ui.move_button.setVisible(show)
        self._fit_height()

    def _show_result(self, text: str, ok: bool | None) -> None:
        label = self.ui.result_label
        label.setText(text)
        label.setVisible(bool(text))
        theme.set_flag(label, "error", ok is False)
        self._fit_height()

    def _fit_height(self) -> None:
        # A result or an error appearing needs room; never squeeze the fields.
        self.layout().activate()
        wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _show_error(self, field: str, message: str) -> None:
        names = {"sslmode": "tls_combo", "sslrootcert": "cert_edit"}
        widget = getattr(self.ui, names.get(field, f"{field}_edit"), None)
        messages.show_inline_error(self.ui.error_label, message, widget)
        self._fit_height()

    def _clear_error(self) -> None:
        self.ui.error_label.hide()
        for name in (
            "host_edit",
            "port_edit",
            "name_edit",
            "user_edit",
            "cert_edit",
            "tls_combo",
        ):
            theme.set_flag(getattr(self.ui, name), "invalid", False)

    def _busy(self, on: bool) -> None:
        if on:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _on_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.ui.file_edit.text(),
            self.tr("Follow-up Desk databases (*.sqlite3)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.choose_file(Path(path))

    def _on_cert_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Server certificate"),
            "",
            self.tr("Certificates (*.crt *.pem);;All files (*)"),
        )
        if path:
            self.ui.cert_edit.setText(path)
