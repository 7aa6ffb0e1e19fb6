"""Backstretch: a desktop coach for back stretches."""

from importlib import metadata

APP_NAME = "Backstretch"
APP_ID = "org.backstretch.Backstretch"

try:
    __version__ = metadata.version("backstretch")
except metadata.PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.1.0"
