"""A later launch hands its request to the running Backstretch before Qt is loaded.

Most launches while Backstretch runs (from the menu, a second click, the login's
--hidden) only pass a request on. Loading Qt to do that took most of such a launch's
time; over a plain Unix socket it takes a few milliseconds, so the running window comes
back sooner. Where the address names a pipe (Windows), or nothing answers, the launch
goes on as before: instance_lock decides who is first and single_instance hands over.

The socket lives in a folder that is provably the user's own (instance_address), so
what answers there is this user's Backstretch. It speaks what single_instance's server
reads: one request line (launch_request), answered by "ok".
"""

from __future__ import annotations

import contextlib
import os
import socket

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
    try:
        with socket.socket(family, socket.SOCK_STREAM) as link:
            link.settimeout(CONNECT_TIMEOUT_S)
            link.connect(address)
            link.sendall(request.encode())
            # Wait for the acknowledgement, so we exit once it has read the request. One
            # busy starting its services reads it a little later all the same.
            link.settimeout(ACKNOWLEDGE_TIMEOUT_S)
            with contextlib.suppress(OSError):  # not answering in time: delivered still
                link.recv(16)
    except OSError:  # no socket file, nobody listening, or a full queue
        return False
    return True
