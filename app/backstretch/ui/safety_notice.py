"""The first-run safety notice: what Backstretch is not, when to stop, and the red flags
that need a doctor instead of a stretch (listed once, in resources/routine.toml, and
shared with the printed sheet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from backstretch import markup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def notice_html(red_flags: Sequence[str]) -> str:
    flags = "".join(f"<li>{markup.escape(flag)}</li>" for flag in red_flags)
    return (
        QCoreApplication.translate(
            "SafetyNotice",
            "<p><b>Backstretch does not replace medical advice.</b> If you are not sure these "
            "stretches are right for you, ask your doctor or physiotherapist first.</p>",
        )
        + QCoreApplication.translate(
            "SafetyNotice",
            "<p><b>Stop any stretch that hurts.</b> A stretch should feel gentle, never "
            "painful. Read each stretch's tips and cautions before you start: the "
            "bottom-to-heel stretch, for one, is not for sore knees.</p>",
        )
        + QCoreApplication.translate(
            "SafetyNotice",
            "<p><b>See a doctor urgently</b> if you have back pain with any of these:</p>",
        )
        + f"<ul>{flags}</ul>"
    )


class SafetyNotice(QObject):
    """Shown once, over the window, until the user says they understand.

    Window-modal, not app-modal, so reminders and the tray keep working; `acknowledged`
    fires when it is closed, so the app can remember it was read.
    """

    acknowledged = Signal()

    def __init__(self, red_flags: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._red_flags = tuple(red_flags)
        self._box: QMessageBox | None = None

    def show_over(self, window: QWidget) -> None:
        # Built when first shown: the dialog's class and Qt's enums (qt_numbers.py).
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if self._box is not None:
            return
        box = QMessageBox(window)
        box.setObjectName("safetyNotice")
        box.setWindowTitle(self.tr("Before you start"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(notice_html(self._red_flags))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("I understand"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    def close(self) -> None:
        """Take the notice away without counting it as read (the app is ending)."""
        box, self._box = self._box, None
        if box is not None:
            box.finished.disconnect(self._closed)
            box.close()
            box.deleteLater()

    def _closed(self) -> None:
        if self._box is not None:
            self._box.deleteLater()
        self._box = None
        self.acknowledged.emit()
