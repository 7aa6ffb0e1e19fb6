"""tools/translations.py for the tests (it is a script, not a package). No Qt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def tool() -> ModuleType:
    loaded = sys.modules.get("translations_tool")
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# Every language with a committed catalogue: a new one is checked like the others.
SHIPPED: tuple[str, ...] = tuple(tool().shipped())
