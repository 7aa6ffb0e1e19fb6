"""Backstretch: a desktop coach for back stretches."""

APP_NAME = "Backstretch"
APP_ID = "org.backstretch.Backstretch"

# The one place the version is written: pyproject.toml reads it from here, and a literal
# costs nothing at start-up (importlib.metadata takes about 25 ms to look it up).
__version__ = "0.1.0"
