"""Every sentence Backstretch builds from state, in one place (and so one place to
translate): positions, sides, doses, durations, time left, reminders, the summary, the
words spoken aloud, phase titles, and the problems it reports.

Fixed texts that belong to one widget stay with it; the exercise texts come from the
content files. Pure Python (no Qt): each function takes the state it describes.
Counts always agree with their nouns ("1 stretch", "2 stretches").

Translation: every text goes through `Wording.tr`, which `pyside6-lupdate` reads as a
message of the context "Wording". Until the Qt side calls `use_translation` (at
start-up, see platform/translation.py) the text stays English, so the pure core and
its tests need no Qt. A count is a Qt plural message: the source text is the English
plural with `%n`, and the disambiguation is the English singular, which is what the
English fallback shows for one. Arguments are named (`{title}`) and filled in after
translation, so a translation may put them in any order. Numbers, times and weekday
names go through `use_formats` in the same way (QLocale on the Qt side).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from backstretch import markup
from backstretch.fields import Expected, FieldProblem
from backstretch.reminders import Hold
from backstretch.session import Phase, Side, Step, Summary
from backstretch.settings import Section, SettingProblem

# (context, source text, disambiguation, count or -1) -> the text to show.
Translate = Callable[[str, str, "str | None", int], str]


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself; for one of a count, the English singular."""
    if n < 0:
        return text
    if n == 1 and disambiguation:
        text = disambiguation
    return text.replace("%n", str(n))


_translate: Translate = english


def use_translation(translate: Translate | None) -> None:
    """Send every text through `translate` from now on (None: English again)."""
    global _translate
    _translate = translate or english


class Wording:
    """The translation context of every sentence in this module."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate("Wording", text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks a text kept in a table for translation where it is used."""
    return text


@dataclass(frozen=True)
class Formats:
    """How numbers, times of day, dates and weekday names are written."""

    number: Callable[[float], str] = lambda value: f"{value:g}"
    clock: Callable[[time], str] = lambda moment: moment.strftime("%H:%M")
    # A day and month in a QLocale pattern ("d MMM"), which the English default
    # writes its own way.
    day_month: Callable[[date, str], str] = lambda day, pattern: day.strftime("%d %b")
    # Monday is 0, as in datetime.weekday().
    weekday: Callable[[int], str] = lambda number: (
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    )[number]  # fmt: skip
    short_weekday: Callable[[int], str] = lambda number: (
        "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
    )[number]  # fmt: skip


_formats = Formats()


def use_formats(formats: Formats | None) -> None:
    """Write numbers, times and dates with `formats` from now on (None: English)."""
    global _formats
    _formats = formats or Formats()


def number(value: float) -> str:
    return _formats.number(value)


def clock(moment: time) -> str:
    return _formats.clock(moment)


def day_month(day: date) -> str:
    """'03 Dec', '3. Dez.', '3 déc.'"""
    pattern = Wording.tr("d MMM", "a date as QLocale writes it: day, abbreviated month")
    return _formats.day_month(day, pattern)


def weekday(number: int) -> str:
    return _formats.weekday(number)


def short_weekday(number: int) -> str:
    return _formats.short_weekday(number)


# -- counts and durations ----------------------------------------------------------------


def stretches(number: int) -> str:
    return Wording.tr("%n stretches", "%n stretch", number)


def repetitions(number: int) -> str:
    return Wording.tr("%n repetitions", "%n repetition", number)


def minutes(number: int) -> str:
    return Wording.tr("%n minutes", "%n minute", number)


def about_minutes(seconds: float) -> str:
    """A routine's length as people say it: 'about 6 minutes', 'under a minute'."""
    whole = round(seconds / 60)
    if whole < 1:
        return Wording.tr("under a minute")
    return Wording.tr("about %n minutes", "about %n minute", whole)


def duration(value: float) -> str:
    """'5 s', '2.5 s', with the locale's decimal sign."""
    return Wording.tr("{seconds} s").format(seconds=number(value))


def elapsed(total: float) -> str:
    """'4 min 05 s', or '45 s' under a minute."""
    whole, rest = divmod(round(total), 60)
    if whole:
        return Wording.tr("{minutes} min {seconds} s").format(minutes=whole, seconds=f"{rest:02d}")
    return Wording.tr("{seconds} s").format(seconds=rest)


