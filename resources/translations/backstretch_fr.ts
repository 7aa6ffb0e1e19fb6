<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="234"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation>{problem} Les séances ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="164"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="171"/>
        <source>Routine sheet</source>
        <translation>Fiche de la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="36"/>
        <source>Keep reminding in the background</source>
        <translation>Continuer les rappels en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="40"/>
        <source>Quit when I close the window</source>
        <translation>Quitter quand je ferme la fenêtre</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation type="vanished">Quitter {app} ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/start_at_login.py" line="39"/>
        <source>Could not change start at login: {reason}</source>
        <translation>Impossible de modifier le lancement à l&apos;ouverture de session : {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/countdown_ring.py" line="23"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="25"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold} · each side</source>
        <translation>{repetitions} (conseillé : {low} à {high}) · tenir {hold} · de chaque côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="29"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold}</source>
        <translation>{repetitions} (conseillé : {low} à {high}) · tenir {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="33"/>
        <source>{repetitions} · hold {hold} · each side</source>
        <translation>{repetitions} · tenir {hold} · de chaque côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="35"/>
        <source>{repetitions} · hold {hold}</source>
        <translation>{repetitions} · tenir {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="52"/>
        <source>{title} card</source>
        <translation>Fiche {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/card.py" line="86"/>
        <source>Starting position: {position}</source>
        <translation>Position de départ : {position}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="94"/>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="97"/>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="122"/>
        <source>Start {title}</source>
        <translation>Commencer : {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="125"/>
        <source>Start only {title}</source>
        <translation>Commencer seulement {title}</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="36"/>
        <source>{failure}: {reason}</source>
        <translation>{failure} : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="47"/>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="51"/>
        <source>Could not export the history</source>
        <translation>Impossible d&apos;exporter l&apos;historique</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="60"/>
        <source>Save routine sheet</source>
        <translation>Enregistrer la fiche de la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="64"/>
        <source>Could not write the sheet</source>
        <translation>Impossible d&apos;écrire la fiche</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/figure_widget.py" line="30"/>
        <source>Stretch illustration</source>
        <translation>Illustration de l&apos;étirement</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="101"/>
        <source>Open Backstretch</source>
        <translation>Ouvrir Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="102"/>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="104"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="28"/>
        <source>Play a sound at every phase change, and tick in the last seconds</source>
        <translation>Jouer un son à chaque changement de phase, et un tic dans les dernières secondes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="34"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="35"/>
        <source>Speak the instructions aloud</source>
        <translation>Lire les consignes à voix haute</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="37"/>
        <source>Reduce motion: show the key positions without animation or moving arrows</source>
        <translation>Réduire les animations : montrer les positions clés sans animation ni flèches mobiles</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="42"/>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="174"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation>L&apos;historique des étirements dans {path} est resté occupé par un autre programme ; les {count} derniers enregistrements de cette séance n&apos;ont pas pu être écrits.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="197"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation>{problem} La séance continue, mais n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="211"/>
        <source>The stretch history in {path} is in use by another program; this routine&apos;s records wait and are written once it is free.</source>
        <translation>L&apos;historique des étirements dans {path} est utilisé par un autre programme ; les enregistrements de cette séance attendent et seront écrits dès qu&apos;il sera libre.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="19"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="20"/>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/language_chooser.py" line="25"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="44"/>
        <source>Back stretches</source>
        <translation>Étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="53"/>
        <source>▶  Start routine</source>
        <translation>▶  Commencer la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="71"/>
        <source>Reminders and settings…</source>
        <translation>Rappels et réglages…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="78"/>
        <source>Your progress…</source>
        <translation>Vos progrès…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="84"/>
        <source>Quit Backstretch</source>
        <translation>Quitter Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="87"/>
        <source>Quit Backstretch: no more reminders until it is started (Ctrl+Q)</source>
        <translation>Quitter Backstretch : plus aucun rappel jusqu&apos;à son prochain lancement (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="120"/>
        <source>No stretches could be loaded. See the message above.</source>
        <translation>Aucun étirement n&apos;a pu être chargé. Voir le message ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="138"/>
        <source>How is your back right now? (optional)</source>
        <translation>Comment va votre dos en ce moment ? (facultatif)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="275"/>
        <source>Stop the routine?</source>
        <translation>Arrêter la séance ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="276"/>
        <source>Stop the routine? What you have done so far is kept.</source>
        <translation>Arrêter la séance ? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="277"/>
        <source>Stop routine</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="278"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="350"/>
        <source>Quit {app}?</source>
        <translation>Quitter {app} ?</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="135"/>
        <source>Pain before and after each routine</source>
        <translation>Douleur avant et après chaque séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="140"/>
        <source>{day}: before {before}, after {after}</source>
        <translation>{day} : avant {before}, après {after}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="147"/>
        <source>No ratings yet</source>
        <translation>Pas encore de notes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="168"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation>Notez votre dos avant et après une séance pour voir l&apos;évolution ici.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="217"/>
        <source>○ before   ● after   (0 = no pain, 10 = worst)</source>
        <translation>○ avant   ● après   (0 = aucune douleur, 10 = la pire)</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="22"/>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="57"/>
        <source>no pain</source>
        <translation>aucune douleur</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="31"/>
        <source>Pain {value} of 10</source>
        <translation>Douleur {value} sur 10</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="33"/>
        <source>{value}: {word}</source>
        <translation>{value} : {word}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="38"/>
        <source>worst</source>
        <translation>la pire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="58"/>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="59"/>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="60"/>
        <source>severe</source>
        <translation>forte</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="61"/>
        <source>worst imaginable</source>
        <translation>la pire imaginable</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="230"/>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="233"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation>Pas encore de séance : commencez la première, et votre historique s&apos;affichera ici.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>day streak</source>
        <translation>jours d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="245"/>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="246"/>
        <source>routines this week</source>
        <translation>séances cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="247"/>
        <source>stretches done</source>
        <translation>étirements faits</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="267"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation>Séances par semaine ({weeks} dernières semaines)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="270"/>
        <source>Pain before and after</source>
        <translation>Douleur avant et après</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="279"/>
        <source>Export history (CSV)…</source>
        <translation>Exporter l&apos;historique (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="281"/>
        <source>Print routine sheet (PDF)…</source>
        <translation>Imprimer la fiche de la séance (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="283"/>
        <source>Back to stretches</source>
        <translation>Retour aux étirements</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="291"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="99"/>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="100"/>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="101"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="48"/>
        <source>Backstretch keeps running in the tray to remind you. Quit from the tray menu.</source>
        <translation>Backstretch reste ouvert dans la zone de notification pour vous rappeler vos étirements. Quittez-le depuis son menu.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="34"/>
        <source>{app} reminder</source>
        <translation>Rappel de {app}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="42"/>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="43"/>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="44"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="92"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="103"/>
        <source>Minutes between reminders</source>
        <translation>Minutes entre les rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="106"/>
        <source>e.g. 10:30, 15:00</source>
        <translation>p. ex. 10:30, 15:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="107"/>
        <source>Fixed reminder times</source>
        <translation>Heures de rappel fixes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="124"/>
        <source>Remind on {day}</source>
        <translation>Rappeler le {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="126"/>
        <source>e.g. 09:00–12:00, 13:00–17:30</source>
        <translation>p. ex. 09:00–12:00, 13:00–17:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="127"/>
        <source>Active periods on {day}</source>
        <translation>Plages du {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="142"/>
        <source>Routines a day before reminders rest</source>
        <translation>Séances par jour avant que les rappels s&apos;arrêtent</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="144"/>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="157"/>
        <source>Time away that is a break</source>
        <translation>Absence qui compte comme une pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="183"/>
        <source>Longest wait before a reminder is dropped</source>
        <translation>Attente maximale avant qu&apos;un rappel soit passé</translation>
    </message>
</context>
<context>
    <name>RoutineOptionsPanel</name>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="53"/>
        <source>Routine options</source>
        <translation>Options de la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="67"/>
        <source> times</source>
        <translation> fois</translation>
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
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="83"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="88"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="84"/>
        <source>Hold each stretch</source>
        <translation>Tenir chaque étirement</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="85"/>
        <source>Rest between repetitions</source>
        <translation>Repos entre les répétitions</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="86"/>
        <source>Time to get ready</source>
        <translation>Temps pour se préparer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="89"/>
        <source>Hold seconds</source>
        <translation>Secondes de maintien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="90"/>
        <source>Rest seconds</source>
        <translation>Secondes de repos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="91"/>
        <source>Get ready seconds</source>
        <translation>Secondes de préparation</translation>
    </message>
</context>
<context>
    <name>RoutineProgress</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/routine_progress.py" line="22"/>
        <source>Routine progress</source>
        <translation>Avancement de la séance</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="56"/>
        <source>Backstretch — your back stretches</source>
        <translation>Backstretch — vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="57"/>
        <source>Your back stretches</source>
        <translation>Vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="245"/>
        <source>{value} second</source>
        <translation>{value} seconde</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="246"/>
        <source>{value} seconds</source>
        <translation>{value} secondes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="257"/>
        <source>{count} times each side</source>
        <translation>{count} fois de chaque côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="259"/>
        <source>{count} times</source>
        <translation>{count} fois</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="261"/>
        <source>; {low}–{high} recommended</source>
        <translation> ; {low} à {high} conseillées</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="270"/>
        <source>{number}. {title}: {count} times each side, hold {hold}</source>
        <translation>{number}. {title} : {count} fois de chaque côté, tenir {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="274"/>
        <source>{number}. {title}: {count} times, hold {hold}</source>
        <translation>{number}. {title} : {count} fois, tenir {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="476"/>
        <source>{app} · page {number} of {total}</source>
        <translation>{app} · page {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="486"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="488"/>
        <source>advice from your physiotherapist, or your own</source>
        <translation>conseils de votre kinésithérapeute, ou les vôtres</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="527"/>
        <source>No stretches are chosen. Switch some on in the routine settings.</source>
        <translation>Aucun étirement choisi. Activez-en dans les réglages de la séance.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="530"/>
        <source>Your routine</source>
        <translation>Votre séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="541"/>
        <source>See page {page}</source>
        <translation>Voir page {page}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="552"/>
        <source>Good habits</source>
        <translation>Bonnes habitudes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="560"/>
        <source>Safety first</source>
        <translation>La sécurité d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="562"/>
        <source>This sheet does not replace medical advice. If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.</source>
        <translation>Cette fiche ne remplace pas un avis médical. Si vous n&apos;êtes pas sûr que ces étirements vous conviennent, demandez d&apos;abord l&apos;avis de votre médecin ou de votre kinésithérapeute.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="568"/>
        <source>&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful.</source>
        <translation>&lt;b&gt;Arrêtez tout étirement qui fait mal.&lt;/b&gt; Un étirement doit rester doux, jamais douloureux.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="573"/>
        <source>&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:</source>
        <translation>&lt;b&gt;Consultez un médecin en urgence&lt;/b&gt; si votre mal de dos s&apos;accompagne de l&apos;un de ces signes :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="597"/>
        <source>STRETCH {number} OF {count}</source>
        <translation>ÉTIREMENT {number} SUR {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="603"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Pourquoi :&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="615"/>
        <source>Starting position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="619"/>
        <source>How to do it</source>
        <translation>Comment faire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="624"/>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="627"/>
        <source>⚠ Take care</source>
        <translation>⚠ Attention</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="645"/>
        <source> each side</source>
        <translation> de chaque côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="648"/>
        <source> between repetitions</source>
        <translation> entre les répétitions</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="650"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="652"/>
        <source>Slowly</source>
        <translation>Lentement</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="656"/>
        <source>, {time} each way</source>
        <translation>, {time} dans chaque sens</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="661"/>
        <source>, {there} in and {back} back</source>
        <translation>, {there} à l&apos;aller et {back} au retour</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="666"/>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="667"/>
        <source>Hold</source>
        <translation>Tenir</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="668"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="669"/>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="719"/>
        <source> Then the other side.</source>
        <translation> Puis de l&apos;autre côté.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="727"/>
        <source>Start position</source>
        <translation>Position de départ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="737"/>
        <source>Stretch and hold</source>
        <translation>Étirez et tenez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="747"/>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;Backstretch does not replace medical advice.&lt;/b&gt; If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Backstretch ne remplace pas un avis médical.&lt;/b&gt; Si vous n&apos;êtes pas sûr que ces étirements vous conviennent, demandez d&apos;abord l&apos;avis de votre médecin ou de votre kinésithérapeute.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful. Read each stretch&apos;s tips and cautions before you start: the bottom-to-heel stretch, for one, is not for sore knees.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Arrêtez tout étirement qui fait mal.&lt;/b&gt; Un étirement doit rester doux, jamais douloureux. Lisez les conseils et les précautions de chaque étirement avant de commencer : « fesses vers les talons », par exemple, ne convient pas aux genoux douloureux.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="28"/>
        <source>&lt;p&gt;&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Consultez un médecin en urgence&lt;/b&gt; si votre mal de dos s&apos;accompagne de l&apos;un de ces signes :&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="55"/>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="60"/>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="140"/>
        <source>How is your back right now? (optional)</source>
        <translation>Comment va votre dos en ce moment ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>◀  Back</source>
        <translation>◀  Retour</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>Back (Left arrow)</source>
        <translation>Retour (flèche gauche)</translation>
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
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip  ▶</source>
        <translation>Passer  ▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip phase (Right arrow)</source>
        <translation>Passer la phase (flèche droite)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="154"/>
        <source>Next stretch  ▶▶</source>
        <translation>Étirement suivant  ▶▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <source>Skip to the next stretch</source>
        <translation>Passer à l&apos;étirement suivant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>■  Stop</source>
        <translation>■  Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>Stop the routine (Escape)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="173"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="174"/>
        <source>Volume of the sound cues</source>
        <translation>Volume des signaux sonores</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="250"/>
        <source>♪  Sound unavailable</source>
        <translation>♪  Son indisponible</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="253"/>
        <source>Sound unavailable: {reason}</source>
        <translation>Son indisponible : {reason}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound on</source>
        <translation>♪  Son activé</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound off</source>
        <translation>♪  Son coupé</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues on (M to mute)</source>
        <translation>Signaux sonores activés (M pour couper)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues off (M to turn on)</source>
        <translation>Signaux sonores coupés (M pour activer)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="282"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="331"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>▶  Resume</source>
        <translation>▶  Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Leave full screen (F11 or Escape)</source>
        <translation>Quitter le plein écran (F11 ou Échap)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="48"/>
        <source>Backstretch settings</source>
        <translation>Réglages de Backstretch</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation type="vanished">Me rappeler de m&apos;étirer</translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="vanished">Toutes les</translation>
    </message>
    <message>
        <source>At these times:</source>
        <translation type="vanished">À ces heures :</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="vanished"> minutes</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="vanished">Minutes entre les rappels</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation type="vanished">Début des heures actives</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation type="vanished">Fin des heures actives</translation>
    </message>
    <message>
        <source>e.g. 10:30, 15:00</source>
        <translation type="vanished">p. ex. 10:30, 15:00</translation>
    </message>
    <message>
        <source>Fixed reminder times</source>
        <translation type="vanished">Heures de rappel fixes</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation type="vanished">Rappeler le {day}</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="vanished">Durée du report</translation>
    </message>
    <message>
        <source>between</source>
        <translation type="vanished">entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation type="vanished">et</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Quand</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation type="vanished">Ces jours-là :</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="vanished">Reporter de</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="60"/>
        <source>… without opening the window</source>
        <translation>… sans ouvrir la fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="62"/>
        <source>At login, Backstretch waits in the tray for the next reminder</source>
        <translation>À l&apos;ouverture de session, Backstretch attend le prochain rappel dans la zone de notification</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="64"/>
        <source>At login, Backstretch waits in the background for the next reminder</source>
        <translation>À l&apos;ouverture de session, Backstretch attend le prochain rappel en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="66"/>
        <source>Keep reminding in the background</source>
        <translation>Continuer les rappels en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="67"/>
        <source>Quit when I close the window</source>
        <translation>Quitter quand je ferme la fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>When I close the window</source>
        <translation>Quand je ferme la fenêtre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="83"/>
        <source>Backstretch goes on in the tray; quit it from the tray&apos;s menu.</source>
        <translation>Backstretch reste dans la zone de notification ; quittez-le depuis son menu.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="90"/>
        <source>This desktop has no tray. In the background Backstretch goes on reminding you; open it again from the applications menu, and quit it with Quit in the window or Ctrl+Q.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification. En arrière-plan, Backstretch continue de vous rappeler vos étirements ; rouvrez-le depuis le menu des applications et quittez-le avec Quitter dans la fenêtre ou Ctrl+Q.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation type="vanished">Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que si la fenêtre de Backstretch est ouverte (elle peut être réduite).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="59"/>
        <source>Start Backstretch when I log in</source>
        <translation>Lancer Backstretch à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="vanished">Démarrer caché dans la zone de notification, en attendant le prochain rappel</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="109"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation>Étirements de la séance (cochez pour inclure, déplacez pour réordonner) :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="117"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="118"/>
        <source>Routine</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="119"/>
        <source>Sound and display</source>
        <translation>Son et affichage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>The end of the active hours must come after the start.</source>
        <translation type="vanished">La fin des heures actives doit venir après le début.</translation>
    </message>
    <message>
        <source>Enter at least one time, for example 10:30.</source>
        <translation type="vanished">Indiquez au moins une heure, par exemple 10:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Choisissez au moins un jour.</translation>
    </message>
</context>
<context>
    <name>StretchChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="38"/>
        <source>Stretches in the routine</source>
        <translation>Étirements de la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="41"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="42"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="37"/>
        <source>How is your back now? (optional)</source>
        <translation>Comment va votre dos maintenant ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="44"/>
        <source>Back to stretches</source>
        <translation>Retour aux étirements</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="15"/>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="16"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="17"/>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="35"/>
        <source>Start routine now</source>
        <translation>Commencer la séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="37"/>
        <source>Open Backstretch</source>
        <translation>Ouvrir Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="38"/>
        <source>No reminder planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="40"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="48"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="51"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="65"/>
        <source>Routines per week</source>
        <translation>Séances par semaine</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="70"/>
        <source>week of {day}: {count}</source>
        <translation>semaine du {day} : {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="113"/>
        <location filename="../../app/backstretch/ui/progress/view.py" line="120"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/backstretch/wording.py" line="103"/>
        <source>d MMM</source>
        <comment>a date as QLocale writes it: day, abbreviated month</comment>
        <translation>d MMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="119"/>
        <source>%n stretches</source>
        <comment>%n stretch</comment>
        <translation>
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="123"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="127"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="135"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
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
        <translation>encore {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation>
            <numerusform>encore %n seconde</numerusform>
            <numerusform>encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="162"/>
        <source>{percent}% of the routine done</source>
        <translation>{percent} % de la séance effectués</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Aucun étirement choisi : voir Rappels et réglages</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>NEXT UP</source>
        <translation>À SUIVRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>STRETCH</source>
        <translation>ÉTIREZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>HOLD</source>
        <translation>TENEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>RELEASE</source>
        <translation>RELÂCHEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>WELL DONE</source>
        <translation>BRAVO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Next up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Stretch</source>
        <translation>Étirez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="192"/>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="196"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="209"/>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Change position</source>
        <translation>Changez de position</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="218"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · des deux côtés</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="223"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Répétition {number} sur {total} · côté gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="225"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Répétition {number} sur {total} · côté droit</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Repetition {number} of {total}</source>
        <translation>Répétition {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="234"/>
        <source>Stretch {number} of {total}</source>
        <translation>Étirement {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="237"/>
        <source>Single stretch</source>
        <translation>Un seul étirement</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>À suivre : {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="251"/>
        <source>Then: {title}</source>
        <translation>Ensuite : {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="255"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Ensuite : {phase} vers la gauche · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="259"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Ensuite : {phase} vers la droite · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="262"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Ensuite : {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="288"/>
        <source>Tip: {tip}</source>
        <translation>Conseil : {tip}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="301"/>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="311"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Bravo. La séance est terminée.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="317"/>
        <source>Next: {title}.</source>
        <translation>À suivre : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="319"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Préparez-vous. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="322"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté gauche. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="324"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté droit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="326"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="328"/>
        <source>Hold. {instruction}</source>
        <translation>Tenez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>Release. {instruction}</source>
        <translation>Relâchez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="332"/>
        <source>Rest. {instruction}</source>
        <translation>Repos. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="343"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="345"/>
        <source>Routine skipped through</source>
        <translation>Séance entièrement passée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="346"/>
        <source>Routine stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="352"/>
        <source>No repetitions done · {time}</source>
        <translation>Aucune répétition faite · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="353"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} au total · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="361"/>
        <source>{title}: {done} of {planned} repetitions</source>
        <translation>{title} : {done} répétitions sur {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="407"/>
        <source>twice</source>
        <translation>deux fois</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="408"/>
        <source>%n times</source>
        <comment>%n time</comment>
        <translation>
            <numerusform>%n fois</numerusform>
            <numerusform>%n fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Welcome back — time for your stretches</source>
        <translation>Bon retour : c&apos;est l&apos;heure de vos étirements</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="420"/>
        <source>Waiting until your full-screen window closes</source>
        <translation>En attente de la fermeture de la fenêtre en plein écran</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="421"/>
        <source>Waiting until your camera is no longer in use</source>
        <translation>En attente de la fin de l&apos;utilisation de la caméra</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="422"/>
        <source>Waiting until Do Not Disturb is off</source>
        <translation>En attente de la fin du mode Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>Waiting for you to come back</source>
        <translation>En attente de votre retour</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>You have done your stretches {times} today: well done</source>
        <translation>Vous avez fait vos étirements {times} aujourd&apos;hui : bravo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>Backstretch keeps reminding you</source>
        <translation>Backstretch continue ses rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>Backstretch keeps running in the background to remind you: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch reste ouvert en arrière-plan pour vous rappeler vos étirements : pour y revenir, ouvrez Backstretch depuis le menu des applications ; pour le quitter, utilisez Quitter dans la fenêtre ou appuyez sur Ctrl+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>Backstretch keeps running: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch reste ouvert : pour y revenir, ouvrez Backstretch depuis le menu des applications ; pour le quitter, utilisez Quitter dans la fenêtre ou appuyez sur Ctrl+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="482"/>
        <source>You are in the middle of {title}. Quit Backstretch and end the routine?</source>
        <translation>Vous êtes en plein exercice « {title} ». Quitter Backstretch et arrêter la séance ?</translation>
    </message>
    <message>
        <source>{title}: {done} of {planned}</source>
        <translation type="vanished">{title} : {done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="368"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>À la prochaine séance. Quelques minutes chaque jour, c&apos;est ce qui aide.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="371"/>
        <source>Every phase was skipped, so this routine does not count toward your streak. Come back when you are ready.</source>
        <translation>Toutes les phases ont été passées : cette séance ne compte pas dans votre série. Revenez quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="374"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Chaque répétition compte. Revenez quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="416"/>
        <source>Time for your back stretches</source>
        <translation>C&apos;est l&apos;heure de vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="415"/>
        <source>Missed: your back stretches</source>
        <translation>Manqué : vos étirements du dos</translation>
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
            <numerusform>%n étirement doux</numerusform>
            <numerusform>%n étirements doux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="389"/>
        <source>Snooze {minutes} min</source>
        <translation>Dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>{time} tomorrow</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="449"/>
        <source>Reminders paused until {when}</source>
        <translation>Rappels en pause jusqu&apos;à {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>No reminder planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>Next reminder at {when}</source>
        <translation>Prochain rappel : {when}</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="vanished">Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que lorsque Backstretch est ouvert. Quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="488"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Votre dos allait moins bien après chacune de vos deux dernières séances. Faites une pause et parlez-en à un médecin ou à un kinésithérapeute avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>{done}. Reminders rest until tomorrow.</source>
        <translation>{done}. Les rappels reprendront demain.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="502"/>
        <source>Remind me to stretch</source>
        <translation>Me rappeler de m&apos;étirer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="504"/>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="505"/>
        <source>within the periods below</source>
        <translation>dans les plages ci-dessous</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="506"/>
        <source>At these times:</source>
        <translation>À ces heures :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="507"/>
        <source>Reminders come only within each day&apos;s periods, the first one interval after a period starts; leave a day&apos;s periods empty, or untick it, for no reminders that day.</source>
        <translation>Les rappels ne viennent que dans les plages de chaque jour, le premier un intervalle après le début d&apos;une plage. Pour un jour sans rappel, laissez ses plages vides ou décochez-le.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>At fixed times the periods do not apply: reminders come at those times on the ticked days.</source>
        <translation>Avec des heures fixes, les plages ne comptent pas : les rappels viennent à ces heures les jours cochés.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="516"/>
        <source>A healthy amount</source>
        <translation>Une dose raisonnable</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="517"/>
        <source>Routines a day, then reminders rest:</source>
        <translation>Séances par jour, puis les rappels s&apos;arrêtent :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="519"/>
        <source>A few minutes every day is what helps, and overdoing it does not: after this many finished routines, reminders rest until the next day.</source>
        <translation>Ce qui aide, ce sont quelques minutes chaque jour, pas d&apos;en faire trop : après ce nombre de séances terminées, les rappels s&apos;arrêtent jusqu&apos;au lendemain.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="524"/>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="525"/>
        <source>Natural breaks</source>
        <translation>Pauses naturelles</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="526"/>
        <source>Count time away from the computer as a break after</source>
        <translation>Compter le temps loin de l&apos;ordinateur comme une pause à partir de</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="527"/>
        <source>Time without keyboard or mouse, a locked screen or a sleeping computer, of at least this long, is a break: the interval starts again when you are back, and a reminder at a fixed time waits for you and comes once, as a welcome back.</source>
        <translation>Au moins cette durée sans clavier ni souris, écran verrouillé ou ordinateur en veille, compte comme une pause : l&apos;intervalle repart à votre retour, et un rappel à heure fixe vous attend et vient une seule fois, pour vous accueillir.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="533"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="534"/>
        <source>Wait at most</source>
        <translation>Attendre au plus</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="535"/>
        <source>then skip that reminder</source>
        <translation>puis passer ce rappel</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="536"/>
        <source>A reminder that falls due at such a moment waits until it is over; one that has waited longer than this is skipped for that time, so reminders never pile up.</source>
        <translation>Un rappel qui tombe à un tel moment attend qu&apos;il soit passé ; s&apos;il attend plus longtemps que cette durée, il est passé pour cette fois, pour que les rappels ne s&apos;accumulent jamais.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="541"/>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que si la fenêtre de Backstretch est ouverte (elle peut être réduite).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="546"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation>Indiquez au moins une heure, par exemple 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="547"/>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="548"/>
        <source>Give at least one ticked day a period, for example 09:00–12:00.</source>
        <translation>Donnez une plage à au moins un jour coché, par exemple 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="552"/>
        <source>Wait while the system&apos;s Do Not Disturb is on</source>
        <translation>Attendre tant que le mode Ne pas déranger du système est actif</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="553"/>
        <source>Wait while a full-screen window is in front (a presentation, a film)</source>
        <translation>Attendre tant qu&apos;une fenêtre en plein écran est au premier plan (une présentation, un film)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="556"/>
        <source>Wait while a camera is in use (a video call)</source>
        <translation>Attendre tant qu&apos;une caméra est utilisée (un appel vidéo)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="559"/>
        <source>This desktop has no Do Not Disturb that Backstretch can read.</source>
        <translation>Ce bureau n&apos;a pas de mode Ne pas déranger que Backstretch puisse lire.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="562"/>
        <source>The window manager here does not say which window is in front.</source>
        <translation>Le gestionnaire de fenêtres ici n&apos;indique pas quelle fenêtre est au premier plan.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="565"/>
        <source>This system does not show which devices are open.</source>
        <translation>Ce système n&apos;indique pas quels périphériques sont ouverts.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="582"/>
        <source>This system does not say how long you have been away or whether the screen is locked, so reminders come at their times whatever you do.</source>
        <translation>Ce système n&apos;indique pas depuis combien de temps vous êtes absent ni si l&apos;écran est verrouillé : les rappels viennent donc à leur heure quoi que vous fassiez.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="589"/>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="590"/>
        <source>Time away is noticed through {listed}.</source>
        <translation>L&apos;absence est détectée grâce à {listed}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="594"/>
        <source>“{entry}” is not a period; write it like 09:00–12:00.</source>
        <translation>« {entry} » n&apos;est pas une plage ; écrivez-la comme 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="598"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>« {entry} » n&apos;est pas une heure ; écrivez-la comme 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="604"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="605"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="606"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="607"/>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="608"/>
        <source>must be a list of stretch names</source>
        <translation>doit être une liste de noms d&apos;étirements</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="609"/>
        <source>must be a time like 09:00</source>
        <translation>doit être une heure comme 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="610"/>
        <source>must list times like 10:30</source>
        <translation>doit donner des heures comme 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="611"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>doit donner des jours de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="612"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>doit être un code de langue comme de ou pt_BR, ou vide pour celle du système</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="615"/>
        <source>must list, for each day from Monday, periods like 09:00-12:00</source>
        <translation>doit indiquer, pour chaque jour à partir du lundi, des plages comme 09:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="620"/>
        <source>Routine</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="621"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="622"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="623"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="629"/>
        <source>end must come after start</source>
        <translation>end doit venir après start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="633"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="635"/>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="643"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Les réglages « {section} » étaient illisibles ; les valeurs par défaut s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="646"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Réglage « {section} » ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="656"/>
        <source>No audio output was found on this system.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="660"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Le son n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="664"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Des fichiers son manquent : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="668"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Le fichier son {name} est illisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="674"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voix n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="679"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système. Installez speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="680"/>
        <source>No speech engine was found on this system.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="685"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Aucune voix en {language} n&apos;a été trouvée ; installez-en une pour la synthèse vocale.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="693"/>
        <source>Backstretch is already running (process {pid}) but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch est déjà lancé (processus {pid}) mais ne répond pas. Arrêtez-le, par exemple depuis le moniteur système, puis relancez Backstretch.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="697"/>
        <source>Backstretch is already running but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch est déjà lancé mais ne répond pas. Arrêtez-le, par exemple depuis le moniteur système, puis relancez Backstretch.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="704"/>
        <source>Speech Dispatcher has no voice installed, only its placeholder message. Install a voice such as speech-dispatcher-espeak-ng to hear the instructions.</source>
        <translation>Speech Dispatcher n&apos;a aucune voix installée, seulement son message de remplacement. Installez une voix comme speech-dispatcher-espeak-ng pour entendre les consignes.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="711"/>
        <source>{what} saved as {name} in {folder}.</source>
        <translation>{what} enregistré sous {name} dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="717"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Votre modification vaut jusqu&apos;à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="723"/>
        <source>Skipped {problem}</source>
        <translation>Ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="727"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch passera en {language} après un redémarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="740"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="746"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>parle {language} ({catalogue} ; dialogues Qt en anglais)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="749"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>parle {language} ({catalogue}, dialogues Qt : {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="755"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch passera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="50"/>
        <source>GNOME&apos;s idle monitor</source>
        <translation>le moniteur d&apos;inactivité de GNOME</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="66"/>
        <source>the desktop&apos;s screen saver</source>
        <translation>l&apos;économiseur d&apos;écran du bureau</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="84"/>
        <source>the screen lock</source>
        <translation>le verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="105"/>
        <source>logind&apos;s session lock</source>
        <translation>le verrouillage de session de logind</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="124"/>
        <source>the X server&apos;s screen-saver extension</source>
        <translation>l&apos;extension d&apos;économiseur d&apos;écran du serveur X</translation>
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
