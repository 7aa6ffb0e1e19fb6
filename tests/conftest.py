"""Shared test set-up: Qt runs offscreen and nothing touches the real user folders."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Settings and history go to a fresh folder per test."""
    home = tmp_path / "home"
    monkeypatch.setenv("BACKSTRETCH_HOME", str(home))
    return home
