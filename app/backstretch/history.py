"""The session history: every routine, stretch and repetition, kept in one SQLite file.

Callers open `data_dir() / "history.sqlite3"` with `HistoryStore.open`. Each write is
its own transaction, committed before the method returns, so a killed process keeps
everything recorded before it died.

Schema (`PRAGMA user_version` is the schema version; `MIGRATIONS` lists the steps):

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

Problems the user can do nothing about are handled here: a damaged file is set aside as
`<name>.bad-<YYYYmmdd-HHMMSS>` (with its -wal and -shm companions) and a fresh history
starts; `store.problem` then says so in plain words. A folder that cannot be written, a
file in use, or a file written by a newer Backstretch raise `HistoryUnavailable`, and the
caller runs without history. A newer file is left exactly as it is, not set aside: the
newer version that wrote it must still find it after the user goes back to it.

CSV export (`export_csv`), one row per session, oldest first:

    started_at, ended_at     ISO-8601 in the chosen zone (default UTC), with offset;
                             ended_at is empty for a routine that never ended
    duration_minutes         ended_at - started_at, one decimal; empty if never ended
    finished                 "yes", "no" (stopped), or empty (never ended)
    stretches_done           stretches with at least one completed repetition
    repetitions_done         completed repetitions, all stretches
    repetitions_planned      planned repetitions, all stretches
    pain_before, pain_after  0-10, or empty when not rated
    settings                 the routine options as JSON
    done:<id>, planned:<id>  per stretch, one pair for each exercise id in any session
                             (in order of first appearance); empty when the session
                             did not include that stretch
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path

from backstretch.storage import atomic_write_text

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

# How long to wait for another connection's write before giving up.
BUSY_TIMEOUT_SECONDS = 5.0


class HistoryUnavailable(OSError):
    """The history cannot be used; the message says why in plain words."""


class StretchStatus(StrEnum):
    NOT_STARTED = "not started"  # planned, not reached (yet)
    IN_PROGRESS = "in progress"  # at least one repetition recorded, not ended
    DONE = "done"
    SKIPPED = "skipped"
    STOPPED_EARLY = "stopped early"  # the routine was stopped during this stretch


@dataclass(frozen=True)
class StretchRecord:
    exercise_id: str
    position: int  # 0-based order in the routine
    planned: int
    completed: int
    status: StretchStatus


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: datetime  # aware, UTC
    ended_at: datetime | None  # None while running, or if the process was killed
    finished: bool | None  # None: never ended
    settings: dict[str, object]
    pain_before: int | None
    pain_after: int | None
    stretches: tuple[StretchRecord, ...] = field(default=())

    @property
    def duration(self) -> timedelta | None:
        return None if self.ended_at is None else self.ended_at - self.started_at

    @property
    def stretches_done(self) -> int:
        return sum(1 for stretch in self.stretches if stretch.completed > 0)

    @property
    def repetitions_done(self) -> int:
        return sum(stretch.completed for stretch in self.stretches)

    @property
    def repetitions_planned(self) -> int:
        return sum(stretch.planned for stretch in self.stretches)


class HistoryStore:
    def __init__(self, connection: sqlite3.Connection, path: Path, problem: str | None) -> None:
        self._connection = connection
        self.path = path
        # A message for the user when the old file had to be set aside, else None.
        self.problem = problem

    @classmethod
    def open(cls, path: Path) -> HistoryStore:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryUnavailable(
                f"The history folder {path.parent} cannot be created "
                f"({exc.strerror or exc}); this session will not be recorded.",
            ) from exc
        problem = None
        if path.exists():
            damage = _inspect(path)
            if damage is not None:
                backup = _set_aside(path)
                problem = (
                    f"Your stretch history file was damaged ({damage}). It has been kept as "
                    f"{backup.name} in {path.parent} and a new, empty history has been started."
                )
        connection = _connect(path)
        try:
            _configure(connection)
            _migrate(connection)
        except sqlite3.Error as exc:
            connection.close()
            raise _unavailable(path, exc) from exc
        return cls(connection, path, problem)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writes --------------------------------------------------------------------

    def start_session(
        self,
        started_at: datetime,
        settings: Mapping[str, object],
        planned: Sequence[tuple[str, int]],
        pain_before: int | None = None,
    ) -> int:
        """Record a routine as it starts; `planned` is (exercise id, repetitions) in order."""
        _check_rating(pain_before)
        ids = [exercise_id for exercise_id, _ in planned]
        if len(set(ids)) != len(ids):
            raise ValueError(f"a stretch appears twice in the plan: {ids}")
        if any(repetitions < 0 for _, repetitions in planned):
            raise ValueError(f"planned repetitions cannot be negative: {list(planned)}")
        settings_json = json.dumps(dict(settings), sort_keys=True)
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (started_at, settings_json, pain_before) VALUES (?, ?, ?)",
                (_to_text(started_at), settings_json, pain_before),
            )
            session_id = cursor.lastrowid
            assert session_id is not None  # an INSERT always sets it
            connection.executemany(
                "INSERT INTO stretches"
                " (session_id, exercise_id, position, planned_repetitions, status)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (session_id, exercise_id, position, repetitions, StretchStatus.NOT_STARTED)
                    for position, (exercise_id, repetitions) in enumerate(planned)
                ],
            )
        return session_id

    def record_repetition(
        self, session_id: int, exercise_id: str, repetition: int, at: datetime
    ) -> None:
        """Record a completed repetition (1-based); recording it again changes nothing."""
        if repetition < 1:
            raise ValueError(f"repetitions are numbered from 1, not {repetition}")
        completed_at = _to_text(at)
        with self._write() as connection:
            try:
                connection.execute(
                    "INSERT OR IGNORE INTO repetitions"
                    " (session_id, exercise_id, repetition, completed_at) VALUES (?, ?, ?, ?)",
                    (session_id, exercise_id, repetition, completed_at),
                )
            except sqlite3.IntegrityError as exc:
                raise ValueError(f"{exercise_id!r} is not planned in session {session_id}") from exc
            connection.execute(
                "UPDATE stretches SET status = ?"
                " WHERE session_id = ? AND exercise_id = ? AND status = ?",
                (StretchStatus.IN_PROGRESS, session_id, exercise_id, StretchStatus.NOT_STARTED),
            )

    def end_stretch(self, session_id: int, exercise_id: str, status: StretchStatus) -> None:
        status = StretchStatus(status)
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE stretches SET status = ? WHERE session_id = ? AND exercise_id = ?",
                (status, session_id, exercise_id),
            )
            if cursor.rowcount == 0:
                raise ValueError(f"{exercise_id!r} is not planned in session {session_id}")

    def finish_session(self, session_id: int, ended_at: datetime, finished: bool) -> None:
        """Close a routine. A stretch still in progress is settled: done if the routine
        ran to the end, stopped early if it was stopped."""
        settled = StretchStatus.DONE if finished else StretchStatus.STOPPED_EARLY
        with self._write() as connection:
            cursor = connection.execute(
                "UPDATE sessions SET ended_at = ?, finished = ? WHERE id = ?",
                (_to_text(ended_at), int(finished), session_id),
            )
            if cursor.rowcount == 0:
                raise ValueError(f"there is no session {session_id}")
            connection.execute(
                "UPDATE stretches SET status = ? WHERE session_id = ? AND status = ?",
                (settled, session_id, StretchStatus.IN_PROGRESS),
            )

    def set_pain_after(self, session_id: int, rating: int | None) -> None:
        self._set_pain("pain_after", session_id, rating)

    def _set_pain(self, column: str, session_id: int, rating: int | None) -> None:
        _check_rating(rating)
        with self._write() as connection:
            # `column` is the fixed name above, never user input.
            cursor = connection.execute(
                f"UPDATE sessions SET {column} = ? WHERE id = ?", (rating, session_id)
            )
            if cursor.rowcount == 0:
                raise ValueError(f"there is no session {session_id}")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        connection = self._connection
        with _storage_errors(self.path):
            # IMMEDIATE takes the write lock up front, so a busy file fails here, before
            # anything is half done, rather than at the first INSERT.
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise

    # -- reads ---------------------------------------------------------------------

    def sessions(self, since: datetime | None = None) -> list[SessionRecord]:
        """Sessions started at or after `since` (all if None), oldest first."""
        start = "" if since is None else _to_text(since)
        with _storage_errors(self.path):
            session_rows = self._connection.execute(
                "SELECT id, started_at, ended_at, finished, settings_json,"
                " pain_before, pain_after FROM sessions"
                " WHERE started_at >= ? ORDER BY started_at, id",
                (start,),
            ).fetchall()
            stretch_rows = self._connection.execute(
                "SELECT st.session_id, st.exercise_id, st.position, st.planned_repetitions,"
                " st.status, (SELECT COUNT(*) FROM repetitions AS r"
                "   WHERE r.session_id = st.session_id AND r.exercise_id = st.exercise_id)"
                " FROM stretches AS st JOIN sessions AS s ON s.id = st.session_id"
                " WHERE s.started_at >= ? ORDER BY st.session_id, st.position",
                (start,),
            ).fetchall()
        stretches: dict[int, list[StretchRecord]] = {}
        for session_id, exercise_id, position, planned, status, completed in stretch_rows:
            stretches.setdefault(session_id, []).append(
                StretchRecord(exercise_id, position, planned, completed, StretchStatus(status))
            )
        return [_session_from_row(row, tuple(stretches.get(row[0], ()))) for row in session_rows]

    def export_csv(self, path: Path, zone: tzinfo = UTC) -> None:
        export_csv(path, self.sessions(), zone)


def export_csv(path: Path, records: Sequence[SessionRecord], zone: tzinfo = UTC) -> None:
    """Write the sessions as CSV (columns in the module docstring), atomically.

    Raises `storage.StorageError` when the file cannot be written.
    """
    exercise_ids: dict[str, None] = {}
    for record in records:
        for stretch in record.stretches:
            exercise_ids.setdefault(stretch.exercise_id)
    header = [
        "started_at",
        "ended_at",
        "duration_minutes",
        "finished",
        "stretches_done",
        "repetitions_done",
        "repetitions_planned",
        "pain_before",
        "pain_after",
        "settings",
    ]
    for exercise_id in exercise_ids:
        header += [f"done:{exercise_id}", f"planned:{exercise_id}"]
    buffer = io.StringIO()
    # "\n" lets the text-mode file choose the platform's line ending.
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for record in records:
        duration = record.duration
        by_id = {stretch.exercise_id: stretch for stretch in record.stretches}
        row: list[object] = [
            record.started_at.astimezone(zone).isoformat(),
            "" if record.ended_at is None else record.ended_at.astimezone(zone).isoformat(),
            "" if duration is None else f"{duration.total_seconds() / 60:.1f}",
            {True: "yes", False: "no", None: ""}[record.finished],
            record.stretches_done,
            record.repetitions_done,
            record.repetitions_planned,
            "" if record.pain_before is None else record.pain_before,
            "" if record.pain_after is None else record.pain_after,
            json.dumps(record.settings, sort_keys=True),
        ]
        for exercise_id in exercise_ids:
            included = by_id.get(exercise_id)
            row += ["", ""] if included is None else [included.completed, included.planned]
        writer.writerow(row)
    atomic_write_text(path, buffer.getvalue())


# -- opening -------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    try:
        # isolation_level=None: no implicit transactions; `_write` opens and commits each.
        return sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc


def _configure(connection: sqlite3.Connection) -> None:
    # WAL lets the progress view read while a routine is being written. With WAL,
    # synchronous=NORMAL still survives a killed process (committed pages are in the
    # -wal file, which the OS keeps); only a power cut can lose the last few commits,
    # never corrupt the file. That is the right trade for a repetition every few seconds.
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")


def _migrate(connection: sqlite3.Connection) -> None:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
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


def _inspect(path: Path) -> str | None:
    """Why an existing file is unusable as history (None if it is fine).

    Raises HistoryUnavailable for a file that is fine but cannot be used now: written
    by a newer version, locked, or unreadable.
    """
    # Read-only, so that looking never changes the file: SQLite would otherwise delete
    # the -wal of a file it cannot read, and a newer version's file must stay as it is.
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc
    try:
        version: int = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise HistoryUnavailable(
                f"The stretch history in {path} was written by a newer version of "
                "Backstretch. It has been left untouched; this version will run without "
                "history. Update Backstretch to see and keep your history."
            )
        # quick_check reads every page but skips index-content checks, which are the
        # slow part of integrity_check; damage to the rows themselves is still found.
        checks = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if checks != ["ok"]:
            return "parts of it are unreadable"
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            return "it is not a readable database"
        raise _unavailable(path, exc) from exc
    finally:
        connection.close()
    if version == 0 and tables:
        return "it holds a database that is not a Backstretch history"
    if version > 0 and not tables >= TABLES:
        return "parts of it are missing"
    return None


def _is_damage(exc: sqlite3.Error) -> bool:
    # Extended codes keep the primary code in the low byte.
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def _set_aside(path: Path) -> Path:
    """Move a damaged file (and its -wal/-shm) to `<name>.bad-<time>`; never delete it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.bad-{stamp}")
    number = 1
    while backup.exists():
        number += 1
        backup = path.with_name(f"{path.name}.bad-{stamp}-{number}")
    # The -wal must go too: left behind, SQLite would replay it into the fresh file.
    moves = [(path, backup)] + [
        (path.with_name(path.name + suffix), backup.with_name(backup.name + suffix))
        for suffix in ("-wal", "-shm")
    ]
    for source, target in moves:
        try:
            os.replace(source, target)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise HistoryUnavailable(
                f"The stretch history in {path} is damaged and could not be set aside "
                f"({exc.strerror or exc}); this session will not be recorded.",
            ) from exc
    return backup


