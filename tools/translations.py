"""The translation catalogues: extract, compile, generate the pseudo-language, check.

    python tools/translations.py new xx     # start a language: its .ts and content files
    python tools/translations.py update     # pyside6-lupdate: new texts into every .ts
    python tools/translations.py build      # pyside6-lrelease: every .ts to .qm, + pseudo
    python tools/translations.py check [xx] # what is unfinished, per language

The .ts files are the sources (committed); the .qm files and the pseudo-language
(en_XA: every letter accented, every text 40% longer) are generated, by `make`, the
packaging and the tests.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "app"))

from backstretch import languages  # noqa: E402
from backstretch.content_language import EXERCISE_FIELDS, ROUTINE_FIELDS, untranslated  # noqa: E402

RESOURCES = ROOT / "resources"
TRANSLATIONS = RESOURCES / "translations"
SOURCES = ROOT / "app" / "backstretch"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"{languages.CATALOGUE_PREFIX}{language}.ts"


def shipped() -> list[str]:
    """The languages with a committed catalogue (the pseudo-language is generated)."""
    return sorted(
        path.stem.removeprefix(languages.CATALOGUE_PREFIX)
        for path in TRANSLATIONS.glob(f"{languages.CATALOGUE_PREFIX}*.ts")
        if path.stem != f"{languages.CATALOGUE_PREFIX}{languages.PSEUDO}"
    )


def source_files() -> list[str]:
    return [str(path) for path in sorted(SOURCES.rglob("*.py"))]


def lupdate(targets: list[Path]) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", *source_files(), "-ts", *map(str, targets)],
        check=True,
    )


def lrelease(source: Path) -> Path:
    target = source.with_suffix(".qm")
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True
    )
    return target


# -- the pseudo-language ---------------------------------------------------------------

_ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçđéƒĝĥíĵķļɱñóƥʠŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĻṀÑÓƤɊŔŠŢÚƲŴẊÝŽ",
        strict=True,
    )
)
_PADDING = "ŵóŕđ ţŵó ţĥŕéé ƒóúŕ ƒíʋé šíẋ šéʋéñ éíĝĥţ ñíñé ţéñ " * 20


def pseudo(text: str) -> str:
    """Every letter accented, 40% longer, in brackets; placeholders ({title}, %n),
    markup (<b>, &amp;) and mnemonics left as they are."""
    out: list[str] = []
    protected = 0  # inside {...} or <...> or &...;
    closing = {"{": "}", "<": ">", "&": ";"}
    ahead = ""
    index = 0
    while index < len(text):
        char = text[index]
        if not protected and char == "%" and text[index + 1 : index + 2] in ("n", "1", "2"):
            out.append(text[index : index + 2])
            index += 2
            continue
        if not protected and char in closing and (char != "&" or ";" in text[index : index + 8]):
            protected, ahead = 1, closing[char]
        elif protected and char == ahead:
            protected = 0
            out.append(char)
            index += 1
            continue
        out.append(char if protected else _ACCENTED.get(char, char))
        index += 1
    extra = max(1, math.ceil(len(text) * 0.4) - 2)
    return f"[{''.join(out)} {_PADDING[:extra].strip()}]"


def write_pseudo_catalogue() -> Path:
    """A pseudo .ts from the sources' texts, compiled to .qm."""
    target = catalogue(languages.PSEUDO)
    with tempfile.TemporaryDirectory() as folder:
        template = Path(folder) / "template.ts"
        lupdate([template])
        tree = ElementTree.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            comment = message.findtext("comment") or source
            translation.clear()
            for form in (comment, source):
                ElementTree.SubElement(translation, "numerusform").text = pseudo(form)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    lrelease(target)
    return target


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    assert isinstance(value, list)
    return "[\n" + "".join(f"    {_toml_value(item)},\n" for item in value) + "]"


