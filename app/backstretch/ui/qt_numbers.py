"""The few Qt enum values the first screen needs, set by number through Qt's properties.

The first time Python touches any enum of Qt's `Qt` namespace (Qt.AlignmentFlag, Qt.Key,
or a call that returns one), PySide builds every Python enum of that namespace at once:
over a hundred of them, about 15 ms, more than a tenth of Backstretch's start-up. The
widgets of the first screen set their few such values as numbers through Qt's property
system instead, and Qt turns each number into its enum; what is shown later (the
session, the dialogs) uses the enums as usual. tests/ui/test_first_frame.py checks each
number against its enum, and that the first screen gets by without the namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter
ALIGN_TOP_RIGHT = 0x0022  # Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
SCROLL_BAR_ALWAYS_ON = 2  # Qt.ScrollBarPolicy.ScrollBarAlwaysOn
PRECISE_TIMER = 0  # Qt.TimerType.PreciseTimer


def set_by_number(target: QObject, **values: int) -> None:
    """Set each named property of `target` to the enum value numbered so."""
    for name, value in values.items():
        if not target.setProperty(name, value):
            raise ValueError(f"{type(target).__name__} has no property {name} to set")
