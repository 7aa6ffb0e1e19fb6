<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="136"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="197"/>
        <source>Quit {app}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="216"/>
        <source>Could not change start at login: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/countdown_ring.py" line="23"/>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="31"/>
        <source>{repetitions} · hold {hold} · each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="33"/>
        <source>{repetitions} · hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="50"/>
        <source>{title} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="77"/>
        <source>Starting position: {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="83"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="86"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="106"/>
        <source>Start {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="109"/>
        <source>Start only {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="36"/>
        <source>{failure}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="47"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="51"/>
        <source>Could not export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="60"/>
        <source>Save routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="64"/>
        <source>Could not write the sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/figure_widget.py" line="31"/>
        <source>Stretch illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="101"/>
        <source>Open Backstretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="102"/>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="104"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="28"/>
        <source>Play a sound at every phase change, and tick in the last seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="34"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="35"/>
        <source>Speak the instructions aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="37"/>
        <source>Reduce motion: show the key positions without animation or moving arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="42"/>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="160"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="183"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="197"/>
        <source>The stretch history in {path} is in use by another program; this routine&apos;s records wait and are written once it is free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="19"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="20"/>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="25"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="41"/>
        <source>Back stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="50"/>
        <source>▶  Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="68"/>
        <source>Reminders and settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="75"/>
        <source>Your progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="101"/>
        <source>No stretches could be loaded. See the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="115"/>
        <source>How is your back right now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="112"/>
        <source>Pain before and after each routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="117"/>
        <source>{day}: before {before}, after {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="124"/>
        <source>No ratings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="145"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="180"/>
        <source>○ before   ● after   (0 = no pain, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="22"/>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="45"/>
        <source>no pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="31"/>
        <source>Pain {value} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="33"/>
        <source>{value}: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="38"/>
        <source>worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="46"/>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="47"/>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="48"/>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="49"/>
        <source>worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="193"/>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="196"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="206"/>
        <source>day streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="207"/>
        <source>best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="208"/>
        <source>routines this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="209"/>
        <source>stretches done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="228"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="231"/>
        <source>Pain before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="240"/>
        <source>Export history (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="242"/>
        <source>Print routine sheet (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>Back to stretches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="37"/>
        <source>Backstretch keeps running in the tray to remind you. Quit from the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="25"/>
        <source>{app} reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="33"/>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="35"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="36"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineOptionsPanel</name>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="53"/>
        <source>Routine options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="67"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="80"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="80"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="83"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="88"/>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="84"/>
        <source>Hold each stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="85"/>
        <source>Rest between repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="86"/>
        <source>Time to get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="89"/>
        <source>Hold seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="90"/>
        <source>Rest seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="91"/>
        <source>Get ready seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineProgress</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/routine_progress.py" line="22"/>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="56"/>
        <source>Backstretch — your back stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="57"/>
        <source>Your back stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="245"/>
        <source>{value} second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="246"/>
        <source>{value} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="257"/>
        <source>{count} times each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="259"/>
        <source>{count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="261"/>
        <source>; {low}–{high} recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="270"/>
        <source>{number}. {title}: {count} times each side, hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="274"/>
        <source>{number}. {title}: {count} times, hold {hold}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="476"/>
        <source>{app} · page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="486"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="488"/>
        <source>advice from your physiotherapist, or your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="527"/>
        <source>No stretches are chosen. Switch some on in the routine settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="530"/>
        <source>Your routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="541"/>
        <source>See page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="552"/>
        <source>Good habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="560"/>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="562"/>
        <source>This sheet does not replace medical advice. If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="568"/>
        <source>&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="573"/>
        <source>&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="597"/>
        <source>STRETCH {number} OF {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="603"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="615"/>
        <source>Starting position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="619"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="624"/>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="627"/>
        <source>⚠ Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="645"/>
        <source> each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="648"/>
        <source> between repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="650"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="652"/>
        <source>Slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="656"/>
        <source>, {time} each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="661"/>
        <source>, {there} in and {back} back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="666"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="667"/>
        <source>Hold</source>
        <translation type="unfinished">Mantenga</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="668"/>
        <source>Rest</source>
        <translation type="unfinished">Descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="669"/>
        <source>Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="719"/>
        <source> Then the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="727"/>
        <source>Start position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="737"/>
        <source>Stretch and hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="747"/>
        <source>Release</source>
        <translation type="unfinished">Suelte</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;Backstretch does not replace medical advice.&lt;/b&gt; If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful. Read each stretch&apos;s tips and cautions before you start: the bottom-to-heel stretch, for one, is not for sore knees.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="28"/>
        <source>&lt;p&gt;&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="59"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="64"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="106"/>
        <source>◀  Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="106"/>
        <source>Back (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="109"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>❚❚  Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="109"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="256"/>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="112"/>
        <source>Skip  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="112"/>
        <source>Skip phase (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="115"/>
        <source>Next stretch  ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="116"/>
        <source>Skip to the next stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="120"/>
        <source>■  Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="120"/>
        <source>Stop the routine (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="123"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="123"/>
        <source>Full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="134"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="135"/>
        <source>Volume of the sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="195"/>
        <source>♪  Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="195"/>
        <source>♪  Sound off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="197"/>
        <source>Sound cues on (M to mute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="197"/>
        <source>Sound cues off (M to turn on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>▶  Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="256"/>
        <source>Resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="64"/>
        <source>Backstretch settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="69"/>
        <source>Remind me to stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="70"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="71"/>
        <source>At these times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="78"/>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="98"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="82"/>
        <source>Active hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="85"/>
        <source>Active hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="87"/>
        <source>e.g. 10:30, 15:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="88"/>
        <source>Fixed reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="93"/>
        <source>Remind on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="99"/>
        <source>Snooze length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="108"/>
        <source>between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="110"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="116"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>On these days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="123"/>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="132"/>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="142"/>
        <source>Start Backstretch when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="144"/>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="162"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="170"/>
        <source>Reminders</source>
        <translation type="unfinished">Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="171"/>
        <source>Routine</source>
        <translation type="unfinished">Rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="172"/>
        <source>Sound and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="173"/>
        <source>Start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="236"/>
        <source>The end of the active hours must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="239"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="242"/>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="38"/>
        <source>Stretches in the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="41"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="42"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="37"/>
        <source>How is your back now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="44"/>
        <source>Back to stretches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="15"/>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="16"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="17"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="35"/>
        <source>Start routine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="38"/>
        <source>Open Backstretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="40"/>
        <source>No reminder planned</source>
        <translation type="unfinished">Ningún recordatorio previsto</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="42"/>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="50"/>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="54"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="56"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="55"/>
        <source>Routines per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="60"/>
        <source>week of {day}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="97"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/backstretch/wording.py" line="102"/>
        <source>d MMM</source>
        <comment>a date as QLocale writes it: day, abbreviated month</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="118"/>
        <source>%n stretches</source>
        <comment>%n stretch</comment>
        <translation>
            <numerusform>%n estiramiento</numerusform>
            <numerusform>%n estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="122"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="126"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="133"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="139"/>
        <location filename="../../app/backstretch/wording.py" line="147"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="146"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="152"/>
        <source>{minutes}:{seconds} left</source>
        <translation>quedan {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="157"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="161"/>
        <source>{percent}% of the routine done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Ningún estiramiento elegido: vea Recordatorios y ajustes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="174"/>
        <source>NEXT UP</source>
        <translation>A CONTINUACIÓN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>GET READY</source>
        <translation>PREPÁRESE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>STRETCH</source>
        <translation>ESTIRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>HOLD</source>
        <translation>MANTENGA</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>RELEASE</source>
        <translation>SUELTE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>WELL DONE</source>
        <translation>MUY BIEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Stretch</source>
        <translation>Estire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="194"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>side</source>
        <translation>un lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="214"/>
        <source>Change position</source>
        <translation>Cambie de posición</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · ambos lados</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="222"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Repetición {number} de {total} · lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Repetición {number} de {total} · lado derecho</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="226"/>
        <source>Repetition {number} of {total}</source>
        <translation>Repetición {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="233"/>
        <source>Stretch {number} of {total}</source>
        <translation>Estiramiento {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="236"/>
        <source>Single stretch</source>
        <translation>Un solo estiramiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="240"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>A continuación: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="248"/>
        <source>Next: finish</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="250"/>
        <source>Then: {title}</source>
        <translation>Después: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="254"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Después: {phase} hacia la izquierda · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="258"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Después: {phase} hacia la derecha · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="261"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Después: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="276"/>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="277"/>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="278"/>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="288"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Muy bien. Ha terminado la rutina.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="294"/>
        <source>Next: {title}.</source>
        <translation>A continuación: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="296"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Prepárese. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado izquierdo. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="301"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado derecho. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="303"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, repetición {number} de {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="305"/>
        <source>Hold. {instruction}</source>
        <translation>Mantenga. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="307"/>
        <source>Release. {instruction}</source>
        <translation>Suelte. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="309"/>
        <source>Rest. {instruction}</source>
        <translation>Descanse. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="319"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="319"/>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="324"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} en total · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="332"/>
        <source>{title}: {done} of {planned}</source>
        <translation>{title}: {done} de {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="339"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Hasta el próximo estiramiento. Unos minutos cada día es lo que ayuda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="340"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Cada repetición cuenta. Vuelva cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="347"/>
        <source>Time for your back stretches</source>
        <translation>Es hora de estirar la espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="351"/>
        <source>Missed: your back stretches</source>
        <translation>Pendiente: sus estiramientos de espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="356"/>
        <source>{stretches}, {length}.</source>
        <translation>{stretches}, {length}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="357"/>
        <source>%n gentle stretches</source>
        <comment>%n gentle stretch</comment>
        <translation>
            <numerusform>%n estiramiento suave</numerusform>
            <numerusform>%n estiramientos suaves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="363"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="372"/>
        <source>{time} tomorrow</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>{time} on {weekday}</source>
        <translation>el {weekday} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="379"/>
        <source>Reminders paused until {when}</source>
        <translation>Recordatorios en pausa hasta {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="381"/>
        <source>No reminder planned</source>
        <translation>Ningún recordatorio previsto</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="382"/>
        <source>Next reminder at {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="387"/>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios solo llegan mientras Backstretch está abierto. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="394"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Su espalda ha estado peor después de cada una de sus dos últimas rutinas. Considere hacer una pausa y hablar con su médico o fisioterapeuta antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="400"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>«{entry}» no es una hora; escríbala como 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="406"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="407"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="408"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="409"/>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="410"/>
        <source>must be a list of stretch names</source>
        <translation>debe ser una lista de nombres de estiramientos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="411"/>
        <source>must be a time like 09:00</source>
        <translation>debe ser una hora como 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>must list times like 10:30</source>
        <translation>debe indicar horas como 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>debe indicar días del 0 (lunes) al 6 (domingo)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="414"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>debe ser un código de idioma como de o pt_BR, o vacío para el del sistema</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="419"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="420"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="421"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="422"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="428"/>
        <source>end must come after start</source>
        <translation>end debe ser posterior a start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="432"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="434"/>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="442"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Los ajustes «{section}» no se podían leer; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="445"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Ajuste «{section}» ignorado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="455"/>
        <source>No audio output was found on this system.</source>
        <translation>No se encontró ninguna salida de audio en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>El sonido no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Faltan archivos de sonido: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="467"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo de sonido {name} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="473"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voz no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="478"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>No se encontró ningún motor de voz en este sistema. Instale speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="479"/>
        <source>No speech engine was found on this system.</source>
        <translation>No se encontró ningún motor de voz en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="484"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>No se encontró ninguna voz en {language}; instale una para el motor de voz.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="489"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Su cambio vale hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>Skipped {problem}</source>
        <translation>Omitido: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="499"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch pasará a {language} tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>habla {language} ({catalogue}; diálogos de Qt en inglés)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="521"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>habla {language} ({catalogue}, diálogos de Qt: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="527"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch pasará a {language} en el próximo inicio.</translation>
    </message>
</context>
</TS>