def _pseudo_content(english: Path, fields: dict[str, bool], target: Path) -> None:
    data = tomllib.loads(english.read_text(encoding="utf-8"))
    tables: dict[str, dict[str, object]] = {"": {}}
    for dotted in fields:
        value: object = data
        for part in dotted.split("."):
            value = value[part] if isinstance(value, dict) and part in value else None
        if value is None or value == []:
            continue
        table, _, key = dotted.rpartition(".")
        translated = pseudo(value) if isinstance(value, str) else [pseudo(v) for v in value]  # type: ignore[union-attr]
        tables.setdefault(table, {})[key] = translated
    lines = []
    for table, values in tables.items():
        if table:
            lines.append(f"\n[{table}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_pseudo_content() -> Path:
    folder = TRANSLATIONS / languages.PSEUDO
    shutil.rmtree(folder, ignore_errors=True)
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        _pseudo_content(path, EXERCISE_FIELDS, folder / "exercises" / path.name)
    _pseudo_content(RESOURCES / "routine.toml", ROUTINE_FIELDS, folder / "routine.toml")
    return folder


def _blank_content(english: Path, fields: dict[str, bool], target: Path) -> None:
    """A content file to translate: every text field empty, the English above it."""
    data = tomllib.loads(english.read_text(encoding="utf-8"))
    tables: dict[str, list[str]] = {"": []}
    for dotted in fields:
        value: object = data
        for part in dotted.split("."):
            value = value[part] if isinstance(value, dict) and part in value else None
        if value is None or value == []:
            continue
        table, _, key = dotted.rpartition(".")
        lines = tables.setdefault(table, [])
        if isinstance(value, str):
            lines += [f"# {value}", f'{key} = ""']
        else:
            assert isinstance(value, list)
            lines.append(f"{key} = [")
            for item in value:
                lines += [f"    # {item}", '    "",']
            lines.append("]")
    out = ["# Translate each text below the English one (see docs/translating.md)."]
    for table, lines in tables.items():
        out += ([f"\n[{table}]"] if table else []) + lines
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(out) + "\n", encoding="utf-8")


def new_language(language: str) -> list[Path]:
    """The files a translator fills in for `language`; refuses to overwrite any."""
    if languages.normalised(language) != language or language == languages.SOURCE:
        raise SystemExit(f"{language!r} is not a language code like de or pt_BR")
    folder = TRANSLATIONS / language
    ts = catalogue(language)
    if ts.exists() or folder.exists():
        raise SystemExit(f"{language} has been started already: {ts.name}, {folder}")
    lupdate([ts])
    tree = ElementTree.parse(ts)
    tree.getroot().set("language", language)
    tree.getroot().set("sourcelanguage", languages.SOURCE)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lupdate([ts])  # back in lupdate's own layout
    made = [ts]
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        target = folder / "exercises" / path.name
        _blank_content(path, EXERCISE_FIELDS, target)
        made.append(target)
    _blank_content(RESOURCES / "routine.toml", ROUTINE_FIELDS, folder / "routine.toml")
    made.append(folder / "routine.toml")
    return made


def build(with_pseudo: bool = True) -> list[Path]:
    built = [lrelease(catalogue(language)) for language in shipped()]
    if with_pseudo:
        built.append(write_pseudo_catalogue().with_suffix(".qm"))
        write_pseudo_content()
    return built


# -- checking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Unfinished:
    context: str
    source: str
    why: str

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}: {self.why}"


def _placeholders(text: str) -> set[str]:
    import re

    return set(re.findall(r"\{[a-z_]+\}|%n", text))


def unfinished_messages(path: Path) -> tuple[int, list[Unfinished]]:
    """(how many messages, the ones not finished or not usable)."""
    root = ElementTree.parse(path).getroot()
    total = 0
    problems: list[Unfinished] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            total += 1
            source = message.findtext("source") or ""
            forms = (
                [form.text or "" for form in translation.iter("numerusform")]
                if message.get("numerus") == "yes"
                else [translation.text or ""]
            )
            if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
                problems.append(Unfinished(name, source, "not translated"))
                continue
            for form in forms:
                if _placeholders(form) - {"%n"} != _placeholders(source) - {"%n"}:
                    problems.append(Unfinished(name, source, f"placeholders differ in {form!r}"))
                    break
    return total, problems


def check(language_list: list[str]) -> int:
    failed = 0
    for language in language_list:
        total, problems = unfinished_messages(catalogue(language))
        missing = untranslated(RESOURCES, language)
        print(
            f"{language}: {total - len(problems)} of {total} texts, "
            f"{len(missing)} content fields untranslated"
        )
        for item in [*problems, *missing]:
            print(f"  {item}")
        failed += bool(problems or missing)
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "new" and len(argv) == 2:
        for path in new_language(argv[1]):
            print(f"made {path.relative_to(ROOT)}")
        return 0
    if command == "update":
        lupdate([catalogue(language) for language in shipped()])
        return 0
    if command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
        return 0
    if command == "check":
        return check(argv[1:] or shipped())
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
