"""People who sign in, their roles and passwords, and who did what.

The owner adds people, makes them owner or staff, switches accounts off and
sets passwords; the "Who did what" tab lists the activity log newest first,
fetched in blocks as it scrolls. Staff see the list and change their own
password only. The services refuse the rest anyway; the screen just does not
offer it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from followup_desk.services import audit, users
from followup_desk.services.errors import UserError, ValidationError
from followup_desk.storage.user_models import User
from followup_desk.ui import messages, session, theme
from followup_desk.ui.backup_moments import describe_moment
from followup_desk.ui.forms import attach_form
from followup_desk.ui.row_list_model import RowListModel

USER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACTIVITY_BLOCK = 200
EVERYONE = QT_TRANSLATE_NOOP("UsersDialog", "Everyone")


def _prepare(view: QTableView, model) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)


class PeopleModel(RowListModel):
    """Everyone with an account: name, role, on or off, last sign-in."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PeopleModel", "Name"),
        QT_TRANSLATE_NOOP("PeopleModel", "Role"),
        QT_TRANSLATE_NOOP("PeopleModel", "Account"),
        QT_TRANSLATE_NOOP("PeopleModel", "Last signed in"),
    )

    @property
    def people(self) -> list[User]:
        return self.rows

    def reload(self) -> None:
        self.set_rows(users.list_users())

    def row_of(self, user_id: int) -> int | None:
        for row, person in enumerate(self.people):
            if person.id == user_id:
                return row
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person = self.people[index.row()]
        if role == USER_ID_ROLE:
            return person.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return person.name
        if column == 1:
            return messages.translated(users.ROLE_LABELS[person.role])
        if column == 2:
            return self.tr("On") if person.active else self.tr("Switched off")
        if person.last_sign_in_at is None:
            return self.tr("Never")
        import datetime as dt

        return describe_moment(person.last_sign_in_at.replace(tzinfo=dt.UTC))


