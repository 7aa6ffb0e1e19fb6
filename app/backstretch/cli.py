"""Command line: `backstretch` opens the window; options make it scriptable."""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from backstretch import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from backstretch.content import Library
    from backstretch.platform.instance_lock import InstanceLock
    from backstretch.platform.launch_request import LaunchRequest


# A session clock this much faster or slower than real time still shows each phase for
# a frame and still ends: beyond it a routine overflows or never advances.
SPEED_RANGE = (0.1, 1000.0)

# Options Qt itself understands that make sense for Backstretch; anything else that is
# not ours is refused, so a mistyped option (--strat) is not silently ignored.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-display",
        "-geometry", "-qwindowgeometry", "-qwindowicon", "-qwindowtitle", "-style",
        "-stylesheet", "-session", "-name",
    }
)  # fmt: skip
QT_FLAGS = frozenset({"-reverse", "-nograb", "-dograb", "-sync"})


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"not a number: {text!r}")
    return value


def positive_float(text: str) -> float:
    value = _number(text)
    if not 0 < value <= 10_000:
        raise argparse.ArgumentTypeError("must be above 0 and at most 10000")
    return value


def session_speed(text: str) -> float:
    value = _number(text)
    low, high = SPEED_RANGE
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"must be from {low:g} to {high:g}, not {text}")
    return value


