"""Build the Debian package and the portable archive from the frozen app.

    python packaging/linux/build_deb.py [--onedir dist/backstretch] [--out dist]

Gives dist/backstretch_<version>_<arch>.deb (the onedir under /usr/lib/backstretch,
/usr/bin/backstretch, desktop file, hicolor icons, AppStream metainfo, copyright and
changelog) and dist/backstretch-<version>-linux-<machine>.tar.xz (the onedir with the
desktop file and icon beside it). Timestamps come from SOURCE_DATE_EPOCH when set.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "app"))

from backstretch import APP_ID, __version__  # noqa: E402
from backstretch.documents.app_icon import ICON_SIZES  # noqa: E402

PACKAGE = "backstretch"
MAINTAINER = "The Backstretch team <team@backstretch.org>"

# What the bundled Qt loads from the system rather than carrying itself: the C
# library, OpenGL/EGL through libglvnd (it must match the graphics driver), the X
# connection, the Wayland client libraries, the PulseAudio client, and a font.
DEPENDS = [
    "libgl1",
    "libegl1",
    "libxcb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "libpulse0",  # sound cues: the client library has to match the sound server
    # Base libraries taken from the system (packaging/trim.py says why).
    "libdbus-1-3",
    "libglib2.0-0",
    "libx11-6",
    "libx11-xcb1",
    "libgssapi-krb5-2",
    "libstdc++6 (>= 11)",  # Qt needs GLIBCXX_3.4.29
    "libgcc-s1",
    "zlib1g",
    "libbz2-1.0",
    "liblzma5",
    "libzstd1",
    "libexpat1",
    "libffi8",
    "libsqlite3-0",
    "libfreetype6",
    "libfontconfig1",
    "libpng16-16",
    "libxkbcommon0",
    # libxcb's extension libraries, for Qt's xcb platform and its GLX integration.
    "libxcb-glx0",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "fonts-dejavu-core | fonts-liberation2 | fonts-noto-core",
]
RECOMMENDS = [
    "dbus-user-session | dbus-x11",  # notifications and the tray go over D-Bus
    "speech-dispatcher, libspeechd2",  # spoken guidance (the option says when it is missing)
    # A real voice: without one, speech-dispatcher plays only its placeholder message.
    "speech-dispatcher-espeak-ng | speech-dispatcher-flite | speech-dispatcher-festival",
]

DESCRIPTION = """\
Description: gentle back stretches, guided phase by phase
 Backstretch coaches you through three gentle stretches for a stiff or painful
 back: the bottom-to-heel stretch, knee rolls and back extensions. Illustrated
 cards show the starting position, the movement, the repetitions and who should
 skip a stretch; a session shows every phase in large type with a moving figure
 and a countdown. Reminders bring you back at the times you choose.
"""


def epoch() -> int:
    return int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or int(
        subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        or 0
    )


def glibc_version() -> str:
    """The C library the build ran against: the frozen Python needs at least that."""
    name, version = platform.libc_ver()
    return version if name == "glibc" and version else "2.31"


def debian_arch() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _normalise_modes(tree: Path, executable: Path) -> None:
    """Directories 755, files 644; only the launcher runs (libraries need no x bit)."""
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or path == executable else 0o644)


def _gzip(source: Path, target: Path) -> None:
    """As `gzip -9n`: no file name or time inside, so the bytes depend on the text only."""
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed,
    ):
        packed.write(source.read_bytes())


def stage(onedir: Path, root: Path) -> None:
    """Lay out the installed file system under `root`."""
    lib = root / "usr" / "lib" / PACKAGE
    shutil.copytree(onedir, lib, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / PACKAGE).symlink_to(f"../lib/{PACKAGE}/{PACKAGE}")

    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ROOT / "assets" / "icons" / f"backstretch-{size}.png", folder / f"{APP_ID}.png")

    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(HERE / "copyright", doc / "copyright")
    _gzip(HERE / "changelog", doc / "changelog.gz")  # a native package: changelog.gz
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    _gzip(HERE / f"{PACKAGE}.1", man / f"{PACKAGE}.1.gz")
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copy(HERE / "lintian-overrides", overrides / PACKAGE)
    _normalise_modes(root, lib / PACKAGE)


def installed_size_kib(root: Path) -> int:
    """As dpkg counts it: 1 KiB per started KiB of each file, 1 per directory or link."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def write_control(root: Path, arch: str) -> None:
    import hashlib

    debian = root / "DEBIAN"
    debian.mkdir(mode=0o755)
    fields = {
        "Package": PACKAGE,
        "Version": __version__,
        "Architecture": arch,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_size_kib(root)),
        "Depends": ", ".join([f"libc6 (>= {glibc_version()})", *DEPENDS]),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "utils",
        "Priority": "optional",
    }
    control = "".join(f"{key}: {value}\n" for key, value in fields.items()) + DESCRIPTION
    (debian / "control").write_text(control)
    sums = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's format
            sums.append(f"{digest}  {path.relative_to(root)}\n")
    (debian / "md5sums").write_text("".join(sums))
    for path in debian.iterdir():
        path.chmod(0o644)


def _clamp_times(root: Path, when: int) -> None:
    for path in [root, *root.rglob("*")]:
        os.utime(path, (when, when), follow_symlinks=False)


def build_deb(onedir: Path, out: Path, level: int = 6) -> Path:
    arch = debian_arch()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        stage(onedir, root)
        write_control(root, arch)
        _clamp_times(root, epoch())
        deb = out / f"{PACKAGE}_{__version__}_{arch}.deb"
        subprocess.run(
            [
                "dpkg-deb",
                "--root-owner-group",
                "-Zxz",
                f"-z{level}",
                "--build",
                str(root),
                str(deb),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch())},
        )
    return deb


def build_tarball(onedir: Path, out: Path, level: int = 6) -> Path:
    """The onedir to unpack anywhere, with the desktop file and icon to add by hand."""
    top = f"{PACKAGE}-{__version__}"
    tarball = out / f"{top}-linux-{platform.machine()}.tar.xz"
    when = epoch()

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = when
        return info

    with tarfile.open(tarball, "w:xz", preset=level) as archive:
        archive.add(onedir, top, filter=owned_by_root)
        archive.add(
            HERE / f"{APP_ID}.desktop", f"{top}/share/{APP_ID}.desktop", filter=owned_by_root
        )
        archive.add(
            ROOT / "assets" / "icons" / "backstretch-256.png",
            f"{top}/share/{APP_ID}.png",
            filter=owned_by_root,
        )
    return tarball


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onedir", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-tarball", action="store_true")
    parser.add_argument(
        "--level", type=int, default=6, choices=range(10), help="xz level (tests use 1)"
    )
    args = parser.parse_args()
    if not (args.onedir / PACKAGE).is_file():
        parser.error(f"no frozen app at {args.onedir}: run PyInstaller first (make package)")
    args.out.mkdir(parents=True, exist_ok=True)
    # Both spend their time in xz, which releases the GIL: build them side by side.
    with ThreadPoolExecutor() as pool:
        jobs = [pool.submit(build_deb, args.onedir, args.out, args.level)]
        if not args.no_tarball:
            jobs.append(pool.submit(build_tarball, args.onedir, args.out, args.level))
        built = [job.result() for job in jobs]
    for path in built:
        print(f"{path.stat().st_size / 1e6:6.1f} MB  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
