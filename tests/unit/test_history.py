"""The SQLite session history: round trips, durability, migrations and damaged files."""

from __future__ import annotations

import contextlib
import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from backstretch.history import (
    SCHEMA_VERSION,
    HistoryStore,
    HistoryUnavailable,
    StretchStatus,
)

T0 = datetime(2024, 5, 6, 7, 30, tzinfo=UTC)
PLAN = [("bottom-to-heel", 3), ("knee-rolls", 2), ("back-extensions", 3)]
SETTINGS = {"exercises": ["bottom-to-heel", "knee-rolls", "back-extensions"], "hold": 5}

# Version 1 exactly as first released, written out here so that a change to the
# module's migrations cannot silently change what "a version 1 file" means.
V1_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    finished INTEGER CHECK (finished IN (0, 1)),
    settings_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE TABLE stretches (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    exercise_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    planned_repetitions INTEGER NOT NULL CHECK (planned_repetitions >= 0),
    status TEXT NOT NULL,
    PRIMARY KEY (session_id, exercise_id)
);
CREATE TABLE repetitions (
    session_id INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    repetition INTEGER NOT NULL CHECK (repetition >= 1),
    completed_at TEXT NOT NULL,
    PRIMARY KEY (session_id, exercise_id, repetition),
    FOREIGN KEY (session_id, exercise_id)
        REFERENCES stretches (session_id, exercise_id) ON DELETE CASCADE
);
PRAGMA user_version = 1;
"""


@pytest.fixture
def db_path(private_home):
    return private_home / "history.sqlite3"


@pytest.fixture
def store(db_path):
    with HistoryStore.open(db_path) as opened:
        yield opened


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def run_whole_routine(store: HistoryStore) -> int:
    session = store.start_session(T0, SETTINGS, PLAN, pain_before=4)
    minute = 0
    for exercise_id, repetitions in PLAN:
        for repetition in range(1, repetitions + 1):
            minute += 1
            store.record_repetition(session, exercise_id, repetition, at(minute))
        store.end_stretch(session, exercise_id, StretchStatus.DONE)
    store.finish_session(session, at(10), finished=True)
    store.set_pain_after(session, 2)
    return session


def raw(path):
    """A plain connection, closed after the `with` block, for looking at or tampering
    with a file."""
    return contextlib.closing(sqlite3.connect(path, isolation_level=None))


def test_a_finished_routine_round_trips(store, db_path):
    session = run_whole_routine(store)
    [record] = store.sessions()
    assert record.id == session
    assert record.started_at == T0
    assert record.ended_at == at(10)
    assert record.duration == timedelta(minutes=10)
    assert record.finished is True
    assert record.settings == SETTINGS
    assert (record.pain_before, record.pain_after) == (4, 2)
    assert [(s.exercise_id, s.position, s.planned, s.completed) for s in record.stretches] == [
        ("bottom-to-heel", 0, 3, 3),
        ("knee-rolls", 1, 2, 2),
        ("back-extensions", 2, 3, 3),
    ]
    assert {s.status for s in record.stretches} == {StretchStatus.DONE}
    assert (record.stretches_done, record.repetitions_done, record.repetitions_planned) == (
        3,
        8,
        8,
    )
    assert store.problem is None


def test_reopening_keeps_everything(db_path):
    with HistoryStore.open(db_path) as first:
        run_whole_routine(first)
        before = first.sessions()
    with HistoryStore.open(db_path) as second:
        assert second.sessions() == before


def test_times_in_any_zone_come_back_as_the_same_instant_in_utc(store):
    auckland = datetime(2024, 5, 6, 8, 15, tzinfo=ZoneInfo("Pacific/Auckland"))
    store.start_session(auckland, {}, PLAN)
    [record] = store.sessions()
    assert record.started_at == auckland
    assert record.started_at.utcoffset() == timedelta(0)
    assert record.finished is None and record.ended_at is None


def test_naive_times_are_refused(store):
    with pytest.raises(ValueError, match="time zone"):
        store.start_session(datetime(2024, 5, 6, 7, 30), {}, PLAN)


def test_a_repetition_done_again_after_back_is_counted_once(store):
    session = store.start_session(T0, {}, PLAN)
    store.record_repetition(session, "bottom-to-heel", 1, at(1))
    store.record_repetition(session, "bottom-to-heel", 2, at(2))
    store.record_repetition(session, "bottom-to-heel", 2, at(3))  # "back", then again
    [record] = store.sessions()
    heel = record.stretches[0]
    assert heel.completed == 2
    assert heel.status is StretchStatus.IN_PROGRESS
    assert record.stretches[1].status is StretchStatus.NOT_STARTED


def test_stopping_settles_the_stretch_in_progress_and_leaves_later_ones(store):
    session = store.start_session(T0, {}, PLAN)
    store.record_repetition(session, "bottom-to-heel", 1, at(1))
    store.end_stretch(session, "bottom-to-heel", StretchStatus.SKIPPED)
    store.record_repetition(session, "knee-rolls", 1, at(2))
    store.finish_session(session, at(3), finished=False)
    [record] = store.sessions()
    assert record.finished is False
    assert [s.status for s in record.stretches] == [
        StretchStatus.SKIPPED,
        StretchStatus.STOPPED_EARLY,
        StretchStatus.NOT_STARTED,
    ]
    assert record.stretches_done == 2 and record.repetitions_done == 2


def test_unknown_sessions_and_stretches_are_refused(store):
    session = store.start_session(T0, {}, PLAN)
    with pytest.raises(ValueError, match="not planned"):
        store.record_repetition(session, "cat-camel", 1, at(1))
    with pytest.raises(ValueError, match="not planned"):
        store.end_stretch(session, "cat-camel", StretchStatus.DONE)
    with pytest.raises(ValueError, match="no session"):
        store.finish_session(session + 1, at(2), finished=True)
    with pytest.raises(ValueError, match="numbered from 1"):
        store.record_repetition(session, "knee-rolls", 0, at(1))
    with pytest.raises(ValueError, match="twice"):
        store.start_session(T0, {}, [("knee-rolls", 2), ("knee-rolls", 3)])
    # Nothing half-written by the refused calls.
    [record] = store.sessions()
    assert record.repetitions_done == 0 and record.ended_at is None


@pytest.mark.parametrize("rating", [-1, 11, 2.5, True, "3"])
def test_pain_ratings_outside_0_to_10_are_refused(store, rating):
    session = store.start_session(T0, {}, PLAN)
    with pytest.raises(ValueError, match="0 to 10"):
        store.set_pain_after(session, rating)
    with pytest.raises(ValueError, match="0 to 10"):
        store.start_session(T0, {}, PLAN, pain_before=rating)


def test_pain_ratings_at_the_ends_of_the_scale_and_cleared(store):
    session = store.start_session(T0, {}, PLAN, pain_before=0)
    store.set_pain_after(session, 10)
    assert (store.sessions()[0].pain_before, store.sessions()[0].pain_after) == (0, 10)
    store.set_pain_after(session, None)
    assert store.sessions()[0].pain_after is None


def test_sessions_since_filters_by_start_across_zones(store):
    first = store.start_session(T0, {}, PLAN)
    second = store.start_session(at(60 * 24), {}, PLAN)
    # The same instant as the second start, written in Los Angeles time.
    since = at(60 * 24).astimezone(ZoneInfo("America/Los_Angeles"))
    assert [r.id for r in store.sessions(since=since)] == [second]
    assert [r.id for r in store.sessions()] == [first, second]


def test_the_file_uses_wal_and_a_second_connection_reads_committed_rows(store, db_path):
    session = store.start_session(T0, {}, PLAN)
    store.record_repetition(session, "bottom-to-heel", 1, at(1))
    with HistoryStore.open(db_path) as reader:
        [record] = reader.sessions()
        assert record.repetitions_done == 1 and record.finished is None
        # The writer goes on while the reader is open.
        store.record_repetition(session, "bottom-to-heel", 2, at(2))
        assert reader.sessions()[0].repetitions_done == 2
    with raw(db_path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_reader_is_not_blocked_by_an_open_write_transaction(store, db_path):
    session = store.start_session(T0, {}, PLAN)
    store.record_repetition(session, "bottom-to-heel", 1, at(1))
    with raw(db_path) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute(
            "INSERT INTO repetitions VALUES (?, 'bottom-to-heel', 2, ?)", (session, at(2))
        )
        # Committed rows only, and no waiting for the writer's lock.
        assert store.sessions()[0].repetitions_done == 1
        writer.execute("ROLLBACK")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_killed_process_keeps_every_repetition_it_recorded(db_path):
    script = textwrap.dedent(
        f"""
        import os, signal
        from datetime import datetime, UTC
        from pathlib import Path
        from backstretch.history import HistoryStore
        store = HistoryStore.open(Path({str(db_path)!r}))
        session = store.start_session(datetime.now(UTC), {{}}, [("knee-rolls", 5)])
        for repetition in (1, 2, 3):
            store.record_repetition(session, "knee-rolls", repetition, datetime.now(UTC))
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == -signal.SIGKILL
    with HistoryStore.open(db_path) as store:
        [record] = store.sessions()
        assert record.repetitions_done == 3
        assert record.finished is None
        assert store.problem is None


