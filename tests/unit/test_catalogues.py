"""The translation catalogues: every text of the sources is in each shipped .ts file,
translated, with the same placeholders; the pseudo-language accents and lengthens."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

import pytest

from tests.helpers.translation_tool import SHIPPED, tool


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """(context, source) of every text the sources mark for translation, as lupdate
    finds them now."""
    template = tmp_path_factory.mktemp("lupdate") / "template.ts"
    tool().lupdate([template])
    root = ElementTree.parse(template).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def catalogued(language: str) -> set[tuple[str, str]]:
    root = ElementTree.parse(tool().catalogue(language)).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in ("vanished", "obsolete")
    }


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_in_the_sources_is_in_the_catalogue(extracted, language):
    missing = sorted(extracted - catalogued(language))
    assert not missing, f"run tools/translations.py update: {missing}"


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated_with_the_same_placeholders(language):
    total, unfinished = tool().unfinished_messages(tool().catalogue(language))
    assert total > 100
    assert not unfinished, "\n".join(map(str, unfinished))


def test_the_check_reports_what_is_unfinished(tmp_path):
    path = tmp_path / "backstretch_xx.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx"><context>'
        "<name>Wording</name>"
        "<message><source>Hold</source><translation>Halt</translation></message>"
        '<message><source>Rest</source><translation type="unfinished"></translation></message>'
        "<message><source>Then: {title}</source>"
        "<translation>Danach: {titel}</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    total, unfinished = tool().unfinished_messages(path)
    assert total == 3
    assert [(item.source, item.why.split(" in ")[0]) for item in unfinished] == [
        ("Rest", "not translated"),
        ("Then: {title}", "placeholders differ"),
    ]


def test_the_pseudo_language_accents_every_letter_and_is_forty_percent_longer():
    text = "Then: {phase} to the left · %n s"
    pseudo = tool().pseudo(text)
    assert "{phase}" in pseudo and "%n" in pseudo
    letters = [c for c in pseudo.replace("{phase}", "") if c.isascii() and c.isalpha()]
    assert letters == ["n"], letters  # only the n of %n stays plain
    assert len(pseudo) >= 1.4 * len(text)
    assert tool().pseudo("&Start").startswith("[&Š")
