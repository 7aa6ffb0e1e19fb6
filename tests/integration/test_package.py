"""The build users install: the frozen app, the .deb, the portable archive, the icons.

Builds everything once per run (PyInstaller, then packaging/linux/build_deb.py at a fast
xz level), checks it with the tools Debian uses (desktop-file-validate, appstreamcli,
lintian), unpacks the package into a temporary root and runs the installed program's
self-test. As root on a Debian system it also installs the package for real with apt
(pulling its Depends) and removes it again.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from backstretch import APP_ID, __version__
from backstretch.documents.app_icon import ICON_SIZES
from tests.helpers.sound import loudness, prepare_home, run_and_record, sound_server

pytestmark = [
    pytest.mark.integration,
    # The first test here pays for the build: PyInstaller, then the .deb, each allowed up
    # to 15 minutes below; the apt round trip needs up to 20.
    pytest.mark.timeout(1860),
]

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
SELF_TEST_CHECKS = 13
# What the self-test's language line says under LANGUAGE=xx, in that language.
SPEAKS = {
    "de": "spricht Deutsch (backstretch_de.qm, Qt-Dialoge: qtbase_de.qm)",
    "es": "habla Español (backstretch_es.qm, diálogos de Qt: qtbase_es.qm)",
    "fr": "parle Français (backstretch_fr.qm, dialogues Qt : qtbase_fr.qm)",
}


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (tools/system-deps.sh test installs them)")


def offscreen_env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home))
    env.pop("BACKSTRETCH_BUNDLE", None)  # the build must find its own files
    return env


def self_test(
    program: Path | str, home: Path, language: str = ""
) -> subprocess.CompletedProcess[str]:
    env = offscreen_env(home)
    if language:
        env.update(LANGUAGE=language, LANG="C.UTF-8")
    return subprocess.run(
        [str(program), "--self-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_self_test_passed(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("ok    ") for line in lines) == SELF_TEST_CHECKS, result.stdout
    assert lines[-1] == "all checks passed"


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    need("dpkg-deb", "ldd", "strip")
    out = tmp_path_factory.mktemp("build")
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
            "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
            str(PACKAGING / "backstretch.spec"),
        ],
        check=True, cwd=ROOT, timeout=900,
    )  # fmt: skip
    onedir = out / "dist" / "backstretch"
    subprocess.run(
        [
            sys.executable, str(LINUX / "build_deb.py"),
            "--onedir", str(onedir), "--out", str(out / "packages"), "--level", "1",
        ],
        check=True, timeout=900,
    )  # fmt: skip
    return onedir, out / "packages"


@pytest.fixture(scope="module")
def deb(build):
    _, packages = build
    (found,) = packages.glob("*.deb")
    return found


def test_the_frozen_app_passes_its_self_test(build, tmp_path):
    onedir, _ = build
    assert_self_test_passed(self_test(onedir / "backstretch", tmp_path))


def test_the_frozen_app_plays_its_cues_through_a_sound_server(build, tmp_path):
    onedir, _ = build
    home = tmp_path / "home"
    prepare_home(home, sound=True)
    with sound_server(tmp_path / "pulse") as env:
        result = run_and_record(
            home, env, tmp_path / "heard.raw", program=[str(onedir / "backstretch")]
        )
    assert result.returncode == 0, result.stderr
    seconds, peak = loudness(tmp_path / "heard.raw")
    assert seconds > 8 and peak > 3000, (seconds, peak)


def test_the_frozen_app_leaves_out_what_it_does_not_use(build):
    onedir, _ = build
    internal = onedir / "_internal"
    names = {path.name for path in internal.rglob("*")}
    for unwanted in ("libqgtk3.so", "libqeglfs.so", "libqvnc.so", "libgtk-3.so.0", "PIL"):
        assert unwanted not in names
    # Taken from the system, whose copy every other program shares (packaging/trim.py).
    for system in ("libstdc++.so.6", "libsqlite3.so.0", "libfreetype.so.6", "libxcb-xkb.so.1"):
        assert system not in names
    qt_catalogues = {path.name for path in (internal / "PySide6").rglob("translations/*.qm")}
    assert qt_catalogues == {f"qtbase_{language}.qm" for language in SPEAKS}
    assert not list(internal.rglob("*.ts"))
    assert not list(internal.rglob("*en_XA*"))  # the pseudo-language is for the tests
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    kept = {path.name for path in plugins.iterdir()}
    assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= kept


def test_every_library_of_the_frozen_app_finds_the_libraries_it_needs(build):
    """In the build or on the system: a plugin whose library was left out would fail to
    load without a word (as GNOME's Wayland decorations did without QtSvg)."""
    onedir, _ = build
    internal = onedir / "_internal"
    # The launcher puts its folder first on the search path, as here.
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = {}
    for path in [onedir / "backstretch", *internal.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        listed = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        ).stdout
        unresolved = [line.split()[0] for line in listed.splitlines() if "not found" in line]
        if unresolved:
            missing[str(path.relative_to(onedir))] = unresolved
    assert missing == {}


def test_the_frozen_app_starts_as_fast_as_from_source(build, tmp_path):
    """Both under the same conditions, best of five: the build must not be slower."""
    import time

    onedir, _ = build
    commands = {
        "frozen": [str(onedir / "backstretch")],
        "source": [sys.executable, "-m", "backstretch"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(5):  # taking turns, so a busy moment on the machine hits both alike
        for name, command in commands.items():
            started = time.perf_counter()
            result = subprocess.run(
                [*command, "--exit-after-first-frame"],
                env=offscreen_env(tmp_path),
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            times[name].append(time.perf_counter() - started)
            assert "first-frame" in result.stdout, result.stderr
    frozen_time, source_time = min(times["frozen"]), min(times["source"])
    # A margin for noise on a shared machine; a real regression (unpacking, a slow
    # import path) costs far more than this.
    assert frozen_time <= source_time * 1.25 + 0.05, times


def test_the_desktop_file_and_metainfo_validate():
    need("desktop-file-validate", "appstreamcli")
    desktop = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert desktop.returncode == 0 and desktop.stdout.strip() == "", desktop.stdout
    metainfo = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert metainfo.returncode == 0, metainfo.stdout + metainfo.stderr


def test_lintian_finds_no_errors_or_warnings(deb):
    need("lintian")
    result = subprocess.run(
        ["lintian", "--fail-on", "error,warning", str(deb)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_control_file_says_what_the_package_needs(deb):
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    control = dict(
        line.split(": ", 1) for line in fields.splitlines() if ": " in line and line[0] != " "
    )
    assert control["Package"] == "backstretch"
    assert control["Version"] == __version__
    for library in ("libc6 (>=", "libgl1", "libegl1", "libxcb1", "libwayland-client0", "libpulse0"):
        assert library in control["Depends"]
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    owners = {line.split()[1] for line in contents.splitlines()}
    assert owners == {"root/root"}
    sizes = sum(int(line.split()[2]) for line in contents.splitlines() if line[0] == "-")
    # Installed-Size is in KiB and counts every started KiB, so it is a little more.
    assert sizes / 1024 <= int(control["Installed-Size"]) <= sizes / 1024 * 1.02 + 400


def test_the_unpacked_package_runs_and_has_every_file(deb, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    expected = [
        "usr/bin/backstretch",
        "usr/lib/backstretch/backstretch",
        f"usr/share/applications/{APP_ID}.desktop",
        f"usr/share/metainfo/{APP_ID}.metainfo.xml",
        "usr/share/doc/backstretch/copyright",
        "usr/share/doc/backstretch/changelog.gz",
        "usr/share/man/man1/backstretch.1.gz",
        "usr/share/lintian/overrides/backstretch",
        *(f"usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in ICON_SIZES),
    ]
    missing = [path for path in expected if not (root / path).exists()]
    assert missing == []
    assert (root / "usr/bin/backstretch").is_symlink()
    assert_self_test_passed(self_test(root / "usr/bin/backstretch", tmp_path / "home"))


def _language_line(result: subprocess.CompletedProcess[str]) -> str:
    assert_self_test_passed(result)
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("ok    language: ")]
    return line.removeprefix("ok    language: ").rsplit(" (", 1)[0]


def test_the_frozen_build_and_the_package_speak_each_language(build, deb, tmp_path):
    onedir, _ = build
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    installed = root / "usr" / "lib" / "backstretch" / "_internal"
    for language, speaks in SPEAKS.items():
        for internal in (onedir / "_internal", installed):
            catalogue = internal / "resources" / "translations" / f"backstretch_{language}.qm"
            assert catalogue.is_file() and catalogue.stat().st_size > 1000
            assert (internal / "resources" / "translations" / language / "routine.toml").is_file()
        frozen = self_test(onedir / "backstretch", tmp_path / language, language)
        assert _language_line(frozen) == speaks
        package = self_test(root / "usr" / "bin" / "backstretch", tmp_path / language, language)
        assert _language_line(package) == speaks


def test_the_portable_archive_unpacks_and_runs(build, tmp_path):
    _, packages = build
    (archive,) = packages.glob("*.tar.xz")
    with tarfile.open(archive) as tar:
        members = tar.getmembers()
        assert {m.uname for m in members} == {"root"}
        tar.extractall(tmp_path, filter="tar")
    top = tmp_path / f"backstretch-{__version__}"
    assert (top / "share" / f"{APP_ID}.desktop").exists()
    assert_self_test_passed(self_test(top / "backstretch", tmp_path / "home"))


def _can_install_for_real() -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("apt-get") is None:
        return False
    installed = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "backstretch"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return "install ok installed" not in installed.stdout  # never touch a user's copy


def test_apt_installs_runs_and_removes_the_package(deb, tmp_path):
    if not _can_install_for_real():
        pytest.skip("installing for real needs root, apt-get and no installed backstretch")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb)],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )  # fmt: skip
    try:
        assert install.returncode == 0, install.stdout + install.stderr
        assert_self_test_passed(self_test("/usr/bin/backstretch", tmp_path))
        listed = subprocess.run(
            ["dpkg", "-L", "backstretch"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        assert f"/usr/share/applications/{APP_ID}.desktop" in listed
    finally:
        subprocess.run(
            ["apt-get", "remove", "-y", "-qq", "backstretch"],
            capture_output=True, env=env, timeout=300, check=False,
        )  # fmt: skip
    assert not Path("/usr/lib/backstretch").exists()
    assert not Path("/usr/bin/backstretch").exists()


def test_the_frozen_app_paints_its_window_on_a_real_x_server(build, tmp_path):
    """The xcb platform with the system's X libraries, as on a user's desktop."""
    need("Xvfb")
    onedir, _ = build
    number = 500 + os.getpid() % 300
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        socket = Path(f"/tmp/.X11-unix/X{number}")
        for _ in range(100):
            if socket.exists():
                break
            subprocess.run(["sleep", "0.05"], check=True)
        env = dict(offscreen_env(tmp_path), QT_QPA_PLATFORM="xcb", DISPLAY=f":{number}")
        result = subprocess.run(
            [str(onedir / "backstretch"), "--exit-after-first-frame"],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert result.returncode == 0 and "first-frame" in result.stdout, result.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)
