<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <message>
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Aucun étirement choisi : voir Rappels et réglages</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="165"/>
        <source>NEXT UP</source>
        <translation>À SUIVRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="166"/>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>STRETCH</source>
        <translation>ÉTIREZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>HOLD</source>
        <translation>TENEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="169"/>
        <source>RELEASE</source>
        <translation>RELÂCHEZ</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="170"/>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="171"/>
        <source>WELL DONE</source>
        <translation>BRAVO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>Next up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>Stretch</source>
        <translation>Étirez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="182"/>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="199"/>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="205"/>
        <source>Change position</source>
        <translation>Changez de position</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · des deux côtés</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="213"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Répétition {number} sur {total} · côté gauche</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Répétition {number} sur {total} · côté droit</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>Repetition {number} of {total}</source>
        <translation>Répétition {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Stretch {number} of {total}</source>
        <translation>Étirement {number} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Single stretch</source>
        <translation>Un seul étirement</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="231"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>À suivre : {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="239"/>
        <source>Next: finish</source>
        <translation>Ensuite : fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Then: {title}</source>
        <translation>Ensuite : {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="245"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Ensuite : {phase} vers la gauche · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Ensuite : {phase} vers la droite · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="252"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Ensuite : {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="267"/>
        <source>three</source>
        <translation>trois</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="268"/>
        <source>two</source>
        <translation>deux</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="269"/>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="279"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Bravo. La séance est terminée.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="285"/>
        <source>Next: {title}.</source>
        <translation>À suivre : {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="287"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Préparez-vous. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="290"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté gauche. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="292"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}, côté droit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="294"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, répétition {number} sur {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="296"/>
        <source>Hold. {instruction}</source>
        <translation>Tenez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="298"/>
        <source>Release. {instruction}</source>
        <translation>Relâchez. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>Rest. {instruction}</source>
        <translation>Repos. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Routine stopped</source>
        <translation>Séance arrêtée</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="315"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} au total · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>{title}: {done} of {planned}</source>
        <translation>{title} : {done} sur {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>À la prochaine séance. Quelques minutes chaque jour, c&apos;est ce qui aide.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Chaque répétition compte. Revenez quand vous serez prêt.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="338"/>
        <source>Time for your back stretches</source>
        <translation>C&apos;est l&apos;heure de vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="342"/>
        <source>Missed: your back stretches</source>
        <translation>Manqué : vos étirements du dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="347"/>
        <source>{stretches}, {length}.</source>
        <translation>{stretches}, {length}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="348"/>
        <source>%n gentle stretches</source>
        <comment>%n gentle stretch</comment>
        <translation>
            <numerusform>%n étirement doux</numerusform>
            <numerusform>%n étirements doux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="354"/>
        <source>Snooze {minutes} min</source>
        <translation>Dans {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="363"/>
        <source>{time} tomorrow</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="364"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} à {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="370"/>
        <source>Reminders paused until {when}</source>
        <translation>Rappels en pause jusqu&apos;à {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="372"/>
        <source>No reminder planned</source>
        <translation>Aucun rappel prévu</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>Next reminder at {when}</source>
        <translation>Prochain rappel : {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="378"/>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : les rappels n&apos;arrivent que lorsque Backstretch est ouvert. Quitter quand même ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="385"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Votre dos allait moins bien après chacune de vos deux dernières séances. Faites une pause et parlez-en à un médecin ou à un kinésithérapeute avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="391"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>« {entry} » n&apos;est pas une heure ; écrivez-la comme 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="397"/>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="400"/>
        <source>must be one of {choices}</source>
        <translation>doit être l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="401"/>
        <source>must be a list of stretch names</source>
        <translation>doit être une liste de noms d&apos;étirements</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="402"/>
        <source>must be a time like 09:00</source>
        <translation>doit être une heure comme 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="403"/>
        <source>must list times like 10:30</source>
        <translation>doit donner des heures comme 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="404"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>doit donner des jours de 0 (lundi) à 6 (dimanche)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>doit être un code de langue comme de ou pt_BR, ou vide pour celle du système</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="410"/>
        <source>Routine</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="411"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="419"/>
        <source>end must come after start</source>
        <translation>end doit venir après start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="425"/>
        <source>must be between {low} and {high}</source>
        <translation>doit être compris entre {low} et {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Les réglages « {section} » étaient illisibles ; les valeurs par défaut s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="436"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Réglage « {section} » ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="446"/>
        <source>No audio output was found on this system.</source>
        <translation>Aucune sortie audio n&apos;a été trouvée sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="450"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Le son n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="454"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Des fichiers son manquent : {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Le fichier son {name} est illisible ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="464"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voix n&apos;est pas disponible dans cette version ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="469"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système. Installez speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>No speech engine was found on this system.</source>
        <translation>Aucun moteur de synthèse vocale sur ce système.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Aucune voix en {language} n&apos;a été trouvée ; installez-en une pour la synthèse vocale.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="480"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Votre modification vaut jusqu&apos;à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="486"/>
        <source>Skipped {problem}</source>
        <translation>Ignoré : {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="490"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch passera en {language} après un redémarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="509"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>parle {language} ({catalogue} ; dialogues Qt en anglais)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>parle {language} ({catalogue}, dialogues Qt : {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch passera en {language} au prochain démarrage.</translation>
    </message>
</context>
</TS>
