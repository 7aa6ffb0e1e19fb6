"""Settings for guidance away from the screen: sound cues, voice, and reduced motion."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSlider, QVBoxLayout, QWidget

from backstretch.settings import GuidanceOptions


class GuidancePanel(QWidget):
    changed = Signal(object)  # GuidanceOptions

    def __init__(
        self,
        options: GuidanceOptions,
        *,
        sound_problem: str | None,
        voice_problem: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._options = options
        self.sound = QCheckBox("Play a sound at every phase change, and tick in the last seconds")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setAccessibleName("Volume")
        self.voice = QCheckBox("Speak the instructions aloud")
        self.reduced_motion = QCheckBox(
            "Reduce motion: show the key positions without animation or moving arrows"
        )
        self.sound.setChecked(options.sound)
        self.volume.setValue(options.volume)
        self.voice.setChecked(options.voice)
        self.reduced_motion.setChecked(options.reduced_motion)

        form = QFormLayout()
        form.addRow(self.sound)
        form.addRow("Volume:", self.volume)
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
        if sound_problem:
            self.sound.setEnabled(False)
            self.volume.setEnabled(False)
        if voice_problem:
            self.voice.setEnabled(False)
            self.voice.setChecked(False)

        self.sound.toggled.connect(lambda on: self._change(sound=on))
        self.volume.valueChanged.connect(lambda value: self._change(volume=value))
        self.voice.toggled.connect(lambda on: self._change(voice=on))
        self.reduced_motion.toggled.connect(lambda on: self._change(reduced_motion=on))

    @staticmethod
    def _note(problem: str | None) -> QLabel:
        label = QLabel(problem or "")
        label.setWordWrap(True)
        label.setVisible(bool(problem))
        return label

    def _change(self, **changes: object) -> None:
        self._options = replace(self._options, **changes)  # type: ignore[arg-type]
        self.volume.setEnabled(self._options.sound and self.sound.isEnabled())
        self.changed.emit(self._options)

    def set_options(self, options: GuidanceOptions) -> None:
        """Follow a change made elsewhere (the session screen's sound button)."""
        self._options = options
        for widget, value in (
            (self.sound, options.sound),
            (self.volume, options.volume),
            (self.reduced_motion, options.reduced_motion),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QSlider):
                widget.setValue(int(value))
            else:
                widget.setChecked(bool(value))
            widget.blockSignals(False)

    @property
    def options(self) -> GuidanceOptions:
        return self._options