class ActivityModel(QAbstractTableModel):
    """The activity log, newest first, fetched a block at a time as it scrolls."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ActivityModel", "When"),
        QT_TRANSLATE_NOOP("ActivityModel", "Who"),
        QT_TRANSLATE_NOOP("ActivityModel", "What"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[audit.Activity] = []
        self.total = 0
        self.person: str | None = None

    def reload(self, person: str | None = None) -> None:
        self.beginResetModel()
        self.person = person
        self.total = audit.activity_count(person)
        self.rows = audit.recent_activity(0, ACTIVITY_BLOCK, person)
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        more = audit.recent_activity(len(self.rows), ACTIVITY_BLOCK, self.person)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(
            QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1
        )
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return describe_moment(row.at, row.at.tzinfo)
        if index.column() == 1:
            return row.user_name or self.tr("(nobody signed in)")
        return row.text


class UsersDialog(QDialog):
    """Manage who signs in; see who did what."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.ui = attach_form(self, "users_dialog")
        self.people = PeopleModel(self)
        self.activity = ActivityModel(self)
        me = users.current_user()
        self.me = me
        self.is_owner = me.is_owner if me else not users.has_users()
        self._setup()
        self.people.reload()
        self._select_person(me.user_id if me else None)
        if self.is_owner:
            self._fill_person_filter()
            self.activity.reload()
            self._show_activity_count()
        self.resize(760, 720)
        session.restore_geometry(self, "users_dialog")

    # -- what tests and the window drive -----------------------------------------

    def selected_user_id(self) -> int | None:
        index = self.ui.people_view.currentIndex()
        return index.data(USER_ID_ROLE) if index.isValid() else None

    def add_person(self) -> bool:
        ui = self.ui
        self._clear_errors()
        if ui.add_password_edit.text() != ui.add_repeat_edit.text():
            return self._refuse("add_repeat", self.tr("The two passwords differ."))
        try:
            person = users.add_user(
                ui.add_name_edit.text(),
                ui.add_password_edit.text(),
                ui.add_role_combo.currentData(),
            )
        except ValidationError as exc:
            return self._refuse(f"add_{exc.field}", messages.translated(exc))
        except UserError as exc:
            return self._refuse("", messages.translated(exc))
        for edit in (ui.add_name_edit, ui.add_password_edit, ui.add_repeat_edit):
            edit.clear()
        self.people.reload()
        self._select_person(person.id)
        self._fill_person_filter()
        return True

    def toggle_role(self) -> bool:
        person = self._selected()
        if person is None:
            return False
        role = "staff" if person.role == "owner" else "owner"
        return self._apply(lambda: users.set_role(person.id, role), person.id)

    def toggle_active(self) -> bool:
        person = self._selected()
        if person is None:
            return False
        return self._apply(
            lambda: users.set_active(person.id, not person.active), person.id
        )

    def set_password(self) -> bool:
        ui = self.ui
        self._clear_errors()
        person = self._selected()
        if person is None:
            return False
        if ui.new_password_edit.text() != ui.new_repeat_edit.text():
            return self._refuse("new_repeat", self.tr("The two new passwords differ."))
        own = self.me is not None and self.me.user_id == person.id
        try:
            users.set_password(
                person.id,
                ui.new_password_edit.text(),
                old_password=ui.old_password_edit.text() if own else None,
            )
        except ValidationError as exc:
            field = "old_password" if exc.field == "old_password" else "new_password"
            return self._refuse(field, messages.translated(exc))
        except UserError as exc:
            return self._refuse("", messages.translated(exc))
        for edit in (ui.old_password_edit, ui.new_password_edit, ui.new_repeat_edit):
            edit.clear()
        ui.error_label.setText(
            self.tr("The password of {name} is set.").format(name=person.name)
        )
        theme.set_flag(ui.error_label, "error", False)
        ui.error_label.show()
        return True

    def show_activity_of(self, person: str | None) -> None:
        self.activity.reload(person)
        self._show_activity_count()

    def done(self, result: int) -> None:
        session.save_geometry(self, "users_dialog")
        super().done(result)

    # -- building ---------------------------------------------------------------------

    def _setup(self) -> None:
        ui = self.ui
        _prepare(ui.people_view, self.people)
        header = ui.people_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        _prepare(ui.activity_view, self.activity)
        header = ui.activity_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for role, label in users.ROLE_LABELS.items():
            ui.add_role_combo.addItem(messages.translated(label), role)
        ui.add_role_combo.setCurrentIndex(ui.add_role_combo.findData("staff"))
        ui.error_label.hide()
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(
            self.reject
        )
        ui.add_button.clicked.connect(self.add_person)
        ui.role_button.clicked.connect(self.toggle_role)
        ui.active_button.clicked.connect(self.toggle_active)
        ui.password_button.clicked.connect(self.set_password)
        ui.people_view.selectionModel().currentRowChanged.connect(
            self._on_people_view_current_row_changed
        )
        ui.activity_person_combo.activated.connect(
            self._on_activity_person_combo_activated
        )
        if self.is_owner:
            ui.intro_label.setText(
                self.tr(
                    "Everyone signs in as themselves, so the log shows who did what. "
                    "Owners also set prices, the plan, the mail server, the company "
                    "details and who may sign in; staff run the day."
                )
            )
            return
        ui.intro_label.setText(
            self.tr(
                "Only the owner adds people or changes roles. You can change your "
                "own password here."
            )
        )
        ui.add_card.hide()
        ui.role_button.hide()
        ui.active_button.hide()
        ui.tabs.removeTab(ui.tabs.indexOf(ui.activity_tab))
        ui.people_view.setEnabled(False)

    def _fill_person_filter(self) -> None:
        combo = self.ui.activity_person_combo
        combo.clear()
        combo.addItem(self.tr(EVERYONE), None)
        for person in self.people.people:
            combo.addItem(person.name, person.name)

    def _show_activity_count(self) -> None:
        total = self.activity.total
        self.ui.activity_count_label.setText(self.tr("%Ln entries", "", total))

    def _selected(self) -> User | None:
        user_id = self.selected_user_id()
        if user_id is None:
            return None
        row = self.people.row_of(user_id)
        return self.people.people[row] if row is not None else None

    def _select_person(self, user_id: int | None) -> None:
        row = self.people.row_of(user_id) if user_id else None
        if row is None and self.people.people:
            row = 0
        if row is not None:
            self.ui.people_view.selectRow(row)
        self._show_person_actions()

    def _show_person_actions(self) -> None:
        ui = self.ui
        person = self._selected()
        own = (
            person is not None and self.me is not None and person.id == self.me.user_id
        )
        ui.role_button.setEnabled(person is not None)
        ui.active_button.setEnabled(person is not None and not own)
        if person is not None:
            ui.role_button.setText(
                self.tr("Make &staff")
                if person.role == "owner"
                else self.tr("Make &owner")
            )
            ui.active_button.setText(
                self.tr("Switch o&ff") if person.active else self.tr("Switch o&n")
            )
            ui.password_heading.setText(
                self.tr("Your new password")
                if own
                else self.tr("New password for {name}").format(name=person.name)
            )
        # Changing one's own password needs the current one; the owner
        # setting someone else's does not.
        needs_old = own and not self.is_owner
        ui.old_password_label.setVisible(needs_old)
        ui.old_password_edit.setVisible(needs_old)
        ui.password_card.setEnabled(person is not None and (self.is_owner or own))

    def _apply(self, change, user_id: int) -> bool:
        self._clear_errors()
        try:
            change()
        except UserError as exc:
            return self._refuse("", messages.translated(exc))
        self.people.reload()
        self._select_person(user_id)
        return True

    def _refuse(self, field: str, message: str) -> bool:
        theme.set_flag(self.ui.error_label, "error", True)
        widget = getattr(self.ui, f"{field}_edit", None) if field else None
        messages.show_inline_error(self.ui.error_label, message, widget)
        return False

    def _clear_errors(self) -> None:
        self.ui.error_label.hide()
        for name in (
            "add_name",
            "add_password",
            "add_repeat",
            "old_password",
            "new_password",
            "new_repeat",
        ):
            theme.set_flag(getattr(self.ui, f"{name}_edit"), "invalid", False)

    # -- reactions --------------------------------------------------------------------

    def _on_people_view_current_row_changed(self, current, previous) -> None:
        self._show_person_actions()

    def _on_activity_person_combo_activated(self, index: int) -> None:
        self.show_activity_of(self.ui.activity_person_combo.itemData(index))
