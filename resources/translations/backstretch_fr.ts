<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="139"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation>{problem} Les séances ne sont pas enregistrées.</translation>
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
        <translation type="vanished">Quitter {app} ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="260"/>
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
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="167"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation>L&apos;historique des étirements dans {path} est resté occupé par un autre programme ; les {count} derniers enregistrements de cette séance n&apos;ont pas pu être écrits.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="190"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation>{problem} La séance continue, mais n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="204"/>
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
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="133"/>
        <source>Pain before and after each routine</source>
        <translation>Douleur avant et après chaque séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="138"/>
        <source>{day}: before {before}, after {after}</source>
        <translation>{day} : avant {before}, après {after}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="145"/>
        <source>No ratings yet</source>
        <translation>Pas encore de notes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="166"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation>Notez votre dos avant et après une séance pour voir l&apos;évolution ici.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="215"/>
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
        <location filename="../../app/backstretch/ui/progress/view.py" line="228"/>
        <source>Your progress</source>
        <translation>Vos progrès</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="231"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation>Pas encore de séance : commencez la première, et votre historique s&apos;affichera ici.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="242"/>
        <source>day streak</source>
        <translation>jours d&apos;affilée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="243"/>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>routines this week</source>
        <translation>séances cette semaine</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="245"/>
        <source>stretches done</source>
        <translation>étirements faits</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="265"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation>Séances par semaine ({weeks} dernières semaines)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="268"/>
        <source>Pain before and after</source>
        <translation>Douleur avant et après</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="277"/>
        <source>Export history (CSV)…</source>
        <translation>Exporter l&apos;historique (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="279"/>
        <source>Print routine sheet (PDF)…</source>
        <translation>Imprimer la fiche de la séance (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="281"/>
        <source>Back to stretches</source>
        <translation>Retour aux étirements</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="37"/>
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
        <location filename="../../app/backstretch/ui/session/view.py" line="133"/>
        <source>How is your back right now? (optional)</source>
        <translation type="unfinished">Comment va votre dos en ce moment ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="138"/>
        <source>◀  Back</source>
        <translation>◀  Retour</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="138"/>
        <source>Back (Left arrow)</source>
        <translation>Retour (flèche gauche)</translation>
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
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="144"/>
        <source>Skip  ▶</source>
        <translation>Passer  ▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="144"/>
        <source>Skip phase (Right arrow)</source>
        <translation>Passer la phase (flèche droite)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="147"/>
        <source>Next stretch  ▶▶</source>
        <translation>Étirement suivant  ▶▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <source>Skip to the next stretch</source>
        <translation>Passer à l&apos;étirement suivant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="152"/>
        <source>■  Stop</source>
        <translation>■  Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="152"/>
        <source>Stop the routine (Escape)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="330"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Full screen (F11)</source>
        <translation>Plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="166"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="167"/>
        <source>Volume of the sound cues</source>
        <translation>Volume des signaux sonores</translation>
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
        <translation>♪  Son activé</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="252"/>
        <source>♪  Sound off</source>
        <translation>♪  Son coupé</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>Sound cues on (M to mute)</source>
        <translation>Signaux sonores activés (M pour couper)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="254"/>
        <source>Sound cues off (M to turn on)</source>
        <translation>Signaux sonores coupés (M pour activer)</translation>
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
        <translation>▶  Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="319"/>
        <source>Resume (Space)</source>
        <translation>Reprendre (Espace)</translation>
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
        <translation>Réglages de Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="69"/>
        <source>Remind me to stretch</source>
        <translation>Me rappeler de m&apos;étirer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="70"/>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="71"/>
        <source>At these times:</source>
        <translation>À ces heures :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="78"/>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="98"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>Minutes between reminders</source>
        <translation>Minutes entre les rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="82"/>
        <source>Active hours start</source>
        <translation>Début des heures actives</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="85"/>
        <source>Active hours end</source>
        <translation>Fin des heures actives</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="87"/>
        <source>e.g. 10:30, 15:00</source>
        <translation>p. ex. 10:30, 15:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="88"/>
        <source>Fixed reminder times</source>
        <translation>Heures de rappel fixes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="93"/>
        <source>Remind on {day}</source>
        <translation>Rappeler le {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="99"/>
        <source>Snooze length</source>
        <translation>Durée du report</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="108"/>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="110"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="116"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>On these days:</source>
        <translation>Ces jours-là :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="123"/>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
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
        <translation type="vanished">Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que si la fenêtre de Backstretch est ouverte (elle peut être réduite).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="133"/>
        <source>Start Backstretch when I log in</source>
        <translation>Lancer Backstretch à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="vanished">Démarrer caché dans la zone de notification, en attendant le prochain rappel</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="183"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation>Étirements de la séance (cochez pour inclure, déplacez pour réordonner) :</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="191"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="192"/>
        <source>Routine</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="193"/>
        <source>Sound and display</source>
        <translation>Son et affichage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="194"/>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="263"/>
        <source>The end of the active hours must come after the start.</source>
        <translation>La fin des heures actives doit venir après le début.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="266"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation>Indiquez au moins une heure, par exemple 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="269"/>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
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
        <location filename="../../app/backstretch/ui/progress/view.py" line="118"/>
        <source>this week</source>
        <translation>cette semaine</translation>
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
            <numerusform>%n étirement</numerusform>
            <numerusform>%n étirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="122"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n répétition</numerusform>
            <numerusform>%n répétitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="126"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="133"/>
        <source>under a minute</source>
        <translation>moins d&apos;une minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
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
        <translation>encore {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="157"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation>
            <numerusform>encore %n seconde</numerusform>
            <numerusform>encore %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="161"/>
        <source>{percent}% of the routine done</source>
        <translation>{percent} % de la séance effectués</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Aucun étirement choisi : voir Rappels et réglages</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="174"/>
        <source>NEXT UP</source>
        <translation>À SUIVRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>STRETCH</source>
        <translation>ÉTIREZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>HOLD</source>
        <translation>TENEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>RELEASE</source>
        <translation>RELÂCHEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>WELL DONE</source>
        <translation>BRAVO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>Next up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Stretch</source>
        <translation>Étirez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="194"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="214"/>
        <source>Change position</source>
        <translation>Changez de position</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · des deux côtés</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="222"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Répétition {number} sur {total} · côté gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Répétition {number} sur {total} · côté droit</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="226"/>
        <source>Repetition {number} of {total}</source>
        <translation>Répétition {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="233"/>
        <source>Stretch {number} of {total}</source>
        <translation>Étirement {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="236"/>
        <source>Single stretch</source>
        <translation>Un seul étirement</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="240"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>À suivre : {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="248"/>
        <source>Next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="250"/>
        <source>Then: {title}</source>
        <translation>Ensuite : {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="254"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Ensuite : {phase} vers la gauche · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="258"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Ensuite : {phase} vers la droite · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="261"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Ensuite : {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="298"/>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Bravo. La séance est terminée.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="316"/>
        <source>Next: {title}.</source>
        <translation>À suivre : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="318"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Préparez-vous. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="321"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté gauche. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté droit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="325"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="327"/>
        <source>Hold. {instruction}</source>
        <translation>Tenez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="329"/>
        <source>Release. {instruction}</source>
        <translation>Relâchez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Rest. {instruction}</source>
        <translation>Repos. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="342"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="344"/>
        <source>Routine skipped through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="345"/>
        <source>Routine stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="351"/>
        <source>No repetitions done · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="352"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} au total · {time}</translation>
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
        <translation type="vanished">{title} : {done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="367"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>À la prochaine séance. Quelques minutes chaque jour, c&apos;est ce qui aide.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="370"/>
        <source>Every phase was skipped, so this routine does not count toward your streak. Come back when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Chaque répétition compte. Revenez quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="380"/>
        <source>Time for your back stretches</source>
        <translation>C&apos;est l&apos;heure de vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="384"/>
        <source>Missed: your back stretches</source>
        <translation>Manqué : vos étirements du dos</translation>
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
            <numerusform>%n étirement doux</numerusform>
            <numerusform>%n étirements doux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="396"/>
        <source>Snooze {minutes} min</source>
        <translation>Dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>{time} tomorrow</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="406"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>Reminders paused until {when}</source>
        <translation>Rappels en pause jusqu&apos;à {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="414"/>
        <source>No reminder planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="415"/>
        <source>Next reminder at {when}</source>
        <translation>Prochain rappel : {when}</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="vanished">Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que lorsque Backstretch est ouvert. Quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="444"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Votre dos allait moins bien après chacune de vos deux dernières séances. Faites une pause et parlez-en à un médecin ou à un kinésithérapeute avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="450"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>« {entry} » n&apos;est pas une heure ; écrivez-la comme 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="456"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="457"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="460"/>
        <source>must be a list of stretch names</source>
        <translation>doit être une liste de noms d&apos;étirements</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="461"/>
        <source>must be a time like 09:00</source>
        <translation>doit être une heure comme 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="462"/>
        <source>must list times like 10:30</source>
        <translation>doit donner des heures comme 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>doit donner des jours de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="464"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>doit être un code de langue comme de ou pt_BR, ou vide pour celle du système</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="469"/>
        <source>Routine</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="471"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="472"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="478"/>
        <source>end must come after start</source>
        <translation>end doit venir après start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="482"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="484"/>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="492"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Les réglages « {section} » étaient illisibles ; les valeurs par défaut s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Réglage « {section} » ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="505"/>
        <source>No audio output was found on this system.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="509"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Le son n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="513"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Des fichiers son manquent : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="517"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Le fichier son {name} est illisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="523"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voix n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="528"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système. Installez speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="529"/>
        <source>No speech engine was found on this system.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="534"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Aucune voix en {language} n&apos;a été trouvée ; installez-en une pour la synthèse vocale.</translation>
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
        <translation>{reason}. Votre modification vaut jusqu&apos;à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="572"/>
        <source>Skipped {problem}</source>
        <translation>Ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="576"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch passera en {language} après un redémarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="589"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="595"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>parle {language} ({catalogue} ; dialogues Qt en anglais)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="598"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>parle {language} ({catalogue}, dialogues Qt : {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="604"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch passera en {language} au prochain démarrage.</translation>
    </message>
</context>
</TS>
