"""What waits for the first frame runs once: after the paint, or after a time limit
when the window never paints (mapped on a hidden workspace, a locked screen); and what
the first screen does without to come quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from backstretch.ui import qt_numbers
from backstretch.ui.first_frame import after_first_paint

APP = Path(__file__).resolve().parents[2] / "app"
# A person who has used Backstretch once: no first-run notice over the first screen.
SEEN = {"general": {"safety_notice_seen": True, "background_hint_shown": True}}


def test_runs_once_after_the_first_paint(qtbot):
    window = QLabel("Hello")
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("painted"), at_latest_ms=300)
    window.show()
    qtbot.waitUntil(lambda: calls == ["painted"])
    window.update()
    window.repaint()
    qtbot.wait(400)  # later paints and the time limit do not call it again
    assert calls == ["painted"]


def test_runs_after_the_time_limit_when_the_window_never_paints(qtbot):
    window = QLabel("Never shown")
    qtbot.addWidget(window)
    calls = []
    after_first_paint(window, lambda: calls.append("late"), at_latest_ms=50)
    qtbot.waitUntil(lambda: calls == ["late"], timeout=2000)
    qtbot.wait(100)
    assert calls == ["late"]


# Run in a new process, which starts Backstretch to its first frame and says whether
# Python touched Qt's `Qt` namespace by then, and from where first.
_FIRST_TOUCH = """
import builtins, enum, json, runpy, sys, traceback
from PySide6 import QtCore
build = enum.EnumType._create_
first = []
def create(cls, name, names, **options):
    if not first and name == "GlobalColor":  # the first enum the namespace builds
        first.append("".join(traceback.format_stack(limit=12)))
    return build(cls, name, names, **options)
enum.EnumType._create_ = create
say = builtins.print
def watch(*args, **kwargs):
    if args == ("first-frame",):
        say(json.dumps({"built": "Qt" in vars(QtCore), "first": first}), flush=True)
    say(*args, **kwargs)
builtins.print = watch
sys.argv = ["backstretch", "--exit-after-first-frame"]
runpy.run_module("backstretch", run_name="__main__", alter_sys=True)
"""


def test_the_first_screen_gets_by_without_the_qt_namespace(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.json").write_text(json.dumps(SEEN))
    env = {
        **os.environ,
        "BACKSTRETCH_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(APP),
    }
    # The first start ever draws the cards' pictures (with the whole figure engine) and
    # keeps them; every start after it shows the kept ones.
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_TOUCH],
            env=env, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
    report = json.loads(done.stdout.splitlines()[0])
    assert not report["built"], (
        "the first screen built every enum of Qt's Qt namespace (about 15 ms); set the "
        "value through ui/qt_numbers.py instead. First touched at:\n" + "".join(report["first"])
    )


@pytest.mark.parametrize(
    ("number", "value"),
    [
        (qt_numbers.ALIGN_CENTER, Qt.AlignmentFlag.AlignCenter),
        (qt_numbers.ALIGN_TOP_RIGHT, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight),
        (qt_numbers.PLAIN_TEXT, Qt.TextFormat.PlainText),
        (qt_numbers.SELECTABLE_BY_MOUSE, Qt.TextInteractionFlag.TextSelectableByMouse),
        (qt_numbers.SCROLL_BAR_ALWAYS_OFF, Qt.ScrollBarPolicy.ScrollBarAlwaysOff),
        (qt_numbers.SCROLL_BAR_ALWAYS_ON, Qt.ScrollBarPolicy.ScrollBarAlwaysOn),
        (qt_numbers.PRECISE_TIMER, Qt.TimerType.PreciseTimer),
    ],
    ids=lambda item: getattr(item, "name", None) or str(item),
)
def test_each_number_is_the_enum_value_it_stands_for(number, value):
    assert number == value.value


def test_a_property_that_does_not_exist_is_refused(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    qt_numbers.set_by_number(label, alignment=qt_numbers.ALIGN_CENTER)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    with pytest.raises(ValueError, match="no property alignmnet"):
        qt_numbers.set_by_number(label, alignmnet=qt_numbers.ALIGN_CENTER)
