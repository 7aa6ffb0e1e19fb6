"""Usable without a mouse, with a screen reader, in light and dark: names on every
control, keyboard-only use, phase announcements, and measured text contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QWidget,
)

from backstretch import theme
from backstretch.session import Phase
from tests.helpers.dialogs import press_in_next_dialog

INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
)


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture
def application(qtbot, make_application):
    app = make_application(with_reminders=False)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.window.activateWindow()
    return app


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not accessible_name(widget):
            # Qt's own inner parts (a spin box's line edit, a scroll bar) are named
            # through their owner.
            parent = widget.parent()
            if isinstance(parent, INTERACTIVE) or any(
                name.startswith("qt_") for name in (widget.objectName(), parent.objectName())
            ):
                continue
            missing.append(f"{type(widget).__name__} {widget.objectName() or ''}".strip())
    return missing


def test_every_control_in_every_screen_has_an_accessible_name(application, qtbot):
    window = application.window
    assert unnamed_controls(window) == []
    window.start_routine()
    assert unnamed_controls(window.session_view) == []
    application.open_settings()
    assert unnamed_controls(application._settings_dialog) == []
    assert accessible_name(window.session_view.figure) == "Stretch illustration"


def test_the_illustration_describes_the_current_instruction(application):
    window = application.window
    window.start_exercise("knee-rolls")
    figure = window.session_view.figure
    interface = QAccessible.queryAccessibleInterface(figure)
    description = interface.text(QAccessible.Text.Description)
    assert description == window.session_view.instruction.text() != ""


def test_keyboard_only_from_the_library_to_a_session_and_back(application, qtbot):
    window = application.window
    start = window.library_view.start_button
    # Tab moves through the library until the Start routine button has focus.
    for _ in range(40):
        if QApplication.focusWidget() is start:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is start
    assert start.focusPolicy() & Qt.FocusPolicy.TabFocus
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert window.driver.running
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    assert window.driver.machine.paused
    press_in_next_dialog(Qt.Key.Key_Return)  # Esc asks; one more key stops
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.driver.running
    assert window.stack.currentWidget() is window.summary_view
    done = [b for b in window.summary_view.findChildren(QAbstractButton) if b.isVisible()]
    assert done and all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in done)


def test_each_phase_change_is_announced_to_screen_readers(application, monkeypatch):
    announced = []
    monkeypatch.setattr(
        QAccessible, "updateAccessibility", lambda event: announced.append(event.message())
    )
    window = application.window
    window.start_exercise("bottom-to-heel")
    clock = window.driver.clock
    clock.advance(window.current_state().remaining + 0.001)
    window.driver.wake()
    assert announced[0].startswith("Get ready.")
    assert announced[1].startswith("Stretch. Repetition 1 of")


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_colours_meet_4_5_to_1_in_light_and_dark(qapp, dark):
    palette = theme.dark_palette() if dark else QPalette(qapp.style().standardPalette())
    background = palette.color(QPalette.ColorRole.Window)
    assert theme.is_dark(None) in (False, True)
    pairs = {
        "window text": (palette.color(QPalette.ColorRole.WindowText), background),
        "button text": (
            palette.color(QPalette.ColorRole.ButtonText),
            palette.color(QPalette.ColorRole.Button),
        ),
    }
    for phase in Phase:
        pairs[f"phase {phase}"] = (theme.phase_colour(phase, dark), background)
    caution_background, caution_ink = theme.caution_colours(dark)
    pairs["caution"] = (QColor(caution_ink), QColor(caution_background))
    low = {name: round(contrast(*pair), 2) for name, pair in pairs.items() if contrast(*pair) < 4.5}
    assert low == {}


def test_the_dark_palette_is_followed_and_rendered(application, qtbot, tmp_path):
    window = application.window
    QApplication.instance().setPalette(theme.dark_palette())
    try:
        qtbot.waitUntil(lambda: window.session_view._dark)
        window.start_exercise("back-extensions")
        image = window.grab().toImage()
        image.save(str(tmp_path / "dark-session.png"))
        centre = image.pixelColor(image.width() // 2, 20)
        assert centre.lightnessF() < 0.5  # the window really is dark
    finally:
        QApplication.instance().setPalette(QApplication.style().standardPalette())


def test_session_text_grows_with_the_system_font(application, qtbot):
    window = application.window
    window.resize(1920, 1080)  # room to grow: the type shrinks only to fit the window
    window.start_exercise("knee-rolls")
    view = window.session_view
    qtbot.waitUntil(lambda: view.width() > 1800)
    before = view.phase_label.font().pixelSize()
    app = QApplication.instance()
    original = app.font()
    larger = app.font()
    larger.setPointSizeF(18)
    app.setFont(larger)
    try:
        view._apply_sizes()
        # Larger by a third at least: the longest instruction must still fit, in full.
        assert view.phase_label.font().pixelSize() >= before * 1.3
    finally:
        app.setFont(original)


def high_contrast_palette(dark: bool) -> QPalette:
    ink, paper = (QColor("white"), QColor("black")) if dark else (QColor("black"), QColor("white"))
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, paper)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, ink)
    return palette


@pytest.mark.parametrize("dark", [False, True], ids=["black-on-white", "white-on-black"])
def test_phase_colours_stay_readable_in_high_contrast_palettes(application, qtbot, dark):
    app = QApplication.instance()
    app.setPalette(high_contrast_palette(dark))
    try:
        window = application.window
        qtbot.waitUntil(lambda: window.session_view._dark == dark)
        background = window.palette().color(QPalette.ColorRole.Window)
        for phase in Phase:
            assert contrast(theme.phase_colour(phase, dark), background) >= 4.5, phase
        window.start_exercise("knee-rolls")
        phase_ink = window.session_view.phase_label.palette().color(QPalette.ColorRole.WindowText)
        assert contrast(phase_ink, background) >= 4.5
    finally:
        app.setPalette(app.style().standardPalette())
