"""One instance per user: a later launch (a real second process) hands over to the first."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from backstretch.platform.instance_address import server_name
from backstretch.platform.instance_lock import InstanceLock
from backstretch.platform.instance_message import LaunchRequest
from backstretch.platform.single_instance import InstanceServer, hand_over

CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_message import LaunchRequest
from backstretch.platform.single_instance import hand_over
app = QCoreApplication([])
request = LaunchRequest(start="--start" in sys.argv[2:])
sys.exit(0 if hand_over(request, sys.argv[1]) else 1)
"""

HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from backstretch.platform.instance_lock import InstanceLock
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


def test_an_unreadable_lock_names_nobody_and_is_taken(qtbot):
    # A crash while the lock file was being written leaves it empty.
    name = unique_name()
    lock = InstanceLock(name)
    lock.path.write_text("")
    assert lock.claim() is True
    lock.release()


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


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
def test_the_socket_is_in_the_users_runtime_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert Path(server_name()).parent == tmp_path
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    assert Path(server_name()).parent == tmp_path / "tmp"
