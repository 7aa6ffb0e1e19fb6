"""What the history holds, as values, and how a stored row becomes one.

A row is parsed with suspicion: the file may have been edited by hand or by another
program, so a time that is not an aware ISO-8601 moment, a status this version does
not know, or text where a number belongs makes the row unreadable. `session_from_rows`
then returns None and the caller leaves that session out and says how many it left out,
rather than showing a traceback or a made-up value.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

# Years a stored time may fall in. Outside them a time is garbage, and converting it
# to a local zone could overflow datetime's range.
EARLIEST_YEAR = 1900
LATEST_YEAR = 9000
# A stored repetition count or plan size beyond this is not one a person did.
MOST_REPETITIONS = 10_000


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
    def kept_up(self) -> bool:
        """Ran to the end with something done: what streaks and the week count (a
        routine skipped through to the end is not one)."""
        return bool(self.finished) and self.repetitions_done > 0

    @property
    def repetitions_planned(self) -> int:
        return sum(stretch.planned for stretch in self.stretches)


class UnreadableRow(ValueError):
    """A stored row that does not hold what this version writes."""


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"history times need a time zone: {moment!r}")
    # Whole seconds in UTC: one fixed width and offset, so text comparison is time order.
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def check_rating(rating: int | None) -> None:
    if rating is None:
        return
    if isinstance(rating, bool) or not isinstance(rating, int) or not 0 <= rating <= 10:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, not {rating!r}")


def parse_time(value: object) -> datetime:
    """A stored moment: ISO-8601 text with an offset, within a sane range of years."""
    if not isinstance(value, str) or len(value) > 64:
        raise UnreadableRow(f"not a stored time: {value!r:.80}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UnreadableRow(f"not a stored time: {value!r}") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise UnreadableRow(f"a stored time without its offset: {value!r}")
    if not EARLIEST_YEAR <= moment.year <= LATEST_YEAR:
        raise UnreadableRow(f"a stored time out of range: {value!r}")
    return moment.astimezone(UTC)


def parse_count(value: object, lowest: int = 0, highest: int = MOST_REPETITIONS) -> int:
    # SQLite stores what it is given: text or a real can sit in an INTEGER column.
    if isinstance(value, bool) or not isinstance(value, int) or not lowest <= value <= highest:
        raise UnreadableRow(f"not a whole number from {lowest} to {highest}: {value!r:.80}")
    return value


def parse_rating(value: object) -> int | None:
    return None if value is None else parse_count(value, 0, 10)


def parse_finished(value: object) -> bool | None:
    if value is None:
        return None
    if value in (0, 1) and isinstance(value, int):
        return bool(value)
    raise UnreadableRow(f"finished is 0, 1 or empty, not {value!r:.80}")


def parse_status(value: object) -> StretchStatus:
    if isinstance(value, str) and value in set(StretchStatus):
        return StretchStatus(value)
    raise UnreadableRow(f"not a stretch status: {value!r:.80}")


def parse_settings(value: object) -> dict[str, object]:
    """The routine options as stored; anything but a JSON object reads as no options
    (they are informative only, so a damaged copy does not make the session unreadable)."""
    if not isinstance(value, str):
        return {}
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        return {}
    return parsed if isinstance(parsed, dict) else {}


def stretch_from_row(row: Sequence[object]) -> StretchRecord:
    """(exercise_id, position, planned_repetitions, status, completed count)."""
    exercise_id, position, planned, status, completed = row
    if not isinstance(exercise_id, str) or not exercise_id:
        raise UnreadableRow(f"not a stretch name: {exercise_id!r:.80}")
    return StretchRecord(
        exercise_id=exercise_id,
        position=parse_count(position),
        planned=parse_count(planned),
        completed=parse_count(completed),
        status=parse_status(status),
    )


def session_from_rows(
    row: Sequence[object], stretch_rows: Sequence[Sequence[object]]
) -> SessionRecord | None:
    """A session from its row (id, started_at, ended_at, finished, settings_json,
    pain_before, pain_after) and its stretches' rows; None if any of them is unreadable."""
    try:
        session_id, started_at, ended_at, finished, settings_json, pain_before, pain_after = row
        if isinstance(session_id, bool) or not isinstance(session_id, int):
            raise UnreadableRow(f"not a session id: {session_id!r:.80}")
        return SessionRecord(
            id=session_id,
            started_at=parse_time(started_at),
            ended_at=None if ended_at is None else parse_time(ended_at),
            finished=parse_finished(finished),
            settings=parse_settings(settings_json),
            pain_before=parse_rating(pain_before),
            pain_after=parse_rating(pain_after),
            stretches=tuple(stretch_from_row(stretch) for stretch in stretch_rows),
        )
    except ValueError:  # UnreadableRow, or a row of the wrong shape
        return None