def _unavailable(path: Path, exc: sqlite3.Error) -> HistoryUnavailable:
    return HistoryUnavailable(
        f"The stretch history in {path} cannot be used ({exc}); "
        "this session will not be recorded. Check that the folder can be written and "
        "that no other Backstretch is running."
    )


@contextlib.contextmanager
def _storage_errors(path: Path) -> Iterator[None]:
    """Turn disk-level SQLite failures into HistoryUnavailable, which callers expect."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
        raise  # a caller's mistake, not the disk's
    except sqlite3.DatabaseError as exc:
        raise _unavailable(path, exc) from exc


# -- values --------------------------------------------------------------------------


def _to_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"history times need a time zone: {moment!r}")
    # Whole seconds in UTC: one fixed width and offset, so text comparison is time order.
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _check_rating(rating: int | None) -> None:
    if rating is None:
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, not {rating!r}")


def _session_from_row(
    row: tuple[int, str, str | None, int | None, str, int | None, int | None],
    stretches: tuple[StretchRecord, ...],
) -> SessionRecord:
    session_id, started_at, ended_at, finished, settings_json, pain_before, pain_after = row
    return SessionRecord(
        id=session_id,
        started_at=datetime.fromisoformat(started_at),
        ended_at=None if ended_at is None else datetime.fromisoformat(ended_at),
        finished=None if finished is None else bool(finished),
        settings=_settings_from_json(settings_json),
        pain_before=pain_before,
        pain_after=pain_after,
        stretches=stretches,
    )


def _settings_from_json(text: str) -> dict[str, object]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
