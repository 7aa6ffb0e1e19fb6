"""Render the main screens to PNG files, to look at them as a user would.

QT_QPA_PLATFORM=offscreen python tools/screenshots.py OUTPUT_FOLDER [--dark] [--size WxH]
    [--language xx]

--size gives the window's size (1280x800 unless told), for the small screens too. With
--language the app speaks that language (its catalogues must be built: `make
translations`) and the files are named after it: library-de.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from backstretch import theme
from backstretch.clock import ManualClock
from backstretch.content_language import load_translated
from backstretch.paths import resources_dir
from backstretch.platform.translation import Translation
from backstretch.session import Phase
from backstretch.settings import Settings
from backstretch.ui.main_window import MainWindow
from backstretch.ui.settings_store import SettingsStore


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    dark = "--dark" in sys.argv
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BACKSTRETCH_HOME", tempfile.mkdtemp())
    app = QApplication(sys.argv[:1])
    if dark:
        app.setPalette(theme.dark_palette())
    width, height = 1280, 800
    if "--size" in sys.argv:
        width, height = (int(n) for n in sys.argv[sys.argv.index("--size") + 1].split("x"))
    suffix = (
        ("-dark" if dark else "")
        + ("" if (width, height) == (1280, 800) else f"-{width}x{height}")
        + (f"-{language}" if language else "")
    )
    spoken = Translation(app).install(language, preferred=[]) if language else "en"
    if language and spoken != language:
        print(f"no catalogue for {language}: run make translations", file=sys.stderr)
        return 1
    clock = ManualClock()
    settings = Settings(Path(os.environ["BACKSTRETCH_HOME"])).load()
    library = load_translated(resources_dir(), spoken)
    window = MainWindow(library, SettingsStore(settings), clock)
    window.resize(width, height)
    window.show()
    app.processEvents()
    written: list[str] = []
    # At other sizes and in other languages: the screens a person checks first.
    every = (width, height) == (1280, 800) and not language
    only = None if every else {"library", "session-hold", "summary"}

    def save(name: str) -> None:
        if only is None or name in only:
            window.grab().save(str(out / f"{name}{suffix}.png"))
            written.append(name)

    save("library")

    window.start_routine()
    shots: dict[tuple[str, str], float] = {}
    wanted = {
        ("bottom-to-heel", Phase.GET_READY): 0.3,
        ("bottom-to-heel", Phase.STRETCH): 0.5,
        ("bottom-to-heel", Phase.HOLD): 0.4,
        ("knee-rolls", Phase.NEXT): 0.3,
        ("knee-rolls", Phase.HOLD): 0.4,
        ("knee-rolls", Phase.RELEASE): 0.5,
        ("back-extensions", Phase.STRETCH): 0.6,
        ("back-extensions", Phase.HOLD): 0.4,
        ("back-extensions", Phase.REST): 0.5,
    }
    while (state := window.current_state()) is not None and state.step is not None:
        step = state.step
        key = (step.exercise_id, step.phase)
        if key in wanted and key not in shots and (step.side in (None, "right")):
            clock.advance(step.duration * wanted[key])
            window.driver.wake()
            app.processEvents()
            save(f"session-{step.exercise_id}-{step.phase}")
            shots[key] = 1
            if key == ("knee-rolls", Phase.HOLD):
                save("session-hold")  # the one the README shows
        now = window.current_state()
        assert now is not None
        clock.advance(now.remaining + 0.001)
        window.driver.wake()
    app.processEvents()
    save("summary")
    print(f"wrote {len(written)} screenshots to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
