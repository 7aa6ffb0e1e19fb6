<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/backstretch/wording.py" line="99"/>
        <source>d MMM</source>
        <comment>a date as QLocale writes it: day, abbreviated month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="111"/>
        <source>%n stretches</source>
        <comment>%n stretch</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="115"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="119"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="126"/>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="127"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="132"/>
        <location filename="../../app/backstretch/wording.py" line="140"/>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="139"/>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="145"/>
        <source>{minutes}:{seconds} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="151"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>NEXT UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="159"/>
        <source>GET READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="160"/>
        <source>STRETCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="161"/>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="162"/>
        <source>RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="163"/>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="164"/>
        <source>WELL DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="169"/>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="170"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="171"/>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="172"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="173"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="174"/>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="192"/>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="198"/>
        <source>Change position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="201"/>
        <source>{repetitions} · both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="206"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="210"/>
        <source>Repetition {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>Stretch {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="220"/>
        <source>Single stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="232"/>
        <source>Next: finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="234"/>
        <source>Then: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="238"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="242"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="245"/>
        <source>Then: {phase} · {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="260"/>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="261"/>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="262"/>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="272"/>
        <source>Well done. That is the end of the routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="278"/>
        <source>Next: {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="280"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="283"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="285"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="287"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="289"/>
        <source>Hold. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="291"/>
        <source>Release. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="293"/>
        <source>Rest. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="303"/>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="303"/>
        <source>Routine stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="308"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="316"/>
        <source>{title}: {done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="324"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Time for your back stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="335"/>
        <source>Missed: your back stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="340"/>
        <source>{stretches}, {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="341"/>
        <source>%n gentle stretches</source>
        <comment>%n gentle stretch</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="347"/>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="356"/>
        <source>{time} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="357"/>
        <source>{time} on {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="363"/>
        <source>Reminders paused until {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="365"/>
        <source>No reminder planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="366"/>
        <source>Next reminder at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="371"/>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="378"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="384"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="390"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="391"/>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="392"/>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="393"/>
        <source>must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="394"/>
        <source>must be a list of stretch names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="395"/>
        <source>must be a time like 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="396"/>
        <source>must list times like 10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="397"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="403"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="404"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="406"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>end must come after start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="416"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="418"/>
        <source>must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="426"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="429"/>
        <source>{section} setting ignored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="439"/>
        <source>No audio output was found on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="443"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="447"/>
        <source>Sound files are missing: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="451"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="457"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="462"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>No speech engine was found on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="468"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="473"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="479"/>
        <source>Skipped {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="483"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="491"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="494"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="500"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
