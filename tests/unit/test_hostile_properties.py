"""Property-based tests for every parser of input the app does not control.

Each property says what must hold for *any* input: the parser answers (a value or its
own refusal), never another exception, and what it accepts round-trips. To cover a new
parser, add a strategy for its hostile input and a test in the same shape.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backstretch.history.records import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    StretchStatus,
    session_from_rows,
    stretch_from_row,
)
from backstretch.platform.launch_request import (
    MAX_REQUEST_BYTES,
    InvalidRequest,
    LaunchRequest,
)
from backstretch.storage import JsonStore, Unreadable, decode, parse_json

# -- the JSON reader ---------------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**50), max_value=10**50)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)

# Text that looks a little like JSON, so the parser gets past its first character.
json_like = st.text(alphabet='{}[]":,0123456789-+.eEtruefalsnNI \\\n\t\x00é', max_size=300)


@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_with_a_reason(data):
    try:
        text = decode(data)
    except Unreadable as exc:
        assert exc.reason.startswith("it is not UTF-8")
    else:
        assert isinstance(text, str)


@given(json_like | st.text(max_size=300))
def test_any_text_parses_or_is_refused_with_a_reason(text):
    try:
        parse_json(text)
    except Unreadable as exc:
        assert exc.reason and exc.reason.startswith("it ")


@given(json_values)
def test_what_the_app_writes_reads_back_the_same(value):
    assert parse_json(json.dumps(value)) == value


@given(st.integers(min_value=1, max_value=300_000))
def test_nesting_of_any_depth_parses_or_is_refused(depth):
    try:
        parse_json("[" * depth + "]" * depth)
    except Unreadable as exc:
        assert "nested too deeply" in exc.reason


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=500) | json_like.map(lambda text: text.encode("utf-8")))
def test_a_store_never_loses_what_it_could_not_read(tmp_path_factory, content):
    folder = tmp_path_factory.mktemp("store")
    path = folder / "settings.json"
    path.write_bytes(content)
    store = JsonStore(path)
    data, message = store.load()
    store.save({"saved": True})
    copies = list(folder.glob("settings.json.bad-*"))
    if message is None:  # it was read: a JSON object, taken in as it is
        assert data == json.loads(content.decode("utf-8-sig")) and copies == []
    else:  # it was not: kept byte for byte beside the new file
        assert data == {} and [copy.read_bytes() for copy in copies] == [content]


# -- the launch request --------------------------------------------------------------------

requests = st.builds(
    lambda start, exercise, hidden: LaunchRequest(
        start=start, exercise=exercise if start else None, hidden=hidden
    ),
    st.booleans(),
    st.none() | st.from_regex(r"[a-z][a-z0-9-]{0,30}", fullmatch=True),
    st.booleans(),
)


@given(requests)
def test_every_request_round_trips_as_one_line(request):
    line = request.encode()
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert len(line) <= MAX_REQUEST_BYTES
    assert LaunchRequest.decode(line.rstrip(b"\n")) == request


@given(st.binary(max_size=MAX_REQUEST_BYTES + 100))
def test_any_bytes_on_the_socket_decode_or_are_refused(data):
    try:
        request = LaunchRequest.decode(data)
    except InvalidRequest:
        return
    assert isinstance(request, LaunchRequest)


@given(
    st.dictionaries(
        st.sampled_from(["version", "start", "exercise", "hidden", "other"]), json_values
    )
)
def test_any_json_object_on_the_socket_decodes_only_if_it_is_a_version_1_request(message):
    try:
        request = LaunchRequest.decode(json.dumps(message).encode())
    except InvalidRequest:
        return
    assert message["version"] == 1 and message["version"] is not True
    assert request.start is message.get("start", False)
    assert request.exercise == message.get("exercise")


# -- history rows --------------------------------------------------------------------------

# What SQLite can hand back from any column, whatever its declared type.
sqlite_values = (
    st.none()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False)
    | st.text(max_size=40)
    | st.binary(max_size=20)
    | st.datetimes(timezones=st.none() | st.timezones()).map(lambda moment: moment.isoformat())
)


@given(
    st.lists(sqlite_values, min_size=7, max_size=7),
    st.lists(st.lists(sqlite_values, min_size=5, max_size=5), max_size=3),
)
def test_any_session_row_is_a_record_or_left_out(row, stretch_rows):
    record = session_from_rows(row, stretch_rows)
    if record is None:
        return
    assert record.started_at.tzinfo is UTC
    assert EARLIEST_YEAR <= record.started_at.year <= LATEST_YEAR
    # What the export does with it cannot overflow, in any zone.
    for stretch in record.stretches:
        assert stretch.status in set(StretchStatus)


@given(st.lists(sqlite_values, min_size=5, max_size=5))
def test_any_stretch_row_is_a_record_or_refused_as_unreadable(row):
    try:
        stretch = stretch_from_row(row)
    except ValueError:
        return
    assert stretch.planned >= 0 and stretch.completed >= 0


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 2), max_value=datetime(8999, 12, 30), timezones=st.timezones()
    )
)
def test_every_time_the_app_writes_reads_back_as_the_same_instant(moment):
    from backstretch.history.records import parse_time, to_text

    # Compared in UTC: PEP 495 makes a time in a zone's gap or fold unequal to any other.
    assert parse_time(to_text(moment)) == moment.replace(microsecond=0).astimezone(UTC)


@pytest.mark.parametrize("zone_name", ["Pacific/Kiritimati", "Etc/GMT+12"])
@given(sqlite_values)
def test_a_readable_start_converts_to_any_zone(zone_name, value):
    from zoneinfo import ZoneInfo

    record = session_from_rows([1, value, None, None, "{}", None, None], [])
    if record is not None:
        record.started_at.astimezone(ZoneInfo(zone_name)).isoformat()
