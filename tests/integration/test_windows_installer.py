"""The Windows installer script compiles with makensis (which also runs on Linux).

The payload is a stand-in for the PyInstaller onedir build: this checks the script, not
the frozen app, so it runs wherever NSIS is installed (`apt-get install nsis`).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from backstretch import __version__

MAKENSIS = shutil.which("makensis")
SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "windows" / "backstretch.nsi"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(360),  # makensis may take up to five minutes (below)
    pytest.mark.skipif(MAKENSIS is None, reason="makensis (NSIS) is not on PATH"),
]


def test_installer_compiles_without_warnings(tmp_path):
    payload = tmp_path / "backstretch"
    (payload / "_internal").mkdir(parents=True)
    (payload / "backstretch.exe").write_bytes(b"MZ stand-in")
    (payload / "_internal" / "x.txt").write_text("stand-in")
    icon = tmp_path / "backstretch.ico"
    Image.new("RGBA", (64, 64), (40, 110, 180, 255)).save(icon, sizes=[(16, 16), (32, 32)])
    # The name the release uses; plain "setup.exe" earns makensis warning 9000.
    setup = tmp_path / f"Backstretch-{__version__}-setup.exe"

    result = subprocess.run(
        [
            MAKENSIS, "-V2", "-WX",
            f"-DVERSION={__version__}",
            f"-DPAYLOAD={payload}",
            f"-DICON={icon}",
            f"-DOUTFILE={setup}",
            str(SCRIPT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.read_bytes()[:2] == b"MZ"


def test_a_missing_build_is_named_in_the_error(tmp_path):
    result = subprocess.run(
        [MAKENSIS, "-V1", f"-DPAYLOAD={tmp_path / 'nothing'}", str(SCRIPT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode != 0
    assert "run PyInstaller first" in result.stdout + result.stderr
