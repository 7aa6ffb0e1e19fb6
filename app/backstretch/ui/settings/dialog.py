"""Settings: when to be reminded, how the routine runs, and how the app starts.

Every change applies at once and is saved (atomically) as soon as it is made, so
there is nothing to forget to confirm; invalid input is refused with a message.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtCore import QTime, Signal
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

from backstretch.reminders import ReminderSettings, parse_times
from backstretch.settings import GeneralOptions

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _as_time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class SettingsDialog(QDialog):
    reminders_changed = Signal(object)  # ReminderSettings
    general_changed = Signal(object)  # GeneralOptions

    def __init__(
        self,
        reminders: ReminderSettings,
        general: GeneralOptions,
        routine_panel: QWidget,
        *,
        tray_available: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backstretch settings")
        self.setObjectName("settingsDialog")
        self._reminders = reminders
        self._general = general
        self._loading = True

        # -- reminders ------------------------------------------------------------
        self.enabled = QCheckBox("Remind me to stretch")
        self.interval_mode = QRadioButton("Every")
        self.fixed_mode = QRadioButton("At these times:")
        mode_group = QButtonGroup(self)
        mode_group.addButton(self.interval_mode)
        mode_group.addButton(self.fixed_mode)
        self.interval = QSpinBox()
        self.interval.setRange(5, 480)
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
        self.snooze.setRange(1, 120)
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

        self.tabs = tabs = QTabWidget()
        tabs.addTab(reminders_tab, "Reminders")
        tabs.addTab(routine_panel, "Routine")
        tabs.addTab(general_tab, "Start-up")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)

        self._show(reminders, general)
        for widget in (self.enabled, self.interval_mode, self.fixed_mode, *self.days):
            widget.toggled.connect(self._on_reminders_edited)
        for spin in (self.interval, self.snooze):
            spin.valueChanged.connect(self._on_reminders_edited)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self._on_reminders_edited)
        self.fixed_times.editingFinished.connect(self._on_reminders_edited)
        for box in (self.start_at_login, self.start_hidden):
            box.toggled.connect(self._on_general_edited)
        self._loading = False

    def _show(self, reminders: ReminderSettings, general: GeneralOptions) -> None:
        self.enabled.setChecked(reminders.enabled)
        self.interval_mode.setChecked(reminders.mode == "interval")
        self.fixed_mode.setChecked(reminders.mode == "fixed")
        self.interval.setValue(reminders.interval_minutes)
        self.start_time.setTime(QTime(reminders.start.hour, reminders.start.minute))
        self.end_time.setTime(QTime(reminders.end.hour, reminders.end.minute))
        self.fixed_times.setText(", ".join(t.strftime("%H:%M") for t in reminders.fixed_times))
        for number, box in enumerate(self.days):
            box.setChecked(number in reminders.weekdays)
        self.snooze.setValue(reminders.snooze_minutes)
        self.start_at_login.setChecked(general.start_at_login)
        self.start_hidden.setChecked(general.start_hidden)

    def _on_reminders_edited(self) -> None:
        if self._loading:
            return
        times, problem = parse_times(self.fixed_times.text())
        start = _as_time(self.start_time.time())
        end = _as_time(self.end_time.time())
        weekdays = frozenset(n for n, box in enumerate(self.days) if box.isChecked())
        mode = "fixed" if self.fixed_mode.isChecked() else "interval"
        if problem and mode == "fixed":
            self.message.setText(problem)
            return
        if mode == "interval" and end <= start:
            self.message.setText("The end of the active hours must come after the start.")
            return
        if mode == "fixed" and not times:
            self.message.setText("Enter at least one time, for example 10:30.")
            return
        if not weekdays:
            self.message.setText("Choose at least one day.")
            return
        self.message.clear()
        self._reminders = ReminderSettings(
            enabled=self.enabled.isChecked(),
            mode=mode,
            interval_minutes=self.interval.value(),
            start=start,
            end=end,
            weekdays=weekdays,
            fixed_times=times or self._reminders.fixed_times,
            snooze_minutes=self.snooze.value(),
        )
        self.reminders_changed.emit(self._reminders)

    def _on_general_edited(self) -> None:
        if self._loading:
            return
        self._general = replace(
            self._general,
            start_at_login=self.start_at_login.isChecked(),
            start_hidden=self.start_hidden.isChecked(),
        )
        self.general_changed.emit(self._general)

    @property
    def reminders(self) -> ReminderSettings:
        return self._reminders

    @property
    def general(self) -> GeneralOptions:
        return self._general
