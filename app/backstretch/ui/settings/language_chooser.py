"""The language setting: the system's, or one of the languages Backstretch has."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from backstretch import languages
from backstretch.fields import LanguageTag
from backstretch.platform.translation import language_name, translations_dir
from backstretch.settings import Section
from backstretch.ui.settings_store import SettingsStore


class LanguageChooser(QWidget):
    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("The system's language"), "")
        for language in languages.available(translations_dir()):
            self.combo.addItem(language_name(language), language)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Language:"), self.combo)
        self.refresh()
        self.combo.currentIndexChanged.connect(self._chosen)
        store.changed.connect(lambda section, _before: self.refresh())

    def refresh(self) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(self.store.general.language)
        self.combo.setCurrentIndex(max(0, index))
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        self.store.update(Section.GENERAL, language=LanguageTag(str(self.combo.itemData(index))))
