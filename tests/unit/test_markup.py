"""Plain text in Qt's rich text: escaped as the standard library escapes it."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from backstretch.markup import escape


@given(st.text(alphabet=st.sampled_from("ab &<>\"'é;#x")))
def test_escape_is_html_escape(text):
    assert escape(text) == html.escape(text)
    assert escape(text, quote=False) == html.escape(text, quote=False)


def test_markup_is_shown_as_text():
    assert escape("<b>Knees & hips</b> 'up'") == (
        "&lt;b&gt;Knees &amp; hips&lt;/b&gt; &#x27;up&#x27;"
    )
