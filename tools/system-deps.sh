#!/usr/bin/env bash
# Installs the Debian packages that running and testing Backstretch need, if missing.
#   tools/system-deps.sh run    libraries Qt needs to open a window
#   tools/system-deps.sh test   plus a virtual X server and tools the tests use
set -euo pipefail

run_packages=(
    python3-venv  # `make` creates .venv with it (Debian's python3 has no ensurepip)
    libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-randr0 fonts-dejavu-core
    libpulse0 libspeechd2  # sound cues and spoken guidance
    libglib2.0-0 libx11-6 libx11-xcb1 libgssapi-krb5-2  # taken from the system by the frozen build
)
test_packages=(
    xvfb xauth xdotool dbus-daemon dbus-x11 dunst trayer poppler-utils
    openbox x11-utils libglib2.0-bin  # reminders: a real window manager, xprop, GSettings schemas
    # building and checking the installers
    binutils dpkg-dev lintian desktop-file-utils appstream nsis xz-utils man-db
    # spoken guidance through a real engine, sound cues through a real sound server
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils
    pipewire pipewire-pulse wireplumber
    # a screen reader's view: the AT-SPI bus and its Python client
    at-spi2-core python3-pyatspi
    # hostile faults: a second local user (useradd), running as them (setpriv), a mount
    passwd util-linux mount
    # a real Wayland compositor, headless
    weston openbox
    # a StatusNotifierItem host (the tray on Wayland) for the tests, in the system Python
    python3-dbus python3-gi
)

wanted=("${run_packages[@]}")
if [ "${1:-run}" = "test" ]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian-based system: please install the equivalents of: ${missing[*]}" >&2
    exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "Please install (as root): apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
echo "Installing system packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
