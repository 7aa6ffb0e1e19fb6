<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Keine Übung gewählt: siehe Erinnerungen und Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="165"/>
        <source>NEXT UP</source>
        <translation>ALS NÄCHSTES</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="166"/>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>STRETCH</source>
        <translation>DEHNEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="169"/>
        <source>RELEASE</source>
        <translation>LÖSEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="170"/>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="171"/>
        <source>WELL DONE</source>
        <translation>GUT GEMACHT</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>Next up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>Stretch</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="182"/>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="199"/>
        <source>side</source>
        <translation>zur Seite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="205"/>
        <source>Change position</source>
        <translation>Position wechseln</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · beide Seiten</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="213"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Wiederholung {number} von {total} · links</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Wiederholung {number} von {total} · rechts</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>Repetition {number} of {total}</source>
        <translation>Wiederholung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Stretch {number} of {total}</source>
        <translation>Übung {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Single stretch</source>
        <translation>Einzelne Übung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="231"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>Als Nächstes: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="239"/>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Then: {title}</source>
        <translation>Danach: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="245"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Danach: {phase} nach links · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Danach: {phase} nach rechts · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="252"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Danach: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="267"/>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="268"/>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="269"/>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="279"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Gut gemacht. Das war die letzte Übung.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="285"/>
        <source>Next: {title}.</source>
        <translation>Als Nächstes: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="287"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Machen Sie sich bereit. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="290"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, links. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="292"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}, rechts. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="294"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, Wiederholung {number} von {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="296"/>
        <source>Hold. {instruction}</source>
        <translation>Halten. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="298"/>
        <source>Release. {instruction}</source>
        <translation>Lösen. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>Rest. {instruction}</source>
        <translation>Pause. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Routine stopped</source>
        <translation>Übungen abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="315"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} insgesamt · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>{title}: {done} of {planned}</source>
        <translation>{title}: {done} von {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Bis zum nächsten Mal. Ein paar Minuten jeden Tag – das hilft.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Jede Wiederholung zählt. Machen Sie weiter, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="338"/>
        <source>Time for your back stretches</source>
        <translation>Zeit für Ihre Rückenübungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="342"/>
        <source>Missed: your back stretches</source>
        <translation>Verpasst: Ihre Rückenübungen</translation>
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
            <numerusform>%n sanfte Übung</numerusform>
            <numerusform>%n sanfte Übungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="354"/>
        <source>Snooze {minutes} min</source>
        <translation>In {minutes} min erinnern</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="363"/>
        <source>{time} tomorrow</source>
        <translation>morgen um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="364"/>
        <source>{time} on {weekday}</source>
        <translation>{weekday} um {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="370"/>
        <source>Reminders paused until {when}</source>
        <translation>Erinnerungen pausiert bis {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="372"/>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>Next reminder at {when}</source>
        <translation>Nächste Erinnerung: {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="378"/>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation>Diese Arbeitsumgebung hat keinen Systembereich, deshalb kommen Erinnerungen nur, solange Backstretch läuft. Trotzdem beenden?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="385"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Ihr Rücken hat sich nach Ihren letzten beiden Übungsrunden jedes Mal schlechter angefühlt. Legen Sie eine Pause ein und sprechen Sie mit einer Ärztin, einem Arzt oder einer Physiotherapeutin, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="391"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>„{entry}“ ist keine Uhrzeit; schreiben Sie sie wie 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="397"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="400"/>
        <source>must be one of {choices}</source>
        <translation>muss eines von {choices} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="401"/>
        <source>must be a list of stretch names</source>
        <translation>muss eine Liste von Übungsnamen sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="402"/>
        <source>must be a time like 09:00</source>
        <translation>muss eine Uhrzeit wie 09:00 sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="403"/>
        <source>must list times like 10:30</source>
        <translation>muss Uhrzeiten wie 10:30 aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="404"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>muss Tage von 0 (Montag) bis 6 (Sonntag) aufzählen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>muss ein Sprachcode wie de oder pt_BR sein, oder leer für die Systemsprache</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="410"/>
        <source>Routine</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="411"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="419"/>
        <source>end must come after start</source>
        <translation>end muss nach start liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="425"/>
        <source>must be between {low} and {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Die Einstellungen „{section}“ waren nicht lesbar; es gelten die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="436"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Einstellung „{section}“ ignoriert: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="446"/>
        <source>No audio output was found on this system.</source>
        <translation>Auf diesem System wurde keine Audioausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="450"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>Ton ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="454"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Tondateien fehlen: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>Die Tondatei {name} kann nicht gelesen werden ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="464"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>Sprachausgabe ist in dieser Ausgabe nicht verfügbar ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="469"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden. Installieren Sie speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>No speech engine was found on this system.</source>
        <translation>Auf diesem System wurde keine Sprachausgabe gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>Keine Stimme für {language} gefunden; installieren Sie eine für die Sprachausgabe.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="480"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Ihre Änderung gilt bis zum Beenden.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="486"/>
        <source>Skipped {problem}</source>
        <translation>Übersprungen: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="490"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch spricht nach einem Neustart {language}. Jetzt neu starten?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="509"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>spricht {language} ({catalogue}; Qt-Dialoge auf Englisch)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>spricht {language} ({catalogue}, Qt-Dialoge: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch spricht ab dem nächsten Start {language}.</translation>
    </message>
</context>
</TS>
