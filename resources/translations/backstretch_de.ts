<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="139"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation>{problem} Übungsrunden werden nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="164"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="171"/>
        <source>Routine sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="227"/>
        <source>Keep reminding in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="230"/>
        <source>Quit when I close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation type="vanished">{app} beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="260"/>
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
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="167"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation>Der Übungsverlauf in {path} blieb von einem anderen Programm belegt; die letzten {count} Einträge dieser Übungsrunde konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="190"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation>{problem} Die Übungen laufen weiter, werden aber nicht aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="204"/>
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
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="133"/>
        <source>Pain before and after each routine</source>
        <translation>Schmerz vor und nach jeder Übungsrunde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="138"/>
        <source>{day}: before {before}, after {after}</source>
        <translation>{day}: vorher {before}, nachher {after}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="145"/>
        <source>No ratings yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="166"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation>Bewerten Sie Ihren Rücken vor und nach einer Übungsrunde, dann sehen Sie hier den Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="215"/>
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
        <location filename="../../app/backstretch/ui/progress/view.py" line="228"/>
        <source>Your progress</source>
        <translation>Ihr Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="231"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation>Noch keine Übungsrunden – beginnen Sie die erste, dann wächst hier Ihr Verlauf.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="242"/>
        <source>day streak</source>
        <translation>Tage in Folge</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="243"/>
        <source>best streak</source>
        <translation>längste Serie</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>routines this week</source>
        <translation>Runden diese Woche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="245"/>
        <source>stretches done</source>
        <translation>Übungen gemacht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="265"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation>Übungsrunden pro Woche (letzte {weeks} Wochen)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="268"/>
        <source>Pain before and after</source>
        <translation>Schmerz vorher und nachher</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="277"/>
        <source>Export history (CSV)…</source>
        <translation>Verlauf exportieren (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="279"/>
        <source>Print routine sheet (PDF)…</source>
        <translation>Übungsblatt drucken (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="281"/>
        <source>Back to stretches</source>
        <translation>Zurück zu den Übungen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="37"/>
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
        <location filename="../../app/backstretch/ui/session/view.py" line="133"/>
        <source>How is your back right now? (optional)</source>
        <translation type="unfinished">Wie geht es Ihrem Rücken gerade? (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="138"/>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="138"/>
        <source>Back (Left arrow)</source>
        <translation>Zurück (Pfeil links)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="141"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="317"/>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="141"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="319"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="144"/>
        <source>Skip  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="144"/>
        <source>Skip phase (Right arrow)</source>
        <translation>Phase überspringen (Pfeil rechts)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="147"/>
        <source>Next stretch  ▶▶</source>
        <translation>Nächste Übung  ▶▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <source>Skip to the next stretch</source>
        <translation>Zur nächsten Übung springen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="152"/>
        <source>■  Stop</source>
        <translation>■  Beenden</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="152"/>
        <source>Stop the routine (Escape)</source>
        <translation>Übungsrunde beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="330"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Full screen (F11)</source>
        <translation>Vollbild (F11)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="166"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="167"/>
        <source>Volume of the sound cues</source>
        <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="243"/>
        <source>♪  Sound unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="246"/>
        <source>Sound unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="252"/>
        <source>♪  Sound on</source>
        <translation>♪  Ton an</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="252"/>
        <source>♪  Sound off</source>
        <translation>♪  Ton aus</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>Sound cues on (M to mute)</source>
        <translation>Signaltöne an (M zum Stummschalten)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>Sound cues off (M to turn on)</source>
        <translation>Signaltöne aus (M zum Einschalten)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="275"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="317"/>
        <source>▶  Resume</source>
        <translation>▶  Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="319"/>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="330"/>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Leave full screen (F11 or Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="64"/>
        <source>Backstretch settings</source>
        <translation>Backstretch-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="69"/>
        <source>Remind me to stretch</source>
        <translation>Mich an die Übungen erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="70"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="71"/>
        <source>At these times:</source>
        <translation>Zu diesen Zeiten:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="78"/>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="98"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="82"/>
        <source>Active hours start</source>
        <translation>Beginn der aktiven Zeit</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="85"/>
        <source>Active hours end</source>
        <translation>Ende der aktiven Zeit</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="87"/>
        <source>e.g. 10:30, 15:00</source>
        <translation>z. B. 10:30, 15:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="88"/>
        <source>Fixed reminder times</source>
        <translation>Feste Erinnerungszeiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="93"/>
        <source>Remind on {day}</source>
        <translation>Am {day} erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="99"/>
        <source>Snooze length</source>
        <translation>Dauer von „Später“</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="108"/>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="110"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="116"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>On these days:</source>
        <translation>An diesen Tagen:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="123"/>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="134"/>
        <source>… without opening the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="136"/>
        <source>At login, Backstretch waits in the tray for the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="138"/>
        <source>At login, Backstretch waits in the background for the next reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="140"/>
        <source>Keep reminding in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="141"/>
        <source>Quit when I close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="153"/>
        <source>When I close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="157"/>
        <source>Backstretch goes on in the tray; quit it from the tray&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="164"/>
        <source>This desktop has no tray. In the background Backstretch goes on reminding you; open it again from the applications menu, and quit it with Quit in the window or Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation type="vanished">Diese Arbeitsumgebung hat keinen Systembereich: Erinnerungen kommen nur, solange das Backstretch-Fenster offen ist (es darf minimiert sein).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="133"/>
        <source>Start Backstretch when I log in</source>
        <translation>Backstretch bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="vanished">Versteckt im Systembereich starten und auf die nächste Erinnerung warten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="183"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation>Übungen der Runde (ankreuzen zum Aufnehmen, verschieben zum Umordnen):</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="191"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="192"/>
        <source>Routine</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="193"/>
        <source>Sound and display</source>
        <translation>Ton und Anzeige</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="194"/>
        <source>Start-up</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="263"/>
        <source>The end of the active hours must come after the start.</source>
        <translation>Das Ende der aktiven Zeit muss nach dem Beginn liegen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="266"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation>Geben Sie mindestens eine Uhrzeit ein, zum Beispiel 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="269"/>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
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
        <location filename="../../app/backstretch/ui/progress/view.py" line="118"/>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/backstretch/wording.py" line="102"/>
        <source>d MMM</source>
        <comment>a date as QLocale writes it: day, abbreviated month</comment>
        <translation>d. MMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="118"/>
        <source>%n stretches</source>
        <comment>%n stretch</comment>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="122"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="126"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="133"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
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
        <translation>noch {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="157"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="161"/>
        <source>{percent}% of the routine done</source>
        <translation>{percent} % der Übungsrunde geschafft</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Keine Übung gewählt: siehe Erinnerungen und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="174"/>
        <source>NEXT UP</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>STRETCH</source>
        <translation>DEHNEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>RELEASE</source>
        <translation>LÖSEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>WELL DONE</source>
        <translation>GUT GEMACHT</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="194"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>side</source>
        <translation>zur Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="214"/>
        <source>Change position</source>
        <translation>Position wechseln</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · beide Seiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="222"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Wiederholung {number} von {total} · links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Wiederholung {number} von {total} · rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="226"/>
        <source>Repetition {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="233"/>
        <source>Stretch {number} of {total}</source>
        <translation>Übung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="236"/>
        <source>Single stretch</source>
        <translation>Einzelne Übung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="240"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>Als Nächstes: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="248"/>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="250"/>
        <source>Then: {title}</source>
        <translation>Danach: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="254"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Danach: {phase} nach links · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="258"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Danach: {phase} nach rechts · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="261"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Danach: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="298"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Gut gemacht. Das war die letzte Übung.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="316"/>
        <source>Next: {title}.</source>
        <translation>Als Nächstes: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="318"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Machen Sie sich bereit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="321"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, links. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, rechts. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="325"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="327"/>
        <source>Hold. {instruction}</source>
        <translation>Halten. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="329"/>
        <source>Release. {instruction}</source>
        <translation>Lösen. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Rest. {instruction}</source>
        <translation>Pause. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="342"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="344"/>
        <source>Routine skipped through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="345"/>
        <source>Routine stopped</source>
        <translation>Übungen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="351"/>
        <source>No repetitions done · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="352"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} insgesamt · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="360"/>
        <source>{title}: {done} of {planned} repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="419"/>
        <source>Backstretch keeps reminding you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="426"/>
        <source>Backstretch keeps running in the background to remind you: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="431"/>
        <source>Backstretch keeps running: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="438"/>
        <source>You are in the middle of {title}. Quit Backstretch and end the routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {done} of {planned}</source>
        <translation type="vanished">{title}: {done} von {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="367"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Bis zum nächsten Mal. Ein paar Minuten jeden Tag – das hilft.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="370"/>
        <source>Every phase was skipped, so this routine does not count toward your streak. Come back when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Jede Wiederholung zählt. Machen Sie weiter, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="380"/>
        <source>Time for your back stretches</source>
        <translation>Zeit für Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="384"/>
        <source>Missed: your back stretches</source>
        <translation>Verpasst: Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="389"/>
        <source>{stretches}, {length}.</source>
        <translation>{stretches}, {length}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="390"/>
        <source>%n gentle stretches</source>
        <comment>%n gentle stretch</comment>
        <translation>
            <numerusform>%n sanfte Übung</numerusform>
            <numerusform>%n sanfte Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="396"/>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} min erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>{time} tomorrow</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="406"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>Reminders paused until {when}</source>
        <translation>Erinnerungen pausiert bis {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="414"/>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="415"/>
        <source>Next reminder at {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="vanished">Diese Arbeitsumgebung hat keinen Systembereich, deshalb kommen Erinnerungen nur, solange Backstretch läuft. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="444"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Ihr Rücken hat sich nach Ihren letzten beiden Übungsrunden jedes Mal schlechter angefühlt. Legen Sie eine Pause ein und sprechen Sie mit einer Ärztin, einem Arzt oder einer Physiotherapeutin, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="450"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>„{entry}“ ist keine Uhrzeit; schreiben Sie sie wie 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="456"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="457"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>must be one of {choices}</source>
        <translation>muss eines von {choices} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="460"/>
        <source>must be a list of stretch names</source>
        <translation>muss eine Liste von Übungsnamen sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="461"/>
        <source>must be a time like 09:00</source>
        <translation>muss eine Uhrzeit wie 09:00 sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="462"/>
        <source>must list times like 10:30</source>
        <translation>muss Uhrzeiten wie 10:30 aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>muss Tage von 0 (Montag) bis 6 (Sonntag) aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="464"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>muss ein Sprachcode wie de oder pt_BR sein, oder leer für die Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="469"/>
        <source>Routine</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="471"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="472"/>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="478"/>
        <source>end must come after start</source>
        <translation>end muss nach start liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="482"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="484"/>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="492"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Die Einstellungen „{section}“ waren nicht lesbar; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Einstellung „{section}“ ignoriert: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="505"/>
        <source>No audio output was found on this system.</source>
        <translation>Auf diesem System wurde keine Audioausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="509"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Ton ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="513"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Tondateien fehlen: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="517"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Die Tondatei {name} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="523"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>Sprachausgabe ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="528"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden. Installieren Sie speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="529"/>
        <source>No speech engine was found on this system.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="534"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Keine Stimme für {language} gefunden; installieren Sie eine für die Sprachausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="542"/>
        <source>Backstretch is already running (process {pid}) but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="546"/>
        <source>Backstretch is already running but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="553"/>
        <source>Speech Dispatcher has no voice installed, only its placeholder message. Install a voice such as speech-dispatcher-espeak-ng to hear the instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="560"/>
        <source>{what} saved as {name} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="566"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Ihre Änderung gilt bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="572"/>
        <source>Skipped {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="576"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch spricht nach einem Neustart {language}. Jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="589"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="595"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>spricht {language} ({catalogue}; Qt-Dialoge auf Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="598"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>spricht {language} ({catalogue}, Qt-Dialoge: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="604"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
</TS>
