"""Headed lists of steps as plain-text labels, each step with a hanging bullet.

Plain labels rather than one rich-text label: Qt lays rich text out as a document,
again for every width the layout asks about, and the library's six lists cost more to
lay out and paint that way than the rest of its first screen together.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from backstretch.ui.qt_numbers import ALIGN_TOP_RIGHT, PLAIN_TEXT, set_by_number

INDENT = 8  # the bullets sit a little in from their heading
GAP_BEFORE_HEADING = 8  # between one list and the next


class BulletList(QWidget):
    """Lists, each a bold heading over its items (bullets, or numbers when ordered)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(1, 1)
        self._lines: list[str] = []

    def add_list(self, heading: str, items: Sequence[str], *, ordered: bool = False) -> None:
        row = self._grid.rowCount() if self._lines else 0
        if self._lines:
            self._grid.setRowMinimumHeight(row, GAP_BEFORE_HEADING)
            row += 1
        title = _label(heading)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self._grid.addWidget(title, row, 0, 1, 2)
        self._lines.append(heading)
        for number, item in enumerate(items, start=1):
            mark = QLabel(f"{number}." if ordered else "•")  # never markup, never wrapped
            set_by_number(mark, alignment=ALIGN_TOP_RIGHT)
            mark.setContentsMargins(INDENT, 0, 0, 0)
            self._grid.addWidget(mark, row + number, 0)
            self._grid.addWidget(_label(item), row + number, 1)
            self._lines.append(f"{mark.text()} {item}")

    def text(self) -> str:
        """Everything the lists say, a line per heading and per item."""
        return "\n".join(self._lines)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    set_by_number(label, textFormat=PLAIN_TEXT)  # a step's text is never markup
    label.setWordWrap(True)
    return label
