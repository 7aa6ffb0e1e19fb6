"""One instance per user: a later launch (a real second process) hands over to the first."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from backstretch.platform import single_instance
from backstretch.platform.instance_address import server_name
from backstretch.platform.instance_lock import WRITING_GRACE_S, InstanceLock
from backstretch.platform.launch_client import hand_over_directly
from backstretch.platform.launch_request import LaunchRequest
from backstretch.platform.single_instance import InstanceServer, hand_over

CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from backstretch.platform.launch_request import LaunchRequest
from backstretch.platform.single_instance import hand_over
app = QCoreApplication([])
request = LaunchRequest(start="--start" in sys.argv[2:])
sys.exit(0 if hand_over(request, sys.argv[1]) else 1)
"""

# A launch as Backstretch makes it when one is running: the request goes over the socket
# before Qt is loaded.
DIRECT_CLIENT = """
import sys
from backstretch.platform.launch_client import hand_over_directly
from backstretch.platform.launch_request import LaunchRequest
delivered = hand_over_directly(LaunchRequest(start=True, exercise="knee-rolls"), sys.argv[1])
print("PySide6" in sys.modules, flush=True)
sys.exit(0 if delivered else 1)
"""

HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_lock import WRITING_GRACE_S, InstanceLock
from backstretch.platform.launch_request import LaunchRequest
app = QCoreApplication([])
lock = InstanceLock(sys.argv[1])
print(lock.claim(), flush=True)
time.sleep(60)
"""


def start_client(name: str, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CLIENT, name, *arguments])


def unique_name() -> str:
    return server_name(Path(f"/settings/{uuid.uuid4().hex}"), app_id="backstretch-test")


def test_a_second_process_hands_over_its_arguments(qtbot):
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.request_received, timeout=5000) as received:
        client = start_client(name, "--start")
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=5000)
    assert received.args == [LaunchRequest(start=True)]
    assert client.returncode == 0  # it was acknowledged, so it can exit
    server.close()


def test_a_launch_hands_over_before_loading_qt(qtbot):
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.request_received, timeout=5000) as received:
        client = subprocess.Popen(
            [sys.executable, "-c", DIRECT_CLIENT, name], stdout=subprocess.PIPE, text=True
        )
    output, _ = client.communicate(timeout=5)
    assert received.args == [LaunchRequest(start=True, exercise="knee-rolls")]
    assert client.returncode == 0
    assert output.strip() == "False"  # Qt was never loaded
    server.close()


def test_nobody_listening_leaves_the_launch_to_go_on():
    assert not hand_over_directly(LaunchRequest(), unique_name())  # no socket file
    assert not hand_over_directly(LaunchRequest(), "backstretch-1234")  # a pipe's name


def test_a_socket_file_nobody_listens_on_leaves_the_launch_to_go_on(tmp_path):
    left = tmp_path / "left.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as bound:
        bound.bind(str(left))  # bound, never listening: as a killed instance leaves it
        assert not hand_over_directly(LaunchRequest(), str(left))


# A launch as older versions made it on Unix too: through QtNetwork's local socket.
QT_CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_pipe import hand_over
from backstretch.platform.launch_request import LaunchRequest
app = QCoreApplication([])
request = LaunchRequest(start="--start" in sys.argv[2:])
sys.exit(0 if hand_over(request, sys.argv[1]) else 1)
"""


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets: there both sides are Qt's")
def test_a_launch_of_an_older_version_is_heard(qtbot):
    # Older versions handed over through QtNetwork's local socket: same bytes.
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.request_received, timeout=5000) as received:
        client = subprocess.Popen([sys.executable, "-c", QT_CLIENT, name, "--start"])
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=5000)
    assert received.args == [LaunchRequest(start=True)] and client.returncode == 0
    server.close()


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets: there both sides are Qt's")
def test_an_older_version_running_hears_this_launch(qtbot):
    from backstretch.platform import instance_pipe

    name = unique_name()
    older = instance_pipe.InstanceServer(name)  # QLocalServer, as older versions listen
    assert older.listen()
    with qtbot.waitSignal(older.request_received, timeout=5000) as received:
        client = start_client(name, "--start")
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=5000)
    assert received.args == [LaunchRequest(start=True)] and client.returncode == 0
    older.close()


def test_listen_reclaims_a_name_left_behind(qtbot):
    name = unique_name()
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    # The app only listens after hand_over() found nobody answering, so a name that
    # is still taken then belongs to a killed instance and is reclaimed.
    assert second.listen()
    second.close()
    first.close()


def test_nobody_listening_means_we_are_first(qtbot):
    assert not hand_over(LaunchRequest(start=True), unique_name())


def test_the_name_is_per_user_and_settings_folder():
    name = os.path.basename(server_name())
    assert name.startswith("backstretch-") and len(name) > 14
    assert server_name(Path("/a")) != server_name(Path("/b"))


def test_the_first_launch_holds_the_lock_until_it_quits(qtbot):
    name = unique_name()
    first, second = InstanceLock(name), InstanceLock(name)
    assert first.claim() is True
    assert second.claim() is False  # two launches at the same moment: one wins
    first.release()
    assert second.claim() is True
    second.release()