def stretch_id(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("needs the name of a stretch, such as knee-rolls")
    return text


def check_arguments(
    parser: argparse.ArgumentParser, args: argparse.Namespace, qt_args: Sequence[str]
) -> None:
    """Refuse, with one message and status 2, what parsing alone lets through."""
    if args.exercise is not None and not args.start:
        parser.error("--exercise chooses the stretch to start: use it with --start")
    index = 0
    while index < len(qt_args):
        option = qt_args[index]
        name = option.split("=", 1)[0]
        if name in QT_FLAGS:
            index += 1
        elif name in QT_OPTIONS_WITH_VALUE:
            if "=" not in option and index + 1 >= len(qt_args):
                parser.error(f"{option} needs a value")
            index += 1 if "=" in option else 2
        elif option.startswith("-"):
            parser.error(f"unknown option {option} (see --help)")
        else:
            parser.error(f"unexpected argument {option!r} (see --help)")
    if args.phase_log is not None:
        from backstretch.phase_log import check_phase_log
        from backstretch.storage import StorageError

        try:
            check_phase_log(args.phase_log)
        except StorageError as exc:
            parser.error(str(exc))


# The options that are on or off, with their help (None: not shown, for tests and
# benchmarks), and every option's value when not given.
FLAGS: dict[str, str | None] = {
    "--start": "begin the routine at once",
    "--quit-after-routine": "exit when the routine ends: status 0 if finished, 1 if stopped",
    "--hidden": "start without a window, in the tray or the background, and wait for the "
    "next reminder (used when starting at login)",
    "--self-test": "check this installation without a display: one line per check, then exit",
    # For benchmarks/: start as usual, print "first-frame" once the window has painted,
    # then quit.
    "--exit-after-first-frame": None,
    # For benchmarks/: print "frame" each time the window has painted after being shown,
    # then close it as a person would (to the tray or the background), to time coming
    # back and to weigh the app at rest.
    "--close-after-each-frame": None,
}
DEFAULTS: dict[str, object] = {
    **{flag.removeprefix("--").replace("-", "_"): False for flag in FLAGS},
    "exercise": None,
    "speed": 1.0,
    "phase_log": None,
    "export_history": None,
    "print_sheet": None,
    "remind_in": None,
}


def parse_arguments(arguments: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (checked to be options Qt knows)."""
    if all(argument in FLAGS for argument in arguments):
        # How the menu, the login and the benchmarks start it: flags alone need no
        # parser, whose building takes a few milliseconds of every start.
        given = {flag.removeprefix("--").replace("-", "_"): True for flag in arguments}
        return argparse.Namespace(**{**DEFAULTS, **given}), []
    parser = build_parser()
    args, qt_args = parser.parse_known_args(arguments)
    check_arguments(parser, args, qt_args)
    return args, qt_args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backstretch",
        description="A coach for back stretches: illustrated, phase by phase, with reminders.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    for flag, help_text in FLAGS.items():
        parser.add_argument(flag, action="store_true", help=help_text or argparse.SUPPRESS)
    parser.add_argument(
        "--exercise",
        type=stretch_id,
        metavar="ID",
        help="with --start: only this stretch (e.g. knee-rolls)",
    )
    parser.add_argument(
        "--speed",
        type=session_speed,
        metavar="FACTOR",
        help="run the session clock FACTOR times faster, 0.1 to 1000 (demonstrations, tests)",
    )
    parser.add_argument(
        "--phase-log",
        type=Path,
        metavar="FILE",
        help="append one JSON line per phase change to FILE",
    )
    parser.add_argument(
        "--export-history",
        type=Path,
        metavar="FILE.csv",
        help="write the session history as CSV (one row per session), then exit",
    )
    parser.add_argument(
        "--print-sheet",
        type=Path,
        metavar="FILE.pdf",
        help="write a printable PDF of the routine's stretches, then exit",
    )
    # For tests and demonstrations: one extra reminder SECONDS after start-up.
    parser.add_argument(
        "--remind-in", type=positive_float, metavar="SECONDS", help=argparse.SUPPRESS
    )
    parser.set_defaults(**DEFAULTS)
    return parser


def export_history(target: Path) -> int:
    from backstretch.history import HistoryStore, HistoryUnavailable
    from backstretch.localtime import local_zone
    from backstretch.paths import data_dir
    from backstretch.storage import StorageError

    try:
        with HistoryStore.open(data_dir() / "history.sqlite3") as store:
            if store.problem:
                print(f"backstretch: {store.problem}", file=sys.stderr)
            count = len(store.sessions())
            store.export_csv(target, local_zone())
            if store.unreadable:
                print(
                    f"backstretch: left out {store.unreadable} session(s) whose records "
                    "were changed by another program and could not be read",
                    file=sys.stderr,
                )
    except StorageError as exc:  # one sentence already: where, and why
        print(f"backstretch: {exc}", file=sys.stderr)
        return 1
    except HistoryUnavailable as exc:
        print(f"backstretch: could not export the history: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {count} session(s) to {target}")
    return 0


def print_sheet(target: Path, qt_args: list[str]) -> int:
    import os

    # A document needs no display: the offscreen platform paints into memory.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from backstretch.documents.routine_sheet import write_routine_sheet
    from backstretch.paths import config_dir
    from backstretch.platform.translation import Translation
    from backstretch.settings import Settings
    from backstretch.storage import StorageError
    from backstretch.wording import setting_problems

    app = QGuiApplication([sys.argv[0], *qt_args])
    settings = Settings(config_dir()).load()
    for message in setting_problems(settings.file_problem, settings.ignored):
        print(f"backstretch: {message}", file=sys.stderr)
    language = Translation(app).install(settings.general.language)
    library = _load_library(language)
    try:
        pages = write_routine_sheet(library, settings.routine, target)
    except StorageError as exc:  # one sentence already: where, and why
        print(f"backstretch: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {pages} page(s) to {target}")
    return 0


# How long a launch waits for the first Backstretch to open its socket: that happens
# once its window is up, which on a busy machine can take seconds.
LAUNCH_PATIENCE_S = 10.0


def _defer_to_the_first(
    request: LaunchRequest, name: str, lock: InstanceLock, lock_held: bool
) -> Literal["handed over", "first", "no answer"]:
    """Give our request to the running Backstretch: the one holding the lock, or
    (`lock_held` False: the lock cannot be used here) whoever listens.

    "first": nobody runs after all (the holder quit while we were starting, or with no
    usable lock nobody listens), so this launch is the first.
    """
    import time

    from backstretch.platform.single_instance import hand_over

    deadline = time.monotonic() + (LAUNCH_PATIENCE_S if lock_held else 0)
    while True:
        if hand_over(request, name):
            return "handed over"
        if not lock_held or lock.claim() is True:
            return "first"
        if time.monotonic() >= deadline:
            return "no answer"
        time.sleep(0.1)


def handed_over_request(args: argparse.Namespace) -> LaunchRequest:
    """What a launch asks of the running Backstretch, as the typed message it sends."""
    from backstretch.platform.launch_request import LaunchRequest

    return LaunchRequest(
        start=args.start, exercise=args.exercise if args.start else None, hidden=args.hidden
    )


def _tray_available() -> bool:
    from backstretch.ui.reminders.tray import Tray

    return Tray.available()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Options that are not ours are left for Qt (for example -platform offscreen), once
    # checked to be ones Qt knows.
    args, qt_args = parse_arguments(arguments)

    if args.export_history:
        return export_history(args.export_history)
    if args.print_sheet:
        return print_sheet(args.print_sheet, qt_args)
    if args.self_test:
        from backstretch.self_test import run_self_test

        return run_self_test(qt_args)

    # A scripted run (a test or a demo that quits by itself) stands alone: no reminders
    # and no hand-over to an instance the user has open. --exit-after-first-frame is not
    # one: it times the start a user gets (with its own BACKSTRETCH_HOME).
    scripted = args.quit_after_routine
    if args.exercise:
        # Checked before any hand-over, so a mistyped id is refused here rather than
        # passed on to the running Backstretch.
        library = _load_library()
        if args.exercise not in {e.id for e in library.exercises}:
            known = ", ".join(e.id for e in library.exercises)
            print(f"backstretch: no stretch {args.exercise!r} (known: {known})", file=sys.stderr)
            return 2
    instance_name: str | None = None
    if not scripted:
        from backstretch.platform.instance_address import NoPrivateFolder, server_name
        from backstretch.platform.launch_client import hand_over_directly

        try:
            instance_name = server_name()
        except NoPrivateFolder as exc:
            print(f"backstretch: {exc}", file=sys.stderr)
        # First of all: while Backstretch runs, a launch (from the menu, or a second
        # click) passes its request on before loading Qt, and loads nothing else.
        if instance_name is not None and hand_over_directly(
            handed_over_request(args), instance_name
        ):
            return 0
    from backstretch.platform.pyside_import import load_pyside

    load_pyside()
    instance_lock: InstanceLock | None = None
    if instance_name is not None:
        # Nobody answered: the first holds the lock (instance_lock); if that is not us,
        # hand over to it once it listens.
        from backstretch.platform.instance_lock import InstanceLock

        instance_lock = InstanceLock(instance_name)
        first = instance_lock.claim()
        if first is not True:
            outcome = _defer_to_the_first(
                handed_over_request(args), instance_name, instance_lock, lock_held=first is False
            )
            if outcome == "handed over":
                return 0
            if outcome == "no answer":
                # It holds the lock but does not answer (stopped, or hung): a second
                # instance would fight it over the same files, so say so and stop.
                _say_not_answering(instance_lock.holder(), qt_args)
                return 1
    try:
        status, restart = _run(args, qt_args, scripted, instance_name)
    finally:
        if instance_lock is not None:
            # Only now: the socket has closed (at aboutToQuit), so a launch that takes
            # the lock next cannot lose its new socket to our closing.
            instance_lock.release()
    if restart:
        _restart()
    return status


def _say_not_answering(pid: int | None, qt_args: list[str]) -> None:
    from backstretch.wording import not_answering

    message = not_answering(pid)
    print(f"backstretch: {message}", file=sys.stderr)
    # Started from a menu, nobody reads the terminal: show it in a window too.
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication([sys.argv[0], *qt_args])
    if app.platformName() not in ("offscreen", "minimal"):
        QMessageBox.warning(None, APP_NAME, message)


def _restart() -> None:
    """Become a new Backstretch (after a change of language), with the lock released so
    the new one is the first."""
    import os

    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "backstretch"]
    os.execv(command[0], command)


def _load_library(language: str = "en") -> Library:
    from backstretch.content_language import load_translated
    from backstretch.paths import resources_dir

    library = load_translated(resources_dir(), language)
    for problem in library.problems:
        print(f"backstretch: skipped {problem}", file=sys.stderr)
    return library


def _run(
    args: argparse.Namespace,
    qt_args: list[str],
    scripted: bool,
    instance_name: str | None,
) -> tuple[int, bool]:
    """The first Backstretch: the window, then (after its first frame) the services."""
    from backstretch.clock import ScaledClock
    from backstretch.paths import config_dir
    from backstretch.platform.translation import Translation
    from backstretch.settings import Settings
    from backstretch.wording import setting_problems

    # isort: split
    # Qt is imported only now, so --help and --version answer instantly.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)

    settings = Settings(config_dir()).load()
    # Before the first widget: everything from here on speaks the user's language.
    translation = Translation(app)
    library = _load_library(translation.install(settings.general.language))
    for message in setting_problems(settings.file_problem, settings.ignored):
        print(f"backstretch: {message}", file=sys.stderr)
    if args.start and not library.exercises:
        print("backstretch: no stretch could be loaded, nothing to start", file=sys.stderr)
        return 2, False

    clock = ScaledClock(args.speed)

    from backstretch.ui.application import Application
    from backstretch.ui.closing import keeps_running_without_tray
    from backstretch.ui.first_frame import (
        after_first_paint,
        close_after_each_frame,
        quit_after_first_paint,
    )

    backstretch = Application(
        app,
        library,
        settings,
        clock,
        with_reminders=not scripted,
        remind_in=args.remind_in,
        first_run_notice=not scripted,
        start_services=False,
        translation=translation,
    )
    window = backstretch.window

    if args.phase_log:
        from backstretch.phase_log import PhaseLog

        log = PhaseLog(args.phase_log, clock)
        window.driver.phase_changed.connect(log.record)
        window.routine_ended.connect(lambda summary: log.record_end(summary.finished))
        app.aboutToQuit.connect(log.close)
    if args.quit_after_routine:
        # Queued: everything else that listens to the end (the history) goes first.
        window.routine_ended.connect(
            lambda summary: QTimer.singleShot(0, lambda: app.exit(0 if summary.finished else 1))
        )

    def listen_for_later_launches(name: str) -> None:
        from backstretch.platform.single_instance import InstanceServer

        server = InstanceServer(name, app)
        if not server.listen():
            print("backstretch: could not listen for later launches", file=sys.stderr)
        server.request_received.connect(backstretch.handle_request)
        app.aboutToQuit.connect(server.close)

    def carry_on() -> None:
        """After the first frame: a link for later launches, then the rest."""
        if instance_name is not None:
            listen_for_later_launches(instance_name)
        # From the event loop: a launch already waiting at the new socket hears back first.
        QTimer.singleShot(0, start_services_and_go_on)

    def start_services_and_go_on() -> None:
        """History, reminders and tray, then what was asked."""
        try:
            backstretch.start_services()
        except Exception:  # from a timer, Qt would print this and run on half-started
            traceback.print_exc()
            print("backstretch: could not start; please report the error above", file=sys.stderr)
            app.exit(1)
            return
        if backstretch.tray_available:
            app.setQuitOnLastWindowClosed(False)  # closing the window leaves the tray running
        if window.isVisible():
            backstretch.show_safety_notice_once()
        if args.start and not window.driver.running:  # now, so the history records it
            if args.exercise:
                window.start_exercise(args.exercise)
            else:
                window.start_routine()
        if not window.isVisible():
            backstretch.rest()  # started hidden: the tray or the background from the start
        if args.close_after_each_frame:
            close_after_each_frame(window)

    hidden = (
        args.hidden
        and not args.start
        and not scripted
        and (_tray_available() or keeps_running_without_tray(backstretch.store))
    )
    if hidden:
        QTimer.singleShot(0, carry_on)  # no window to wait for: the tray or the background
    else:
        after_first_paint(window, carry_on, at_latest_ms=2000)
        if args.exit_after_first_frame:
            quit_after_first_paint(window)
        window.show()
    status = app.exec()
    return status, backstretch.restart_requested
