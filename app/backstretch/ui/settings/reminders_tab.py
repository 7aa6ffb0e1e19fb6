"""The settings' Reminders tab: when, how much a day, natural breaks and do-not-disturb,
each explained in one sentence; the ranges come from `ReminderSettings`' fields.

Every change goes to the settings store at once; invalid input is refused with a
message and the last valid choice stands. What the system can tell (is there an idle
monitor? which do-not-disturb checks work here?) is said beside the choices it affects.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backstretch import wording
from backstretch.fields import clock_text, limits
from backstretch.reminder_periods import WeekPeriods, parse_periods, periods_text
from backstretch.reminders import DO_NOT_DISTURB, Hold, ReminderMode, ReminderSettings, parse_times
from backstretch.settings import Section
from backstretch.ui.settings_store import SettingsStore
from backstretch.wording import Wording


@dataclass(frozen=True)
class PresenceReport:
    """Which back ends answered on this system: the idle monitors and, per
    do-not-disturb reason, the checks."""

    idle: list[str] = field(default_factory=list)
    do_not_disturb: dict[Hold, list[str]] = field(default_factory=dict)


def system_report() -> PresenceReport:
    from backstretch.platform.presence import PresenceSource

    source = PresenceSource.shared()
    return PresenceReport(source.idle.working_names(), source.dnd.working_names())


def _spin(name: str, suffix: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    low, high = limits(ReminderSettings, name)
    spin.setRange(round(low), round(high))
    spin.setSuffix(suffix)
    spin.setAccessibleName(accessible)
    return spin


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("settingsExplanation")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class RemindersTab(QScrollArea):
    def __init__(
        self,
        store: SettingsStore,
        *,
        tray_available: bool,
        report: PresenceReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.report = report if report is not None else system_report()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The page takes the tab's width and its sentences wrap; only height scrolls
        # (on a small screen, 1024x600).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page = page = QWidget()
        self.setWidget(page)
        layout = QVBoxLayout(page)
        minutes = self.tr(" minutes")

        self.enabled = QCheckBox(Wording.tr(wording.REMIND_ME))
        layout.addWidget(self.enabled)

        # -- when ---------------------------------------------------------------------
        self.interval_mode = QRadioButton(Wording.tr(wording.EVERY))
        self.fixed_mode = QRadioButton(Wording.tr(wording.AT_THESE_TIMES))
        mode_group = QButtonGroup(self)
        mode_group.addButton(self.interval_mode)
        mode_group.addButton(self.fixed_mode)
        self.interval = _spin("interval_minutes", minutes, self.tr("Minutes between reminders"))
        self.interval.setSingleStep(15)
        self.fixed_times = QLineEdit()
        self.fixed_times.setPlaceholderText(self.tr("e.g. 10:30, 15:00"))
        self.fixed_times.setAccessibleName(self.tr("Fixed reminder times"))
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_mode)
        interval_row.addWidget(self.interval)
        self.within = QLabel(Wording.tr(wording.WITHIN_PERIODS))
        interval_row.addWidget(self.within)
        interval_row.addStretch(1)
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed_mode)
        fixed_row.addWidget(self.fixed_times, 1)
        self.days: list[QCheckBox] = []
        self.periods: list[QLineEdit] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for number in range(7):
            name = wording.short_weekday(number)
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Remind on {day}").format(day=name))
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("e.g. 09:00–12:00, 13:00–17:30"))
            edit.setAccessibleName(self.tr("Active periods on {day}").format(day=name))
            self.days.append(box)
            self.periods.append(edit)
            grid.addWidget(box, number, 0)
            grid.addWidget(edit, number, 1)
        when = QGroupBox(Wording.tr(wording.WHEN))
        when_layout = QVBoxLayout(when)
        when_layout.addLayout(interval_row)
        when_layout.addLayout(fixed_row)
        when_layout.addLayout(grid)
        self.periods_note = _explain(Wording.tr(wording.PERIODS_EXPLAINED))
        when_layout.addWidget(self.periods_note)
        layout.addWidget(when)

        # -- how much -------------------------------------------------------------------
        self.daily_limit = _spin("daily_limit", "", self.tr("Routines a day before reminders rest"))
        self.daily_limit.setSpecialValueText(Wording.tr(wording.NO_LIMIT))
        self.snooze = _spin("snooze_minutes", minutes, self.tr("Snooze length"))
        amount = QGroupBox(Wording.tr(wording.HOW_MUCH))
        amount_layout = QGridLayout(amount)
        amount_layout.setColumnStretch(2, 1)
        amount_layout.addWidget(QLabel(Wording.tr(wording.REST_AFTER)), 0, 0)
        amount_layout.addWidget(self.daily_limit, 0, 1)
        amount_layout.addWidget(_explain(Wording.tr(wording.DAILY_LIMIT_EXPLAINED)), 1, 0, 1, 3)
        amount_layout.addWidget(QLabel(Wording.tr(wording.SNOOZE_FOR)), 2, 0)
        amount_layout.addWidget(self.snooze, 2, 1)
        layout.addWidget(amount)

        # -- natural breaks -------------------------------------------------------------
        self.natural_breaks = QCheckBox(Wording.tr(wording.NOTICE_BREAKS))
        self.break_minutes = _spin("break_minutes", minutes, self.tr("Time away that is a break"))
        breaks = QGroupBox(Wording.tr(wording.NATURAL_BREAKS))
        breaks_layout = QVBoxLayout(breaks)
        breaks_row = QHBoxLayout()
        breaks_row.addWidget(self.natural_breaks)
        breaks_row.addWidget(self.break_minutes)
        breaks_row.addStretch(1)
        breaks_layout.addLayout(breaks_row)
        breaks_layout.addWidget(_explain(Wording.tr(wording.NATURAL_BREAKS_EXPLAINED)))
        self.breaks_source = QLabel(wording.idle_sources(self.report.idle))
        self.breaks_source.setWordWrap(True)
        breaks_layout.addWidget(self.breaks_source)
        layout.addWidget(breaks)

        # -- do not disturb ---------------------------------------------------------------
        self.wait_for: dict[Hold, QCheckBox] = {}
        dnd = QGroupBox(Wording.tr(wording.DO_NOT_DISTURB))
        dnd_layout = QVBoxLayout(dnd)
        for reason in DO_NOT_DISTURB:
            names = self.report.do_not_disturb.get(reason, [])
            box = QCheckBox(wording.wait_choice(reason))
            self.wait_for[reason] = box
            dnd_layout.addWidget(box)
            if not names:  # said, not hidden: the same settings serve other sessions
                dnd_layout.addWidget(_explain(wording.cannot_tell(reason)))
        self.longest_wait = _spin(
            "longest_wait_minutes", minutes, self.tr("Longest wait before a reminder is dropped")
        )
        longest_row = QHBoxLayout()
        longest_row.addWidget(QLabel(Wording.tr(wording.WAIT_AT_MOST)))
        longest_row.addWidget(self.longest_wait)
        longest_row.addWidget(QLabel(Wording.tr(wording.THEN_DROP)))
        longest_row.addStretch(1)
        dnd_layout.addLayout(longest_row)
        dnd_layout.addWidget(_explain(Wording.tr(wording.DO_NOT_DISTURB_EXPLAINED)))
        layout.addWidget(dnd)

        if not tray_available:
            layout.addWidget(_explain(Wording.tr(wording.NO_TRAY_NOTE)))
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.refresh()
        toggles = [self.enabled, self.interval_mode, self.fixed_mode, self.natural_breaks]
        for widget in [*toggles, *self.days, *self.wait_for.values()]:
            widget.toggled.connect(self._edited)
        for spin in (
            self.interval, self.snooze, self.daily_limit, self.break_minutes, self.longest_wait,
        ):  # fmt: skip
            spin.valueChanged.connect(self._edited)
        for edit in (self.fixed_times, *self.periods):
            edit.editingFinished.connect(self._edited)
        store.changed.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        """Wide enough for the periods, tall enough for most screens without scrolling."""
        wanted = self.page.sizeHint()
        return QSize(max(620, wanted.width()), min(wanted.height(), 660))

    def _on_changed(self, section: Section, _before: object) -> None:
        if section is Section.REMINDERS:
            self.refresh()

    def _editors(self) -> list[QWidget]:
        return [
            self.enabled, self.interval_mode, self.fixed_mode, self.interval, self.fixed_times,
            *self.days, *self.periods, self.snooze, self.daily_limit, self.natural_breaks,
            self.break_minutes, *self.wait_for.values(), self.longest_wait,
        ]  # fmt: skip

    def refresh(self) -> None:
        """Show what the store holds, without announcing it back as a change."""
        reminders = self.store.reminders
        for widget in self._editors():
            widget.blockSignals(True)
        self.enabled.setChecked(reminders.enabled)
        self.interval_mode.setChecked(reminders.mode is ReminderMode.INTERVAL)
        self.fixed_mode.setChecked(reminders.mode is ReminderMode.FIXED)
        self.interval.setValue(reminders.interval_minutes)
        if not self.fixed_times.hasFocus():  # never rewrite what is being typed
            self.fixed_times.setText(", ".join(clock_text(t) for t in reminders.fixed_times))
        for number, (box, edit) in enumerate(zip(self.days, self.periods, strict=True)):
            box.setChecked(number in reminders.weekdays)
            if not edit.hasFocus():
                edit.setText(periods_text(reminders.periods.on(number)))
        self.snooze.setValue(reminders.snooze_minutes)
        self.daily_limit.setValue(reminders.daily_limit)
        self.natural_breaks.setChecked(reminders.natural_breaks)
        self.break_minutes.setValue(reminders.break_minutes)
        self.wait_for[Hold.SYSTEM].setChecked(reminders.wait_for_system)
        self.wait_for[Hold.FULL_SCREEN].setChecked(reminders.wait_for_full_screen)
        self.wait_for[Hold.CAMERA].setChecked(reminders.wait_for_camera)
        self.longest_wait.setValue(reminders.longest_wait_minutes)
        for widget in self._editors():
            widget.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        """Interval and periods only matter in interval mode, fixed times only in fixed
        mode, the break length only with natural breaks."""
        interval = self.interval_mode.isChecked()
        for widget in (self.interval, self.within, *self.periods):
            widget.setEnabled(interval)
        self.fixed_times.setEnabled(not interval)
        self.periods_note.setText(
            Wording.tr(wording.PERIODS_EXPLAINED)
            if interval
            else Wording.tr(wording.PERIODS_IN_FIXED_MODE)
        )
        self.break_minutes.setEnabled(self.natural_breaks.isChecked())

    def _edited(self) -> None:
        self._enable()
        mode = ReminderMode.FIXED if self.fixed_mode.isChecked() else ReminderMode.INTERVAL
        times, bad_entry = parse_times(self.fixed_times.text())
        periods = self.store.reminders.periods
        for number, edit in enumerate(self.periods):
            parsed, bad_period = parse_periods(edit.text())
            if bad_period is not None:
                if mode is ReminderMode.INTERVAL:
                    self.message.setText(wording.bad_period(bad_period))
                    return
                continue  # not used in fixed mode: the last valid periods stand
            periods = periods.with_day(number, parsed)
        weekdays = frozenset(n for n, box in enumerate(self.days) if box.isChecked())
        if bad_entry is not None and mode is ReminderMode.FIXED:
            self.message.setText(wording.bad_time(bad_entry))
            return
        if mode is ReminderMode.FIXED and not times:
            self.message.setText(Wording.tr(wording.NO_FIXED_TIME))
            return
        if not weekdays:
            self.message.setText(Wording.tr(wording.NO_DAY))
            return
        if mode is ReminderMode.INTERVAL and not any(periods.on(day) for day in weekdays):
            self.message.setText(Wording.tr(wording.NO_PERIOD))
            return
        self.message.clear()
        self.store.update(
            Section.REMINDERS,
            enabled=self.enabled.isChecked(),
            mode=mode,
            interval_minutes=self.interval.value(),
            periods=WeekPeriods(periods.days),
            weekdays=weekdays,
            fixed_times=times or self.store.reminders.fixed_times,
            snooze_minutes=self.snooze.value(),
            daily_limit=self.daily_limit.value(),
            natural_breaks=self.natural_breaks.isChecked(),
            break_minutes=self.break_minutes.value(),
            wait_for_system=self.wait_for[Hold.SYSTEM].isChecked(),
            wait_for_full_screen=self.wait_for[Hold.FULL_SCREEN].isChecked(),
            wait_for_camera=self.wait_for[Hold.CAMERA].isChecked(),
            longest_wait_minutes=self.longest_wait.value(),
        )
