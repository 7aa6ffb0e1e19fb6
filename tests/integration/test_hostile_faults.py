"""Real faults, as users meet them: a full or read-only disk, a database held by another
program, a FIFO or a device where a file should be, and another local user who plants
files or connects to the socket. Each checks the promise in docs/reliability.md it
holds: the app tells the user in one sentence, loses nothing, and lets no one else in.

To add a fault: build it in tests/helpers/faults.py, then test the app against it here
through a real process where the user would meet it through one.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from backstretch.history import HistoryStore
from backstretch.storage import JsonStore, StorageError
from tests.helpers.faults import (
    database_held_by_another_process,
    fill,
    make_read_only,
    needs_root,
    other_user,
    tiny_filesystem,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX faults"),
]
APP = Path(__file__).resolve().parents[2] / "app"


def run_app(*args: str, home: Path, timeout: float = 120, **extra_env: str):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home), **extra_env)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    return subprocess.run(
        [sys.executable, "-m", "backstretch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("backstretch: ")]


def record_one_session(home: Path) -> None:
    with HistoryStore.open(home / "history.sqlite3") as store:
        session = store.start_session(datetime(2026, 3, 2, 9, tzinfo=UTC), {}, [("knee-rolls", 2)])
        store.record_repetition(session, "knee-rolls", 1, datetime(2026, 3, 2, 9, 1, tzinfo=UTC))
        store.finish_session(session, datetime(2026, 3, 2, 9, 5, tzinfo=UTC), finished=False)


# -- a full or read-only disk --------------------------------------------------------------


@needs_root
def test_a_save_on_a_full_disk_is_one_sentence_and_keeps_the_old_file():
    with tiny_filesystem() as disk:
        path = disk / "settings.json"
        path.write_text('{"old": true}\n')
        fill(disk)
        with pytest.raises(StorageError) as caught:
            JsonStore(path).save({"new": "x" * 10_000})
        assert str(caught.value) == f"Could not save settings.json in {disk}: the disk is full."
        assert path.read_text() == '{"old": true}\n'
        assert not list(disk.glob(".settings.json.*.tmp"))


@needs_root
def test_a_save_on_a_read_only_disk_is_one_sentence():
    with tiny_filesystem() as disk:
        (disk / "config").mkdir()
        make_read_only(disk)
        with pytest.raises(StorageError) as caught:
            JsonStore(disk / "config" / "settings.json").save({})
        assert str(caught.value).endswith(": the disk is read-only.")
        with pytest.raises(StorageError, match=r"the disk is read-only\.$"):
            JsonStore(disk / "missing" / "settings.json").save({})  # its folder cannot be made


@needs_root
def test_print_sheet_on_a_full_disk_fails_honestly_and_keeps_the_old_sheet(tmp_path):
    with tiny_filesystem(size_kb=512) as disk:
        sheet = disk / "sheet.pdf"
        sheet.write_bytes(b"%PDF-1.4 the old sheet %%EOF")
        fill(disk)
        result = run_app("--print-sheet", str(sheet), home=tmp_path / "home")
        assert result.returncode == 1  # was 0, with "Wrote 4 page(s)"
        assert "Wrote" not in result.stdout
        assert messages(result.stderr) == [
            f"backstretch: Could not save sheet.pdf in {disk}: the disk is full."
        ]
        assert sheet.read_bytes() == b"%PDF-1.4 the old sheet %%EOF"


@needs_root
def test_export_history_on_a_full_disk_fails_honestly_and_keeps_the_old_export(tmp_path):
    home = tmp_path / "home"
    for _ in range(50):
        record_one_session(home)
    with tiny_filesystem(size_kb=64) as disk:
        target = disk / "history.csv"
        target.write_text("the old export\n")
        fill(disk)
        result = run_app("--export-history", str(target), home=home)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert messages(result.stderr)[-1].endswith(": the disk is full.")
        assert target.read_text() == "the old export\n"


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_print_sheet_and_export_refuse_a_device_even_as_root(tmp_path, device):
    home = tmp_path / "home"
    record_one_session(home)
    before = os.stat(device)
    for option in ("--print-sheet", "--export-history"):
        result = run_app(option, device, home=home)
        assert result.returncode == 1, result.stderr
        assert messages(result.stderr) == [
            f"backstretch: {device} is a device, not a regular file, so nothing was written there."
        ]
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


def test_export_to_a_fifo_is_refused_without_blocking(tmp_path):
    home = tmp_path / "home"
    record_one_session(home)
    fifo = tmp_path / "history.csv"
    os.mkfifo(fifo)
    result = run_app("--export-history", str(fifo), home=home, timeout=30)
    assert result.returncode == 1 and "FIFO" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_phase_log_on_a_device_is_refused_before_anything_starts(tmp_path):
    # /dev/full takes the open and fails every write, which would only show mid-routine.
    result = run_app(
        "--start", "--exercise", "knee-rolls", "--speed", "1000", "--quit-after-routine",
        "--phase-log", "/dev/full", home=tmp_path / "home",
    )  # fmt: skip
    assert result.returncode == 2
    assert "Cannot write the phase log to /dev/full: it is a device." in result.stderr
    assert "Traceback" not in result.stderr


# -- a FIFO or a device where a file should be ---------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "/dev/zero symlink"])
def test_settings_that_are_not_a_regular_file_neither_hang_nor_fill_memory(tmp_path, kind):
    home = tmp_path / "home"
    home.mkdir()
    settings = home / "settings.json"
    if kind == "fifo":
        os.mkfifo(settings)
    else:
        settings.symlink_to("/dev/zero")
    started = time.monotonic()
    result = run_app("--print-sheet", str(tmp_path / "sheet.pdf"), home=home, timeout=60)
    assert result.returncode == 0, result.stderr  # was: a hang, or killed for memory
    assert time.monotonic() - started < 60
    assert any("set aside" in line for line in messages(result.stderr))
    assert len(list(home.glob("settings.json.bad-*"))) == 1


# -- hostile history files, through --export-history -----------------------------------------


@pytest.mark.parametrize("version", [-3, -1])
def test_export_history_with_a_negative_schema_version_sets_it_aside(tmp_path, version):
    home = tmp_path / "home"
    record_one_session(home)
    with sqlite3.connect(home / "history.sqlite3") as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    connection.close()
    result = run_app("--export-history", str(tmp_path / "out.csv"), home=home)
    assert result.returncode == 0 and "Traceback" not in result.stderr  # was IndexError
    assert any(f"version {version}" in line for line in messages(result.stderr))
    assert "another Backstretch" not in result.stderr
    assert len(list(home.glob("history.sqlite3.bad-*"))) >= 1


def test_export_history_with_garbage_rows_exports_the_rest_and_says_so(tmp_path):
    home = tmp_path / "home"
    record_one_session(home)
    record_one_session(home)
    with sqlite3.connect(home / "history.sqlite3") as connection:
        connection.execute("UPDATE sessions SET started_at = 'garbage' WHERE id = 1")
    connection.close()
    result = run_app("--export-history", str(tmp_path / "out.csv"), home=home)
    assert result.returncode == 0 and "Traceback" not in result.stderr  # was a traceback
    assert result.stdout.strip() == f"Wrote 1 session(s) to {tmp_path / 'out.csv'}"
    assert any("left out 1 session(s)" in line for line in messages(result.stderr))


def test_export_history_while_another_program_holds_the_database(tmp_path):
    home = tmp_path / "home"
    record_one_session(home)
    with database_held_by_another_process(home / "history.sqlite3"):
        started = time.monotonic()
        result = run_app("--export-history", str(tmp_path / "out.csv"), home=home)
        assert time.monotonic() - started < 60
    assert result.returncode == 0, result.stderr  # a reader is not blocked by the lock
    assert (tmp_path / "out.csv").read_text().count("\n") == 2


# -- another local user ----------------------------------------------------------------------


@pytest.fixture
def reachable(tmp_path):
    """A fresh folder the other user can reach (pytest's own are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="bs-", dir="/tmp"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@needs_root
def test_a_file_the_reader_may_not_open_is_set_aside_not_overwritten(reachable):
    """Permissions hold even when the reader is not root: run the reader as a user."""
    user = other_user()
    folder = reachable / "config"
    folder.mkdir()
    user.give(folder)
    settings = folder / "settings.json"
    settings.write_text('{"routine": {}}')
    user.give(settings)
    settings.chmod(0)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(APP)!r})
        from pathlib import Path
        from backstretch.storage import JsonStore
        data, message = JsonStore(Path({str(settings)!r})).load()
        print(message)
        """
    )
    result = subprocess.run(
        user.command([sys.executable, "-c", script]), capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "permission to read it was refused" in result.stdout and "set aside" in result.stdout
    [backup] = folder.glob("settings.json.bad-*")
    assert backup.read_text() == '{"routine": {}}'  # (we are root: we can read it back)


SERVER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from backstretch.platform.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(sys.argv[1])
assert server.listen()
import os
os.chmod(sys.argv[1], 0o777)  # as an attacker would wish: anyone may connect
server.request_received.connect(lambda request: print("request", request, flush=True))
print("listening", flush=True)
QTimer.singleShot(int(sys.argv[2]), app.quit)
app.exec()
"""

