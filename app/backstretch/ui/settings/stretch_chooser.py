"""Which stretches the routine runs and in what order: tick to include, move to reorder."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backstretch.content import Exercise
from backstretch.routine import RoutineOptions, choose_exercises


class StretchChooser(QWidget):
    changed = Signal(object)  # RoutineOptions with the new order and left_out

    def __init__(
        self,
        exercises: tuple[Exercise, ...],
        options: RoutineOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self.list = QListWidget()
        self.list.setAccessibleName("Stretches in the routine")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        chosen = [e.id for e in choose_exercises(exercises, replace(options, left_out=()))]
        titles = {e.id: e.title for e in exercises}
        for exercise_id in chosen:
            item = QListWidgetItem(titles[exercise_id])
            item.setData(Qt.ItemDataRole.UserRole, exercise_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            included = exercise_id not in options.left_out
            item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.up = QPushButton("Move up")
        self.down = QPushButton("Move down")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(+1))
        buttons = QVBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(self._announce)
        self.list.model().rowsMoved.connect(self._announce)

    def ids(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
        ]

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._announce()

    def _announce(self, *_: object) -> None:
        left_out = tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() != Qt.CheckState.Checked
        )
        self._options = replace(self._options, order=tuple(self.ids()), left_out=left_out)
        self.changed.emit(self._options)

    def set_options(self, options: RoutineOptions) -> None:
        self._options = options