def test_a_version_1_file_is_migrated_and_keeps_its_sessions(db_path):
    db_path.parent.mkdir(parents=True)
    with raw(db_path) as connection:
        connection.executescript(V1_SCHEMA)
        connection.execute(
            "INSERT INTO sessions VALUES (1, '2024-05-01T07:30:00+00:00',"
            " '2024-05-01T07:40:00+00:00', 1, '{\"hold\": 5}')"
        )
        connection.execute("INSERT INTO stretches VALUES (1, 'knee-rolls', 0, 2, 'done')")
        connection.execute(
            "INSERT INTO repetitions VALUES (1, 'knee-rolls', 1, '2024-05-01T07:35:00+00:00')"
        )

    with HistoryStore.open(db_path) as store:
        [old] = store.sessions()
        assert old.finished is True and old.settings == {"hold": 5}
        assert old.pain_before is None and old.pain_after is None
        assert old.stretches[0].completed == 1
        assert old.stretches[0].status is StretchStatus.DONE
        store.set_pain_after(old.id, 3)  # the version 2 column is there and usable
        assert store.sessions()[0].pain_after == 3

    with raw(db_path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2


def backups(folder):
    return sorted(p.name for p in folder.iterdir() if ".bad-" in p.name)


def test_a_file_of_garbage_is_set_aside_with_its_wal_and_a_fresh_history_starts(db_path):
    db_path.parent.mkdir(parents=True)
    garbage = bytes(range(256)) * 16
    db_path.write_bytes(garbage)
    db_path.with_name(db_path.name + "-wal").write_bytes(b"the wal of the damaged file")
    with HistoryStore.open(db_path) as store:
        backup, *companions = backups(db_path.parent)
        assert backup.startswith("history.sqlite3.bad-")
        assert backup + "-wal" in companions
        assert (db_path.parent / backup).read_bytes() == garbage
        wal = db_path.parent / (backup + "-wal")
        assert wal.read_bytes() == b"the wal of the damaged file"
        assert store.problem is not None
        assert backup in store.problem
        assert store.sessions() == []
        run_whole_routine(store)
        assert len(store.sessions()) == 1


def test_a_database_with_damaged_pages_is_set_aside_with_its_wal(db_path):
    with HistoryStore.open(db_path) as store:
        for _ in range(30):
            run_whole_routine(store)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) > 3 * page_size
    # Keep the header page; scribble over every page after it.
    data[page_size:] = b"\xa5" * (len(data) - page_size)
    db_path.write_bytes(bytes(data))
    stale_wal = db_path.with_name(db_path.name + "-wal")
    stale_wal.write_bytes(b"not a real wal")

    with HistoryStore.open(db_path) as store:
        assert store.problem is not None and "damaged" in store.problem
        main, *companions = backups(db_path.parent)
        assert main + "-wal" in companions
        assert main in store.problem
        assert not stale_wal.exists() or stale_wal.read_bytes() != b"not a real wal"
        assert store.sessions() == []