def test_a_lock_left_by_a_killed_instance_is_taken_over(qtbot):
    name = unique_name()
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, name], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        assert InstanceLock(name).claim() is False  # while it runs
        holder.kill()
    lock = InstanceLock(name)
    assert lock.claim() is True
    lock.release()


def test_an_old_lock_that_names_nobody_is_taken(qtbot):
    # A crash while the lock file was being written leaves it empty.
    name = unique_name()
    lock = InstanceLock(name)
    lock.path.write_text("")
    old = time.time() - WRITING_GRACE_S - 1
    os.utime(lock.path, (old, old))
    assert lock.claim() is True
    lock.release()


def test_a_fresh_lock_that_names_nobody_is_being_written_and_is_left(qtbot):
    # Two launches at once: the other is writing its lock this very moment.
    name = unique_name()
    lock = InstanceLock(name)
    lock.path.write_text("")
    assert lock.claim() is False
    lock.path.unlink()


def test_a_lock_that_cannot_be_written_says_it_cannot_tell(qtbot, tmp_path):
    # Then the launch asks the socket instead (and listens if nobody answers).
    assert InstanceLock(str(tmp_path / "missing" / "backstretch-x")).claim() is None


def test_a_busy_instance_still_gets_the_request(qtbot):
    # Connected and written means delivered: an instance busy starting its services
    # reads it later, and the launch must not start a second copy meanwhile.
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    client = start_client(name, "--start")
    deadline = time.monotonic() + 10
    while client.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)  # the event loop does not run: we do not answer
    assert client.returncode == 0
    with qtbot.waitSignal(server.request_received, timeout=5000) as received:
        pass
    assert received.args == [LaunchRequest(start=True)]
    server.close()


# -- what a hostile or broken client cannot do -------------------------------------------


def raw_client(name: str) -> socket.socket:
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(5)
    client.connect(name)
    return client


def closed_by_server(client: socket.socket, qtbot, timeout_ms: int = 5000) -> bool:
    """True once the server has closed the connection (pumping Qt's loop meanwhile)."""
    client.setblocking(False)
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        qtbot.wait(20)
        try:
            data = client.recv(65536)
        except BlockingIOError:
            continue
        except (ConnectionResetError, BrokenPipeError):
            return True
        if data == b"":
            return True
    return False


@pytest.fixture
def server(qtbot):
    listening = InstanceServer(unique_name())
    assert listening.listen()
    yield listening
    listening.close()


MALFORMED = [
    b"not json\n",
    b'{"arguments": ["--start"]}\n',  # the old, untyped message
    b'{"version": 2, "start": true}\n',
    b'{"version": true, "start": true}\n',
    b'{"version": 1, "start": "yes"}\n',
    b'{"version": 1, "start": false, "exercise": "knee-rolls"}\n',
    b'{"version": 1, "start": true, "exercise": ["knee-rolls"]}\n',
    b'{"version": 1, "start": true, "exercise": "a\\nb"}\n',
    b"\xff\xfe{}\n",
    b"[" * 3000 + b"\n",
    b'{"version": 1, "start": true, "x": ' + b"9" * 4000 + b"}\n",
]


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
@pytest.mark.parametrize("message", MALFORMED, ids=range(len(MALFORMED)))
def test_a_malformed_message_is_ignored_and_the_server_goes_on(server, qtbot, message, caplog):
    received = []
    server.request_received.connect(received.append)
    with raw_client(server.name) as client:
        client.sendall(message)
        assert closed_by_server(client, qtbot)
    assert received == []
    assert "ignored a message" in caplog.text
    with (
        qtbot.waitSignal(server.request_received, timeout=5000) as signal,
        raw_client(server.name) as client,
    ):
        client.sendall(LaunchRequest(start=True, exercise="knee-rolls").encode())
    assert signal.args == [LaunchRequest(start=True, exercise="knee-rolls")]


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
def test_data_without_a_newline_is_not_buffered_without_limit(server, qtbot):
    with raw_client(server.name) as client:
        client.settimeout(0.2)
        sent = 0
        with contextlib.suppress(OSError):  # the server hangs up mid-way
            for _ in range(400):  # up to 100 MB, as an attacker would send
                sent += client.send(b"x" * 262_144)
                qtbot.wait(1)
        assert closed_by_server(client, qtbot)
    assert sent < 100 * 2**20


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
def test_an_idle_connection_is_dropped(server, qtbot, monkeypatch):
    monkeypatch.setattr(single_instance, "IDLE_TIMEOUT_MS", 200)
    with raw_client(server.name) as client:
        started = time.monotonic()
        assert closed_by_server(client, qtbot, timeout_ms=3000)
        assert time.monotonic() - started < 2.5


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
def test_a_flood_of_idle_connections_leaves_room_for_a_launch(server, qtbot, monkeypatch):
    monkeypatch.setattr(single_instance, "IDLE_TIMEOUT_MS", 300)
    flood = []
    for _ in range(200):
        with contextlib.suppress(OSError):
            flood.append(raw_client(server.name))
        if len(flood) % 20 == 0:
            qtbot.wait(1)
    try:
        qtbot.waitUntil(lambda: server._open == 0, timeout=5000)
        assert os.path.exists(server.name)  # still listening
        with qtbot.waitSignal(server.request_received, timeout=5000):
            client = start_client(server.name, "--start")
        client.wait(timeout=10)
    finally:
        for connection in flood:
            connection.close()
