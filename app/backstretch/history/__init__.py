"""The session history: every routine, stretch and repetition, kept in one SQLite file.

- schema: the tables, their migrations and `user_version`
- records: the values read back, and how a stored row is parsed with suspicion
- store: `HistoryStore`, the one connection that writes
- recovery: looking at a file before use, setting a damaged one aside
- export: the history as CSV
"""

from backstretch.history.export import csv_text, export_csv
from backstretch.history.records import SessionRecord, StretchRecord, StretchStatus
from backstretch.history.recovery import HistoryBusy, HistoryUnavailable
from backstretch.history.schema import MIGRATIONS, SCHEMA_VERSION, TABLES
from backstretch.history.store import HistoryStore

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "TABLES",
    "HistoryBusy",
    "HistoryStore",
    "HistoryUnavailable",
    "SessionRecord",
    "StretchRecord",
    "StretchStatus",
    "csv_text",
    "export_csv",
]
