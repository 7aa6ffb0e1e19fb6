"""The routine options as spin boxes: shown on the home screen and in the settings.

Each spin box edits one field of the routine settings through the settings store and
redraws from the store, so two panels (or a panel and the stretch chooser) never undo
each other's changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from backstretch.content import Library
from backstretch.fields import limits
from backstretch.routine import RoutineOptions
from backstretch.settings import Section
from backstretch.ui.settings_store import SettingsStore


class RecommendedSpinBox(QSpinBox):
    """A spin box whose lowest value means "as recommended" (or "none").

    Stepping up from it goes to the recommended value, not to the lowest number, so ▲
    never lowers what the routine does (10 repetitions stay 10, not 8).
    """

    def __init__(self, low: int, high: int, special: str, suffix: str, recommended: int) -> None:
        super().__init__()
        self.setKeyboardTracking(False)  # a number typed is one change, not one per digit
        self.setRange(low - 1, high)
        self.setSpecialValueText(special)  # shown at the minimum value
        self.setSuffix(suffix)
        self.recommended = max(low, min(high, recommended))

    def stepBy(self, steps: int) -> None:
        if self.value() == self.minimum() and steps > 0:
            self.setValue(self.recommended + steps - 1)
        else:
            super().stepBy(steps)

    def chosen(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()


def _seconds_range(name: str) -> tuple[int, int]:
    low, high = limits(RoutineOptions, name)
    return round(low), round(high)


class RoutineOptionsPanel(QGroupBox):
    def __init__(
        self, store: SettingsStore, library: Library, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Routine options"))
        self.store = store
        exercises = library.exercises
        reps = [e.repetitions for e in exercises]
        # Repetitions range over what the stretches allow (their content files say so).
        rep_low = min((r.minimum for r in reps), default=8)
        rep_high = max((r.maximum for r in reps), default=10)
        hold_low, hold_high = _seconds_range("hold_seconds")
        rest_low, rest_high = _seconds_range("rest_seconds")
        lead_low, lead_high = _seconds_range("lead_in_seconds")
        self.repetitions = RecommendedSpinBox(
            rep_low,
            rep_high,
            self.tr("Recommended"),
            self.tr(" times"),
            max((r.default for r in reps), default=10),
        )
        self.hold = RecommendedSpinBox(
            hold_low, hold_high, self.tr("Recommended"), self.tr(" s"),
            round(max((e.seconds.hold for e in exercises), default=5)),
        )  # fmt: skip
        self.rest = RecommendedSpinBox(
            rest_low, rest_high, self.tr("Recommended"), self.tr(" s"),
            round(max((e.seconds.rest for e in exercises), default=2)),
        )  # fmt: skip
        # "None" is no lead-in at all: the lowest real value is 1 s.
        self.lead_in = RecommendedSpinBox(
            max(1, lead_low), lead_high, self.tr("None"), self.tr(" s"), 5
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Repetitions"), self.repetitions)
        form.addRow(self.tr("Hold each stretch"), self.hold)
        form.addRow(self.tr("Rest between repetitions"), self.rest)
        form.addRow(self.tr("Time to get ready"), self.lead_in)
        for label, spin in (
            (self.tr("Repetitions"), self.repetitions),
            (self.tr("Hold seconds"), self.hold),
            (self.tr("Rest seconds"), self.rest),
            (self.tr("Get ready seconds"), self.lead_in),
        ):
            spin.setAccessibleName(label)
        self.refresh()
        self.repetitions.valueChanged.connect(
            lambda: store.update(Section.ROUTINE, repetitions=self.repetitions.chosen())
        )
        self.hold.valueChanged.connect(
            lambda: store.update(Section.ROUTINE, hold_seconds=_as_float(self.hold.chosen()))
        )
        self.rest.valueChanged.connect(
            lambda: store.update(Section.ROUTINE, rest_seconds=_as_float(self.rest.chosen()))
        )
        self.lead_in.valueChanged.connect(
            lambda: store.update(Section.ROUTINE, lead_in_seconds=float(self.lead_in.chosen() or 0))
        )
        store.changed.connect(self._on_changed)

    def _on_changed(self, section: Section, _before: object) -> None:
        if section is Section.ROUTINE:
            self.refresh()

    def refresh(self) -> None:
        """Show what the store holds, without announcing it back as a change."""
        options = self.store.routine
        for spin, value in (
            (self.repetitions, options.repetitions),
            (self.hold, options.hold_seconds),
            (self.rest, options.rest_seconds),
            (self.lead_in, options.lead_in_seconds or None),
        ):
            spin.blockSignals(True)
            if value is None:
                spin.setValue(spin.minimum())  # shown as "Recommended" (or "None")
            else:
                # A value below what the stretches allow is shown as the lowest they
                # take (as the cards do), never as "Recommended".
                spin.setValue(max(spin.minimum() + 1, min(spin.maximum(), round(value))))
            spin.blockSignals(False)


def _as_float(value: int | None) -> float | None:
    return float(value) if value is not None else None
