"""Every screen of the app at a laptop's size, in whatever language is installed, and a
check that no label or button shows less than its text needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)

from backstretch import wording
from backstretch.clock import ManualClock
from backstretch.content import Library
from backstretch.history import HistoryStore
from backstretch.platform.notifications import Notice
from backstretch.session import Phase
from backstretch.settings import Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.reminders.window import ReminderWindow
from backstretch.ui.safety_notice import SafetyNotice
from backstretch.ui.settings.dialog import SettingsDialog
from backstretch.ui.settings_store import SettingsStore

SCREEN = (1366, 768)
BUTTON_PADDING = 8  # the least a button's frame leaves around its text
ZONE = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 25)


def cut_off(root: QWidget) -> list[str]:
    """Each visible label, button, spin box or tab smaller than its text: "name: 'text'
    needs 212x20, has 180x20". A word-wrapped label may wrap, but must be tall enough
    for its wrapped lines."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractSpinBox):
            # Its size hint fits the longest of its values, suffix and special text.
            hint = widget.sizeHint()
            if widget.width() + 1 < hint.width():
                problems.append(
                    f"{name}: {widget.text()!r} needs {hint.width()} wide, has {widget.width()}"
                )
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                wanted, shown = widget.tabSizeHint(index).width(), widget.tabRect(index).width()
                if shown + 1 < wanted:
                    problems.append(
                        f"tab {widget.tabText(index)!r} needs {wanted} wide, has {shown}"
                    )
            continue
        if not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (
            widget.pixmap() is not None and not widget.pixmap().isNull()
        ):
            continue
        text = widget.text()
        if not text.strip():
            continue
        width, height = widget.width(), widget.height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = (width, widget.heightForWidth(width))
        elif isinstance(widget, QPushButton | QToolButton):
            # A push button's size hint has a style minimum (80 px) that its text may
            # not need: the text itself, its icon and a little padding must fit.
            metrics = widget.fontMetrics()
            shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
            lines = shown.splitlines() or [shown]
            needed = (
                max(metrics.horizontalAdvance(line) for line in lines) + icon + BUTTON_PADDING,
                metrics.height() * len(lines),
            )
        else:
            hint = widget.sizeHint()
            needed = (hint.width(), hint.height())
        fits = width + 1 >= needed[0] and height + 1 >= needed[1]
        if not fits:
            problems.append(
                f"{name}: {text[:60]!r} needs {needed[0]}x{needed[1]}, has {width}x{height}"
            )
    return problems


# What a widget shows or says to a screen reader.
_TEXT_GETTERS = ("text", "title", "windowTitle", "accessibleName", "toolTip", "placeholderText")


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text the visible widgets show or give a screen reader,
    leaving out Qt's own standard buttons (Qt's catalogues translate those)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QDialogButtonBox):
            continue
        name = widget.objectName() or type(widget).__name__
        for getter in _TEXT_GETTERS:
            method = getattr(widget, getter, None)
            value = method() if callable(method) else None
            if isinstance(value, str) and value:
                texts.append((name, value))
        if isinstance(widget, QTabBar):
            texts += [(name, widget.tabText(index)) for index in range(widget.count())]
    return texts


def _settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.updateGeometry()
    QApplication.processEvents()


def seeded_history(folder: Path) -> list:
    """Five weeks of evening routines with pain ratings that ease."""
    with HistoryStore.open(folder / "history.sqlite3") as store:
        for days_ago in range(35):
            if days_ago % 4 == 3:
                continue
            start = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE) - timedelta(days=days_ago)
            before = 6 - (34 - days_ago) // 8 if days_ago < 16 else None
            session = store.start_session(start, {}, [("knee-rolls", 10)], before)
            for repetition in range(1, 11):
                store.record_repetition(session, "knee-rolls", repetition, start)
            store.finish_session(session, start + timedelta(minutes=6), finished=True)
            if before is not None:
                store.set_pain_after(session, max(0, before - 2))
        return store.sessions()


def screens(library: Library, home: Path, show: Callable[[str, QWidget], None]) -> None:
    """Show every screen at 1366x768 and hand each to `show(name, widget)`."""
    home.mkdir(parents=True, exist_ok=True)
    store = SettingsStore(Settings(home).load())
    clock = ManualClock()
    window = MainWindow(library, store, clock)
    window.resize(*SCREEN)
    window.show()
    try:
        _settle(window)
        show("library", window)
        notice = SafetyNotice(library.routine.red_flags)
        notice.show_over(window)
        box = window.findChild(QMessageBox, "safetyNotice")
        assert box is not None
        _settle(box)
        show("safety-notice", box)
        box.done(0)

        window.start_routine()
        seen: set[tuple[str, Phase]] = set()
        while (state := window.current_state()) is not None and state.step is not None:
            step = state.step
            key = (step.exercise_id, step.phase)
            if key not in seen:
                seen.add(key)
                clock.advance(step.duration * 0.4)
                window.driver.wake()
                _settle(window)
                show(f"session-{step.exercise_id}-{step.phase}", window)
            now = window.current_state()
            assert now is not None
            clock.advance(now.remaining + 0.001)
            window.driver.wake()
        _settle(window)
        show("summary", window)

        progress = window.show_progress_screen()
        progress.show_records(seeded_history(home), TODAY, ZONE)
        _settle(window)
        show("progress", window)

        dialog = SettingsDialog(store, library, tray_available=True, parent=window)
        dialog.show()
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            _settle(dialog)
            show(f"settings-{index}", dialog)
        dialog.close()
        dialog.deleteLater()

        reminder = ReminderWindow()
        reminder.show_notice(
            Notice(
                wording.reminder_title(False, False),
                wording.reminder_body(3, 360),
                wording.snooze_label(10),
            )
        )
        reminder.show()
        _settle(reminder)
        show("reminder", reminder)
        reminder.close()
        reminder.deleteLater()
    finally:
        window.driver.stop()
        window.close()
        window.deleteLater()


def all_screens(library: Library, home: Path) -> Iterator[tuple[str, QWidget]]:
    shown: list[tuple[str, QWidget]] = []
    screens(library, home, lambda name, widget: shown.append((name, widget)))
    yield from shown
