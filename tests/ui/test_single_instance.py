"""One instance per user: a later launch (a real second process) hands over to the first."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from backstretch.platform.instance_address import may_be_listening, server_name
from backstretch.platform.single_instance import InstanceServer, hand_over

CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from backstretch.platform.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[2:], sys.argv[1]) else 1)
"""


def unique_name() -> str:
    return server_name(Path(f"/settings/{uuid.uuid4().hex}"), app_id="backstretch-test")


def test_a_second_process_hands_over_its_arguments(qtbot):
    name = unique_name()
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.activated, timeout=5000) as received:
        client = subprocess.Popen([sys.executable, "-c", CLIENT, name, "--start"])
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=5000)
    assert received.args == [["--start"]]
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
    assert not hand_over(["--start"], unique_name())


def test_the_name_is_per_user_and_settings_folder():
    name = os.path.basename(server_name())
    assert name.startswith("backstretch-") and len(name) > 14
    assert server_name(Path("/a")) != server_name(Path("/b"))


@pytest.mark.skipif(os.name == "nt", reason="a named pipe cannot be looked at")
def test_the_quick_look_sees_a_listening_instance_without_qt_network(qtbot, tmp_path):
    name = unique_name()
    assert not may_be_listening(name)  # the usual start: nothing to ask
    server = InstanceServer(name)
    assert server.listen()
    assert may_be_listening(name)
    server.close()
    assert not may_be_listening(name)


@pytest.mark.skipif(os.name == "nt", reason="Unix sockets only")
def test_the_socket_is_in_the_users_runtime_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert Path(server_name()).parent == tmp_path
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "missing"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    assert Path(server_name()).parent == tmp_path / "tmp"