def test_an_unrelated_sqlite_file_is_set_aside(db_path):
    db_path.parent.mkdir(parents=True)
    with raw(db_path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    with HistoryStore.open(db_path) as store:
        assert store.problem is not None and "not a Backstretch history" in store.problem
        assert len(backups(db_path.parent)) == 1


@pytest.mark.parametrize("journal", ["empty file", "wal set, no tables"])
def test_a_file_left_before_its_tables_were_made_opens_as_an_empty_history(db_path, journal):
    # A process killed while creating the history leaves a file with no tables yet.
    db_path.parent.mkdir(parents=True)
    if journal == "empty file":
        db_path.write_bytes(b"")
    else:
        with raw(db_path) as connection:
            connection.execute("PRAGMA journal_mode = WAL")
    with HistoryStore.open(db_path) as store:
        assert store.problem is None
        assert backups(db_path.parent) == []
        store.start_session(datetime(2026, 3, 2, 9, tzinfo=UTC), {}, [("knee-rolls", 10)])
        assert [s.stretches[0].planned for s in store.sessions()] == [10]


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(db_path):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)
    with raw(db_path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = db_path.read_bytes()

    with pytest.raises(HistoryUnavailable, match="newer version"):
        HistoryStore.open(db_path)
    assert db_path.read_bytes() == before
    assert backups(db_path.parent) == []


def test_a_folder_that_cannot_be_created_makes_history_unavailable(tmp_path):
    # A regular file where the folder should be: fails for every user, root included.
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(HistoryUnavailable, match="cannot be created") as caught:
        HistoryStore.open(blocker / "history.sqlite3")
    assert isinstance(caught.value, OSError)


def test_a_folder_in_the_place_of_the_file_makes_history_unavailable(db_path):
    db_path.mkdir(parents=True)
    with pytest.raises(HistoryUnavailable, match="cannot be used"):
        HistoryStore.open(db_path)


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="folder permissions do not stop root (or Windows) from writing",
)
def test_a_read_only_folder_makes_history_unavailable(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(HistoryUnavailable):
            HistoryStore.open(folder / "history.sqlite3")
    finally:
        folder.chmod(0o755)


def read_csv(path):
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_csv_export_has_one_row_per_session_with_the_documented_columns(store, tmp_path):
    run_whole_routine(store)
    stopped = store.start_session(at(60), {"hold": 3}, [("knee-rolls", 4), ("cat-camel", 2)])
    store.record_repetition(stopped, "knee-rolls", 1, at(61))
    store.finish_session(stopped, at(63), finished=False)
    store.start_session(at(120), {}, [("knee-rolls", 2)])  # never ended

    target = tmp_path / "export" / "history.csv"
    store.export_csv(target)
    rows = read_csv(target)
    assert list(rows[0]) == [
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
        "done:bottom-to-heel",
        "planned:bottom-to-heel",
        "done:knee-rolls",
        "planned:knee-rolls",
        "done:back-extensions",
        "planned:back-extensions",
        "done:cat-camel",
        "planned:cat-camel",
    ]
    whole, stopped_row, open_row = rows
    assert whole["started_at"] == "2024-05-06T07:30:00+00:00"
    assert whole["ended_at"] == "2024-05-06T07:40:00+00:00"
    assert whole["duration_minutes"] == "10.0"
    assert whole["finished"] == "yes"
    assert (whole["stretches_done"], whole["repetitions_done"]) == ("3", "8")
    assert whole["repetitions_planned"] == "8"
    assert (whole["pain_before"], whole["pain_after"]) == ("4", "2")
    assert whole["done:knee-rolls"] == "2" and whole["planned:knee-rolls"] == "2"
    assert whole["done:cat-camel"] == "" and whole["planned:cat-camel"] == ""

    assert stopped_row["finished"] == "no"
    assert stopped_row["duration_minutes"] == "3.0"
    assert stopped_row["settings"] == '{"hold": 3}'
    assert (stopped_row["pain_before"], stopped_row["pain_after"]) == ("", "")
    assert stopped_row["done:cat-camel"] == "0" and stopped_row["planned:cat-camel"] == "2"
    assert stopped_row["done:bottom-to-heel"] == ""

    assert open_row["finished"] == "" and open_row["ended_at"] == ""
    assert open_row["duration_minutes"] == ""


def test_csv_export_writes_times_in_the_chosen_zone(store, tmp_path):
    run_whole_routine(store)
    target = tmp_path / "history.csv"
    store.export_csv(target, zone=ZoneInfo("Pacific/Auckland"))
    [row] = read_csv(target)
    assert row["started_at"] == "2024-05-06T19:30:00+12:00"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def backups_named(folder):
    return [name for name in backups(folder) if not name.endswith(("-wal", "-shm"))]


@pytest.mark.parametrize("version", [-1, -3, -(2**31)])
def test_a_negative_schema_version_is_set_aside_as_damage(db_path, version):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)
    with raw(db_path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    with HistoryStore.open(db_path) as store:
        assert store.problem is not None
        assert f"version {version}" in store.problem
        assert "another Backstretch" not in store.problem
        assert len(backups_named(db_path.parent)) == 1
        assert store.sessions() == []
        run_whole_routine(store)  # the fresh history works
        assert len(store.sessions()) == 1


def test_a_renamed_column_is_set_aside_with_a_sentence_naming_it(db_path):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)
    with raw(db_path) as connection:
        connection.execute("ALTER TABLE sessions RENAME COLUMN started_at TO begun_at")
    with HistoryStore.open(db_path) as store:
        assert store.problem is not None
        assert "'started_at'" in store.problem and "sessions" in store.problem
        assert "another Backstretch" not in store.problem
        assert len(backups_named(db_path.parent)) == 1
        assert store.sessions() == []


