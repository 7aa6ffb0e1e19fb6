"""Settings for guidance away from the screen: sound cues, voice, and reduced motion."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSlider, QVBoxLayout, QWidget

from backstretch.fields import limits
from backstretch.settings import GuidanceOptions, Section
from backstretch.ui.settings_store import SettingsStore


class GuidancePanel(QWidget):
    """Edits the guidance settings through the store and follows changes made elsewhere
    (the session screen's sound button)."""

    def __init__(
        self,
        store: SettingsStore,
        *,
        sound_problem: str | None,
        voice_problem: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.sound = QCheckBox(
            self.tr("Play a sound at every phase change, and tick in the last seconds")
        )
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setTracking(False)  # one change (and one save) per drag, not per pixel
        low, high = limits(GuidanceOptions, "volume")
        self.volume.setRange(round(low), round(high))
        self.volume.setSingleStep(5)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.voice = QCheckBox(self.tr("Speak the instructions aloud"))
        self.reduced_motion = QCheckBox(
            self.tr("Reduce motion: show the key positions without animation or moving arrows")
        )

        form = QFormLayout()
        form.addRow(self.sound)
        form.addRow(self.tr("Volume:"), self.volume)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.sound_note = self._note(sound_problem)
        layout.addWidget(self.sound_note)
        layout.addWidget(self.voice)
        self.voice_note = self._note(voice_problem)
        layout.addWidget(self.voice_note)
        layout.addWidget(self.reduced_motion)
        layout.addStretch(1)
        # Where the system cannot speak or play, say so instead of offering a dead switch.
        self._can_play = not sound_problem
        self._can_speak = not voice_problem
        self.sound.setEnabled(self._can_play)
        self.voice.setEnabled(self._can_speak)
        self.refresh()

        def change(**changes: object) -> None:
            store.update(Section.GUIDANCE, **changes)

        self.sound.toggled.connect(lambda on: change(sound=on))
        self.volume.valueChanged.connect(lambda value: change(volume=value))
        self.voice.toggled.connect(lambda on: change(voice=on))
        self.reduced_motion.toggled.connect(lambda on: change(reduced_motion=on))
        store.changed.connect(self._on_changed)

    @staticmethod
    def _note(problem: str | None) -> QLabel:
        label = QLabel(problem or "")
        label.setWordWrap(True)
        label.setVisible(bool(problem))
        return label

    def _on_changed(self, section: Section, _before: object) -> None:
        if section is Section.GUIDANCE:
            self.refresh()

    def refresh(self) -> None:
        options = self.store.guidance
        for widget in (self.sound, self.volume, self.voice, self.reduced_motion):
            widget.blockSignals(True)
        self.sound.setChecked(options.sound and self._can_play)
        self.volume.setValue(options.volume)
        self.voice.setChecked(options.voice and self._can_speak)
        self.reduced_motion.setChecked(options.reduced_motion)
        for widget in (self.sound, self.volume, self.voice, self.reduced_motion):
            widget.blockSignals(False)
        self.volume.setEnabled(self._can_play and options.sound)
