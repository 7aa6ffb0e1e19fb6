"""Every sentence Backstretch builds from state, in one place (and so one place to
translate): positions, sides, doses, durations, time left, reminders, the summary, the
words spoken aloud, phase titles, and the problems it reports.

Fixed texts that belong to one widget stay with it; the exercise texts come from the
content files. Pure Python (no Qt): each function takes the state it describes.
Counts always agree with their nouns ("1 stretch", "2 stretches").
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime

from backstretch.fields import Expected, FieldProblem
from backstretch.reminders import Hold
from backstretch.session import Phase, Side, Step, Summary
from backstretch.settings import Section, SettingProblem

# -- counts and durations ----------------------------------------------------------------


def count(number: int, one: str, many: str) -> str:
    """'1 stretch', '3 stretches', '0 repetitions'."""
    return f"{number} {one if number == 1 else many}"


def stretches(number: int) -> str:
    return count(number, "stretch", "stretches")


def repetitions(number: int) -> str:
    return count(number, "repetition", "repetitions")


def minutes(number: int) -> str:
    return count(number, "minute", "minutes")


def about_minutes(seconds: float) -> str:
    """A routine's length as people say it: 'about 6 minutes', 'under a minute'."""
    whole = round(seconds / 60)
    return "under a minute" if whole < 1 else f"about {minutes(whole)}"


def elapsed(seconds: float) -> str:
    """'4 min 05 s', or '45 s' under a minute."""
    whole, rest = divmod(round(seconds), 60)
    return f"{whole} min {rest:02d} s" if whole else f"{rest} s"


def time_left(seconds: float) -> str:
    whole, rest = divmod(max(0, round(seconds)), 60)
    return f"{whole}:{rest:02d} left"


def routine_length(chosen: int, seconds: float) -> str:
    """The line under the Start button: '3 stretches · about 6 minutes'."""
    if chosen == 0:
        return "No stretch chosen: see Reminders and settings"
    return f"{stretches(chosen)} · {about_minutes(seconds)}"


# -- the session screen ------------------------------------------------------------------

PHASE_TITLES: dict[Phase, str] = {
    Phase.NEXT: "NEXT UP",
    Phase.GET_READY: "GET READY",
    Phase.STRETCH: "STRETCH",
    Phase.HOLD: "HOLD",
    Phase.RELEASE: "RELEASE",
    Phase.REST: "REST",
    Phase.DONE: "WELL DONE",
}
SIDE_NAMES: dict[Side, str] = {Side.LEFT: "left", Side.RIGHT: "right"}


def phase_title(phase: Phase) -> str:
    return PHASE_TITLES[phase]


def side_name(side: Side | None) -> str:
    return SIDE_NAMES[side] if side is not None else "side"


def position(step: Step) -> str:
    """'Repetition 3 of 10 · left side', or what the lead-in phases are about."""
    if step.phase is Phase.NEXT:
        return "Change position"
    if step.phase is Phase.GET_READY:
        return repetitions(step.repetitions) + (" · both sides" if step.side else "")
    side = f" · {side_name(step.side)} side" if step.side else ""
    return f"Repetition {step.repetition} of {step.repetitions}{side}"


def stretch_position(index: int, count_in_routine: int) -> str:
    """'Stretch 2 of 3', or 'Single stretch' when only one runs."""
    if count_in_routine > 1:
        return f"Stretch {index + 1} of {count_in_routine}"
    return "Single stretch"


def next_exercise(title: str, starting_summary: str) -> str:
    return f"Next: {title}. {starting_summary}."


def then(following: Step | None, current: Step | None, title_of: Callable[[str], str]) -> str:
    """What comes after the current step, in one short line."""
    if following is None:
        return "Next: finish"
    if current is None or following.exercise_id != current.exercise_id:
        return f"Then: {title_of(following.exercise_id)}"
    phase = phase_title(following.phase).capitalize()
    seconds = f"{following.duration:g} s"
    if following.phase is Phase.STRETCH and following.side:
        return f"Then: {phase} to the {side_name(following.side)} · {seconds}"
    return f"Then: {phase} · {seconds}"


def cautions(texts: Sequence[str]) -> str:
    return "⚠ " + "  ⚠ ".join(texts)


def announcement(step: Step, instruction: str) -> str:
    """What a screen reader hears when a phase begins."""
    return f"{phase_title(step.phase).capitalize()}. {position(step)}. {instruction}"


# -- what the voice says -------------------------------------------------------------------

ROUTINE_DONE = "Well done. That is the end of the routine."
COUNTDOWN = {3: "three", 2: "two", 1: "one"}


def spoken(step: Step, title: str, instruction: str) -> str:
    """What a voice says on arriving at `step` (the instruction comes from the content)."""
    if step.phase is Phase.NEXT:
        return f"Next: {title}."
    if step.phase is Phase.GET_READY:
        return f"{title}. Get ready. {instruction}"
    if step.phase is Phase.STRETCH:
        side = f", {side_name(step.side)} side" if step.side else ""
        return f"{title}, repetition {step.repetition} of {step.repetitions}{side}. {instruction}"
    if step.phase is Phase.HOLD:
        return f"Hold. {instruction}"
    if step.phase is Phase.RELEASE:
        return f"Release. {instruction}"
    return f"Rest. {instruction}"


