<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="234"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation>{problem} Übungsrunden werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="164"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="171"/>
        <source>Routine sheet</source>
        <translation>Übungsblatt</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="36"/>
        <source>Keep reminding in the background</source>
        <translation>Im Hintergrund weiter erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="40"/>
        <source>Quit when I close the window</source>
        <translation>Beenden, wenn ich das Fenster schließe</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation type="vanished">{app} beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/start_at_login.py" line="39"/>
        <source>Could not change start at login: {reason}</source>
        <translation>Start bei der Anmeldung konnte nicht geändert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/countdown_ring.py" line="23"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="25"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold} · each side</source>
        <translation>{repetitions} (empfohlen {low}–{high}) · {hold} halten · je Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="29"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold}</source>
        <translation>{repetitions} (empfohlen {low}–{high}) · {hold} halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="33"/>
        <source>{repetitions} · hold {hold} · each side</source>
        <translation>{repetitions} · {hold} halten · je Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="35"/>
        <source>{repetitions} · hold {hold}</source>
        <translation>{repetitions} · {hold} halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="52"/>
        <source>{title} card</source>
        <translation>Karte {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/card.py" line="86"/>
        <source>Starting position: {position}</source>
        <translation>Ausgangsstellung: {position}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="94"/>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="97"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="122"/>
        <source>Start {title}</source>
        <translation>{title} beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="125"/>
        <source>Start only {title}</source>
        <translation>Nur {title} beginnen</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="36"/>
        <source>{failure}: {reason}</source>
        <translation>{failure}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="47"/>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="51"/>
        <source>Could not export the history</source>
        <translation>Der Verlauf konnte nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="60"/>
        <source>Save routine sheet</source>
        <translation>Übungsblatt speichern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="64"/>
        <source>Could not write the sheet</source>
        <translation>Das Übungsblatt konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/figure_widget.py" line="30"/>
        <source>Stretch illustration</source>
        <translation>Abbildung der Übung</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="101"/>
        <source>Open Backstretch</source>
        <translation>Backstretch öffnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="102"/>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="104"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="28"/>
        <source>Play a sound at every phase change, and tick in the last seconds</source>
        <translation>Bei jedem Phasenwechsel einen Ton spielen und in den letzten Sekunden ticken</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="34"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="35"/>
        <source>Speak the instructions aloud</source>
        <translation>Anleitung laut vorlesen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="37"/>
        <source>Reduce motion: show the key positions without animation or moving arrows</source>
        <translation>Weniger Bewegung: nur die wichtigsten Stellungen, ohne Animation und bewegte Pfeile</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="42"/>
        <source>Volume:</source>
        <translation>Lautstärke:</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="174"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation>Der Übungsverlauf in {path} blieb von einem anderen Programm belegt; die letzten {count} Einträge dieser Übungsrunde konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="197"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation>{problem} Die Übungen laufen weiter, werden aber nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="211"/>
        <source>The stretch history in {path} is in use by another program; this routine&apos;s records wait and are written once it is free.</source>
        <translation>Der Übungsverlauf in {path} wird von einem anderen Programm benutzt; die Einträge dieser Übungsrunde warten und werden geschrieben, sobald er frei ist.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="19"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="20"/>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="25"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="44"/>
        <source>Back stretches</source>
        <translation>Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="53"/>
        <source>▶  Start routine</source>
        <translation>▶  Übungen beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="71"/>
        <source>Reminders and settings…</source>
        <translation>Erinnerungen und Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="78"/>
        <source>Your progress…</source>
        <translation>Ihr Fortschritt…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="84"/>
        <source>Quit Backstretch</source>
        <translation>Backstretch beenden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="87"/>
        <source>Quit Backstretch: no more reminders until it is started (Ctrl+Q)</source>
        <translation>Backstretch beenden: keine Erinnerungen mehr bis zum nächsten Start (Strg+Q)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="120"/>
        <source>No stretches could be loaded. See the message above.</source>
        <translation>Es konnten keine Übungen geladen werden. Siehe die Meldung oben.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="138"/>
        <source>How is your back right now? (optional)</source>
        <translation>Wie geht es Ihrem Rücken gerade? (freiwillig)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="275"/>
        <source>Stop the routine?</source>
        <translation>Übungsrunde beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="276"/>
        <source>Stop the routine? What you have done so far is kept.</source>
        <translation>Übungsrunde beenden? Was Sie bisher gemacht haben, bleibt gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="277"/>
        <source>Stop routine</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="278"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="350"/>
        <source>Quit {app}?</source>
        <translation>{app} beenden?</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="135"/>
        <source>Pain before and after each routine</source>
        <translation>Schmerz vor und nach jeder Übungsrunde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="140"/>
        <source>{day}: before {before}, after {after}</source>
        <translation>{day}: vorher {before}, nachher {after}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="147"/>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="168"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation>Bewerten Sie Ihren Rücken vor und nach einer Übungsrunde, dann sehen Sie hier den Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="217"/>
        <source>○ before   ● after   (0 = no pain, 10 = worst)</source>
        <translation>○ vorher   ● nachher   (0 = kein Schmerz, 10 = am schlimmsten)</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="22"/>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="57"/>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="31"/>
        <source>Pain {value} of 10</source>
        <translation>Schmerz {value} von 10</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="33"/>
        <source>{value}: {word}</source>
        <translation>{value}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="38"/>
        <source>worst</source>
        <translation>am schlimmsten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="58"/>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="59"/>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="60"/>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="61"/>
        <source>worst imaginable</source>
        <translation>schlimmster vorstellbarer</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="230"/>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="233"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation>Noch keine Übungsrunden – beginnen Sie die erste, dann wächst hier Ihr Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="245"/>
        <source>best streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="246"/>
        <source>routines this week</source>
        <translation>Runden diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="247"/>
        <source>stretches done</source>
        <translation>Übungen gemacht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="267"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation>Übungsrunden pro Woche (letzte {weeks} Wochen)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="270"/>
        <source>Pain before and after</source>
        <translation>Schmerz vorher und nachher</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="279"/>
        <source>Export history (CSV)…</source>
        <translation>Verlauf exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="281"/>
        <source>Print routine sheet (PDF)…</source>
        <translation>Übungsblatt drucken (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="283"/>
        <source>Back to stretches</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="291"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="99"/>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="100"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="101"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="48"/>
        <source>Backstretch keeps running in the tray to remind you. Quit from the tray menu.</source>
        <translation>Backstretch läuft im Systembereich weiter, um Sie zu erinnern. Beenden können Sie es über das Menü dort.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="34"/>
        <source>{app} reminder</source>
        <translation>Erinnerung von {app}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="42"/>
        <source>Start now</source>
        <translation>Jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="43"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="44"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="92"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="103"/>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="106"/>
        <source>e.g. 10:30, 15:00</source>
        <translation>z. B. 10:30, 15:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="107"/>
        <source>Fixed reminder times</source>
        <translation>Feste Erinnerungszeiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="124"/>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="126"/>
        <source>e.g. 09:00–12:00, 13:00–17:30</source>
        <translation>z. B. 09:00–12:00, 13:00–17:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="127"/>
        <source>Active periods on {day}</source>
        <translation>Zeiträume am {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="142"/>
        <source>Routines a day before reminders rest</source>
        <translation>Übungsrunden pro Tag, bevor die Erinnerungen ruhen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="144"/>
        <source>Snooze length</source>
        <translation>Dauer von „Später“</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="157"/>
        <source>Time away that is a break</source>
        <translation>Abwesenheit, die als Pause zählt</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="183"/>
        <source>Longest wait before a reminder is dropped</source>
        <translation>Längste Wartezeit, bevor eine Erinnerung entfällt</translation>
    </message>
</context>
<context>
    <name>RoutineOptionsPanel</name>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="53"/>
        <source>Routine options</source>
        <translation>Übungsoptionen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="67"/>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="80"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="80"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="83"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="88"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="84"/>
        <source>Hold each stretch</source>
        <translation>Jede Dehnung halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="85"/>
        <source>Rest between repetitions</source>
        <translation>Pause zwischen Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="86"/>
        <source>Time to get ready</source>
        <translation>Zeit zum Bereitmachen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="89"/>
        <source>Hold seconds</source>
        <translation>Sekunden halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="90"/>
        <source>Rest seconds</source>
        <translation>Sekunden Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="91"/>
        <source>Get ready seconds</source>
        <translation>Sekunden zum Bereitmachen</translation>
    </message>
</context>
<context>
    <name>RoutineProgress</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/routine_progress.py" line="22"/>
        <source>Routine progress</source>
        <translation>Fortschritt der Übungsrunde</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="56"/>
        <source>Backstretch — your back stretches</source>
        <translation>Backstretch – Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="57"/>
        <source>Your back stretches</source>
        <translation>Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="245"/>
        <source>{value} second</source>
        <translation>{value} Sekunde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="246"/>
        <source>{value} seconds</source>
        <translation>{value} Sekunden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="257"/>
        <source>{count} times each side</source>
        <translation>{count}-mal je Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="259"/>
        <source>{count} times</source>
        <translation>{count}-mal</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="261"/>
        <source>; {low}–{high} recommended</source>
        <translation>; {low}–{high} empfohlen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="270"/>
        <source>{number}. {title}: {count} times each side, hold {hold}</source>
        <translation>{number}. {title}: {count}-mal je Seite, {hold} halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="274"/>
        <source>{number}. {title}: {count} times, hold {hold}</source>
        <translation>{number}. {title}: {count}-mal, {hold} halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="476"/>
        <source>{app} · page {number} of {total}</source>
        <translation>{app} · Seite {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="486"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="488"/>
        <source>advice from your physiotherapist, or your own</source>
        <translation>Hinweise Ihrer Physiotherapeutin oder Ihres Physiotherapeuten, oder Ihre eigenen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="527"/>
        <source>No stretches are chosen. Switch some on in the routine settings.</source>
        <translation>Keine Übungen gewählt. Schalten Sie in den Einstellungen welche ein.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="530"/>
        <source>Your routine</source>
        <translation>Ihre Übungsrunde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="541"/>
        <source>See page {page}</source>
        <translation>Siehe Seite {page}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="552"/>
        <source>Good habits</source>
        <translation>Gute Gewohnheiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="560"/>
        <source>Safety first</source>
        <translation>Sicherheit geht vor</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="562"/>
        <source>This sheet does not replace medical advice. If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.</source>
        <translation>Dieses Blatt ersetzt keinen ärztlichen Rat. Wenn Sie nicht sicher sind, ob diese Übungen für Sie richtig sind, fragen Sie zuerst Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapeutin.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="568"/>
        <source>&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful.</source>
        <translation>&lt;b&gt;Brechen Sie jede Übung ab, die wehtut.&lt;/b&gt; Eine Dehnung soll sich sanft anfühlen, nie schmerzhaft.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="573"/>
        <source>&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:</source>
        <translation>&lt;b&gt;Gehen Sie sofort zum Arzt&lt;/b&gt;, wenn Sie Rückenschmerzen mit einem dieser Zeichen haben:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="597"/>
        <source>STRETCH {number} OF {count}</source>
        <translation>ÜBUNG {number} VON {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="603"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Wozu:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="615"/>
        <source>Starting position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="619"/>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="624"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="627"/>
        <source>⚠ Take care</source>
        <translation>⚠ Vorsicht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="645"/>
        <source> each side</source>
        <translation> je Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="648"/>
        <source> between repetitions</source>
        <translation> zwischen den Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="650"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="652"/>
        <source>Slowly</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="656"/>
        <source>, {time} each way</source>
        <translation>, je {time} hin und zurück</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="661"/>
        <source>, {there} in and {back} back</source>
        <translation>, {there} hin und {back} zurück</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="666"/>
        <source>How many</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="667"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="668"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="669"/>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="719"/>
        <source> Then the other side.</source>
        <translation> Dann die andere Seite.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="727"/>
        <source>Start position</source>
        <translation>Ausgangsstellung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="737"/>
        <source>Stretch and hold</source>
        <translation>Dehnen und halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="747"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;Backstretch does not replace medical advice.&lt;/b&gt; If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Backstretch ersetzt keinen ärztlichen Rat.&lt;/b&gt; Wenn Sie nicht sicher sind, ob diese Übungen für Sie richtig sind, fragen Sie zuerst Ihre Ärztin, Ihren Arzt oder Ihre Physiotherapeutin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful. Read each stretch&apos;s tips and cautions before you start: the bottom-to-heel stretch, for one, is not for sore knees.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Brechen Sie jede Übung ab, die wehtut.&lt;/b&gt; Eine Dehnung soll sich sanft anfühlen, nie schmerzhaft. Lesen Sie vor dem Beginn die Tipps und Warnhinweise jeder Übung: „Po zu den Fersen“ zum Beispiel ist nichts für schmerzende Knie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="28"/>
        <source>&lt;p&gt;&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gehen Sie sofort zum Arzt&lt;/b&gt;, wenn Sie Rückenschmerzen mit einem dieser Zeichen haben:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="55"/>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="60"/>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="140"/>
        <source>How is your back right now? (optional)</source>
        <translation>Wie geht es Ihrem Rücken gerade? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip phase (Right arrow)</source>
        <translation>Phase überspringen (Pfeil rechts)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="154"/>
        <source>Next stretch  ▶▶</source>
        <translation>Nächste Übung  ▶▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <source>Skip to the next stretch</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>■  Stop</source>
        <translation>■  Beenden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>Stop the routine (Escape)</source>
        <translation>Übungsrunde beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="173"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="174"/>
        <source>Volume of the sound cues</source>
        <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="250"/>
        <source>♪  Sound unavailable</source>
        <translation>♪  Kein Ton</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="253"/>
        <source>Sound unavailable: {reason}</source>
        <translation>Kein Ton: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound on</source>
        <translation>♪  Ton an</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound off</source>
        <translation>♪  Ton aus</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues on (M to mute)</source>
        <translation>Signaltöne an (M zum Stummschalten)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues off (M to turn on)</source>
        <translation>Signaltöne aus (M zum Einschalten)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="282"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="331"/>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>▶  Resume</source>
        <translation>▶  Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Paused. Press Space to go on.</source>
        <translation>Pause. Drücken Sie die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Leave full screen (F11 or Escape)</source>
        <translation>Vollbild verlassen (F11 oder Esc)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="48"/>
        <source>Backstretch settings</source>
        <translation>Backstretch-Einstellungen</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation type="vanished">Mich an die Übungen erinnern</translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <source>At these times:</source>
        <translation type="vanished">Zu diesen Zeiten:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="vanished"> Minuten</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="vanished">Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation type="vanished">Beginn der aktiven Zeit</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation type="vanished">Ende der aktiven Zeit</translation>
    </message>
    <message>
        <source>e.g. 10:30, 15:00</source>
        <translation type="vanished">z. B. 10:30, 15:00</translation>
    </message>
    <message>
        <source>Fixed reminder times</source>
        <translation type="vanished">Feste Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation type="vanished">Am {day} erinnern</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="vanished">Dauer von „Später“</translation>
    </message>
    <message>
        <source>between</source>
        <translation type="vanished">zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation type="vanished">und</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Wann</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation type="vanished">An diesen Tagen:</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="vanished">Später erinnern nach</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="60"/>
        <source>… without opening the window</source>
        <translation>… ohne das Fenster zu öffnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="62"/>
        <source>At login, Backstretch waits in the tray for the next reminder</source>
        <translation>Nach der Anmeldung wartet Backstretch im Systembereich auf die nächste Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="64"/>
        <source>At login, Backstretch waits in the background for the next reminder</source>
        <translation>Nach der Anmeldung wartet Backstretch im Hintergrund auf die nächste Erinnerung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="66"/>
        <source>Keep reminding in the background</source>
        <translation>Im Hintergrund weiter erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="67"/>
        <source>Quit when I close the window</source>
        <translation>Beenden, wenn ich das Fenster schließe</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>When I close the window</source>
        <translation>Wenn ich das Fenster schließe</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="83"/>
        <source>Backstretch goes on in the tray; quit it from the tray&apos;s menu.</source>
        <translation>Backstretch läuft im Systembereich weiter; beenden können Sie es über das Menü dort.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="90"/>
        <source>This desktop has no tray. In the background Backstretch goes on reminding you; open it again from the applications menu, and quit it with Quit in the window or Ctrl+Q.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich. Im Hintergrund erinnert Backstretch Sie weiter; öffnen Sie es wieder über das Anwendungsmenü und beenden Sie es mit „Beenden“ im Fenster oder Strg+Q.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation type="vanished">Diese Arbeitsumgebung hat keinen Systembereich: Erinnerungen kommen nur, solange das Backstretch-Fenster offen ist (es darf minimiert sein).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="59"/>
        <source>Start Backstretch when I log in</source>
        <translation>Backstretch bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="vanished">Versteckt im Systembereich starten und auf die nächste Erinnerung warten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="109"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation>Übungen der Runde (ankreuzen zum Aufnehmen, verschieben zum Umordnen):</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="117"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="118"/>
        <source>Routine</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="119"/>
        <source>Sound and display</source>
        <translation>Ton und Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>The end of the active hours must come after the start.</source>
        <translation type="vanished">Das Ende der aktiven Zeit muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <source>Enter at least one time, for example 10:30.</source>
        <translation type="vanished">Geben Sie mindestens eine Uhrzeit ein, zum Beispiel 10:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Wählen Sie mindestens einen Tag.</translation>
    </message>
</context>
<context>
    <name>StretchChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="38"/>
        <source>Stretches in the routine</source>
        <translation>Übungen der Runde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="41"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="42"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="37"/>
        <source>How is your back now? (optional)</source>
        <translation>Wie geht es Ihrem Rücken jetzt? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="44"/>
        <source>Back to stretches</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="15"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="16"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="17"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="35"/>
        <source>Start routine now</source>
        <translation>Übungen jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="37"/>
        <source>Open Backstretch</source>
        <translation>Backstretch öffnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="38"/>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="40"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="48"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="51"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="65"/>
        <source>Routines per week</source>
        <translation>Übungsrunden pro Woche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="70"/>
        <source>week of {day}: {count}</source>
        <translation>Woche ab {day}: {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="113"/>
        <location filename="../../app/backstretch/ui/progress/view.py" line="120"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/backstretch/wording.py" line="103"/>
        <source>d MMM</source>
        <comment>a date as QLocale writes it: day, abbreviated month</comment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="119"/>
        <source>%n stretches</source>
        <comment>%n stretch</comment>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="123"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="127"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="135"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="140"/>
        <location filename="../../app/backstretch/wording.py" line="148"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="147"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="153"/>
        <source>{minutes}:{seconds} left</source>
        <translation>noch {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="162"/>
        <source>{percent}% of the routine done</source>
        <translation>{percent} % der Übungsrunde geschafft</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Keine Übung gewählt: siehe Erinnerungen und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>NEXT UP</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>STRETCH</source>
        <translation>DEHNEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>RELEASE</source>
        <translation>LÖSEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>WELL DONE</source>
        <translation>GUT GEMACHT</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="192"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="196"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="209"/>
        <source>side</source>
        <translation>zur Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Change position</source>
        <translation>Position wechseln</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="218"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · beide Seiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="223"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Wiederholung {number} von {total} · links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="225"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Wiederholung {number} von {total} · rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Repetition {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="234"/>
        <source>Stretch {number} of {total}</source>
        <translation>Übung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="237"/>
        <source>Single stretch</source>
        <translation>Einzelne Übung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>Als Nächstes: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="251"/>
        <source>Then: {title}</source>
        <translation>Danach: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="255"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Danach: {phase} nach links · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="259"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Danach: {phase} nach rechts · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="262"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Danach: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="288"/>
        <source>Tip: {tip}</source>
        <translation>Tipp: {tip}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="301"/>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="311"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Gut gemacht. Das war die letzte Übung.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="317"/>
        <source>Next: {title}.</source>
        <translation>Als Nächstes: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="319"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Machen Sie sich bereit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="322"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, links. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="324"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, rechts. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="326"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="328"/>
        <source>Hold. {instruction}</source>
        <translation>Halten. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>Release. {instruction}</source>
        <translation>Lösen. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="332"/>
        <source>Rest. {instruction}</source>
        <translation>Pause. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="343"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="345"/>
        <source>Routine skipped through</source>
        <translation>Alles übersprungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="346"/>
        <source>Routine stopped</source>
        <translation>Übungen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="352"/>
        <source>No repetitions done · {time}</source>
        <translation>Keine Wiederholung gemacht · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="353"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} insgesamt · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="361"/>
        <source>{title}: {done} of {planned} repetitions</source>
        <translation>{title}: {done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="407"/>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="408"/>
        <source>%n times</source>
        <comment>%n time</comment>
        <translation>
            <numerusform>%n-mal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Welcome back — time for your stretches</source>
        <translation>Willkommen zurück – Zeit für Ihre Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="420"/>
        <source>Waiting until your full-screen window closes</source>
        <translation>Wartet, bis Ihr Vollbildfenster geschlossen ist</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="421"/>
        <source>Waiting until your camera is no longer in use</source>
        <translation>Wartet, bis Ihre Kamera nicht mehr benutzt wird</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="422"/>
        <source>Waiting until Do Not Disturb is off</source>
        <translation>Wartet, bis „Nicht stören“ aus ist</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>Waiting for you to come back</source>
        <translation>Wartet, bis Sie zurück sind</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>You have done your stretches {times} today: well done</source>
        <translation>Sie haben Ihre Übungen heute {times} gemacht: sehr gut</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>Backstretch keeps reminding you</source>
        <translation>Backstretch erinnert Sie weiter</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>Backstretch keeps running in the background to remind you: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch läuft im Hintergrund weiter, um Sie zu erinnern. Zum Zurückkehren öffnen Sie Backstretch über das Anwendungsmenü; zum Beenden wählen Sie „Beenden“ im Fenster oder drücken Strg+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>Backstretch keeps running: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch läuft weiter. Zum Zurückkehren öffnen Sie Backstretch über das Anwendungsmenü; zum Beenden wählen Sie „Beenden“ im Fenster oder drücken Strg+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="482"/>
        <source>You are in the middle of {title}. Quit Backstretch and end the routine?</source>
        <translation>Sie sind mitten in „{title}“. Backstretch beenden und die Übungsrunde abbrechen?</translation>
    </message>
    <message>
        <source>{title}: {done} of {planned}</source>
        <translation type="vanished">{title}: {done} von {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="368"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Bis zum nächsten Mal. Ein paar Minuten jeden Tag – das hilft.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="371"/>
        <source>Every phase was skipped, so this routine does not count toward your streak. Come back when you are ready.</source>
        <translation>Alle Abschnitte wurden übersprungen, daher zählt diese Übungsrunde nicht für Ihre Serie. Kommen Sie wieder, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="374"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Jede Wiederholung zählt. Machen Sie weiter, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="416"/>
        <source>Time for your back stretches</source>
        <translation>Zeit für Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="415"/>
        <source>Missed: your back stretches</source>
        <translation>Verpasst: Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="382"/>
        <source>{stretches}, {length}.</source>
        <translation>{stretches}, {length}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="383"/>
        <source>%n gentle stretches</source>
        <comment>%n gentle stretch</comment>
        <translation>
            <numerusform>%n sanfte Übung</numerusform>
            <numerusform>%n sanfte Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="389"/>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} min erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>{time} tomorrow</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="449"/>
        <source>Reminders paused until {when}</source>
        <translation>Erinnerungen pausiert bis {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>Next reminder at {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="vanished">Diese Arbeitsumgebung hat keinen Systembereich, deshalb kommen Erinnerungen nur, solange Backstretch läuft. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="488"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Ihr Rücken hat sich nach Ihren letzten beiden Übungsrunden jedes Mal schlechter angefühlt. Legen Sie eine Pause ein und sprechen Sie mit einer Ärztin, einem Arzt oder einer Physiotherapeutin, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>{done}. Reminders rest until tomorrow.</source>
        <translation>{done}. Bis morgen ruhen die Erinnerungen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="502"/>
        <source>Remind me to stretch</source>
        <translation>An die Übungen erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="504"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="505"/>
        <source>within the periods below</source>
        <translation>in den Zeiträumen unten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="506"/>
        <source>At these times:</source>
        <translation>Zu diesen Zeiten:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="507"/>
        <source>Reminders come only within each day&apos;s periods, the first one interval after a period starts; leave a day&apos;s periods empty, or untick it, for no reminders that day.</source>
        <translation>Erinnerungen kommen nur in den Zeiträumen jedes Tages; die erste, sobald nach Beginn eines Zeitraums der eingestellte Abstand vergangen ist. Für einen Tag ohne Erinnerungen lassen Sie seine Zeiträume leer oder entfernen das Häkchen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>At fixed times the periods do not apply: reminders come at those times on the ticked days.</source>
        <translation>Bei festen Zeiten gelten die Zeiträume nicht: Die Erinnerungen kommen an den angekreuzten Tagen zu diesen Zeiten.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="516"/>
        <source>A healthy amount</source>
        <translation>Ein gesundes Maß</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="517"/>
        <source>Routines a day, then reminders rest:</source>
        <translation>Übungsrunden pro Tag, danach ruhen die Erinnerungen:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="519"/>
        <source>A few minutes every day is what helps, and overdoing it does not: after this many finished routines, reminders rest until the next day.</source>
        <translation>Was hilft, sind ein paar Minuten jeden Tag – mehr bringt nichts. Nach so vielen abgeschlossenen Übungsrunden ruhen die Erinnerungen bis zum nächsten Tag.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="524"/>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="525"/>
        <source>Natural breaks</source>
        <translation>Natürliche Pausen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="526"/>
        <source>Count time away from the computer as a break after</source>
        <translation>Zeit weg vom Computer zählt als Pause ab</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="527"/>
        <source>Time without keyboard or mouse, a locked screen or a sleeping computer, of at least this long, is a break: the interval starts again when you are back, and a reminder at a fixed time waits for you and comes once, as a welcome back.</source>
        <translation>Mindestens so lange ohne Tastatur oder Maus, mit gesperrtem Bildschirm oder schlafendem Computer gilt als Pause: Der Abstand beginnt neu, wenn Sie zurück sind, und eine Erinnerung zu fester Zeit wartet auf Sie und kommt einmal, zur Begrüßung.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="533"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="534"/>
        <source>Wait at most</source>
        <translation>Höchstens</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="535"/>
        <source>then skip that reminder</source>
        <translation>warten, dann diese Erinnerung auslassen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="536"/>
        <source>A reminder that falls due at such a moment waits until it is over; one that has waited longer than this is skipped for that time, so reminders never pile up.</source>
        <translation>Eine Erinnerung, die in einem solchen Moment fällig wird, wartet, bis er vorbei ist. Hat sie länger als diese Zeit gewartet, entfällt sie für diesmal – so stauen sich keine Erinnerungen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="541"/>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich: Erinnerungen kommen nur, solange das Fenster von Backstretch geöffnet ist (es darf minimiert sein).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="546"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation>Geben Sie mindestens eine Uhrzeit ein, zum Beispiel 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="547"/>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="548"/>
        <source>Give at least one ticked day a period, for example 09:00–12:00.</source>
        <translation>Geben Sie mindestens einem angekreuzten Tag einen Zeitraum, zum Beispiel 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="552"/>
        <source>Wait while the system&apos;s Do Not Disturb is on</source>
        <translation>Warten, solange „Nicht stören“ des Systems an ist</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="553"/>
        <source>Wait while a full-screen window is in front (a presentation, a film)</source>
        <translation>Warten, solange ein Vollbildfenster vorne ist (eine Präsentation, ein Film)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="556"/>
        <source>Wait while a camera is in use (a video call)</source>
        <translation>Warten, solange eine Kamera benutzt wird (ein Videoanruf)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="559"/>
        <source>This desktop has no Do Not Disturb that Backstretch can read.</source>
        <translation>Diese Arbeitsumgebung hat kein „Nicht stören“, das Backstretch lesen kann.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="562"/>
        <source>The window manager here does not say which window is in front.</source>
        <translation>Die Fensterverwaltung hier sagt nicht, welches Fenster vorne ist.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="565"/>
        <source>This system does not show which devices are open.</source>
        <translation>Dieses System zeigt nicht, welche Geräte geöffnet sind.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="582"/>
        <source>This system does not say how long you have been away or whether the screen is locked, so reminders come at their times whatever you do.</source>
        <translation>Dieses System sagt nicht, wie lange Sie weg waren oder ob der Bildschirm gesperrt ist. Die Erinnerungen kommen daher immer zu ihren Zeiten.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="589"/>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="590"/>
        <source>Time away is noticed through {listed}.</source>
        <translation>Abwesenheit wird erkannt über {listed}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="594"/>
        <source>“{entry}” is not a period; write it like 09:00–12:00.</source>
        <translation>„{entry}“ ist kein Zeitraum; schreiben Sie ihn wie 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="598"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>„{entry}“ ist keine Uhrzeit; schreiben Sie sie wie 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="604"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="605"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="606"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="607"/>
        <source>must be one of {choices}</source>
        <translation>muss eines von {choices} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="608"/>
        <source>must be a list of stretch names</source>
        <translation>muss eine Liste von Übungsnamen sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="609"/>
        <source>must be a time like 09:00</source>
        <translation>muss eine Uhrzeit wie 09:00 sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="610"/>
        <source>must list times like 10:30</source>
        <translation>muss Uhrzeiten wie 10:30 aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="611"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>muss Tage von 0 (Montag) bis 6 (Sonntag) aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="612"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>muss ein Sprachcode wie de oder pt_BR sein, oder leer für die Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="615"/>
        <source>must list, for each day from Monday, periods like 09:00-12:00</source>
        <translation>muss für jeden Tag ab Montag Zeiträume wie 09:00-12:00 auflisten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="620"/>
        <source>Routine</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="621"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="622"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="623"/>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="629"/>
        <source>end must come after start</source>
        <translation>end muss nach start liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="633"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="635"/>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="643"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Die Einstellungen „{section}“ waren nicht lesbar; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="646"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Einstellung „{section}“ ignoriert: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="656"/>
        <source>No audio output was found on this system.</source>
        <translation>Auf diesem System wurde keine Audioausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="660"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Ton ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="664"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Tondateien fehlen: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="668"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Die Tondatei {name} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="674"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>Sprachausgabe ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="679"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden. Installieren Sie speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="680"/>
        <source>No speech engine was found on this system.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="685"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Keine Stimme für {language} gefunden; installieren Sie eine für die Sprachausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="693"/>
        <source>Backstretch is already running (process {pid}) but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch läuft bereits (Prozess {pid}), antwortet aber nicht. Beenden Sie es, zum Beispiel in der Systemüberwachung, und starten Sie Backstretch dann neu.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="697"/>
        <source>Backstretch is already running but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch läuft bereits, antwortet aber nicht. Beenden Sie es, zum Beispiel in der Systemüberwachung, und starten Sie Backstretch dann neu.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="704"/>
        <source>Speech Dispatcher has no voice installed, only its placeholder message. Install a voice such as speech-dispatcher-espeak-ng to hear the instructions.</source>
        <translation>Speech Dispatcher hat keine Stimme installiert, nur seine Platzhalter-Ansage. Installieren Sie eine Stimme wie speech-dispatcher-espeak-ng, um die Anleitungen zu hören.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="711"/>
        <source>{what} saved as {name} in {folder}.</source>
        <translation>{what} als {name} in {folder} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="717"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Ihre Änderung gilt bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="723"/>
        <source>Skipped {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="727"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch spricht nach einem Neustart {language}. Jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="740"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="746"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>spricht {language} ({catalogue}; Qt-Dialoge auf Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="749"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>spricht {language} ({catalogue}, Qt-Dialoge: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="755"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch spricht ab dem nächsten Start {language}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="50"/>
        <source>GNOME&apos;s idle monitor</source>
        <translation>die Leerlaufüberwachung von GNOME</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="66"/>
        <source>the desktop&apos;s screen saver</source>
        <translation>den Bildschirmschoner der Arbeitsumgebung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="84"/>
        <source>the screen lock</source>
        <translation>die Bildschirmsperre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="105"/>
        <source>logind&apos;s session lock</source>
        <translation>die Sitzungssperre von logind</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="124"/>
        <source>the X server&apos;s screen-saver extension</source>
        <translation>die Bildschirmschoner-Erweiterung des X-Servers</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="138"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="161"/>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
</context>
</TS>
