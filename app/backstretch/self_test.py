"""`backstretch --self-test`: prove that this build works, without a display.

Run against the source tree, the frozen build and the installed package, it exercises
what a broken build breaks first: bundled files, Qt plugins, painting, timers and the
settings store. One line per check; the exit status is 0 only if every check passed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from backstretch.content import Library
    from backstretch.session import Summary

# Long enough for the event loop to run every phase timer, short enough to wait for.
ROUTINE_REAL_SECONDS = 1.5
ROUTINE_TIMEOUT_SECONDS = 30


class CheckFailed(Exception):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


class SelfTest:
    def __init__(self, home: Path, out: TextIO, user_config: Path, user_data: Path) -> None:
        self.home = home
        self.user_config = user_config
        self.user_data = user_data
        self.out = out
        self.failures = 0
        self.library: Library | None = None
        self.speaking = "en"

    def run(self, name: str, check: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = check()
        except Exception as error:  # every failure is reported, then the next check runs
            self.failures += 1
            kind = "" if isinstance(error, CheckFailed) else f"{type(error).__name__}: "
            print(f"FAIL  {name}: {kind}{error}", file=self.out, flush=True)
            return
        took = (time.perf_counter() - started) * 1000
        print(f"ok    {name}: {detail} ({took:.0f} ms)", file=self.out, flush=True)

    def _content(self) -> Library:
        if self.library is None:
            raise CheckFailed("the content did not load")
        return self.library

    # -- the checks, in the order a user meets them ---------------------------------------

    def qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtGui import QGuiApplication, QImageReader

        app = QGuiApplication.instance()
        _require(app is not None, "no Qt application")
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        _require("png" in formats, f"no PNG image support (have: {sorted(formats)})")
        return f"PySide6 {pyside_version}, platform {QGuiApplication.platformName()}"

    def language(self) -> str:
        """The system's language (LANGUAGE=de ...): its catalogues, and all its content."""
        from PySide6.QtCore import QCoreApplication

        from backstretch import languages, wording
        from backstretch.content_language import untranslated
        from backstretch.paths import resources_dir
        from backstretch.platform.translation import Translation

        app = QCoreApplication.instance()
        assert app is not None
        translation = Translation(app)
        self.speaking = language = translation.install("")
        if language == languages.SOURCE:
            return wording.speaks(wording.this_language(), "English source texts", None)
        _require(translation.catalogue is not None, f"no catalogue for {language}")
        missing = untranslated(resources_dir(), language)
        _require(not missing, f"{len(missing)} content fields untranslated, first {missing[:1]}")
        assert translation.catalogue is not None
        qt = translation.qt_catalogue
        return wording.speaks(
            wording.this_language(), translation.catalogue.name, qt.name if qt else None
        )

    def content(self) -> str:
        from backstretch.content_language import load_translated
        from backstretch.paths import resources_dir

        library = load_translated(resources_dir(), self.speaking)
        _require(not library.problems, "; ".join(str(p) for p in library.problems))
        _require(len(library.exercises) >= 3, f"only {len(library.exercises)} stretches")
        self.library = library
        return ", ".join(e.id for e in library.exercises)

    def illustrations(self) -> str:
        from PySide6.QtGui import QColor

        from backstretch.figure.render import render_image
        from backstretch.session import Phase

        drawn = 0
        for exercise in self._content().exercises:
            sides = ("left", "right") if exercise.sided else (None,)
            for side in sides:
                for phase in Phase:
                    for progress in (0.0, 0.5, 1.0):
                        image = render_image(
                            exercise.figure, phase, progress, side, 160, 120,
                            background=QColor("white"),
                        )  # fmt: skip
                        inked = _inked_share(image)
                        _require(
                            inked > 0.02,
                            f"{exercise.id} {phase} {side or ''} is blank ({inked:.1%} drawn)",
                        )
                        drawn += 1
        return f"{drawn} frames drawn, none blank"

    def icon(self) -> str:
        from backstretch.documents.app_icon import ICON_SIZES, app_icon, icon_files

        files = icon_files()
        _require(len(files) == len(ICON_SIZES), f"{len(files)} of {len(ICON_SIZES)} icon sizes")
        _require(not app_icon().isNull(), "the icon does not load")
        return f"{len(files)} sizes"

    def routine(self) -> str:
        from PySide6.QtCore import QEventLoop, QTimer

        from backstretch.clock import ScaledClock
        from backstretch.routine import choose_exercises, plan_routine
        from backstretch.settings import Settings
        from backstretch.ui.main_window import MainWindow
        from backstretch.ui.settings_store import SettingsStore

        settings = Settings(self.home / "routine").load()
        # Silent: the sound files have a check of their own, and a machine without an
        # audio device would only print a warning per cue.
        settings.guidance = replace(settings.guidance, sound=False, voice=False)
        library = self._content()
        chosen = choose_exercises(library.exercises, settings.routine)
        plan = plan_routine(chosen, settings.routine)
        store = SettingsStore(settings)
        window = MainWindow(library, store, ScaledClock(plan.total / ROUTINE_REAL_SECONDS))
        completed: list[tuple[str, int]] = []
        summaries: list[Summary] = []
        loop = QEventLoop()
        window.driver.repetition_completed.connect(lambda e, n: completed.append((e, n)))
        window.routine_ended.connect(summaries.append)
        window.routine_ended.connect(loop.quit)
        QTimer.singleShot(ROUTINE_TIMEOUT_SECONDS * 1000, loop.quit)
        window.show()
        window.start_routine()
        loop.exec()
        window.close()
        window.deleteLater()
        _require(bool(summaries), f"the routine did not end within {ROUTINE_TIMEOUT_SECONDS} s")
        summary = summaries[0]
        _require(summary.finished, "the routine stopped before the end")
        expected = sum(1 for step in plan.steps if step.ends_repetition)
        _require(len(completed) == expected, f"{len(completed)} of {expected} repetitions reported")
        return f"{len(plan.steps)} phases, {expected} repetitions in {plan.total / 60:.0f} min"

    def settings(self) -> str:
        from PySide6.QtWidgets import QApplication

        from backstretch.clock import ScaledClock
        from backstretch.settings import Settings
        from backstretch.ui.application import Application
        from backstretch.wording import setting_problems

        folder = self.home / "settings"
        settings = Settings(folder).load()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        backstretch = Application(
            app, self._content(), settings, ScaledClock(1.0), with_reminders=False
        )
        backstretch.open_settings()
        dialog = backstretch._settings_dialog
        if dialog is None or not dialog.isVisible():
            raise CheckFailed("the settings dialog did not open")
        dialog.routine_panel.hold.setValue(7)
        dialog.routine_panel.repetitions.setValue(8)
        changed = replace(settings.routine, repetitions=8, hold_seconds=7.0)
        backstretch.shutdown()
        backstretch.window.deleteLater()
        again = Settings(folder).load()
        problems = setting_problems(again.file_problem, again.ignored)
        _require(not problems, "; ".join(problems))
        _require(again.routine == changed, "the changed settings were not read back")
        return f"opened, changed and read back from {again.path.name}"

    def services(self) -> str:
        """What starts once the window has painted (icon, reminders), and the history and
        progress screen, opened as when first needed."""
        from PySide6.QtWidgets import QApplication

        from backstretch.clock import ScaledClock
        from backstretch.paths import config_dir
        from backstretch.settings import Settings
        from backstretch.ui.application import Application

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        settings = Settings(config_dir()).load()  # the self-test's own folder
        # Every part is built, but no reminder can fall due and pop up during the test.
        settings.reminders = replace(settings.reminders, enabled=False)
        backstretch = Application(
            app, self._content(), settings, ScaledClock(1.0), start_services=False
        )
        window = backstretch.window
        try:
            backstretch.start_services()
            _require(backstretch.icon is not None and not backstretch.icon.isNull(), "no icon")
            _require(backstretch.reminders is not None, "the reminders did not start")
            backstretch.show_progress()  # the history opens when first needed: here
            _require(window.stack.currentWidget() is window.progress_view, "no progress screen")
            history = backstretch.history
            _require(history is not None and history.store is not None, "the history did not open")
            tray = "tray" if backstretch.tray_available else "no tray here"
        finally:
            backstretch.shutdown()
            window.deleteLater()
        return f"icon, history, reminders ({tray}) and progress screen started"

    def sounds(self) -> str:
        import wave

        from backstretch.cues import CUE_NAMES
        from backstretch.paths import assets_dir

        folder = assets_dir() / "sounds"
        total = 0.0
        for name in CUE_NAMES:
            with wave.open(str(folder / f"{name}.wav")) as cue:
                total += cue.getnframes() / cue.getframerate()
        from PySide6.QtCore import QLoggingCategory

        QLoggingCategory.setFilterRules("qt.multimedia.*=false")  # its back-end search
        from PySide6.QtMultimedia import QAudioSink  # noqa: F401  bundled and loadable

        return f"{len(CUE_NAMES)} cues ({total:.1f} s), QtMultimedia loads"

    def history(self) -> str:
        from backstretch.history import HistoryStore
        from backstretch.localtime import now

        path = self.home / "history" / "history.sqlite3"
        started = now()
        with HistoryStore.open(path) as store:
            session = store.start_session(started, {}, [("knee-rolls", 2)])
            store.record_repetition(session, "knee-rolls", 1, started)
            store.finish_session(session, started, finished=False)
        with HistoryStore.open(path) as store:
            (record,) = store.sessions()
            store.export_csv(path.with_suffix(".csv"))
        _require(record.repetitions_done == 1, "a recorded repetition was not read back")
        _require(path.with_suffix(".csv").exists(), "the CSV export was not written")
        return "recorded, read back and exported"

    def single_instance(self) -> str:
        from PySide6.QtNetwork import QLocalSocket

        from backstretch.platform.instance_address import server_name
        from backstretch.platform.instance_lock import InstanceLock
        from backstretch.platform.single_instance import InstanceServer

        name = server_name(self.home)
        lock = InstanceLock(name)
        _require(lock.claim() is True, f"cannot take the lock {lock.path}")
        server = InstanceServer(name)
        try:
            _require(server.listen(), f"cannot listen on {server.name}")
            _require(InstanceLock(name).claim() is False, "a second launch got the lock too")
            socket = QLocalSocket()
            socket.connectToServer(server.name)
            _require(socket.waitForConnected(2000), "a second launch could not connect")
            socket.disconnectFromServer()
        finally:
            server.close()
            lock.release()
        return "a second launch finds this one and can reach it"

    def your_files(self) -> str:
        """The user's own settings, reminder state and history, as the app would open
        them, looked at without changing anything."""
        from backstretch.history import HistoryUnavailable
        from backstretch.history.recovery import inspect
        from backstretch.settings import SETTINGS_FILE
        from backstretch.storage import Unreadable, decode, parse_json, read_bytes
        from backstretch.ui.application import HISTORY_FILE
        from backstretch.ui.reminders.service import STATE_FILE

        problems: list[str] = []
        looked = 0
        for path in (self.user_config / SETTINGS_FILE, self.user_data / STATE_FILE):
            try:
                data = read_bytes(path)
                if data is None:
                    continue
                looked += 1
                if not isinstance(parse_json(decode(data)), dict):
                    raise Unreadable("it does not hold a JSON object")
            except Unreadable as exc:
                problems.append(f"{path} cannot be read ({exc.reason}); Backstretch will "
                                "set it aside and use defaults")  # fmt: skip
        history = self.user_data / HISTORY_FILE
        if history.exists():
            looked += 1
            try:
                damage = inspect(history)
            except HistoryUnavailable as exc:
                problems.append(str(exc))
            else:
                if damage:
                    problems.append(f"{history}: {damage}; Backstretch will set it aside")
        _require(not problems, " ".join(problems))
        return f"{looked} of yours read, none changed" if looked else "none yet"

    def notifications(self) -> str:
        if not sys.platform.startswith("linux"):
            return "tray messages (no D-Bus on this platform)"
        import jeepney  # noqa: F401  the freedesktop notifier needs it in the build

        from backstretch.platform import notifications, sleep_watch  # noqa: F401

        return "freedesktop notifier and sleep watch available"


