"""Which stretches the routine runs and in what order: tick to include, move to reorder.

It edits only the routine's `order` and `left_out` through the settings store, and
redraws when the store changes them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
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
from backstretch.routine import choose_exercises
from backstretch.settings import Section
from backstretch.ui.settings_store import SettingsStore


class StretchChooser(QWidget):
    def __init__(
        self,
        exercises: tuple[Exercise, ...],
        store: SettingsStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._exercises = exercises
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Stretches in the routine"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.refresh()
        self.up = QPushButton(self.tr("Move up"))
        self.down = QPushButton(self.tr("Move down"))
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
        store.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """List the stretches in the store's order, ticked unless left out."""
        options = self.store.routine
        ordered = choose_exercises(self._exercises, replace(options, left_out=()))
        wanted = [(e.id, e.title, e.id not in options.left_out) for e in ordered]
        shown = [
            (
                item.data(Qt.ItemDataRole.UserRole),
                item.text(),
                item.checkState() == Qt.CheckState.Checked,
            )
            for item in map(self.list.item, range(self.list.count()))
        ]
        if wanted == shown:
            return
        self.list.blockSignals(True)
        current = self.list.currentRow()
        self.list.clear()
        for exercise_id, title, included in wanted:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, exercise_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if included else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)

    def _on_changed(self, section: Section, _before: object) -> None:
        if section is Section.ROUTINE:
            self.refresh()

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
        # Stretches this version does not have (a newer one's) keep their place and choice.
        known = {exercise.id for exercise in self._exercises}
        routine = self.store.routine
        self.store.update(
            Section.ROUTINE,
            order=(*self.ids(), *(i for i in routine.order if i not in known)),
            left_out=(*left_out, *(i for i in routine.left_out if i not in known)),
        )
