"""What closing the window means: with a tray, Backstretch goes on there; without one it
keeps reminding in the background or quits, as the user chose — asked, with what happens
said in one sentence, the first time they close it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backstretch import wording
from backstretch.settings import Section
from backstretch.ui.settings_store import SettingsStore


def keeps_running_without_tray(store: SettingsStore) -> bool:
    """Without a tray, whether closing the window leaves Backstretch reminding in the
    background (with nothing to remind of, it quits)."""
    return store.general.keep_running_when_closed and store.reminders.enabled


def ask_keeps_running(parent: QWidget, store: SettingsStore, tray_available: bool) -> bool:
    """Asked as a person closes the window: go on (in the tray or the background), or
    quit. The first time without a tray it says what happens and lets them choose."""
    if tray_available:
        return True
    if not keeps_running_without_tray(store):
        return False
    if store.general.background_hint_shown:
        return True
    from PySide6.QtWidgets import QMessageBox  # built when first asked

    box = QMessageBox(parent)
    box.setObjectName("backgroundHint")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(wording.background_title())
    box.setText(wording.background_hint(store.reminders.enabled))
    keep = box.addButton(
        QCoreApplication.translate("Application", "Keep reminding in the background"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Application", "Quit when I close the window"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    keeps = box.clickedButton() is keep
    store.update(Section.GENERAL, background_hint_shown=True, keep_running_when_closed=keeps)
    return keeps