def test_a_dropped_column_of_an_older_version_is_set_aside(db_path):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)
    with raw(db_path) as connection:
        connection.execute("ALTER TABLE repetitions DROP COLUMN completed_at")
        connection.execute("PRAGMA user_version = 1")
    with HistoryStore.open(db_path) as store:
        assert store.problem is not None and "'completed_at'" in store.problem


# Values another program could leave in a row, with the column they go into. Each must
# make its session unreadable (left out and counted), never raise.
HOSTILE_VALUES = [
    ("sessions", "started_at", "yesterday"),
    ("sessions", "started_at", "2024-05-06T07:30:00"),  # naive
    ("sessions", "started_at", "0001-01-01T00:00:00+00:00"),  # overflows in a zone west of UTC
    ("sessions", "started_at", "9999-12-31T23:59:59+00:00"),  # overflows east of UTC
    ("sessions", "started_at", 12345),
    ("sessions", "ended_at", "soon"),
    ("sessions", "ended_at", b"\x00\xff"),
    ("sessions", "finished", "yes"),
    ("sessions", "finished", 2),
    ("sessions", "pain_before", "bad"),
    ("sessions", "pain_after", 11),
    ("sessions", "pain_after", 3.5),
    ("stretches", "status", "finished!"),
    ("stretches", "planned_repetitions", "ten"),
    ("stretches", "planned_repetitions", -4),
    ("stretches", "position", "first"),
    ("stretches", "exercise_id", b"\xff"),  # a blob: TEXT affinity keeps it one
]


