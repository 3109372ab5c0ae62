"""The "which plan steps lead to orders" table of the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from followup_desk.domain import report_labels as words
from followup_desk.domain.reports import StepResult
from followup_desk.ui.default_plan_words import shown

STEP_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
REACHED_COLUMN = 1

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StepsTableModel(QAbstractTableModel):
    """One row per plan step reached: how many, and how many ordered after."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._steps: list[StepResult] = []
        self._within = 30
        self._currency = "USD"
        self._locale = "en_US"

    def load(
        self, steps: list[StepResult], within_days: int, currency: str, locale: str
    ) -> None:
        self.beginResetModel()
        self._steps = list(steps)
        self._within = within_days
        self._currency = currency
        self._locale = locale
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)

    def step_at(self, row: int) -> StepResult | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

    def columns(self) -> tuple[str, ...]:
        return (
            self.tr("Step"),
            self.tr("Reached"),
            self.tr("Ordered within %n days", "", self._within),
            self.tr("Rate"),
            self.tr("Cost"),
            self.tr("Cost per order"),
        )

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._steps)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(step, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return _RIGHT
        if role == STEP_KEY_ROLE:
            return step.key
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == REACHED_COLUMN:
                return self.tr("Double-click to list everyone this step was done for")
            return self.tr("Double-click to list those who ordered after this step")
        return None

    def _text(self, step: StepResult, column: int) -> str:
        locale = self._locale
        if column == 0:
            return shown(step.title)
        if column == 1:
            return words.number_text(step.reached, locale)
        if column == 2:
            return words.number_text(step.ordered_within, locale)
        if column == 3:
            return words.percent_text(step.rate, locale)
        if step.cost is None:
            return ""
        value = step.cost if column == 4 else step.cost_per_order
        return words.money_text(value, self._currency, locale)
