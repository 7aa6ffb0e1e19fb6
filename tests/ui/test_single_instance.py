"""One instance per user: a later launch (a real second process) hands over to the first."""

from __future__ import annotations

import subprocess
import sys
import uuid

from backstretch.platform.single_instance import InstanceServer, hand_over, server_name

CLIENT = """
import sys
from PySide6.QtCore import QCoreApplication
from backstretch.platform.single_instance import hand_over
app = QCoreApplication([])
sys.exit(0 if hand_over(sys.argv[2:], sys.argv[1]) else 1)
"""


def test_a_second_process_hands_over_its_arguments(qtbot):
    name = f"backstretch-test-{uuid.uuid4().hex[:8]}"
    server = InstanceServer(name)
    assert server.listen()
    with qtbot.waitSignal(server.activated, timeout=5000) as received:
        client = subprocess.Popen([sys.executable, "-c", CLIENT, name, "--start"])
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=5000)
    assert received.args == [["--start"]]
    assert client.returncode == 0  # it was acknowledged, so it can exit
    server.close()


def test_listen_reclaims_a_name_left_behind(qtbot):
    name = f"backstretch-test-{uuid.uuid4().hex[:8]}"
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    # The app only listens after hand_over() found nobody answering, so a name that
    # is still taken then belongs to a killed instance and is reclaimed.
    assert second.listen()
    second.close()
    first.close()


def test_nobody_listening_means_we_are_first(qtbot):
    assert not hand_over(["--start"], f"backstretch-test-{uuid.uuid4().hex[:8]}")


def test_the_name_is_per_user():
    assert server_name().startswith("backstretch-") and len(server_name()) > 14