def _inked_share(image: object) -> float:
    """The share of sampled pixels that are not plain white."""
    from PySide6.QtGui import QColor, QImage

    assert isinstance(image, QImage)
    white = QColor("white").rgb()
    step = 4
    samples = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            samples += 1
            inked += image.pixel(x, y) != white
    return inked / max(1, samples)


def _quiet_offscreen_notes() -> None:
    """Drop notes that are expected where the self-test runs."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen platform ignores size hints, and a build machine has no sound
        # server: both are expected here and only bury the check lines.
        if "propagateSizeHints" not in message and "PulseAudioService" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def run_self_test(qt_args: list[str], out: TextIO = sys.stdout) -> int:
    # No display is needed: the offscreen platform paints into memory.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from backstretch import APP_NAME, __version__
    from backstretch.paths import config_dir, data_dir

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    _quiet_offscreen_notes()
    print(f"{APP_NAME} {__version__} self-test ({sys.executable})", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="backstretch-self-test-") as folder:
        # Whatever the app opens by itself (settings, history) lands in this folder,
        # never in the user's own.
        outer_home = os.environ.get("BACKSTRETCH_HOME")
        user_folders = (config_dir(), data_dir())  # the user's own, looked at read-only
        os.environ["BACKSTRETCH_HOME"] = str(Path(folder) / "home")
        test = SelfTest(Path(folder), out, *user_folders)
        try:
            for name, check in (
                ("qt", test.qt),
                ("language", test.language),
                ("content", test.content),
                ("illustrations", test.illustrations),
                ("icon", test.icon),
                ("sounds", test.sounds),
                ("routine", test.routine),
                ("settings", test.settings),
                ("services", test.services),
                ("history", test.history),
                ("single instance", test.single_instance),
                ("notifications", test.notifications),
                ("your files", test.your_files),
            ):
                test.run(name, check)
            app.processEvents()
        finally:
            if outer_home is None:
                os.environ.pop("BACKSTRETCH_HOME", None)
            else:
                os.environ["BACKSTRETCH_HOME"] = outer_home
    if test.failures:
        print(f"{test.failures} check(s) failed", file=out, flush=True)
        return 1
    print("all checks passed", file=out, flush=True)
    return 0
