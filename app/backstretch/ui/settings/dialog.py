"""Settings: when to be reminded, how the routine runs, how it sounds, how the app starts.

Every change goes to the settings store, which applies and saves it at once, so there
is nothing to forget to confirm; invalid input is refused with a message. Each tab
edits only its own fields and redraws from the store; the Reminders tab is its own
widget (reminders_tab.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backstretch.content import Library
from backstretch.settings import Section
from backstretch.ui.library.options_panel import RoutineOptionsPanel
from backstretch.ui.settings.guidance_panel import GuidancePanel
from backstretch.ui.settings.language_chooser import LanguageChooser
from backstretch.ui.settings.reminders_tab import PresenceReport, RemindersTab
from backstretch.ui.settings.stretch_chooser import StretchChooser
from backstretch.ui.settings_store import SettingsStore


class SettingsDialog(QDialog):
    def __init__(
        self,
        store: SettingsStore,
        library: Library,
        *,
        tray_available: bool,
        sound_problem: str | None = None,
        voice_problem: str | None = None,
        presence_report: PresenceReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backstretch settings"))
        self.setObjectName("settingsDialog")
        self.store = store

        # -- reminders ------------------------------------------------------------
        self.reminders_tab = RemindersTab(
            store, tray_available=tray_available, report=presence_report
        )
        self.interval = self.reminders_tab.interval  # the reminders tab's first editor

        # -- start-up ----------------------------------------------------------------
        self.start_at_login = QCheckBox(self.tr("Start Backstretch when I log in"))
        self.start_hidden = QCheckBox(self.tr("… without opening the window"))
        self.start_hidden.setToolTip(
            self.tr("At login, Backstretch waits in the tray for the next reminder")
            if tray_available
            else self.tr("At login, Backstretch waits in the background for the next reminder")
        )
        self.keep_running = QRadioButton(self.tr("Keep reminding in the background"))
        self.quit_on_close = QRadioButton(self.tr("Quit when I close the window"))
        close_group = QButtonGroup(self)
        close_group.addButton(self.keep_running)
        close_group.addButton(self.quit_on_close)
        general_tab = QWidget()
        general_layout = QVBoxLayout(general_tab)
        general_layout.addWidget(self.start_at_login)
        hidden_row = QHBoxLayout()
        hidden_row.addSpacing(24)  # under the box it belongs to
        hidden_row.addWidget(self.start_hidden)
        hidden_row.addStretch(1)
        general_layout.addLayout(hidden_row)
        closing = QGroupBox(self.tr("When I close the window"))
        closing_layout = QVBoxLayout(closing)
        if tray_available:
            closing_layout.addWidget(
                QLabel(self.tr("Backstretch goes on in the tray; quit it from the tray's menu."))
            )
        else:
            closing_layout.addWidget(self.keep_running)
            closing_layout.addWidget(self.quit_on_close)
            note = QLabel(
                self.tr(
                    "This desktop has no tray. In the background Backstretch goes on "
                    "reminding you; open it again from the applications menu, and quit it "
                    "with Quit in the window or Ctrl+Q."
                )
            )
            note.setWordWrap(True)
            closing_layout.addWidget(note)
        general_layout.addWidget(closing)
        self.language = LanguageChooser(store)
        general_layout.addWidget(self.language)
        general_layout.addStretch(1)

        # -- routine and guidance ------------------------------------------------------
        self.routine_panel = RoutineOptionsPanel(store, library)
        self.chooser = StretchChooser(library.exercises, store)
        routine_tab = QWidget()
        routine_layout = QVBoxLayout(routine_tab)
        routine_layout.addWidget(self.routine_panel)
        routine_layout.addWidget(
            QLabel(self.tr("Stretches in the routine (tick to include, move to reorder):"))
        )
        routine_layout.addWidget(self.chooser, 1)
        self.guidance = GuidancePanel(
            store, sound_problem=sound_problem, voice_problem=voice_problem
        )

        self.tabs = tabs = QTabWidget()
        tabs.addTab(self.reminders_tab, self.tr("Reminders"))
        tabs.addTab(routine_tab, self.tr("Routine"))
        tabs.addTab(self.guidance, self.tr("Sound and display"))
        tabs.addTab(general_tab, self.tr("Start-up"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(close)

        self.refresh()
        self.start_at_login.toggled.connect(
            lambda on: store.update(Section.GENERAL, start_at_login=on)
        )
        self.start_hidden.toggled.connect(lambda on: store.update(Section.GENERAL, start_hidden=on))
        self.keep_running.toggled.connect(
            lambda on: store.update(Section.GENERAL, keep_running_when_closed=on)
        )
        store.changed.connect(self._on_changed)

    def _on_changed(self, section: Section, _before: object) -> None:
        if section is Section.GENERAL:  # the reminders tab follows its own section
            self.refresh()

    def _editors(self) -> list[QWidget]:
        return [self.start_at_login, self.start_hidden, self.keep_running, self.quit_on_close]

    def refresh(self) -> None:
        """Show what the store holds, without announcing it back as a change."""
        general = self.store.general
        for widget in self._editors():
            widget.blockSignals(True)
        self.start_at_login.setChecked(general.start_at_login)
        self.start_hidden.setChecked(general.start_hidden)
        self.start_hidden.setEnabled(general.start_at_login)  # it says how login starts
        self.keep_running.setChecked(general.keep_running_when_closed)
        self.quit_on_close.setChecked(not general.keep_running_when_closed)
        for widget in self._editors():
            widget.blockSignals(False)
