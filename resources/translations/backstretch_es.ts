<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <message>
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Ningún estiramiento elegido: vea Recordatorios y ajustes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="165"/>
        <source>NEXT UP</source>
        <translation>A CONTINUACIÓN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="166"/>
        <source>GET READY</source>
        <translation>PREPÁRESE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="167"/>
        <source>STRETCH</source>
        <translation>ESTIRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>HOLD</source>
        <translation>MANTENGA</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="169"/>
        <source>RELEASE</source>
        <translation>SUELTE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="170"/>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="171"/>
        <source>WELL DONE</source>
        <translation>MUY BIEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>Stretch</source>
        <translation>Estire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="182"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="185"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="199"/>
        <source>side</source>
        <translation>un lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="205"/>
        <source>Change position</source>
        <translation>Cambie de posición</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="208"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · ambos lados</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="213"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Repetición {number} de {total} · lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Repetición {number} de {total} · lado derecho</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="217"/>
        <source>Repetition {number} of {total}</source>
        <translation>Repetición {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="224"/>
        <source>Stretch {number} of {total}</source>
        <translation>Estiramiento {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Single stretch</source>
        <translation>Un solo estiramiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="231"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>A continuación: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="239"/>
        <source>Next: finish</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Then: {title}</source>
        <translation>Después: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="245"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Después: {phase} hacia la izquierda · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Después: {phase} hacia la derecha · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="252"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Después: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="267"/>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="268"/>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="269"/>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="279"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Muy bien. Ha terminado la rutina.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="285"/>
        <source>Next: {title}.</source>
        <translation>A continuación: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="287"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Prepárese. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="290"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado izquierdo. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="292"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado derecho. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="294"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, repetición {number} de {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="296"/>
        <source>Hold. {instruction}</source>
        <translation>Mantenga. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="298"/>
        <source>Release. {instruction}</source>
        <translation>Suelte. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>Rest. {instruction}</source>
        <translation>Descanse. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="310"/>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="315"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} en total · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="323"/>
        <source>{title}: {done} of {planned}</source>
        <translation>{title}: {done} de {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Hasta el próximo estiramiento. Unos minutos cada día es lo que ayuda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="331"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Cada repetición cuenta. Vuelva cuando esté listo.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="338"/>
        <source>Time for your back stretches</source>
        <translation>Es hora de estirar la espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="342"/>
        <source>Missed: your back stretches</source>
        <translation>Pendiente: sus estiramientos de espalda</translation>
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
            <numerusform>%n estiramiento suave</numerusform>
            <numerusform>%n estiramientos suaves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="354"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="363"/>
        <source>{time} tomorrow</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="364"/>
        <source>{time} on {weekday}</source>
        <translation>el {weekday} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="370"/>
        <source>Reminders paused until {when}</source>
        <translation>Recordatorios en pausa hasta {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="372"/>
        <source>No reminder planned</source>
        <translation>Ningún recordatorio previsto</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="373"/>
        <source>Next reminder at {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="378"/>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios solo llegan mientras Backstretch está abierto. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="385"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Su espalda ha estado peor después de cada una de sus dos últimas rutinas. Considere hacer una pausa y hablar con su médico o fisioterapeuta antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="391"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>«{entry}» no es una hora; escríbala como 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="397"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="400"/>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="401"/>
        <source>must be a list of stretch names</source>
        <translation>debe ser una lista de nombres de estiramientos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="402"/>
        <source>must be a time like 09:00</source>
        <translation>debe ser una hora como 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="403"/>
        <source>must list times like 10:30</source>
        <translation>debe indicar horas como 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="404"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>debe indicar días del 0 (lunes) al 6 (domingo)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>debe ser un código de idioma como de o pt_BR, o vacío para el del sistema</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="410"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="411"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="412"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="419"/>
        <source>end must come after start</source>
        <translation>end debe ser posterior a start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="425"/>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Los ajustes «{section}» no se podían leer; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="436"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Ajuste «{section}» ignorado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="446"/>
        <source>No audio output was found on this system.</source>
        <translation>No se encontró ninguna salida de audio en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="450"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>El sonido no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="454"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Faltan archivos de sonido: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo de sonido {name} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="464"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voz no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="469"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>No se encontró ningún motor de voz en este sistema. Instale speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>No speech engine was found on this system.</source>
        <translation>No se encontró ningún motor de voz en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>No se encontró ninguna voz en {language}; instale una para el motor de voz.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="480"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Su cambio vale hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="486"/>
        <source>Skipped {problem}</source>
        <translation>Omitido: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="490"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch pasará a {language} tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="509"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>habla {language} ({catalogue}; diálogos de Qt en inglés)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>habla {language} ({catalogue}, diálogos de Qt: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch pasará a {language} en el próximo inicio.</translation>
    </message>
</context>
</TS>
