"""The history's tables and how a file moves from one version of them to the next.

`PRAGMA user_version` is the schema version; `MIGRATIONS` lists the steps. A file's
columns are compared with the ones these steps make (see `expected_columns`), so a file
whose tables were altered by hand or by another program is recognised as not ours.

- `sessions`: one row per routine started. `started_at`/`ended_at` are ISO-8601 text in
  UTC with their offset ("2024-05-01T07:30:00+00:00"), so text order is time order.
  `finished` is 1 (ran to the end), 0 (stopped) or NULL while running, which also marks
  a routine whose process was killed. `settings_json` is the routine options mapping.
  Version 2 adds `pain_before` and `pain_after` (0-10, NULL when not rated).
- `stretches`: the plan of a session, one row per stretch in order (`position`), with
  `planned_repetitions` and a `status` (see `StretchStatus`), updated as each stretch ends.
- `repetitions`: one row per completed repetition, inserted the moment it completes.
  Its key (session, stretch, repetition number) makes recording idempotent, so a
  repetition done again after "back" is counted once. A two-sided stretch completes a
  repetition after both sides, so there is no side column.

Counts are derived from `repetitions` rather than kept as a counter on `stretches`: a
counter would need a read-modify-write per repetition and could disagree with the rows.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3

# A migration moves the file from version N to N + 1 (its index in this tuple is N).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            finished INTEGER CHECK (finished IN (0, 1)),
            settings_json TEXT NOT NULL DEFAULT '{}'
        )""",
        "CREATE INDEX sessions_by_start ON sessions (started_at)",
        """CREATE TABLE stretches (
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            exercise_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            planned_repetitions INTEGER NOT NULL CHECK (planned_repetitions >= 0),
            status TEXT NOT NULL,
            PRIMARY KEY (session_id, exercise_id)
        )""",
        """CREATE TABLE repetitions (
            session_id INTEGER NOT NULL,
            exercise_id TEXT NOT NULL,
            repetition INTEGER NOT NULL CHECK (repetition >= 1),
            completed_at TEXT NOT NULL,
            PRIMARY KEY (session_id, exercise_id, repetition),
            FOREIGN KEY (session_id, exercise_id)
                REFERENCES stretches (session_id, exercise_id) ON DELETE CASCADE
        )""",
    ),
    (
        # Pain ratings, for the pain trend and the "take a break" suggestion.
        "ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10)",
        "ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10)",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
TABLES = frozenset({"sessions", "stretches", "repetitions"})


def configure(connection: sqlite3.Connection) -> None:
    # WAL lets the progress view read while a routine is being written. With WAL,
    # synchronous=NORMAL still survives a killed process (committed pages are in the
    # -wal file, which the OS keeps); only a power cut can lose the last few commits,
    # never corrupt the file. That is the right trade for a repetition every few seconds.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")


def user_version(connection: sqlite3.Connection) -> int:
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return int(version)


def migrate(connection: sqlite3.Connection) -> None:
    """Bring a file at a known version (0 to SCHEMA_VERSION) up to SCHEMA_VERSION.

    Files at any other version are turned away by recovery.inspect before this runs;
    the check here only keeps a caller's mistake from indexing MIGRATIONS backwards.
    """
    version = user_version(connection)
    if not 0 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no migration from history version {version}")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        # One transaction per step: a crash mid-migration leaves the previous version.
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[target - 1]:
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {target}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


@functools.cache
def expected_columns(version: int) -> dict[str, frozenset[str]]:
    """Each table's column names in a file at `version` (1 to SCHEMA_VERSION), found by
    running the migrations on an empty database, so the list is never kept by hand."""
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no history version {version}")
    with contextlib.closing(sqlite3.connect(":memory:", isolation_level=None)) as connection:
        for step in MIGRATIONS[:version]:
            for statement in step:
                connection.execute(statement)
        return {table: table_columns(connection, table) for table in sorted(TABLES)}


def table_columns(connection: sqlite3.Connection, table: str) -> frozenset[str]:
    # `table` is one of the fixed names in TABLES, never input.
    rows = connection.execute(f"PRAGMA table_info({table})").fetchall()
    return frozenset(str(row[1]) for row in rows)
