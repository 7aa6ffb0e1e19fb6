"""Settings: when to be reminded, how the routine runs, how it sounds, how the app starts.

Every change goes to the settings store, which applies and saves it at once, so there
is nothing to forget to confirm; invalid input is refused with a message. Each tab
edits only its own fields and redraws from the store.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backstretch import wording
from backstretch.content import Library
from backstretch.fields import clock_text, limits
from backstretch.reminder_periods import Period, WeekPeriods
from backstretch.reminders import ReminderMode, ReminderSettings, parse_times
from backstretch.settings import Section
from backstretch.ui.library.options_panel import RoutineOptionsPanel
from backstretch.ui.settings.guidance_panel import GuidancePanel
from backstretch.ui.settings.stretch_chooser import StretchChooser
from backstretch.ui.settings_store import SettingsStore

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _as_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


def _spin_range(spin: QSpinBox, name: str) -> None:
    low, high = limits(ReminderSettings, name)
    spin.setRange(round(low), round(high))


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: SettingsStore,
        library: Library,
        *,
        tray_available: bool,
        sound_problem: str | None = None,
        voice_problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backstretch settings")
        self.setObjectName("settingsDialog")
        self.store = store

        # -- reminders ------------------------------------------------------------
        self.enabled = QCheckBox("Remind me to stretch")
        self.interval_mode = QRadioButton("Every")
        self.fixed_mode = QRadioButton("At these times:")
        mode_group = QButtonGroup(self)
        mode_group.addButton(self.interval_mode)
        mode_group.addButton(self.fixed_mode)
        self.interval = QSpinBox()
        _spin_range(self.interval, "interval_minutes")
        self.interval.setSingleStep(5)
        self.interval.setSuffix(" minutes")
        self.interval.setAccessibleName("Minutes between reminders")
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setAccessibleName("Active hours start")
        self.end_time = QTimeEdit()
        self.end_time.setDisplayFormat("HH:mm")
        self.end_time.setAccessibleName("Active hours end")
        self.fixed_times = QLineEdit()
        self.fixed_times.setPlaceholderText("e.g. 10:30, 15:00")
        self.fixed_times.setAccessibleName("Fixed reminder times")
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for name in DAY_NAMES:
            box = QCheckBox(name)
            box.setAccessibleName(f"Remind on {name}")
            self.days.append(box)
            days_row.addWidget(box)
        self.snooze = QSpinBox()
        _spin_range(self.snooze, "snooze_minutes")
        self.snooze.setSuffix(" minutes")
        self.snooze.setAccessibleName("Snooze length")
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")

        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_mode)
        interval_row.addWidget(self.interval)
        interval_row.addWidget(QLabel("between"))
        interval_row.addWidget(self.start_time)
        interval_row.addWidget(QLabel("and"))
        interval_row.addWidget(self.end_time)
        interval_row.addStretch(1)
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed_mode)
        fixed_row.addWidget(self.fixed_times, 1)
        when = QGroupBox("When")
        when_layout = QVBoxLayout(when)
        when_layout.addLayout(interval_row)
        when_layout.addLayout(fixed_row)
        when_layout.addWidget(QLabel("On these days:"))
        when_layout.addLayout(days_row)
        snooze_form = QFormLayout()
        snooze_form.addRow("Snooze for", self.snooze)
        reminders_tab = QWidget()
        reminders_layout = QVBoxLayout(reminders_tab)
        reminders_layout.addWidget(self.enabled)
        reminders_layout.addWidget(when)
        reminders_layout.addLayout(snooze_form)
        if not tray_available:
            note = QLabel(
                "This desktop has no system tray: reminders arrive only while the "
                "Backstretch window is open (it may be minimised)."
            )
            note.setWordWrap(True)
            reminders_layout.addWidget(note)
        reminders_layout.addWidget(self.message)
        reminders_layout.addStretch(1)

        # -- start-up ----------------------------------------------------------------
        self.start_at_login = QCheckBox("Start Backstretch when I log in")
        self.start_hidden = QCheckBox("Start hidden in the tray, waiting for the next reminder")
        self.start_hidden.setEnabled(tray_available)
        general_tab = QWidget()
        general_layout = QVBoxLayout(general_tab)
        general_layout.addWidget(self.start_at_login)
        general_layout.addWidget(self.start_hidden)
        general_layout.addStretch(1)

        # -- routine and guidance ------------------------------------------------------
        self.routine_panel = RoutineOptionsPanel(store, library)
        self.chooser = StretchChooser(library.exercises, store)
        routine_tab = QWidget()
        routine_layout = QVBoxLayout(routine_tab)
        routine_layout.addWidget(self.routine_panel)
        routine_layout.addWidget(
            QLabel("Stretches in the routine (tick to include, move to reorder):")
        )
        routine_layout.addWidget(self.chooser, 1)
        self.guidance = GuidancePanel(
            store, sound_problem=sound_problem, voice_problem=voice_problem
        )

        self.tabs = tabs = QTabWidget()
        tabs.addTab(reminders_tab, "Reminders")
        tabs.addTab(routine_tab, "Routine")
        tabs.addTab(self.guidance, "Sound and display")
        tabs.addTab(general_tab, "Start-up")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)

        self.refresh()
        for widget in (self.enabled, self.interval_mode, self.fixed_mode, *self.days):
            widget.toggled.connect(self._on_reminders_edited)
        for spin in (self.interval, self.snooze):
            spin.valueChanged.connect(self._on_reminders_edited)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self._on_reminders_edited)
        self.fixed_times.editingFinished.connect(self._on_reminders_edited)
        self.start_at_login.toggled.connect(
            lambda on: store.update(Section.GENERAL, start_at_login=on)
        )
        self.start_hidden.toggled.connect(lambda on: store.update(Section.GENERAL, start_hidden=on))
        store.changed.connect(self._on_changed)

    def _on_changed(self, section: Section, _before: object) -> None:
        if section in (Section.REMINDERS, Section.GENERAL):
            self.refresh()

    def _editors(self) -> list[QWidget]:
        return [
            self.enabled, self.interval_mode, self.fixed_mode, self.interval, self.start_time,
            self.end_time, self.fixed_times, *self.days, self.snooze, self.start_at_login,
            self.start_hidden,
        ]  # fmt: skip

    def refresh(self) -> None:
        """Show what the store holds, without announcing it back as a change."""
        reminders, general = self.store.reminders, self.store.general
        for widget in self._editors():
            widget.blockSignals(True)
        self.enabled.setChecked(reminders.enabled)
        self.interval_mode.setChecked(reminders.mode is ReminderMode.INTERVAL)
        self.fixed_mode.setChecked(reminders.mode is ReminderMode.FIXED)
        self.interval.setValue(reminders.interval_minutes)
        monday = reminders.periods.on(0) or (Period(time(9, 0), time(17, 30)),)
        self.start_time.setTime(QTime(monday[0].start.hour, monday[0].start.minute))
        self.end_time.setTime(QTime(monday[-1].end.hour, monday[-1].end.minute))
        if not self.fixed_times.hasFocus():  # never rewrite what is being typed
            self.fixed_times.setText(", ".join(clock_text(t) for t in reminders.fixed_times))
        for number, box in enumerate(self.days):
            box.setChecked(number in reminders.weekdays)
        self.snooze.setValue(reminders.snooze_minutes)
        self.start_at_login.setChecked(general.start_at_login)
        self.start_hidden.setChecked(general.start_hidden)
        for widget in self._editors():
            widget.blockSignals(False)

    def _on_reminders_edited(self) -> None:
        times, bad_entry = parse_times(self.fixed_times.text())
        start = _as_time(self.start_time.time())
        end = _as_time(self.end_time.time())
        weekdays = frozenset(n for n, box in enumerate(self.days) if box.isChecked())
        mode = ReminderMode.FIXED if self.fixed_mode.isChecked() else ReminderMode.INTERVAL
        if bad_entry is not None and mode is ReminderMode.FIXED:
            self.message.setText(wording.bad_time(bad_entry))
            return
        if mode is ReminderMode.INTERVAL and end <= start:
            self.message.setText("The end of the active hours must come after the start.")
            return
        if mode is ReminderMode.FIXED and not times:
            self.message.setText("Enter at least one time, for example 10:30.")
            return
        if not weekdays:
            self.message.setText("Choose at least one day.")
            return
        self.message.clear()
        self.store.update(
            Section.REMINDERS,
            enabled=self.enabled.isChecked(),
            mode=mode,
            interval_minutes=self.interval.value(),
            periods=WeekPeriods.every_day(Period(start, end)),
            weekdays=weekdays,
            fixed_times=times or self.store.reminders.fixed_times,
            snooze_minutes=self.snooze.value(),
        )
