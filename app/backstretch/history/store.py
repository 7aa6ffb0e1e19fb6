"""HistoryStore: the one connection that writes the history.

Callers open `data_dir() / "history.sqlite3"` with `HistoryStore.open`. Each write is
its own transaction, committed before the method returns, so a killed process keeps
everything recorded before it died.

Writes wait only briefly for another program's lock (a backup tool, the sqlite3 shell):
the caller is the GUI thread, which must not freeze. A write that finds the file locked
raises `HistoryBusy` with nothing half done, and the caller tries it again later (see
ui/progress/recorder.py). Reads are not blocked by a writer, thanks to WAL.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from backstretch.history.export import export_csv
from backstretch.history.records import (
    SessionRecord,
    StretchStatus,
    check_rating,
    session_from_rows,
    to_text,
)
from backstretch.history.recovery import (
    HistoryUnavailable,
    inspect,
    set_aside,
    storage_errors,
    unavailable,
)
from backstretch.history.schema import configure, migrate

# How long opening (and migrating) waits for another program's write to finish.
OPEN_TIMEOUT_SECONDS = 2.0
# How long a write waits for the lock before handing back HistoryBusy. Short: it runs
# on the GUI thread, between two frames of the figure.
WRITE_TIMEOUT_MS = 20


class HistoryStore:
    def __init__(self, connection: sqlite3.Connection, path: Path, problem: str | None) -> None:
        self._connection = connection
        self.path = path
        # A message for the user when the old file had to be set aside, else None.
        self.problem = problem
        # Sessions the last `sessions()` left out because their rows were unreadable.
        self.unreadable = 0

    @classmethod
    def open(cls, path: Path, wait_s: float = OPEN_TIMEOUT_SECONDS) -> HistoryStore:
        """The history at `path`, a damaged file set aside first (see `problem`).

        Opening (and migrating) waits up to `wait_s` for another program's write, then
        raises HistoryBusy; the GUI, which must not freeze, asks for a frame's wait and
        tries again later."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise HistoryUnavailable(
                f"The history folder {path.parent} cannot be created "
                f"({exc.strerror or exc}); this session will not be recorded.",
            ) from exc
        problem = None
        if path.exists():
            damage = inspect(path)
            if damage is not None:
                backup = set_aside(path)
                problem = (
                    f"Your stretch history file was damaged ({damage}). It has been kept as "
                    f"{backup.name} in {path.parent} and a new, empty history has been started."
                )
        connection = _connect(path, wait_s)
        try:
            configure(connection)
            migrate(connection)
            connection.execute(f"PRAGMA busy_timeout = {WRITE_TIMEOUT_MS}")
        except sqlite3.Error as exc:
            connection.close()
            raise unavailable(path, exc) from exc
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
        check_rating(pain_before)
        ids = [exercise_id for exercise_id, _ in planned]
        if len(set(ids)) != len(ids):
            raise ValueError(f"a stretch appears twice in the plan: {ids}")
        if any(repetitions < 0 for _, repetitions in planned):
            raise ValueError(f"planned repetitions cannot be negative: {list(planned)}")
        settings_json = json.dumps(dict(settings), sort_keys=True)
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (started_at, settings_json, pain_before) VALUES (?, ?, ?)",
                (to_text(started_at), settings_json, pain_before),
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
        completed_at = to_text(at)
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
                (to_text(ended_at), int(finished), session_id),
            )
            if cursor.rowcount == 0:
                raise ValueError(f"there is no session {session_id}")
            connection.execute(
                "UPDATE stretches SET status = ? WHERE session_id = ? AND status = ?",
                (settled, session_id, StretchStatus.IN_PROGRESS),
            )

    def set_pain_before(self, session_id: int, rating: int | None) -> None:
        """The rating given once the routine has begun (started from a reminder or the
        tray, with no home screen to rate on first)."""
        self._set_pain("pain_before", session_id, rating)

    def set_pain_after(self, session_id: int, rating: int | None) -> None:
        self._set_pain("pain_after", session_id, rating)

    def _set_pain(self, column: str, session_id: int, rating: int | None) -> None:
        check_rating(rating)
        with self._write() as connection:
            # `column` is one of two fixed names above, never user input.
            cursor = connection.execute(
                f"UPDATE sessions SET {column} = ? WHERE id = ?", (rating, session_id)
            )
            if cursor.rowcount == 0:
                raise ValueError(f"there is no session {session_id}")

    def wait_for_lock(self, timeout_ms: int) -> None:
        """Let the next writes wait up to `timeout_ms` for another program's lock (for
        the last writes before quitting, when no frame is waiting)."""
        self._connection.execute(f"PRAGMA busy_timeout = {int(timeout_ms)}")

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        connection = self._connection
        with storage_errors(self.path):
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
        """Sessions started at or after `since` (all if None), oldest first.

        A session whose rows are unreadable (edited by another program) is left out and
        counted in `unreadable`, so one bad row does not hide the rest.
        """
        start = "" if since is None else to_text(since)
        with storage_errors(self.path):
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
        stretches: dict[object, list[tuple[object, ...]]] = {}
        for session_id, *rest in stretch_rows:
            stretches.setdefault(session_id, []).append(tuple(rest))
        records = [session_from_rows(row, stretches.get(row[0], [])) for row in session_rows]
        readable = [record for record in records if record is not None]
        self.unreadable = len(records) - len(readable)
        # Text order is time order only for times this version wrote; sort by instant.
        readable.sort(key=lambda record: (record.started_at, record.id))
        return readable

    def export_csv(self, path: Path, zone: tzinfo = UTC) -> None:
        export_csv(path, self.sessions(), zone)


def _connect(path: Path, wait_s: float) -> sqlite3.Connection:
    try:
        # isolation_level=None: no implicit transactions; `_write` opens and commits each.
        return sqlite3.connect(path, timeout=wait_s, isolation_level=None)
    except sqlite3.Error as exc:
        raise unavailable(path, exc) from exc
