"""A later launch hands its request to the running Backstretch, before Qt is loaded.

Most launches while Backstretch runs (from the menu, a second click, the login's
--hidden) only pass a request on. Over Python's own Unix socket that takes a few
milliseconds and no Qt at all, so the running window comes back sooner. Where the
address names a pipe (Windows), or nothing answers, the launch goes on: instance_lock
decides who is first, and single_instance hands over (on Windows through Qt's pipe).

The socket lives in a folder that is provably the user's own (instance_address), so
what answers there is this user's Backstretch. It speaks what single_instance's server
reads: one request line (launch_request), answered by "ok".
"""

from __future__ import annotations

import contextlib
import os
import socket
import time

from backstretch.platform.launch_request import LaunchRequest

CONNECT_TIMEOUT_S = 0.5
ACKNOWLEDGE_TIMEOUT_S = 2.0


def hand_over_directly(request: LaunchRequest, address: str) -> bool:
    """Send `request` to the Backstretch listening at `address`; True once written.

    False when nobody listens there, or when `address` is not a Unix socket's path.
    """
    family = getattr(socket, "AF_UNIX", None)
    if family is None or not os.path.isabs(address):
        return False
    with socket.socket(family, socket.SOCK_STREAM) as link:
        link.setblocking(False)
        deadline = time.monotonic() + CONNECT_TIMEOUT_S
        while True:
            try:
                link.connect(address)
                break
            except (BlockingIOError, InterruptedError):  # its queue is full: wait a little
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.01)
            except OSError:  # nobody listens (no file, or one left by a killed instance)
                return False
        try:
            link.settimeout(CONNECT_TIMEOUT_S)
            link.sendall(request.encode())
        except OSError:
            return False
        # Wait for the acknowledgement, so we exit once it has read the request. One
        # busy starting its services reads it a little later all the same.
        with contextlib.suppress(OSError):
            link.settimeout(ACKNOWLEDGE_TIMEOUT_S)
            link.recv(16)
    return True