CONNECT_AND_SEND = """
import socket, sys
client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
client.settimeout(5)
client.connect(sys.argv[1])
try:  # dropped at once, the send itself may already find the line cut
    client.sendall(b'{"version": 1, "start": true, "exercise": null, "hidden": false}\\n')
    print("answer", client.recv(100), flush=True)
except OSError as exc:
    print("answer error", exc, flush=True)
"""


@needs_root
def test_a_connection_from_another_user_is_dropped_before_it_is_read(reachable):
    user = other_user()
    name = str(reachable / "sock")  # where the other user can reach it, unlike ours
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(APP))
    with subprocess.Popen(
        [sys.executable, "-c", SERVER, name, "4000"], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    ) as server:  # fmt: skip
        assert server.stdout is not None and server.stdout.readline().strip() == "listening"
        intruder = subprocess.run(
            user.command(["/usr/bin/python3", "-c", CONNECT_AND_SEND, name]),
            capture_output=True, text=True, check=False, timeout=30,
        )  # fmt: skip
        assert intruder.stdout.startswith("answer"), intruder.stderr
        assert "b'ok\\n'" not in intruder.stdout  # hung up on, never answered
        ours = subprocess.run(
            [sys.executable, "-c", CONNECT_AND_SEND, name], capture_output=True, text=True,
            check=False, timeout=30,
        )  # fmt: skip
        assert "b'ok\\n'" in ours.stdout
        out, err = server.communicate(timeout=30)
    assert out.count("request") == 1  # ours only
    assert f"a connection from uid {user.uid} dropped" in err