# -- the summary -------------------------------------------------------------------------


def summary_headline(summary: Summary) -> str:
    return "Well done!" if summary.finished else "Routine stopped"


def summary_totals(summary: Summary) -> str:
    """'3 stretches · 28 repetitions in all · 6 min 10 s'."""
    return (
        f"{stretches(summary.stretches_done)} · "
        f"{repetitions(summary.repetitions_done)} in all · {elapsed(summary.seconds)}"
    )


def summary_line(title: str, completed: int, planned: int) -> str:
    return f"{title}: {completed} of {planned}"


def summary_encouragement(summary: Summary) -> str:
    if summary.finished:
        return "See you at your next stretch. A few minutes every day is what helps."
    return "Every repetition counts. Come back when you are ready."


# -- reminders -----------------------------------------------------------------------------

REMINDER_TITLE = "Time for your back stretches"
MISSED_TITLE = "Missed: your back stretches"
WELCOME_BACK_TITLE = "Welcome back — time for your stretches"


def reminder_body(chosen: int, seconds: float) -> str:
    """'3 gentle stretches, about 6 minutes.'"""
    return f"{chosen} gentle {'stretch' if chosen == 1 else 'stretches'}, {about_minutes(seconds)}."


def snooze_label(snooze_minutes: int) -> str:
    return f"Snooze {snooze_minutes} min"


def _when(moment: datetime, now: datetime) -> str:
    clock = moment.strftime("%H:%M")
    days = (moment.date() - now.date()).days
    if days == 0:
        return clock
    if days == 1:
        return f"{clock} tomorrow"
    return f"{clock} on {moment.strftime('%A')}"


def times(number: int) -> str:
    """'once', 'twice', '3 times'."""
    return {1: "once", 2: "twice"}.get(number, f"{number} times")


def reminder_title(missed: bool, welcome_back: bool) -> str:
    if welcome_back:
        return WELCOME_BACK_TITLE
    return MISSED_TITLE if missed else REMINDER_TITLE


_WAITING: dict[Hold, str] = {
    Hold.FULL_SCREEN: "Waiting until your full-screen window closes",
    Hold.CAMERA: "Waiting until your camera is no longer in use",
    Hold.SYSTEM: "Waiting until Do Not Disturb is off",
    Hold.AWAY: "Waiting for you to come back",
}


def waiting(reason: Hold) -> str:
    """Why the reminder that is due has not come: 'Waiting until your full-screen …'."""
    return _WAITING[reason]


def done_for_today(routines: int) -> str:
    return f"You have done your stretches {times(routines)} today: well done"


def next_reminder(
    due: datetime | None,
    paused_until: datetime | None,
    now: datetime,
    *,
    waiting_for: Hold | None = None,
    routines_today: int = 0,
    resting: bool = False,
) -> str:
    """The line about the next reminder, in the tray and in the settings."""
    if paused_until is not None and paused_until > now:
        return f"Reminders paused until {_when(paused_until, now)}"
    if waiting_for is not None:
        return waiting(waiting_for)
    if resting:
        rest = done_for_today(routines_today)
        return f"{rest}. Next reminder at {_when(due, now)}" if due is not None else rest
    if due is None:
        return "No reminder planned"
    return f"Next reminder at {_when(due, now)}"


def rest_notice(routines: int) -> str:
    """Said once when the daily limit is reached."""
    return f"{done_for_today(routines)}. Reminders rest until tomorrow."


# -- the reminders tab of the settings ------------------------------------------------------

REMIND_ME = "Remind me to stretch"
WHEN = "When"
EVERY = "Every"
WITHIN_PERIODS = "within the periods below"
AT_THESE_TIMES = "At these times:"
PERIODS_EXPLAINED = (
    "Reminders come only within each day's periods, the first one interval after a period "
    "starts; leave a day's periods empty, or untick it, for no reminders that day."
)
PERIODS_IN_FIXED_MODE = (
    "At fixed times the periods do not apply: reminders come at those times on the ticked days."
)
HOW_MUCH = "A healthy amount"
REST_AFTER = "Routines a day, then reminders rest:"
NO_LIMIT = "no limit"
DAILY_LIMIT_EXPLAINED = (
    "A few minutes every day is what helps, and overdoing it does not: after this many "
    "finished routines, reminders rest until the next day."
)
SNOOZE_FOR = "Snooze for"
NATURAL_BREAKS = "Natural breaks"
NOTICE_BREAKS = "Count time away from the computer as a break after"
NATURAL_BREAKS_EXPLAINED = (
    "Time without keyboard or mouse, a locked screen or a sleeping computer, of at least "
    "this long, is a break: the interval starts again when you are back, and a reminder "
    "at a fixed time waits for you and comes once, as a welcome back."
)
DO_NOT_DISTURB = "Do not disturb"
WAIT_AT_MOST = "Wait at most"
THEN_DROP = "then skip that reminder"
DO_NOT_DISTURB_EXPLAINED = (
    "A reminder that falls due at such a moment waits until it is over; one that has "
    "waited longer than this is skipped for that time, so reminders never pile up."
)
NO_TRAY_NOTE = (
    "This desktop has no system tray: reminders arrive only while the Backstretch window "
    "is open (it may be minimised)."
)
NO_FIXED_TIME = "Enter at least one time, for example 10:30."
NO_DAY = "Choose at least one day."
NO_PERIOD = "Give at least one ticked day a period, for example 09:00–12:00."
_WAIT_CHOICES: dict[Hold, str] = {
    Hold.SYSTEM: "Wait while the system's Do Not Disturb is on",
    Hold.FULL_SCREEN: "Wait while a full-screen window is in front (a presentation, a film)",
    Hold.CAMERA: "Wait while a camera is in use (a video call)",
}
_CANNOT_TELL: dict[Hold, str] = {
    Hold.SYSTEM: "This desktop has no Do Not Disturb that Backstretch can read.",
    Hold.FULL_SCREEN: "The window manager here does not say which window is in front.",
    Hold.CAMERA: "This system does not show which devices are open.",
}


