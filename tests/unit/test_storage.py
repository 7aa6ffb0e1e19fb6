"""The one reader and the one writer: what they take in, what they refuse, and that
nothing they could not read is ever written over."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from backstretch.storage import (
    MAX_FILE_BYTES,
    JsonStore,
    StorageError,
    Unreadable,
    atomic_write_text,
    parse_json,
    read_text,
    write_user_file,
)

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and devices are Unix")
not_root = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions do not stop root"
)


@pytest.fixture
def no_hang():
    """Fail a test that blocks instead of answering (a FIFO read waits for a writer)."""
    if sys.platform == "win32":
        yield
        return

    def stuck(*_):
        raise TimeoutError("blocked for 5 s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(5)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def bad_copies(folder, name="settings.json"):
    return sorted(folder.glob(f"{name}.bad-*"))


# -- what cannot be read is set aside, byte for byte, before any save --------------------

UNREADABLE_CONTENT = {
    "latin-1 byte": '{"routine": {"note": "caf\xe9"}}'.encode("latin-1"),
    "utf-16 as Notepad saves it": '{"routine": {}}'.encode("utf-16"),
    "not json": b"{ not json",
    "a list, not an object": b"[1, 2, 3]",
    "4,300-digit integer": b'{"volume": ' + b"7" * 4300 + b"}",
    "200,000 nested brackets": b"[" * 200_000,
    "nan": b'{"volume": NaN}',
    "infinite float": b'{"volume": 1e999}',
    "larger than the limit": b'{"a": "' + b"x" * (MAX_FILE_BYTES + 10) + b'"}',
}


@pytest.mark.parametrize("content", UNREADABLE_CONTENT.values(), ids=UNREADABLE_CONTENT.keys())
def test_content_that_cannot_be_read_is_set_aside_and_never_overwritten(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    store = JsonStore(path)
    data, message = store.load()
    assert data == {}
    assert message is not None and "set aside" in message and message.endswith(".")
    [backup] = bad_copies(tmp_path)
    assert backup.read_bytes() == content
    store.save({"routine": {}})
    assert backup.read_bytes() == content  # the save wrote a new file, not over the copy
    assert json.loads(path.read_text()) == {"routine": {}}


@unix_only
def test_a_fifo_is_refused_at_once_and_set_aside(tmp_path, no_hang):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    data, message = JsonStore(path).load()
    assert data == {} and "FIFO" in message
    [backup] = bad_copies(tmp_path)
    assert stat.S_ISFIFO(os.lstat(backup).st_mode)


@unix_only
def test_a_symlink_to_dev_zero_is_not_read(tmp_path, no_hang):
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    data, message = JsonStore(path).load()
    assert data == {} and "device" in message
    assert os.path.exists("/dev/zero")  # the link was moved aside, the device untouched


@not_root
def test_a_file_that_cannot_be_opened_is_set_aside(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"routine": {}}')
    path.chmod(0)
    data, message = JsonStore(path).load()
    assert data == {} and "permission" in message and "set aside" in message
    assert len(bad_copies(tmp_path)) == 1


@not_root
def test_what_cannot_be_read_nor_set_aside_is_never_written_over(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "settings.json"
    path.write_bytes(b"\xff\xfe{")
    folder.chmod(0o555)
    try:
        store = JsonStore(path)
        _, message = store.load()
        assert "not saved" in message
        with pytest.raises(StorageError, match="left as it is"):
            store.save({"routine": {}})
    finally:
        folder.chmod(0o755)
    assert path.read_bytes() == b"\xff\xfe{"


def test_a_byte_order_mark_is_allowed(tmp_path):
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{"a": 1}')
    assert JsonStore(path).load() == ({"a": 1}, None)


def test_a_missing_file_is_no_problem(tmp_path):
    assert JsonStore(tmp_path / "settings.json").load() == ({}, None)


# -- values the owner ignores: a copy before the first save that changes the file -------


def test_keep_original_copies_the_file_as_loaded_before_the_first_changing_save(tmp_path):
    path = tmp_path / "settings.json"
    original = b'{"guidance": {"volume": "loud"}}'
    path.write_bytes(original)
    store = JsonStore(path)
    store.load()
    store.keep_original()
    store.save({"guidance": {"volume": 70}})
    [backup] = bad_copies(tmp_path)
    assert backup.read_bytes() == original
    store.save({"guidance": {"volume": 50}})
    assert len(bad_copies(tmp_path)) == 1  # once: later saves are the user's own


def test_keep_original_makes_no_copy_when_the_save_changes_nothing(tmp_path):
    path = tmp_path / "state.json"
    store = JsonStore(path)
    store.save({"a": 1})
    store.load()
    store.keep_original()
    store.save({"a": 1})
    assert bad_copies(tmp_path, "state.json") == []


def test_without_keep_original_no_copy_is_made(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"a": 1}')
    store = JsonStore(path)
    store.load()
    store.save({"a": 2})
    assert bad_copies(tmp_path) == []


# -- the writer ------------------------------------------------------------------------


@unix_only
def test_saving_through_a_symlink_keeps_the_link_and_writes_its_target(tmp_path):
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    JsonStore(link).save({"a": 1})
    assert link.is_symlink()
    assert json.loads(real.read_text()) == {"a": 1}


@unix_only
def test_a_save_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{}")
    path.chmod(0o644)
    atomic_write_text(path, "{}\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_file_where_the_folder_should_be_is_one_sentence(tmp_path):
    (tmp_path / "config").write_text("not a folder")
    with pytest.raises(StorageError) as caught:
        JsonStore(tmp_path / "config" / "settings.json").save({})
    assert str(caught.value) == (
        f"Could not save settings.json in {tmp_path / 'config'}: "
        f"a file is in the way of the folder {tmp_path / 'config'}."
    )


def test_a_missing_folder_under_a_file_is_one_sentence(tmp_path):
    (tmp_path / "home").write_text("not a folder")
    with pytest.raises(StorageError, match=r"a file is in the way of the folder .*\.$"):
        atomic_write_text(tmp_path / "home" / ".config" / "backstretch" / "settings.json", "{}")


@not_root
def test_a_read_only_folder_is_one_sentence_and_leaves_no_temporary_file(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match=r"permission to write there was refused\.$"):
            atomic_write_text(folder / "settings.json", "{}")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_stray_temporary_files_from_a_killed_save_are_removed(tmp_path):
    path = tmp_path / "settings.json"
    strays = [tmp_path / f".settings.json.{n:08x}.tmp" for n in range(6)]
    old = time.time() - 3600
    for stray in strays:
        stray.write_text("half a save")
        os.utime(stray, (old, old))
    fresh = tmp_path / ".settings.json.fresh.tmp"  # may be a save in progress elsewhere
    fresh.write_text("in progress")
    other = tmp_path / ".state.json.00000000.tmp"  # another file's: not ours to judge
    other.write_text("x")
    os.utime(other, (old, old))
    atomic_write_text(path, "{}")
    assert not any(stray.exists() for stray in strays)
    assert fresh.exists() and other.exists()


@unix_only
def test_a_temporary_file_of_a_process_that_is_gone_is_removed_at_once(tmp_path):
    path = tmp_path / "settings.json"
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    dead = tmp_path / f".settings.json.{gone.stdout.strip()}-0badc0de.tmp"
    dead.write_text("half a save")
    alive = tmp_path / f".settings.json.{os.getppid()}-0badc0de.tmp"  # a save in progress
    alive.write_text("in progress")
    atomic_write_text(path, "{}")
    assert not dead.exists() and alive.exists()


# -- files the user chose ----------------------------------------------------------------


@unix_only
@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_target_is_refused_even_for_root(device):
    before = os.stat(device)
    with pytest.raises(StorageError, match=r"is a device, not a regular file"):
        write_user_file(__import__("pathlib").Path(device), b"data")
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@unix_only
def test_a_fifo_target_is_refused_and_stays_a_fifo(tmp_path, no_hang):
    target = tmp_path / "history.csv"
    os.mkfifo(target)
    with pytest.raises(StorageError, match="FIFO"):
        write_user_file(target, b"data")
    assert stat.S_ISFIFO(os.lstat(target).st_mode)


@unix_only
def test_a_symlink_to_a_regular_file_is_followed_and_kept(tmp_path):
    real = tmp_path / "exports" / "history.csv"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "history.csv"
    link.symlink_to(real)
    write_user_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@unix_only
def test_a_symlink_to_a_device_is_refused(tmp_path):
    link = tmp_path / "history.csv"
    link.symlink_to("/dev/null")
    with pytest.raises(StorageError, match="device"):
        write_user_file(link, b"new")
    assert link.is_symlink()


def test_a_user_file_that_fails_its_check_leaves_the_old_one(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the old sheet")
    with pytest.raises(StorageError, match="old file was kept"):
        write_user_file(target, b"not a pdf", check=lambda data: data.startswith(b"%PDF"))
    assert target.read_bytes() == b"the old sheet"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


@unix_only
def test_a_new_user_file_gets_the_umask_permissions(tmp_path):
    previous = os.umask(0o022)
    try:
        write_user_file(tmp_path / "history.csv", b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "history.csv").stat().st_mode) == 0o644


# -- the parser on its own ---------------------------------------------------------------


def test_parse_json_gives_a_reason_a_person_can_read():
    with contextlib.suppress(Unreadable):
        parse_json("[" * 200_000)
        pytest.fail("deep nesting was accepted")
    with pytest.raises(Unreadable, match="4300 digits"):
        parse_json("9" * 4300)
    assert parse_json('{"a": [1, 2.5, "x", null, true]}') == {"a": [1, 2.5, "x", None, True]}


def test_read_text_refuses_a_folder(tmp_path):
    with pytest.raises(Unreadable, match="folder"):
        read_text(tmp_path)