@needs_root
def test_another_users_planted_folder_neither_silences_nor_diverts_our_launches(
    reachable, tmp_path
):
    """The other user makes our fallback folder first, open to all, with a lock and a
    socket of their own in it (the name is computable). Our launches must not hand their
    requests to it, and must still end up in one instance of ours."""
    user = other_user()
    temp = reachable / "tmp"
    temp.mkdir()
    temp.chmod(0o1777)
    home = tmp_path / "home"
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", BACKSTRETCH_HOME=str(home), TMPDIR=str(temp)
    )
    env.pop("XDG_RUNTIME_DIR", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # The name in the folder is the same wherever the folder is: ask it of a private one.
    private = tmp_path / "runtime"
    private.mkdir(mode=0o700)
    leaf = subprocess.run(
        [sys.executable, "-c",
         "import os; from backstretch.platform.instance_address import server_name; "
         "print(os.path.basename(server_name()))"],
        env=dict(env, XDG_RUNTIME_DIR=str(private)), capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    planted = temp / f"backstretch-{os.getuid()}"
    # Traps where a name can be computed: the folder we would make, and (where earlier
    # versions put it) straight in the temporary folder. Each: a lock naming a live
    # process (pid 1) and a socket anyone may connect to.
    trap = textwrap.dedent(
        f"""
        import os, select, socket
        os.mkdir({str(planted)!r}); os.chmod({str(planted)!r}, 0o777)
        servers = []
        for path in ({str(planted / leaf)!r}, {str(temp / leaf)!r}):
            open(path + ".lock", "w").write("1\\nbackstretch\\nhost\\n")
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            server.bind(path); os.chmod(path, 0o777); server.listen(50)
            servers.append(server)
        print("ready", flush=True)
        while True:
            for server in select.select(servers, [], [], 30)[0]:
                connection, _ = server.accept()
                print("caught", connection.recv(4096), flush=True)
        """
    )
    intruder = subprocess.Popen(
        user.command(["/usr/bin/python3", "-c", trap]), stdout=subprocess.PIPE, text=True
    )
    first = None
    try:
        assert intruder.stdout is not None and intruder.stdout.readline().strip() == "ready"
        first = subprocess.Popen(
            [sys.executable, "-m", "backstretch"], env=env, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        ours = Path(subprocess.run(
            [sys.executable, "-c",
             "from backstretch.platform.instance_address import server_name; "
             "print(server_name())"],
            env=env, capture_output=True, text=True, check=True,
        ).stdout.strip())  # fmt: skip
        assert ours.parent != planted and ours.parent != temp
        deadline = time.monotonic() + 30
        while not ours.exists() and time.monotonic() < deadline:
            assert first.poll() is None, first.communicate()
            time.sleep(0.1)
        assert ours.exists(), "the first instance never listened"
        second = subprocess.run(
            [sys.executable, "-m", "backstretch"], env=env, capture_output=True,
            text=True, timeout=60, check=False,
        )  # fmt: skip
        assert second.returncode == 0, second.stderr  # handed over to ours
        assert first.poll() is None  # ... which still runs: one instance
    finally:
        if first is not None:
            first.terminate()
            first.communicate(timeout=30)
        intruder.kill()
        caught = intruder.communicate()[0]
    assert "caught" not in caught


# -- a low file limit ------------------------------------------------------------------------

FLOODED_SERVER = """
import os, resource, sys
from PySide6.QtCore import QCoreApplication, QTimer
from backstretch.platform import single_instance
from backstretch.platform.single_instance import InstanceServer
app = QCoreApplication([])
single_instance.IDLE_TIMEOUT_MS = 300
server = InstanceServer(sys.argv[1])
assert server.listen()
in_use = len(os.listdir("/proc/self/fd"))
hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + 24, hard))
server.request_received.connect(lambda request: (print("request", request, flush=True), app.quit()))
print("listening", flush=True)
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def test_a_thousand_idle_connections_at_a_low_file_limit_leave_the_server_serving(tmp_path):
    name = str(Path("/tmp") / f"bs-flood-{os.getpid()}")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(APP))
    with subprocess.Popen(
        [sys.executable, "-c", FLOODED_SERVER, name], env=env, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
    ) as server:  # fmt: skip
        assert server.stdout is not None and server.stdout.readline().strip() == "listening"
        flood = []
        try:
            for _ in range(1000):
                client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                client.setblocking(False)
                try:
                    client.connect(name)
                    flood.append(client)
                except OSError:  # the backlog is full for a moment: that is the point
                    client.close()
                    time.sleep(0.002)
            time.sleep(1)  # the idle ones are dropped
            assert os.path.exists(name)  # Qt did not close the server
            request = b'{"version": 1, "start": true, "exercise": null, "hidden": false}\n'
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as launch:
                launch.settimeout(10)
                launch.connect(name)
                launch.sendall(request)
                assert launch.recv(10) == b"ok\n"
        finally:
            for client in flood:
                client.close()
        out, _ = server.communicate(timeout=40)
    assert "request LaunchRequest(start=True" in out
    assert len(flood) > 100  # the flood did reach it
