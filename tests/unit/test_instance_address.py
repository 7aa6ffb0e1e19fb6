"""Where the instance socket lives: only in a folder provably the user's own."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from backstretch.platform import instance_address
from backstretch.platform.instance_address import (
    MAX_SOCKET_PATH,
    NoPrivateFolder,
    lock_path,
    private_folder_problem,
    server_name,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets only")
root_only = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0, reason="giving a folder away needs root"
)
UID = os.getuid() if hasattr(os, "getuid") else -1


@pytest.fixture
def places(monkeypatch):
    """No runtime folder from the session or logind; temporary folders in a fresh folder
    with a short path (pytest's own are too long to hold a socket)."""
    tmp_path = Path(tempfile.mkdtemp(prefix="bs-", dir="/tmp"))
    yield from _places(tmp_path, monkeypatch)
    shutil.rmtree(tmp_path)


def _places(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(instance_address, "RUN_USER", str(tmp_path / "run-user"))
    shared = tmp_path / "shared-tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    monkeypatch.setattr(instance_address, "SHARED_TEMP", str(shared))
    user_tmp = tmp_path / "user-tmp"
    user_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(user_tmp))
    yield tmp_path


def folder_of(name: str):
    return os.path.dirname(name)


def test_a_private_runtime_folder_is_used(places, monkeypatch):
    runtime = places / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert folder_of(server_name()) == str(runtime)


def test_without_a_runtime_folder_a_0700_folder_is_made_in_the_temporary_folder(places):
    name = server_name()
    folder = places / "user-tmp" / f"backstretch-{UID}"
    assert folder_of(name) == str(folder)
    info = os.lstat(folder)
    assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == UID
    assert lock_path(name).parent == folder


def test_a_runtime_folder_open_to_others_is_refused(places, monkeypatch):
    runtime = places / "runtime"
    runtime.mkdir()
    runtime.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert folder_of(server_name()) == str(places / "user-tmp" / f"backstretch-{UID}")


def test_a_symlink_planted_where_the_folder_goes_is_refused(places):
    target = places / "somewhere-else"
    target.mkdir(mode=0o700)
    (places / "user-tmp" / f"backstretch-{UID}").symlink_to(target)
    # The next candidate is used instead; the link and its target are left alone.
    assert folder_of(server_name()) == str(places / "shared-tmp" / f"backstretch-{UID}")
    assert list(target.iterdir()) == []


@root_only
def test_a_folder_made_by_another_user_is_refused(places):
    planted = places / "user-tmp" / f"backstretch-{UID}"
    planted.mkdir(mode=0o700)
    os.chown(planted, 65534, 65534)
    assert folder_of(server_name()) == str(places / "shared-tmp" / f"backstretch-{UID}")
    assert "another user" in private_folder_problem(planted)


def test_a_group_writable_folder_is_refused(places):
    planted = places / "user-tmp" / f"backstretch-{UID}"
    planted.mkdir()
    planted.chmod(0o770)
    assert "other users may open it" in private_folder_problem(planted)
    assert folder_of(server_name()) == str(places / "shared-tmp" / f"backstretch-{UID}")


def test_with_no_private_folder_left_the_reason_is_one_sentence(places):
    for base in ("user-tmp", "shared-tmp"):
        (places / base / f"backstretch-{UID}").write_text("in the way")
    with pytest.raises(NoPrivateFolder) as caught:
        server_name()
    message = str(caught.value)
    assert message.count("it is not a folder") == 2
    assert message.endswith("later launches start another.")


def test_a_runtime_folder_too_long_for_a_socket_gives_way_to_a_shorter_one(places, monkeypatch):
    runtime = places / ("r" * 90)
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = server_name()
    assert len(os.fsencode(name)) <= MAX_SOCKET_PATH
    assert not name.startswith(str(runtime))


def test_the_name_is_per_user_and_settings_folder(places):
    name = os.path.basename(server_name())
    assert name.startswith("backstretch-") and len(name) > 14
    assert server_name(Path("/a")) != server_name(Path("/b"))
    assert server_name(Path("/a")) == server_name(Path("/a"))  # every launch agrees


def test_the_name_is_the_one_earlier_versions_listen_on(places, monkeypatch):
    # Earlier versions named the socket with getpass and hashlib (OpenSSL): a launch of
    # this version must find a running older one, and the other way round.
    import getpass
    import hashlib

    for user in ("someone", None):
        if user is None:
            for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
                monkeypatch.delenv(variable, raising=False)  # the password database
        else:
            monkeypatch.setenv("LOGNAME", user)
        key = f"{getpass.getuser()}\n/a/settings"
        expected = f"backstretch-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
        assert os.path.basename(server_name(Path("/a/settings"))) == expected


def test_the_digest_is_sha256_without_openssl():
    import hashlib
    import subprocess
    import sys

    from backstretch.digest import sha256

    digest = sha256(b"user\n/home/user/.config/backstretch")
    digest.update(b" and more")
    expected = hashlib.sha256(b"user\n/home/user/.config/backstretch and more").hexdigest()
    assert digest.hexdigest() == expected  # names made by older versions still match
    probe = "import sys; from backstretch.digest import sha256; sha256(b'x'); "
    probe += "print('_hashlib' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "False"