def time_left(total: float) -> str:
    whole, rest = divmod(max(0, round(total)), 60)
    return Wording.tr("{minutes}:{seconds} left").format(minutes=whole, seconds=f"{rest:02d}")


def seconds_left(number: int) -> str:
    """What a countdown says to a screen reader."""
    return Wording.tr("%n seconds left", "%n second left", number)


def routine_done_share(fraction: float) -> str:
    return Wording.tr("{percent}% of the routine done").format(percent=round(fraction * 100))


def routine_length(chosen: int, total: float) -> str:
    """The line under the Start button: '3 stretches · about 6 minutes'."""
    if chosen == 0:
        return Wording.tr("No stretch chosen: see Reminders and settings")
    return f"{stretches(chosen)} · {about_minutes(total)}"


# -- the session screen ------------------------------------------------------------------

PHASE_TITLES: dict[Phase, str] = {
    Phase.NEXT: QT_TRANSLATE_NOOP("Wording", "NEXT UP"),
    Phase.GET_READY: QT_TRANSLATE_NOOP("Wording", "GET READY"),
    Phase.STRETCH: QT_TRANSLATE_NOOP("Wording", "STRETCH"),
    Phase.HOLD: QT_TRANSLATE_NOOP("Wording", "HOLD"),
    Phase.RELEASE: QT_TRANSLATE_NOOP("Wording", "RELEASE"),
    Phase.REST: QT_TRANSLATE_NOOP("Wording", "REST"),
    Phase.DONE: QT_TRANSLATE_NOOP("Wording", "WELL DONE"),
}
# The phase as a word in a sentence ("Then: Hold · 4 s"), which not every language
# makes by lowering the title's capitals.
PHASE_NAMES: dict[Phase, str] = {
    Phase.NEXT: QT_TRANSLATE_NOOP("Wording", "Next up"),
    Phase.GET_READY: QT_TRANSLATE_NOOP("Wording", "Get ready"),
    Phase.STRETCH: QT_TRANSLATE_NOOP("Wording", "Stretch"),
    Phase.HOLD: QT_TRANSLATE_NOOP("Wording", "Hold"),
    Phase.RELEASE: QT_TRANSLATE_NOOP("Wording", "Release"),
    Phase.REST: QT_TRANSLATE_NOOP("Wording", "Rest"),
    Phase.DONE: QT_TRANSLATE_NOOP("Wording", "Well done"),
}
SIDE_NAMES: dict[Side, str] = {
    Side.LEFT: QT_TRANSLATE_NOOP("Wording", "left"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Wording", "right"),
}


def phase_title(phase: Phase) -> str:
    return Wording.tr(PHASE_TITLES[phase])


def phase_name(phase: Phase) -> str:
    return Wording.tr(PHASE_NAMES[phase])


def side_name(side: Side | None) -> str:
    return Wording.tr(SIDE_NAMES[side]) if side is not None else Wording.tr("side")


def position(step: Step) -> str:
    """'Repetition 3 of 10 · left side', or what the lead-in phases are about."""
    if step.phase is Phase.NEXT:
        return Wording.tr("Change position")
    if step.phase is Phase.GET_READY:
        if step.side:
            return Wording.tr("{repetitions} · both sides").format(
                repetitions=repetitions(step.repetitions)
            )
        return repetitions(step.repetitions)
    if step.side is Side.LEFT:
        text = Wording.tr("Repetition {number} of {total} · left side")
    elif step.side is Side.RIGHT:
        text = Wording.tr("Repetition {number} of {total} · right side")
    else:
        text = Wording.tr("Repetition {number} of {total}")
    return text.format(number=step.repetition, total=step.repetitions)


def stretch_position(index: int, count_in_routine: int) -> str:
    """'Stretch 2 of 3', or 'Single stretch' when only one runs."""
    if count_in_routine > 1:
        return Wording.tr("Stretch {number} of {total}").format(
            number=index + 1, total=count_in_routine
        )
    return Wording.tr("Single stretch")


def next_exercise(title: str, starting_summary: str) -> str:
    return Wording.tr("Next: {title}. {starting_position}.").format(
        title=title, starting_position=starting_summary
    )


def then(following: Step | None, current: Step | None, title_of: Callable[[str], str]) -> str:
    """What comes after the current step, in one short line."""
    if following is None:
        return Wording.tr("Next: finish")
    if current is None or following.exercise_id != current.exercise_id:
        return Wording.tr("Then: {title}").format(title=title_of(following.exercise_id))
    phase = phase_name(following.phase)
    length = duration(following.duration)
    if following.phase is Phase.STRETCH and following.side is Side.LEFT:
        return Wording.tr("Then: {phase} to the left · {duration}").format(
            phase=phase, duration=length
        )
    if following.phase is Phase.STRETCH and following.side is Side.RIGHT:
        return Wording.tr("Then: {phase} to the right · {duration}").format(
            phase=phase, duration=length
        )
    return Wording.tr("Then: {phase} · {duration}").format(phase=phase, duration=length)


def cautions(texts: Sequence[str]) -> str:
    return "⚠ " + "  ⚠ ".join(texts)


# The moments a person waits on the mat with time to read: before the first repetition
# and between repetitions. While moving or holding, the instruction is enough.
TIP_PHASES = (Phase.NEXT, Phase.GET_READY, Phase.REST)


def tip(tips: Sequence[str], step: Step) -> str:
    """One of a stretch's tips for the session screen, or "" at a moment without one.

    The first tip while getting ready, then the next one at each rest in turn (after
    each side of a sided stretch), so a short rest still shows a whole sentence and
    every tip comes round during a routine.
    """
    if not tips or step.phase not in TIP_PHASES:
        return ""
    turn = 0
    if step.phase is Phase.REST:
        turn = step.repetition
        if step.side is not None:
            turn = 2 * step.repetition - (1 if step.side is Side.LEFT else 0)
    return Wording.tr("Tip: {tip}").format(tip=tips[turn % len(tips)])


def announcement(step: Step, instruction: str) -> str:
    """What a screen reader hears when a phase begins."""
    return f"{phase_name(step.phase)}. {position(step)}. {instruction}"


# -- what the voice says -------------------------------------------------------------------

COUNTDOWN: dict[int, str] = {
    3: QT_TRANSLATE_NOOP("Wording", "three"),
    2: QT_TRANSLATE_NOOP("Wording", "two"),
    1: QT_TRANSLATE_NOOP("Wording", "one"),
}


def countdown(mark: int) -> str:
    """The number a voice says in the last seconds of a hold."""
    return Wording.tr(COUNTDOWN[mark])


def routine_done() -> str:
    return Wording.tr("Well done. That is the end of the routine.")


def spoken(step: Step, title: str, instruction: str) -> str:
    """What a voice says on arriving at `step` (the instruction comes from the content)."""
    if step.phase is Phase.NEXT:
        return Wording.tr("Next: {title}.").format(title=title)
    if step.phase is Phase.GET_READY:
        text = Wording.tr("{title}. Get ready. {instruction}")
    elif step.phase is Phase.STRETCH:
        if step.side is Side.LEFT:
            text = Wording.tr("{title}, repetition {number} of {total}, left side. {instruction}")
        elif step.side is Side.RIGHT:
            text = Wording.tr("{title}, repetition {number} of {total}, right side. {instruction}")
        else:
            text = Wording.tr("{title}, repetition {number} of {total}. {instruction}")
    elif step.phase is Phase.HOLD:
        text = Wording.tr("Hold. {instruction}")
    elif step.phase is Phase.RELEASE:
        text = Wording.tr("Release. {instruction}")
    else:
        text = Wording.tr("Rest. {instruction}")
    return text.format(
        title=title, number=step.repetition, total=step.repetitions, instruction=instruction
    )


# -- the summary -------------------------------------------------------------------------


def summary_headline(summary: Summary) -> str:
    if summary.kept_up:
        return Wording.tr("Well done!")
    if summary.finished:
        return Wording.tr("Routine skipped through")
    return Wording.tr("Routine stopped")


def summary_totals(summary: Summary) -> str:
    """'3 stretches · 28 repetitions in all · 6 min 10 s'."""
    if summary.repetitions_done == 0:
        return Wording.tr("No repetitions done · {time}").format(time=elapsed(summary.seconds))
    return Wording.tr("{stretches} · {repetitions} in all · {time}").format(
        stretches=stretches(summary.stretches_done),
        repetitions=repetitions(summary.repetitions_done),
        time=elapsed(summary.seconds),
    )


def summary_line(title: str, completed: int, planned: int) -> str:
    return Wording.tr("{title}: {done} of {planned} repetitions").format(
        title=title, done=completed, planned=planned
    )


def summary_encouragement(summary: Summary) -> str:
    if summary.kept_up:
        return Wording.tr("See you at your next stretch. A few minutes every day is what helps.")
    if summary.repetitions_done == 0:
        return Wording.tr(
            "Every phase was skipped, so this routine does not count toward your streak. "
            "Come back when you are ready."
        )
    return Wording.tr("Every repetition counts. Come back when you are ready.")


# -- reminders -----------------------------------------------------------------------------


def reminder_body(chosen: int, total: float) -> str:
    """'3 gentle stretches, about 6 minutes.'"""
    return Wording.tr("{stretches}, {length}.").format(
        stretches=Wording.tr("%n gentle stretches", "%n gentle stretch", chosen),
        length=about_minutes(total),
    )


def snooze_label(snooze_minutes: int) -> str:
    return Wording.tr("Snooze {minutes} min").format(minutes=snooze_minutes)


def _when(moment: datetime, now: datetime) -> str:
    at = clock(moment.time())
    days = (moment.date() - now.date()).days
    if days == 0:
        return at
    if days == 1:
        return Wording.tr("{time} tomorrow").format(time=at)
    return Wording.tr("{time} on {weekday}").format(time=at, weekday=weekday(moment.weekday()))


def times(number: int) -> str:
    """'once', 'twice', '3 times'."""
    if number == 1:
        return Wording.tr("once")
    if number == 2:
        return Wording.tr("twice")
    return Wording.tr("%n times", "%n time", number)


def reminder_title(missed: bool, welcome_back: bool) -> str:
    if welcome_back:
        return Wording.tr("Welcome back — time for your stretches")
    if missed:
        return Wording.tr("Missed: your back stretches")
    return Wording.tr("Time for your back stretches")


_WAITING: dict[Hold, str] = {
    Hold.FULL_SCREEN: QT_TRANSLATE_NOOP("Wording", "Waiting until your full-screen window closes"),
    Hold.CAMERA: QT_TRANSLATE_NOOP("Wording", "Waiting until your camera is no longer in use"),
    Hold.SYSTEM: QT_TRANSLATE_NOOP("Wording", "Waiting until Do Not Disturb is off"),
    Hold.AWAY: QT_TRANSLATE_NOOP("Wording", "Waiting for you to come back"),
}


def waiting(reason: Hold) -> str:
    """Why the reminder that is due has not come: 'Waiting until your full-screen …'."""
    return Wording.tr(_WAITING[reason])


def done_for_today(routines: int) -> str:
    return Wording.tr("You have done your stretches {times} today: well done").format(
        times=times(routines)
    )


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
        return Wording.tr("Reminders paused until {when}").format(when=_when(paused_until, now))
    if waiting_for is not None:
        return waiting(waiting_for)
    if resting:
        rest = done_for_today(routines_today)
        if due is None:
            return rest
        return f"{rest}. {Wording.tr('Next reminder at {when}').format(when=_when(due, now))}"
    if due is None:
        return Wording.tr("No reminder planned")
    return Wording.tr("Next reminder at {when}").format(when=_when(due, now))


def background_title() -> str:
    return Wording.tr("Backstretch keeps reminding you")


def background_hint(reminders_on: bool) -> str:
    """Said the first time the window closes on a desktop without a tray."""
    if reminders_on:
        return Wording.tr(
            "Backstretch keeps running in the background to remind you: to come back, open "
            "Backstretch from the applications menu; to quit, use Quit in the window or "
            "press Ctrl+Q."
        )
    return Wording.tr(
        "Backstretch keeps running: to come back, open Backstretch from the applications "
        "menu; to quit, use Quit in the window or press Ctrl+Q."
    )


def quit_during_routine(title: str) -> str:
    return Wording.tr(
        "You are in the middle of {title}. Quit Backstretch and end the routine?"
    ).format(title=title)


def pain_advice() -> str:
    return Wording.tr(
        "Your back has felt worse after each of your last two routines. Consider pausing the "
        "stretches and talking to a doctor or physiotherapist before you go on."
    )


def rest_notice(routines: int) -> str:
    """Said once when the daily limit is reached."""
    return Wording.tr("{done}. Reminders rest until tomorrow.").format(
        done=done_for_today(routines)
    )


# -- the reminders tab of the settings ------------------------------------------------------

REMIND_ME = QT_TRANSLATE_NOOP("Wording", "Remind me to stretch")
WHEN = QT_TRANSLATE_NOOP("Wording", "When")
EVERY = QT_TRANSLATE_NOOP("Wording", "Every")
WITHIN_PERIODS = QT_TRANSLATE_NOOP("Wording", "within the periods below")
AT_THESE_TIMES = QT_TRANSLATE_NOOP("Wording", "At these times:")
PERIODS_EXPLAINED = QT_TRANSLATE_NOOP(
    "Wording",
    "Reminders come only within each day's periods, the first one interval after a period "
    "starts; leave a day's periods empty, or untick it, for no reminders that day.",
)
PERIODS_IN_FIXED_MODE = QT_TRANSLATE_NOOP(
    "Wording",
    "At fixed times the periods do not apply: reminders come at those times on the ticked days.",
)
HOW_MUCH = QT_TRANSLATE_NOOP("Wording", "A healthy amount")
REST_AFTER = QT_TRANSLATE_NOOP("Wording", "Routines a day, then reminders rest:")
NO_LIMIT = QT_TRANSLATE_NOOP("Wording", "no limit")
DAILY_LIMIT_EXPLAINED = QT_TRANSLATE_NOOP(
    "Wording",
    "A few minutes every day is what helps, and overdoing it does not: after this many "
    "finished routines, reminders rest until the next day.",
)
SNOOZE_FOR = QT_TRANSLATE_NOOP("Wording", "Snooze for")
NATURAL_BREAKS = QT_TRANSLATE_NOOP("Wording", "Natural breaks")
NOTICE_BREAKS = QT_TRANSLATE_NOOP("Wording", "Count time away from the computer as a break after")
NATURAL_BREAKS_EXPLAINED = QT_TRANSLATE_NOOP(
    "Wording",
    "Time without keyboard or mouse, a locked screen or a sleeping computer, of at least "
    "this long, is a break: the interval starts again when you are back, and a reminder "
    "at a fixed time waits for you and comes once, as a welcome back.",
)
DO_NOT_DISTURB = QT_TRANSLATE_NOOP("Wording", "Do not disturb")
WAIT_AT_MOST = QT_TRANSLATE_NOOP("Wording", "Wait at most")
THEN_DROP = QT_TRANSLATE_NOOP("Wording", "then skip that reminder")
DO_NOT_DISTURB_EXPLAINED = QT_TRANSLATE_NOOP(
    "Wording",
    "A reminder that falls due at such a moment waits until it is over; one that has "
    "waited longer than this is skipped for that time, so reminders never pile up.",
)
NO_TRAY_NOTE = QT_TRANSLATE_NOOP(
    "Wording",
    "This desktop has no system tray: reminders arrive only while the Backstretch window "
    "is open (it may be minimised).",
)
NO_FIXED_TIME = QT_TRANSLATE_NOOP("Wording", "Enter at least one time, for example 10:30.")
NO_DAY = QT_TRANSLATE_NOOP("Wording", "Choose at least one day.")
NO_PERIOD = QT_TRANSLATE_NOOP(
    "Wording", "Give at least one ticked day a period, for example 09:00–12:00."
)
_WAIT_CHOICES: dict[Hold, str] = {
    Hold.SYSTEM: QT_TRANSLATE_NOOP("Wording", "Wait while the system's Do Not Disturb is on"),
    Hold.FULL_SCREEN: QT_TRANSLATE_NOOP(
        "Wording", "Wait while a full-screen window is in front (a presentation, a film)"
    ),
    Hold.CAMERA: QT_TRANSLATE_NOOP("Wording", "Wait while a camera is in use (a video call)"),
}
_CANNOT_TELL: dict[Hold, str] = {
    Hold.SYSTEM: QT_TRANSLATE_NOOP(
        "Wording", "This desktop has no Do Not Disturb that Backstretch can read."
    ),
    Hold.FULL_SCREEN: QT_TRANSLATE_NOOP(
        "Wording", "The window manager here does not say which window is in front."
    ),
    Hold.CAMERA: QT_TRANSLATE_NOOP("Wording", "This system does not show which devices are open."),
}


def wait_choice(reason: Hold) -> str:
    return Wording.tr(_WAIT_CHOICES[reason])


def cannot_tell(reason: Hold) -> str:
    """Why this system cannot tell a do-not-disturb reason, said under its choice."""
    return Wording.tr(_CANNOT_TELL[reason])


def idle_sources(names: Sequence[str]) -> str:
    """Which back ends tell the time away, or why reminders cannot notice it."""
    if not names:
        return Wording.tr(
            "This system does not say how long you have been away or whether the screen is "
            "locked, so reminders come at their times whatever you do."
        )
    # The back ends' names are marked for translation where they are defined.
    said = [Wording.tr(name) for name in names]
    listed = said[0]
    if len(said) > 1:
        listed = Wording.tr("{names} and {last}").format(names=", ".join(said[:-1]), last=said[-1])
    return Wording.tr("Time away is noticed through {listed}.").format(listed=listed)


def bad_period(entry: str) -> str:
    return Wording.tr("“{entry}” is not a period; write it like 09:00–12:00.").format(entry=entry)


def bad_time(entry: str) -> str:
    return Wording.tr("“{entry}” is not a time of day; write it like 10:30.").format(entry=entry)


# -- problems ----------------------------------------------------------------------------

_EXPECTED: dict[Expected, str] = {
    Expected.TRUE_OR_FALSE: QT_TRANSLATE_NOOP("Wording", "must be true or false"),
    Expected.WHOLE_NUMBER: QT_TRANSLATE_NOOP("Wording", "must be a whole number"),
    Expected.NUMBER: QT_TRANSLATE_NOOP("Wording", "must be a number"),
    Expected.CHOICE: QT_TRANSLATE_NOOP("Wording", "must be one of {choices}"),
    Expected.NAMES: QT_TRANSLATE_NOOP("Wording", "must be a list of stretch names"),
    Expected.TIME: QT_TRANSLATE_NOOP("Wording", "must be a time like 09:00"),
    Expected.TIMES: QT_TRANSLATE_NOOP("Wording", "must list times like 10:30"),
    Expected.WEEKDAYS: QT_TRANSLATE_NOOP("Wording", "must list days from 0 (Monday) to 6 (Sunday)"),
    Expected.LANGUAGE: QT_TRANSLATE_NOOP(
        "Wording", "must be a language code like de or pt_BR, or empty for the system's"
    ),
    Expected.PERIODS: QT_TRANSLATE_NOOP(
        "Wording", "must list, for each day from Monday, periods like 09:00-12:00"
    ),
}
_SECTION_NAMES: dict[Section, str] = {
    Section.ROUTINE: QT_TRANSLATE_NOOP("Wording", "Routine"),
    Section.GENERAL: QT_TRANSLATE_NOOP("Wording", "General"),
    Section.REMINDERS: QT_TRANSLATE_NOOP("Wording", "Reminders"),
    Section.GUIDANCE: QT_TRANSLATE_NOOP("Wording", "Guidance"),
}


def field_problem(problem: FieldProblem) -> str:
    if problem.field == "end" and problem.expected is Expected.TIME and problem.low is None:
        return Wording.tr("end must come after start")
    text = Wording.tr(_EXPECTED[problem.expected]).format(choices=", ".join(problem.choices))
    if problem.low is not None and problem.high is not None:
        if problem.expected is Expected.WHOLE_NUMBER:
            text = Wording.tr("must be a whole number from {low} to {high}")
        else:
            text = Wording.tr("must be between {low} and {high}")
        text = text.format(low=number(problem.low), high=number(problem.high))
    return f"{problem.field} {text}"


def setting_problem(problem: SettingProblem) -> str:
    name = Wording.tr(_SECTION_NAMES[problem.section])
    if problem.problem is None:
        return Wording.tr("The “{section}” settings were unreadable; using defaults.").format(
            section=name
        )
    return Wording.tr("{section} setting ignored: {problem}").format(
        section=name, problem=field_problem(problem.problem)
    )


def setting_problems(file_problem: str | None, ignored: Sequence[SettingProblem]) -> list[str]:
    return ([file_problem] if file_problem else []) + [setting_problem(p) for p in ignored]


def no_audio_output() -> str:
    return Wording.tr("No audio output was found on this system.")


def sound_not_in_build(detail: str) -> str:
    return Wording.tr("Sound is not available in this build ({detail}).").format(detail=detail)


def sound_files_missing(names: Sequence[str]) -> str:
    return Wording.tr("Sound files are missing: {names}.").format(names=", ".join(names))


def sound_file_unreadable(name: str, detail: str) -> str:
    return Wording.tr("The sound file {name} cannot be read ({detail}).").format(
        name=name, detail=detail
    )


def speech_not_in_build(detail: str) -> str:
    return Wording.tr("Speech is not available in this build ({detail}).").format(detail=detail)


def no_speech_engine(on_linux: bool) -> str:
    if on_linux:
        return Wording.tr("No speech engine was found on this system. Install speech-dispatcher.")
    return Wording.tr("No speech engine was found on this system.")


def no_voice_for_language(language: str) -> str:
    return Wording.tr(
        "No voice for {language} was found; install one for the speech engine."
    ).format(language=language)


def not_answering(pid: int | None) -> str:
    """A Backstretch holds the instance lock but does not answer a later launch."""
    if pid:
        return Wording.tr(
            "Backstretch is already running (process {pid}) but does not answer. End it, "
            "for example from the system monitor, then start Backstretch again."
        ).format(pid=pid)
    return Wording.tr(
        "Backstretch is already running but does not answer. End it, for example from "
        "the system monitor, then start Backstretch again."
    )


def no_speechd_voice() -> str:
    return Wording.tr(
        "Speech Dispatcher has no voice installed, only its placeholder message. Install a "
        "voice such as speech-dispatcher-espeak-ng to hear the instructions."
    )


def saved_to(what: str, name: str, folder: str) -> str:
    """'History saved as backstretch-history.csv in /home/ann.'"""
    return Wording.tr("{what} saved as {name} in {folder}.").format(
        what=what, name=name, folder=folder
    )


def save_failed(reason: str) -> str:
    return Wording.tr("{reason}. Your change applies until you quit.").format(
        reason=reason.rstrip(".")
    )


def skipped_content(problem: str) -> str:
    return Wording.tr("Skipped {problem}").format(problem=problem)


def restart_for_language(language: str) -> str:
    return Wording.tr("Backstretch speaks {language} after a restart. Restart now?").format(
        language=language
    )


# Each catalogue names its own language ("Deutsch", "Français"); the settings read
# the name from every catalogue with these two texts.
LANGUAGE_NAME = "English"
LANGUAGE_NAME_NOTE = "the name of this translation's language, written in it"


def this_language() -> str:
    """The language the texts are in, in its own words."""
    return Wording.tr("English", "the name of this translation's language, written in it")


def speaks(language: str, catalogue: str, qt_catalogue: str | None) -> str:
    """The self-test's line about the language, in that language."""
    if qt_catalogue is None:
        return Wording.tr("speaks {language} ({catalogue}; Qt's dialogs in English)").format(
            language=language, catalogue=catalogue
        )
    return Wording.tr("speaks {language} ({catalogue}, Qt's dialogs: {qt_catalogue})").format(
        language=language, catalogue=catalogue, qt_catalogue=qt_catalogue
    )


def language_after_routine(language: str) -> str:
    return Wording.tr("Backstretch speaks {language} from its next start.").format(
        language=language
    )


def problems_html(messages: Sequence[str]) -> str:
    return "<br>".join(markup.escape(message) for message in messages)
