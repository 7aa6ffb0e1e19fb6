"""Plain text made safe inside Qt's rich text.

The standard library's html.escape does the same, but importing html loads
html.entities, two tables of every named character (about 0.3 MiB kept for the life of
the process) that only html.unescape reads.
"""

from __future__ import annotations


def escape(text: str, quote: bool = True) -> str:
    """`text` with &, < and > (and, with `quote`, both quotes) as entities, as
    html.escape gives it."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
