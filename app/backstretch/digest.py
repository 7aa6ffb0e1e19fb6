"""SHA-256 from CPython's own module rather than OpenSSL's.

hashlib would load OpenSSL's libcrypto (2-3 MiB, mapped for the life of the process)
for the few digests Backstretch makes: the name of the link between launches and the
names of the kept pictures. CPython has a SHA-256 of its own (_sha256 up to 3.11,
_sha2 from 3.12); hashlib is the fallback only where neither is there. The digests are
the same either way, so names made by an older version still match.
"""

from __future__ import annotations

import importlib
from typing import Protocol


class Digest(Protocol):
    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


def sha256(data: bytes = b"") -> Digest:
    """A SHA-256 of `data`, to add to with `update`."""
    for name in ("_sha256", "_sha2"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        found: Digest = module.sha256(data)
        return found
    import hashlib

    return hashlib.sha256(data)