def wait_choice(reason: Hold) -> str:
    return _WAIT_CHOICES[reason]


def cannot_tell(reason: Hold) -> str:
    """Why this system cannot tell a do-not-disturb reason, said under its choice."""
    return _CANNOT_TELL[reason]


def idle_sources(names: Sequence[str]) -> str:
    """Which back ends tell the time away, or why reminders cannot notice it."""
    if not names:
        return (
            "This system does not say how long you have been away or whether the screen is "
            "locked, so reminders come at their times whatever you do."
        )
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    return f"Time away is noticed through {listed}."


def bad_period(entry: str) -> str:
    return f"“{entry}” is not a period; write it like 09:00–12:00."


NO_TRAY_QUESTION = (
    "This desktop has no system tray, so reminders only arrive while Backstretch is "
    "running. Quit anyway?"
)
PAIN_ADVICE = (
    "Your back has felt worse after each of your last two routines. Consider pausing the "
    "stretches and talking to a doctor or physiotherapist before you go on."
)


def bad_time(entry: str) -> str:
    return f"“{entry}” is not a time of day; write it like 10:30."


# -- problems ----------------------------------------------------------------------------

_EXPECTED: dict[Expected, str] = {
    Expected.TRUE_OR_FALSE: "must be true or false",
    Expected.WHOLE_NUMBER: "must be a whole number",
    Expected.NUMBER: "must be a number",
    Expected.CHOICE: "must be one of {choices}",
    Expected.NAMES: "must be a list of stretch names",
    Expected.TIME: "must be a time like 09:00",
    Expected.TIMES: "must list times like 10:30",
    Expected.WEEKDAYS: "must list days from 0 (Monday) to 6 (Sunday)",
    Expected.PERIODS: "must list, for each day from Monday, periods like 09:00-12:00",
}
_SECTION_NAMES: dict[Section, str] = {
    Section.ROUTINE: "Routine",
    Section.GENERAL: "General",
    Section.REMINDERS: "Reminders",
    Section.GUIDANCE: "Guidance",
}


def field_problem(problem: FieldProblem) -> str:
    if problem.field == "end" and problem.expected is Expected.TIME and problem.low is None:
        return "end must come after start"
    text = _EXPECTED[problem.expected].format(choices=", ".join(problem.choices))
    if problem.low is not None and problem.high is not None:
        if problem.expected is Expected.WHOLE_NUMBER:
            text = f"must be a whole number from {problem.low:g} to {problem.high:g}"
        else:
            text = f"must be between {problem.low:g} and {problem.high:g}"
    return f"{problem.field} {text}"


def setting_problem(problem: SettingProblem) -> str:
    name = _SECTION_NAMES[problem.section]
    if problem.problem is None:
        return f"The {name.lower()} settings were unreadable; using defaults."
    return f"{name} setting ignored: {field_problem(problem.problem)}"


def setting_problems(file_problem: str | None, ignored: Sequence[SettingProblem]) -> list[str]:
    return ([file_problem] if file_problem else []) + [setting_problem(p) for p in ignored]


NO_AUDIO_OUTPUT = "No audio output was found on this system."


def sound_not_in_build(detail: str) -> str:
    return f"Sound is not available in this build ({detail})."


def sound_files_missing(names: Sequence[str]) -> str:
    return f"Sound files are missing: {', '.join(names)}."


def sound_file_unreadable(name: str, detail: str) -> str:
    return f"The sound file {name} cannot be read ({detail})."


def speech_not_in_build(detail: str) -> str:
    return f"Speech is not available in this build ({detail})."


def no_speech_engine(on_linux: bool) -> str:
    hint = " Install speech-dispatcher." if on_linux else ""
    return f"No speech engine was found on this system.{hint}"


def save_failed(reason: str) -> str:
    return f"{reason.rstrip('.')}. Your change applies until you quit."


def skipped_content(problem: str) -> str:
    return f"Skipped {problem}"


def problems_html(messages: Sequence[str]) -> str:
    return "<br>".join(html.escape(message) for message in messages)
