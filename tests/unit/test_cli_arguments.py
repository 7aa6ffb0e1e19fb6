"""Command lines the parser alone would let through: each is refused with one message
and status 2 before anything starts."""

from __future__ import annotations

import pytest

from backstretch import cli

REFUSED = {
    "--speed 1e-6": (["--start", "--speed", "1e-6"], "must be from 0.1 to 1000"),
    "--speed 5e-324": (["--start", "--speed", "5e-324"], "must be from 0.1 to 1000"),
    "--speed 1e308": (["--speed", "1e308"], "must be from 0.1 to 1000"),
    "--speed nan": (["--speed", "nan"], "not a number"),
    "--speed inf": (["--speed", "inf"], "not a number"),
    "--exercise ''": (["--start", "--exercise", ""], "needs the name of a stretch"),
    "--exercise ' '": (["--start", "--exercise", "  "], "needs the name of a stretch"),
    "--exercise without --start": (["--exercise", "knee-rolls"], "use it with --start"),
    "--strat": (["--strat"], "unknown option --strat"),
    "-platfrom": (["-platfrom", "offscreen"], "unknown option -platfrom"),
    "-platform with no value": (["-platform"], "-platform needs a value"),
    "a stray word": (["start"], "unexpected argument 'start'"),
    "--remind-in 0": (["--remind-in", "0"], "must be above 0"),
}


@pytest.mark.parametrize(("argv", "expected"), REFUSED.values(), ids=REFUSED.keys())
def test_a_command_line_that_cannot_work_is_refused_with_one_message(argv, expected, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)
    assert caught.value.code == 2
    error = capsys.readouterr().err
    [message] = [line for line in error.splitlines() if line.startswith("backstretch: ")]
    assert expected in message
    assert "Traceback" not in error


def test_a_phase_log_that_cannot_be_written_is_refused_before_anything_starts(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    with pytest.raises(SystemExit) as caught:
        cli.main(["--start", "--phase-log", str(blocker / "phases.jsonl")])
    assert caught.value.code == 2
    error = capsys.readouterr().err
    assert error.rstrip().endswith(f"a file is in the way of the folder {blocker}.")
    assert "Traceback" not in error


@pytest.mark.parametrize(
    "argv",
    [
        ["-platform", "offscreen"],
        ["-platform=offscreen", "-reverse"],
        ["-style", "fusion", "--start", "--exercise", "knee-rolls"],
        ["--speed", "0.1"],
        ["--speed", "1000"],
    ],
)
def test_qt_options_that_make_sense_and_speeds_in_range_pass(argv):
    parser = cli.build_parser()
    args, qt_args = parser.parse_known_args(argv)
    cli.check_arguments(parser, args, qt_args)  # raises SystemExit if refused


@pytest.mark.parametrize(
    "argv",
    [
        [],
        *([flag] for flag in cli.FLAGS),
        list(cli.FLAGS),
        ["--hidden", "--hidden"],
    ],
    ids=repr,
)
def test_flags_alone_read_as_the_parser_reads_them(argv):
    parser = cli.build_parser()
    assert cli.parse_arguments(argv) == parser.parse_known_args(argv)


def test_every_option_of_the_parser_has_its_default_in_one_table():
    parser = cli.build_parser()
    options = {action.dest for action in parser._actions if action.dest not in ("help", "version")}
    assert options == set(cli.DEFAULTS)
