"""Load PySide6 without its scan of every later module's source.

For its opt-in `from __feature__ import ...` switches, PySide reads the source of each
module imported after it, to see whether the text says "PySide6", and leaves every line
in `linecache`: about 5 MiB kept for the life of the process and 10-20 ms at start-up.
Backstretch uses no such switch. A module found "not using PySide" is only left out of
that switching, which is what the frozen app (which has no sources to read) gets for
every module already.
"""

from __future__ import annotations

import sys

_FEATURE_MODULES = ("PySide6.support.feature", "shibokensupport.feature")


def _no_source_scan(_module: object) -> bool:
    return False


def load_pyside() -> None:
    import shiboken6  # noqa: F401  (loads PySide's import hook, and with it the scan)

    for name in _FEATURE_MODULES:
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "_mod_uses_pyside"):
            setattr(module, "_mod_uses_pyside", _no_source_scan)  # noqa: B010
