"""Replies nobody has read yet, at the top of Today: "Replied — read it".

Each row is one reply: who, what they wrote (subject and first words), when.
Double-click or Enter opens the prospect; "Mark as read" (Alt+M, or
Ctrl+Shift+R anywhere) lets their planned e-mails go again. The card hides
itself when there is nothing to read.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QSizePolicy, QWidget

from followup_desk.services import replies
from followup_desk.services.replies import ReplyItem
from followup_desk.ui import formatting, session, theme
from followup_desk.ui.forms import attach_form
from followup_desk.ui.row_list_model import RowListModel

REPLY_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
PROSPECT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
# Rows shown before the list scrolls: enough for a busy morning, while the
# agenda below keeps most of the pane.
VISIBLE_ROWS = 6
# The prospect column fits its names up to this width; a long firm name is
# cut rather than squeezing what they wrote.
MAX_NAME_WIDTH = 320
# Room between the longest bold name and the icon of the next column.
NAME_GAP = 16


class ReplyListModel(RowListModel):
    """Unread replies, newest first."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReplyListModel", "Prospect"),
        QT_TRANSLATE_NOOP("ReplyListModel", "Reply"),
        QT_TRANSLATE_NOOP("ReplyListModel", "Received"),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item: ReplyItem = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if item.company and item.company != item.prospect_name:
                    return f"{item.prospect_name} ({item.company})"
                return item.prospect_name
            if column == 1:
                return " — ".join(x for x in (item.subject, item.snippet) if x)
            return formatting.short_day(item.received_at.date())
        if role == Qt.ItemDataRole.ToolTipRole:
            text = item.snippet or item.subject
            return f"{item.from_address}\n{text}" if text else item.from_address
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return theme.kind_icon("email")
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == REPLY_ID_ROLE:
            return item.reply_id
        if role == PROSPECT_ID_ROLE:
            return item.prospect_id
        return None


class RepliesCard(QWidget):
    """The "Replied — read it" card of the Today pane."""

    prospect_activated = Signal(int)
    replies_read = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = attach_form(self, "replies_card")
        self.model = ReplyListModel(self)
        view = self.ui.replies_view
        view.setModel(self.model)
        theme.setup_table(view)
        # Sized to their words in the language shown ("Eingegangen" is longer
        # than "Received"); what they wrote takes the rest.
        header = view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.activated.connect(self._on_replies_view_activated)
        self.ui.mark_read_button.setIcon(theme.icon("done", "#ffffff"))
        self.ui.mark_read_button.clicked.connect(self.mark_selected_read)
        # As tall as its rows: the agenda below takes the rest of the pane.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    @property
    def items(self) -> list[ReplyItem]:
        return self.model.rows

    def reload(self) -> None:
        selected = self.selected_reply_id()
        self.model.set_rows(replies.unread_replies())
        self._fit_columns()
        self._fit_height()
        self.setVisible(bool(self.items))
        self.ui.replies_heading.setText(
            self.tr("Replied — read it · {count}").format(count=len(self.items))
        )
        row = next(
            (n for n, item in enumerate(self.items) if item.reply_id == selected), 0
        )
        if self.items:
            self.ui.replies_view.setCurrentIndex(self.model.index(row, 0))

    def selected_reply_id(self) -> int | None:
        index = self.ui.replies_view.currentIndex()
        return index.data(REPLY_ID_ROLE) if index.isValid() else None

    def mark_selected_read(self) -> int:
        reply_id = self.selected_reply_id()
        if reply_id is None:
            return 0
        count = replies.mark_read([reply_id], session.desk_user())
        self.reload()
        self.replies_read.emit()
        return count

    def _fit_columns(self) -> None:
        view = self.ui.replies_view
        header = view.horizontalHeader()
        names = view.sizeHintForColumn(0) + NAME_GAP
        wanted = max(names, header.sectionSizeFromContents(0).width())
        header.resizeSection(0, min(wanted, MAX_NAME_WIDTH))

    def _fit_height(self) -> None:
        view = self.ui.replies_view
        rows = min(max(len(self.items), 1), VISIBLE_ROWS)
        height = view.horizontalHeader().sizeHint().height()
        height += rows * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(height + 2 * view.frameWidth())

    def _on_replies_view_activated(self, index) -> None:
        prospect_id = index.data(PROSPECT_ID_ROLE)
        if prospect_id is not None:
            self.prospect_activated.emit(prospect_id)
