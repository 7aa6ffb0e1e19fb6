"""Whether speech-dispatcher can really speak, from the modules it has installed."""

from __future__ import annotations

from backstretch.platform.speech import speechd_voices


def test_only_the_placeholder_module_is_no_voice(tmp_path):
    modules = tmp_path / "speech-dispatcher-modules"
    modules.mkdir()
    for name in ("sd_dummy", "sd_generic"):
        (modules / name).write_text("")
    assert speechd_voices([modules, tmp_path / "absent"]) == set()
    (modules / "sd_espeak-ng").write_text("")
    assert speechd_voices([modules]) == {"sd_espeak-ng"}


def test_without_any_module_folder_nothing_is_claimed(tmp_path):
    assert speechd_voices([tmp_path / "absent"]) is None