def tamper(db_path, table, column, value):
    """Write a value no Backstretch writes, past the table's CHECK constraints."""
    with raw(db_path) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("PRAGMA foreign_keys = OFF")
        row = "id = 1" if table == "sessions" else "session_id = 1 AND position = 0"
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE {row}", (value,))


@pytest.mark.parametrize(("table", "column", "value"), HOSTILE_VALUES)
def test_a_row_with_a_value_no_backstretch_writes_is_left_out_and_counted(
    db_path, tmp_path, table, column, value
):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)  # session 1: tampered with below
        run_whole_routine(store)  # session 2: stays readable
    tamper(db_path, table, column, value)
    with HistoryStore.open(db_path) as store:
        assert store.problem is None  # the file is sound: only a row is not
        records = store.sessions()
        assert [record.id for record in records] == [2]
        assert store.unreadable == 1
        for zone in (ZoneInfo("Pacific/Auckland"), ZoneInfo("America/Los_Angeles"), UTC):
            store.export_csv(tmp_path / "out.csv", zone)
            assert len(read_csv(tmp_path / "out.csv")) == 1


def test_damaged_settings_in_a_row_read_as_no_options(db_path):
    with HistoryStore.open(db_path) as store:
        run_whole_routine(store)
    tamper(db_path, "sessions", "settings_json", "[" * 100_000)
    with HistoryStore.open(db_path) as store:
        [record] = store.sessions()
        assert record.settings == {} and store.unreadable == 0


def test_sessions_come_back_in_time_order_whatever_offset_they_were_stored_with(db_path):
    with HistoryStore.open(db_path) as store:
        store.start_session(T0, {}, PLAN)
        store.start_session(T0 + timedelta(hours=1), {}, PLAN)
    # Text order puts "08:00+05:00" (03:00 UTC) after "07:30+00:00": time order does not.
    tamper(db_path, "sessions", "started_at", "2024-05-06T08:00:00+05:00")
    with HistoryStore.open(db_path) as store:
        assert [record.id for record in store.sessions()] == [1, 2]


def test_a_fifo_where_the_history_should_be_is_set_aside_without_waiting(tmp_path):
    import os

    from backstretch.history import HistoryStore

    path = tmp_path / "history.sqlite3"
    os.mkfifo(path)  # SQLite would wait for ever for a writer at its other end
    with HistoryStore.open(path) as store:
        assert store.problem is not None and "not a regular file" in store.problem
        assert store.sessions() == []
    assert list(tmp_path.glob("history.sqlite3.bad-*"))
