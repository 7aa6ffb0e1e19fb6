"""The history as CSV, one row per session, oldest first:

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

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, tzinfo
from pathlib import Path

from backstretch.history.records import SessionRecord
from backstretch.storage import write_user_file

HEADER = (
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
)


def csv_text(records: Sequence[SessionRecord], zone: tzinfo = UTC) -> str:
    """The sessions as CSV text (columns in the module docstring)."""
    exercise_ids: dict[str, None] = {}
    for record in records:
        for stretch in record.stretches:
            exercise_ids.setdefault(stretch.exercise_id)
    header = list(HEADER)
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
    return buffer.getvalue()


def export_csv(path: Path, records: Sequence[SessionRecord], zone: tzinfo = UTC) -> None:
    """Write the sessions as CSV to a file the user chose.

    Raises `storage.StorageError` when the file cannot be written; an existing file is
    then left as it was.
    """
    write_user_file(path, csv_text(records, zone).encode("utf-8"))
