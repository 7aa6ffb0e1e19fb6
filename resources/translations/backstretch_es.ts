<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="234"/>
        <source>{problem} Sessions are not recorded.</source>
        <translation>{problem} Las sesiones no se registran.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="164"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/application.py" line="171"/>
        <source>Routine sheet</source>
        <translation>Hoja de la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="36"/>
        <source>Keep reminding in the background</source>
        <translation>Seguir recordando en segundo plano</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/closing.py" line="40"/>
        <source>Quit when I close the window</source>
        <translation>Salir al cerrar la ventana</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation type="vanished">¿Salir de {app}?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/start_at_login.py" line="39"/>
        <source>Could not change start at login: {reason}</source>
        <translation>No se pudo cambiar el inicio al entrar en la sesión: {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/countdown_ring.py" line="23"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
</context>
<context>
    <name>ExerciseCard</name>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="25"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold} · each side</source>
        <translation>{repetitions} (se aconsejan {low}–{high}) · mantener {hold} · cada lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="29"/>
        <source>{repetitions} (advised {low}–{high}) · hold {hold}</source>
        <translation>{repetitions} (se aconsejan {low}–{high}) · mantener {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="33"/>
        <source>{repetitions} · hold {hold} · each side</source>
        <translation>{repetitions} · mantener {hold} · cada lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="35"/>
        <source>{repetitions} · hold {hold}</source>
        <translation>{repetitions} · mantener {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="52"/>
        <source>{title} card</source>
        <translation>Ficha {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/card.py" line="86"/>
        <source>Starting position: {position}</source>
        <translation>Posición inicial: {position}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="94"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="97"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="122"/>
        <source>Start {title}</source>
        <translation>Empezar: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/card.py" line="125"/>
        <source>Start only {title}</source>
        <translation>Empezar solo {title}</translation>
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
        <translation>Exportar el historial</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="49"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="51"/>
        <source>Could not export the history</source>
        <translation>No se pudo exportar el historial</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="60"/>
        <source>Save routine sheet</source>
        <translation>Guardar la hoja de la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="62"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/exports.py" line="64"/>
        <source>Could not write the sheet</source>
        <translation>No se pudo escribir la hoja</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/figure_widget.py" line="30"/>
        <source>Stretch illustration</source>
        <translation>Ilustración del estiramiento</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="101"/>
        <source>Open Backstretch</source>
        <translation>Abrir Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="102"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/notifications.py" line="104"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="28"/>
        <source>Play a sound at every phase change, and tick in the last seconds</source>
        <translation>Sonar en cada cambio de fase y marcar los últimos segundos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="34"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="35"/>
        <source>Speak the instructions aloud</source>
        <translation>Leer las instrucciones en voz alta</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="37"/>
        <source>Reduce motion: show the key positions without animation or moving arrows</source>
        <translation>Reducir el movimiento: mostrar las posiciones clave sin animación ni flechas móviles</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/guidance_panel.py" line="42"/>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="174"/>
        <source>The stretch history in {path} stayed in use by another program; the last {count} record(s) of this routine could not be written.</source>
        <translation>Otro programa siguió usando el historial de estiramientos en {path}; no se pudieron escribir los últimos {count} registros de esta rutina.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="197"/>
        <source>{problem} The routine goes on, but is not recorded.</source>
        <translation>{problem} La rutina sigue, pero no se registra.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/recorder.py" line="211"/>
        <source>The stretch history in {path} is in use by another program; this routine&apos;s records wait and are written once it is free.</source>
        <translation>Otro programa está usando el historial de estiramientos en {path}; los registros de esta rutina esperan y se escribirán cuando quede libre.</translation>
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
        <location filename="../../app/backstretch/ui/library/view.py" line="44"/>
        <source>Back stretches</source>
        <translation>Estiramientos de espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="53"/>
        <source>▶  Start routine</source>
        <translation>▶  Empezar la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="71"/>
        <source>Reminders and settings…</source>
        <translation>Recordatorios y ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="78"/>
        <source>Your progress…</source>
        <translation>Su progreso…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="84"/>
        <source>Quit Backstretch</source>
        <translation>Salir de Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="87"/>
        <source>Quit Backstretch: no more reminders until it is started (Ctrl+Q)</source>
        <translation>Salir de Backstretch: no habrá recordatorios hasta que vuelva a abrirlo (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="120"/>
        <source>No stretches could be loaded. See the message above.</source>
        <translation>No se pudo cargar ningún estiramiento. Vea el mensaje de arriba.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/view.py" line="138"/>
        <source>How is your back right now? (optional)</source>
        <translation>¿Cómo está su espalda ahora mismo? (opcional)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="275"/>
        <source>Stop the routine?</source>
        <translation>¿Detener la rutina?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="276"/>
        <source>Stop the routine? What you have done so far is kept.</source>
        <translation>¿Detener la rutina? Lo que ha hecho hasta ahora se guarda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="277"/>
        <source>Stop routine</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="278"/>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/main_window.py" line="350"/>
        <source>Quit {app}?</source>
        <translation>¿Salir de {app}?</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="135"/>
        <source>Pain before and after each routine</source>
        <translation>Dolor antes y después de cada rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="140"/>
        <source>{day}: before {before}, after {after}</source>
        <translation>{day}: antes {before}, después {after}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="147"/>
        <source>No ratings yet</source>
        <translation>Aún no hay valoraciones</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="168"/>
        <source>Rate your back before and after a routine to see the trend here.</source>
        <translation>Valore su espalda antes y después de una rutina para ver aquí la evolución.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="217"/>
        <source>○ before   ● after   (0 = no pain, 10 = worst)</source>
        <translation>○ antes   ● después   (0 = sin dolor, 10 = el peor)</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="22"/>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="57"/>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="31"/>
        <source>Pain {value} of 10</source>
        <translation>Dolor {value} de 10</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="33"/>
        <source>{value}: {word}</source>
        <translation>{value}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="38"/>
        <source>worst</source>
        <translation>el peor</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="58"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="59"/>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="60"/>
        <source>severe</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/widgets/pain_scale.py" line="61"/>
        <source>worst imaginable</source>
        <translation>el peor imaginable</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="230"/>
        <source>Your progress</source>
        <translation>Su progreso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="233"/>
        <source>No sessions yet — start your first routine, and your record grows here.</source>
        <translation>Aún no hay sesiones: empiece su primera rutina y aquí verá su historial.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="244"/>
        <source>day streak</source>
        <translation>días seguidos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="245"/>
        <source>best streak</source>
        <translation>mejor racha</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="246"/>
        <source>routines this week</source>
        <translation>rutinas esta semana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="247"/>
        <source>stretches done</source>
        <translation>estiramientos hechos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="267"/>
        <source>Routines per week (last {weeks} weeks)</source>
        <translation>Rutinas por semana (últimas {weeks} semanas)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="270"/>
        <source>Pain before and after</source>
        <translation>Dolor antes y después</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="279"/>
        <source>Export history (CSV)…</source>
        <translation>Exportar el historial (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="281"/>
        <source>Print routine sheet (PDF)…</source>
        <translation>Imprimir la hoja de la rutina (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="283"/>
        <source>Back to stretches</source>
        <translation>Volver a los estiramientos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="291"/>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="99"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="100"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="101"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/service.py" line="48"/>
        <source>Backstretch keeps running in the tray to remind you. Quit from the tray menu.</source>
        <translation>Backstretch sigue abierto en la bandeja del sistema para recordárselo. Puede salir desde su menú.</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="34"/>
        <source>{app} reminder</source>
        <translation>Recordatorio de {app}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="42"/>
        <source>Start now</source>
        <translation>Empezar ahora</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="43"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/window.py" line="44"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>RemindersTab</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="92"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="103"/>
        <source>Minutes between reminders</source>
        <translation>Minutos entre recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="106"/>
        <source>e.g. 10:30, 15:00</source>
        <translation>p. ej., 10:30, 15:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="107"/>
        <source>Fixed reminder times</source>
        <translation>Horas fijas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="124"/>
        <source>Remind on {day}</source>
        <translation>Recordar el {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="126"/>
        <source>e.g. 09:00–12:00, 13:00–17:30</source>
        <translation>p. ej., 09:00–12:00, 13:00–17:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="127"/>
        <source>Active periods on {day}</source>
        <translation>Franjas del {day}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="142"/>
        <source>Routines a day before reminders rest</source>
        <translation>Rutinas al día antes de que paren los recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="144"/>
        <source>Snooze length</source>
        <translation>Duración de posponer</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="157"/>
        <source>Time away that is a break</source>
        <translation>Tiempo fuera que cuenta como pausa</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/reminders_tab.py" line="183"/>
        <source>Longest wait before a reminder is dropped</source>
        <translation>Espera máxima antes de omitir un recordatorio</translation>
    </message>
</context>
<context>
    <name>RoutineOptionsPanel</name>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="53"/>
        <source>Routine options</source>
        <translation>Opciones de la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="66"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="71"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="75"/>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="67"/>
        <source> times</source>
        <translation> veces</translation>
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
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="83"/>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="88"/>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="84"/>
        <source>Hold each stretch</source>
        <translation>Mantener cada estiramiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="85"/>
        <source>Rest between repetitions</source>
        <translation>Descanso entre repeticiones</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="86"/>
        <source>Time to get ready</source>
        <translation>Tiempo para prepararse</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="89"/>
        <source>Hold seconds</source>
        <translation>Segundos de mantenimiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="90"/>
        <source>Rest seconds</source>
        <translation>Segundos de descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/library/options_panel.py" line="91"/>
        <source>Get ready seconds</source>
        <translation>Segundos para prepararse</translation>
    </message>
</context>
<context>
    <name>RoutineProgress</name>
    <message>
        <location filename="../../app/backstretch/ui/widgets/routine_progress.py" line="22"/>
        <source>Routine progress</source>
        <translation>Progreso de la rutina</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="56"/>
        <source>Backstretch — your back stretches</source>
        <translation>Backstretch — sus estiramientos de espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="57"/>
        <source>Your back stretches</source>
        <translation>Sus estiramientos de espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="245"/>
        <source>{value} second</source>
        <translation>{value} segundo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="246"/>
        <source>{value} seconds</source>
        <translation>{value} segundos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="257"/>
        <source>{count} times each side</source>
        <translation>{count} veces por lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="259"/>
        <source>{count} times</source>
        <translation>{count} veces</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="261"/>
        <source>; {low}–{high} recommended</source>
        <translation>; se recomiendan {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="270"/>
        <source>{number}. {title}: {count} times each side, hold {hold}</source>
        <translation>{number}. {title}: {count} veces por lado, mantener {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="274"/>
        <source>{number}. {title}: {count} times, hold {hold}</source>
        <translation>{number}. {title}: {count} veces, mantener {hold}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="476"/>
        <source>{app} · page {number} of {total}</source>
        <translation>{app} · página {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="486"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="488"/>
        <source>advice from your physiotherapist, or your own</source>
        <translation>consejos de su fisioterapeuta, o los suyos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="527"/>
        <source>No stretches are chosen. Switch some on in the routine settings.</source>
        <translation>No hay estiramientos elegidos. Active alguno en los ajustes de la rutina.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="530"/>
        <source>Your routine</source>
        <translation>Su rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="541"/>
        <source>See page {page}</source>
        <translation>Vea la página {page}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="552"/>
        <source>Good habits</source>
        <translation>Buenos hábitos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="560"/>
        <source>Safety first</source>
        <translation>La seguridad, primero</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="562"/>
        <source>This sheet does not replace medical advice. If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.</source>
        <translation>Esta hoja no sustituye el consejo médico. Si no está seguro de que estos estiramientos sean adecuados para usted, consulte antes a su médico o fisioterapeuta.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="568"/>
        <source>&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful.</source>
        <translation>&lt;b&gt;Deje cualquier estiramiento que le duela.&lt;/b&gt; Un estiramiento debe sentirse suave, nunca doloroso.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="573"/>
        <source>&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:</source>
        <translation>&lt;b&gt;Acuda al médico con urgencia&lt;/b&gt; si tiene dolor de espalda con alguno de estos signos:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="597"/>
        <source>STRETCH {number} OF {count}</source>
        <translation>ESTIRAMIENTO {number} DE {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="603"/>
        <source>&lt;b&gt;Why:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;Para qué:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="615"/>
        <source>Starting position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="619"/>
        <source>How to do it</source>
        <translation>Cómo se hace</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="624"/>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="627"/>
        <source>⚠ Take care</source>
        <translation>⚠ Precaución</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="645"/>
        <source> each side</source>
        <translation> por lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="648"/>
        <source> between repetitions</source>
        <translation> entre repeticiones</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="650"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="652"/>
        <source>Slowly</source>
        <translation>Despacio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="656"/>
        <source>, {time} each way</source>
        <translation>, {time} en cada sentido</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="661"/>
        <source>, {there} in and {back} back</source>
        <translation>, {there} a la ida y {back} a la vuelta</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="666"/>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="667"/>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="668"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="669"/>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="719"/>
        <source> Then the other side.</source>
        <translation> Después, el otro lado.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="727"/>
        <source>Start position</source>
        <translation>Posición inicial</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="737"/>
        <source>Stretch and hold</source>
        <translation>Estire y mantenga</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/documents/routine_sheet.py" line="747"/>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="17"/>
        <source>&lt;p&gt;&lt;b&gt;Backstretch does not replace medical advice.&lt;/b&gt; If you are not sure these stretches are right for you, ask your doctor or physiotherapist first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Backstretch no sustituye el consejo médico.&lt;/b&gt; Si no está seguro de que estos estiramientos sean adecuados para usted, consulte antes a su médico o fisioterapeuta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="22"/>
        <source>&lt;p&gt;&lt;b&gt;Stop any stretch that hurts.&lt;/b&gt; A stretch should feel gentle, never painful. Read each stretch&apos;s tips and cautions before you start: the bottom-to-heel stretch, for one, is not for sore knees.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Deje cualquier estiramiento que le duela.&lt;/b&gt; Un estiramiento debe sentirse suave, nunca doloroso. Lea los consejos y precauciones de cada estiramiento antes de empezar: «glúteos a los talones», por ejemplo, no es para rodillas doloridas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="28"/>
        <source>&lt;p&gt;&lt;b&gt;See a doctor urgently&lt;/b&gt; if you have back pain with any of these:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acuda al médico con urgencia&lt;/b&gt; si tiene dolor de espalda con alguno de estos signos:&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="55"/>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/safety_notice.py" line="60"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="140"/>
        <source>How is your back right now? (optional)</source>
        <translation>¿Cómo está su espalda ahora mismo? (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="145"/>
        <source>Back (Left arrow)</source>
        <translation>Atrás (flecha izquierda)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>❚❚  Pause</source>
        <translation>❚❚  Pausa</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="148"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip  ▶</source>
        <translation>Saltar  ▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="151"/>
        <source>Skip phase (Right arrow)</source>
        <translation>Saltar la fase (flecha derecha)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="154"/>
        <source>Next stretch  ▶▶</source>
        <translation>Siguiente estiramiento  ▶▶</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="155"/>
        <source>Skip to the next stretch</source>
        <translation>Pasar al siguiente estiramiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>■  Stop</source>
        <translation>■  Detener</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="159"/>
        <source>Stop the routine (Escape)</source>
        <translation>Detener la rutina (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="162"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Full screen (F11)</source>
        <translation>Pantalla completa (F11)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="173"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="174"/>
        <source>Volume of the sound cues</source>
        <translation>Volumen de las señales sonoras</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="250"/>
        <source>♪  Sound unavailable</source>
        <translation>♪  Sonido no disponible</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="253"/>
        <source>Sound unavailable: {reason}</source>
        <translation>Sonido no disponible: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound on</source>
        <translation>♪  Sonido activado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="259"/>
        <source>♪  Sound off</source>
        <translation>♪  Sonido desactivado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues on (M to mute)</source>
        <translation>Señales sonoras activadas (M para silenciar)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="261"/>
        <source>Sound cues off (M to turn on)</source>
        <translation>Señales sonoras desactivadas (M para activar)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="282"/>
        <location filename="../../app/backstretch/ui/session/view.py" line="331"/>
        <source>PAUSED</source>
        <translation>EN PAUSA</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="324"/>
        <source>▶  Resume</source>
        <translation>▶  Continuar</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="326"/>
        <source>Resume (Space)</source>
        <translation>Continuar (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="333"/>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulse Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="337"/>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/view.py" line="340"/>
        <source>Leave full screen (F11 or Escape)</source>
        <translation>Salir de pantalla completa (F11 o Esc)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="48"/>
        <source>Backstretch settings</source>
        <translation>Ajustes de Backstretch</translation>
    </message>
    <message>
        <source>Remind me to stretch</source>
        <translation type="vanished">Recordarme que estire</translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="vanished">Cada</translation>
    </message>
    <message>
        <source>At these times:</source>
        <translation type="vanished">A estas horas:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="vanished"> minutos</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="vanished">Minutos entre recordatorios</translation>
    </message>
    <message>
        <source>Active hours start</source>
        <translation type="vanished">Inicio del horario activo</translation>
    </message>
    <message>
        <source>Active hours end</source>
        <translation type="vanished">Fin del horario activo</translation>
    </message>
    <message>
        <source>e.g. 10:30, 15:00</source>
        <translation type="vanished">p. ej., 10:30, 15:00</translation>
    </message>
    <message>
        <source>Fixed reminder times</source>
        <translation type="vanished">Horas fijas de recordatorio</translation>
    </message>
    <message>
        <source>Remind on {day}</source>
        <translation type="vanished">Recordar el {day}</translation>
    </message>
    <message>
        <source>Snooze length</source>
        <translation type="vanished">Duración de posponer</translation>
    </message>
    <message>
        <source>between</source>
        <translation type="vanished">entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation type="vanished">y</translation>
    </message>
    <message>
        <source>When</source>
        <translation type="vanished">Cuándo</translation>
    </message>
    <message>
        <source>On these days:</source>
        <translation type="vanished">Estos días:</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="vanished">Posponer durante</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="60"/>
        <source>… without opening the window</source>
        <translation>… sin abrir la ventana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="62"/>
        <source>At login, Backstretch waits in the tray for the next reminder</source>
        <translation>Al iniciar sesión, Backstretch espera en la bandeja del sistema hasta el próximo recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="64"/>
        <source>At login, Backstretch waits in the background for the next reminder</source>
        <translation>Al iniciar sesión, Backstretch espera en segundo plano hasta el próximo recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="66"/>
        <source>Keep reminding in the background</source>
        <translation>Seguir recordando en segundo plano</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="67"/>
        <source>Quit when I close the window</source>
        <translation>Salir al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="79"/>
        <source>When I close the window</source>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="83"/>
        <source>Backstretch goes on in the tray; quit it from the tray&apos;s menu.</source>
        <translation>Backstretch sigue en la bandeja del sistema; puede salir desde su menú.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="90"/>
        <source>This desktop has no tray. In the background Backstretch goes on reminding you; open it again from the applications menu, and quit it with Quit in the window or Ctrl+Q.</source>
        <translation>Este escritorio no tiene bandeja del sistema. En segundo plano, Backstretch sigue recordándoselo; vuelva a abrirlo desde el menú de aplicaciones y salga con Salir en la ventana o Ctrl+Q.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation type="vanished">Este escritorio no tiene bandeja del sistema: los recordatorios solo llegan mientras la ventana de Backstretch está abierta (puede estar minimizada).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="59"/>
        <source>Start Backstretch when I log in</source>
        <translation>Iniciar Backstretch al entrar en la sesión</translation>
    </message>
    <message>
        <source>Start hidden in the tray, waiting for the next reminder</source>
        <translation type="vanished">Iniciar oculto en la bandeja, esperando el próximo recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="109"/>
        <source>Stretches in the routine (tick to include, move to reorder):</source>
        <translation>Estiramientos de la rutina (marque para incluir, mueva para ordenar):</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="117"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="118"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="119"/>
        <source>Sound and display</source>
        <translation>Sonido y pantalla</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/dialog.py" line="120"/>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>The end of the active hours must come after the start.</source>
        <translation type="vanished">El fin del horario activo debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>Enter at least one time, for example 10:30.</source>
        <translation type="vanished">Escriba al menos una hora, por ejemplo 10:30.</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="vanished">Elija al menos un día.</translation>
    </message>
</context>
<context>
    <name>StretchChooser</name>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="38"/>
        <source>Stretches in the routine</source>
        <translation>Estiramientos de la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="41"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/settings/stretch_chooser.py" line="42"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="37"/>
        <source>How is your back now? (optional)</source>
        <translation>¿Cómo está su espalda ahora? (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/session/summary.py" line="44"/>
        <source>Back to stretches</source>
        <translation>Volver a los estiramientos</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="15"/>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="16"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="17"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="35"/>
        <source>Start routine now</source>
        <translation>Empezar la rutina ahora</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="37"/>
        <source>Open Backstretch</source>
        <translation>Abrir Backstretch</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="38"/>
        <source>No reminder planned</source>
        <translation>Ningún recordatorio previsto</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="40"/>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="48"/>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="51"/>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/reminders/tray.py" line="52"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="65"/>
        <source>Routines per week</source>
        <translation>Rutinas por semana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="70"/>
        <source>week of {day}: {count}</source>
        <translation>semana del {day}: {count}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/ui/progress/view.py" line="113"/>
        <location filename="../../app/backstretch/ui/progress/view.py" line="120"/>
        <source>this week</source>
        <translation>esta semana</translation>
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
            <numerusform>%n estiramiento</numerusform>
            <numerusform>%n estiramientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="123"/>
        <source>%n repetitions</source>
        <comment>%n repetition</comment>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="127"/>
        <source>%n minutes</source>
        <comment>%n minute</comment>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="134"/>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="135"/>
        <source>about %n minutes</source>
        <comment>about %n minute</comment>
        <translation>
            <numerusform>unos %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
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
        <translation>quedan {minutes}:{seconds}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="158"/>
        <source>%n seconds left</source>
        <comment>%n second left</comment>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="162"/>
        <source>{percent}% of the routine done</source>
        <translation>{percent} % de la rutina hecho</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="168"/>
        <source>No stretch chosen: see Reminders and settings</source>
        <translation>Ningún estiramiento elegido: vea Recordatorios y ajustes</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="175"/>
        <source>NEXT UP</source>
        <translation>A CONTINUACIÓN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="176"/>
        <source>GET READY</source>
        <translation>PREPÁRESE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="177"/>
        <source>STRETCH</source>
        <translation>ESTIRE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="178"/>
        <source>HOLD</source>
        <translation>MANTENGA</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="179"/>
        <source>RELEASE</source>
        <translation>SUELTE</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="180"/>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="181"/>
        <source>WELL DONE</source>
        <translation>MUY BIEN</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="186"/>
        <source>Next up</source>
        <translation>A continuación</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="187"/>
        <source>Get ready</source>
        <translation>Prepárese</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="188"/>
        <source>Stretch</source>
        <translation>Estire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="189"/>
        <source>Hold</source>
        <translation>Mantenga</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="190"/>
        <source>Release</source>
        <translation>Suelte</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="191"/>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="192"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="195"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="196"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="209"/>
        <source>side</source>
        <translation>un lado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="215"/>
        <source>Change position</source>
        <translation>Cambie de posición</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="218"/>
        <source>{repetitions} · both sides</source>
        <translation>{repetitions} · ambos lados</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="223"/>
        <source>Repetition {number} of {total} · left side</source>
        <translation>Repetición {number} de {total} · lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="225"/>
        <source>Repetition {number} of {total} · right side</source>
        <translation>Repetición {number} de {total} · lado derecho</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="227"/>
        <source>Repetition {number} of {total}</source>
        <translation>Repetición {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="234"/>
        <source>Stretch {number} of {total}</source>
        <translation>Estiramiento {number} de {total}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="237"/>
        <source>Single stretch</source>
        <translation>Un solo estiramiento</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="241"/>
        <source>Next: {title}. {starting_position}.</source>
        <translation>A continuación: {title}. {starting_position}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="249"/>
        <source>Next: finish</source>
        <translation>Después: fin</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="251"/>
        <source>Then: {title}</source>
        <translation>Después: {title}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="255"/>
        <source>Then: {phase} to the left · {duration}</source>
        <translation>Después: {phase} hacia la izquierda · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="259"/>
        <source>Then: {phase} to the right · {duration}</source>
        <translation>Después: {phase} hacia la derecha · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="262"/>
        <source>Then: {phase} · {duration}</source>
        <translation>Después: {phase} · {duration}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="288"/>
        <source>Tip: {tip}</source>
        <translation>Consejo: {tip}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="299"/>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="300"/>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="301"/>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="311"/>
        <source>Well done. That is the end of the routine.</source>
        <translation>Muy bien. Ha terminado la rutina.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="317"/>
        <source>Next: {title}.</source>
        <translation>A continuación: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="319"/>
        <source>{title}. Get ready. {instruction}</source>
        <translation>{title}. Prepárese. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="322"/>
        <source>{title}, repetition {number} of {total}, left side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado izquierdo. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="324"/>
        <source>{title}, repetition {number} of {total}, right side. {instruction}</source>
        <translation>{title}, repetición {number} de {total}, lado derecho. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="326"/>
        <source>{title}, repetition {number} of {total}. {instruction}</source>
        <translation>{title}, repetición {number} de {total}. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="328"/>
        <source>Hold. {instruction}</source>
        <translation>Mantenga. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="330"/>
        <source>Release. {instruction}</source>
        <translation>Suelte. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="332"/>
        <source>Rest. {instruction}</source>
        <translation>Descanse. {instruction}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="343"/>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="345"/>
        <source>Routine skipped through</source>
        <translation>Se saltó toda la rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="346"/>
        <source>Routine stopped</source>
        <translation>Rutina detenida</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="352"/>
        <source>No repetitions done · {time}</source>
        <translation>Ninguna repetición hecha · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="353"/>
        <source>{stretches} · {repetitions} in all · {time}</source>
        <translation>{stretches} · {repetitions} en total · {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="361"/>
        <source>{title}: {done} of {planned} repetitions</source>
        <translation>{title}: {done} de {planned} repeticiones</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="405"/>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="407"/>
        <source>twice</source>
        <translation>dos veces</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/backstretch/wording.py" line="408"/>
        <source>%n times</source>
        <comment>%n time</comment>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="413"/>
        <source>Welcome back — time for your stretches</source>
        <translation>Hola de nuevo: es hora de estirar</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="420"/>
        <source>Waiting until your full-screen window closes</source>
        <translation>Esperando a que se cierre la ventana a pantalla completa</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="421"/>
        <source>Waiting until your camera is no longer in use</source>
        <translation>Esperando a que la cámara deje de usarse</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="422"/>
        <source>Waiting until Do Not Disturb is off</source>
        <translation>Esperando a que se desactive No molestar</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="423"/>
        <source>Waiting for you to come back</source>
        <translation>Esperando a que vuelva</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="433"/>
        <source>You have done your stretches {times} today: well done</source>
        <translation>Hoy ha hecho sus estiramientos {times}: muy bien</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="463"/>
        <source>Backstretch keeps reminding you</source>
        <translation>Backstretch le sigue recordando</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="470"/>
        <source>Backstretch keeps running in the background to remind you: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch sigue abierto en segundo plano para recordárselo: para volver, ábralo desde el menú de aplicaciones; para salir, use Salir en la ventana o pulse Ctrl+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="475"/>
        <source>Backstretch keeps running: to come back, open Backstretch from the applications menu; to quit, use Quit in the window or press Ctrl+Q.</source>
        <translation>Backstretch sigue abierto: para volver, ábralo desde el menú de aplicaciones; para salir, use Salir en la ventana o pulse Ctrl+Q.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="482"/>
        <source>You are in the middle of {title}. Quit Backstretch and end the routine?</source>
        <translation>Está a mitad de «{title}». ¿Salir de Backstretch y terminar la rutina?</translation>
    </message>
    <message>
        <source>{title}: {done} of {planned}</source>
        <translation type="vanished">{title}: {done} de {planned}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="368"/>
        <source>See you at your next stretch. A few minutes every day is what helps.</source>
        <translation>Hasta el próximo estiramiento. Unos minutos cada día es lo que ayuda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="371"/>
        <source>Every phase was skipped, so this routine does not count toward your streak. Come back when you are ready.</source>
        <translation>Se saltaron todas las fases, así que esta rutina no cuenta para su racha. Vuelva cuando pueda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="374"/>
        <source>Every repetition counts. Come back when you are ready.</source>
        <translation>Cada repetición cuenta. Vuelva cuando pueda.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="416"/>
        <source>Time for your back stretches</source>
        <translation>Es hora de estirar la espalda</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="415"/>
        <source>Missed: your back stretches</source>
        <translation>Pendiente: sus estiramientos de espalda</translation>
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
            <numerusform>%n estiramiento suave</numerusform>
            <numerusform>%n estiramientos suaves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="389"/>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="398"/>
        <source>{time} tomorrow</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="399"/>
        <source>{time} on {weekday}</source>
        <translation>el {weekday} a las {time}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="449"/>
        <source>Reminders paused until {when}</source>
        <translation>Recordatorios en pausa hasta {when}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="458"/>
        <source>No reminder planned</source>
        <translation>Ningún recordatorio previsto</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="459"/>
        <source>Next reminder at {when}</source>
        <translation>Próximo recordatorio: {when}</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders only arrive while Backstretch is running. Quit anyway?</source>
        <translation type="vanished">Este escritorio no tiene bandeja del sistema, así que los recordatorios solo llegan mientras Backstretch está abierto. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="488"/>
        <source>Your back has felt worse after each of your last two routines. Consider pausing the stretches and talking to a doctor or physiotherapist before you go on.</source>
        <translation>Su espalda ha estado peor después de cada una de sus dos últimas rutinas. Considere hacer una pausa y hablar con su médico o fisioterapeuta antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="495"/>
        <source>{done}. Reminders rest until tomorrow.</source>
        <translation>{done}. Los recordatorios descansan hasta mañana.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="502"/>
        <source>Remind me to stretch</source>
        <translation>Recordarme que estire</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="503"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="504"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="505"/>
        <source>within the periods below</source>
        <translation>dentro de las franjas de abajo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="506"/>
        <source>At these times:</source>
        <translation>A estas horas:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="507"/>
        <source>Reminders come only within each day&apos;s periods, the first one interval after a period starts; leave a day&apos;s periods empty, or untick it, for no reminders that day.</source>
        <translation>Los recordatorios solo llegan dentro de las franjas de cada día; el primero, un intervalo después de que empiece la franja. Para un día sin recordatorios, deje vacías sus franjas o desmárquelo.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="512"/>
        <source>At fixed times the periods do not apply: reminders come at those times on the ticked days.</source>
        <translation>Con horas fijas no se usan las franjas: los recordatorios llegan a esas horas los días marcados.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="516"/>
        <source>A healthy amount</source>
        <translation>Una cantidad sana</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="517"/>
        <source>Routines a day, then reminders rest:</source>
        <translation>Rutinas al día; después, sin recordatorios:</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="518"/>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="519"/>
        <source>A few minutes every day is what helps, and overdoing it does not: after this many finished routines, reminders rest until the next day.</source>
        <translation>Lo que ayuda son unos minutos cada día; hacer de más no ayuda. Tras este número de rutinas terminadas, los recordatorios descansan hasta el día siguiente.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="524"/>
        <source>Snooze for</source>
        <translation>Posponer durante</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="525"/>
        <source>Natural breaks</source>
        <translation>Pausas naturales</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="526"/>
        <source>Count time away from the computer as a break after</source>
        <translation>Contar el tiempo lejos del ordenador como pausa a partir de</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="527"/>
        <source>Time without keyboard or mouse, a locked screen or a sleeping computer, of at least this long, is a break: the interval starts again when you are back, and a reminder at a fixed time waits for you and comes once, as a welcome back.</source>
        <translation>Al menos este tiempo sin teclado ni ratón, con la pantalla bloqueada o el ordenador en reposo, cuenta como pausa: el intervalo vuelve a empezar cuando regresa, y un recordatorio a hora fija le espera y llega una sola vez, como bienvenida.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="533"/>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="534"/>
        <source>Wait at most</source>
        <translation>Esperar como máximo</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="535"/>
        <source>then skip that reminder</source>
        <translation>y después omitir ese recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="536"/>
        <source>A reminder that falls due at such a moment waits until it is over; one that has waited longer than this is skipped for that time, so reminders never pile up.</source>
        <translation>Un recordatorio que toca en ese momento espera a que termine; si espera más de este tiempo, se omite esa vez, para que los recordatorios nunca se acumulen.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="541"/>
        <source>This desktop has no system tray: reminders arrive only while the Backstretch window is open (it may be minimised).</source>
        <translation>Este escritorio no tiene bandeja del sistema: los recordatorios solo llegan mientras la ventana de Backstretch está abierta (puede estar minimizada).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="546"/>
        <source>Enter at least one time, for example 10:30.</source>
        <translation>Escriba al menos una hora, por ejemplo 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="547"/>
        <source>Choose at least one day.</source>
        <translation>Elija al menos un día.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="548"/>
        <source>Give at least one ticked day a period, for example 09:00–12:00.</source>
        <translation>Dé una franja al menos a un día marcado, por ejemplo 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="552"/>
        <source>Wait while the system&apos;s Do Not Disturb is on</source>
        <translation>Esperar mientras el modo No molestar del sistema esté activado</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="553"/>
        <source>Wait while a full-screen window is in front (a presentation, a film)</source>
        <translation>Esperar mientras haya una ventana a pantalla completa delante (una presentación, una película)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="556"/>
        <source>Wait while a camera is in use (a video call)</source>
        <translation>Esperar mientras se use una cámara (una videollamada)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="559"/>
        <source>This desktop has no Do Not Disturb that Backstretch can read.</source>
        <translation>Este escritorio no tiene un modo No molestar que Backstretch pueda leer.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="562"/>
        <source>The window manager here does not say which window is in front.</source>
        <translation>El gestor de ventanas de este equipo no indica qué ventana está delante.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="565"/>
        <source>This system does not show which devices are open.</source>
        <translation>Este sistema no muestra qué dispositivos están en uso.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="582"/>
        <source>This system does not say how long you have been away or whether the screen is locked, so reminders come at their times whatever you do.</source>
        <translation>Este sistema no indica cuánto tiempo ha estado fuera ni si la pantalla está bloqueada, así que los recordatorios llegan a su hora haga lo que haga.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="589"/>
        <source>{names} and {last}</source>
        <translation>{names} y {last}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="590"/>
        <source>Time away is noticed through {listed}.</source>
        <translation>El tiempo fuera se detecta mediante {listed}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="594"/>
        <source>“{entry}” is not a period; write it like 09:00–12:00.</source>
        <translation>«{entry}» no es una franja; escríbala como 09:00–12:00.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="598"/>
        <source>“{entry}” is not a time of day; write it like 10:30.</source>
        <translation>«{entry}» no es una hora; escríbala como 10:30.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="604"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="605"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="606"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="607"/>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="608"/>
        <source>must be a list of stretch names</source>
        <translation>debe ser una lista de nombres de estiramientos</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="609"/>
        <source>must be a time like 09:00</source>
        <translation>debe ser una hora como 09:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="610"/>
        <source>must list times like 10:30</source>
        <translation>debe indicar horas como 10:30</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="611"/>
        <source>must list days from 0 (Monday) to 6 (Sunday)</source>
        <translation>debe indicar días del 0 (lunes) al 6 (domingo)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="612"/>
        <source>must be a language code like de or pt_BR, or empty for the system&apos;s</source>
        <translation>debe ser un código de idioma como de o pt_BR, o vacío para el del sistema</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="615"/>
        <source>must list, for each day from Monday, periods like 09:00-12:00</source>
        <translation>debe indicar, para cada día desde el lunes, franjas como 09:00-12:00</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="620"/>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="621"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="622"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="623"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="629"/>
        <source>end must come after start</source>
        <translation>end debe ser posterior a start</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="633"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="635"/>
        <source>must be between {low} and {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="643"/>
        <source>The “{section}” settings were unreadable; using defaults.</source>
        <translation>Los ajustes «{section}» no se podían leer; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="646"/>
        <source>{section} setting ignored: {problem}</source>
        <translation>Ajuste «{section}» ignorado: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="656"/>
        <source>No audio output was found on this system.</source>
        <translation>No se encontró ninguna salida de audio en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="660"/>
        <source>Sound is not available in this build ({detail}).</source>
        <translation>El sonido no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="664"/>
        <source>Sound files are missing: {names}.</source>
        <translation>Faltan archivos de sonido: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="668"/>
        <source>The sound file {name} cannot be read ({detail}).</source>
        <translation>No se puede leer el archivo de sonido {name} ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="674"/>
        <source>Speech is not available in this build ({detail}).</source>
        <translation>La voz no está disponible en esta versión ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="679"/>
        <source>No speech engine was found on this system. Install speech-dispatcher.</source>
        <translation>No se encontró ningún motor de voz en este sistema. Instale speech-dispatcher.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="680"/>
        <source>No speech engine was found on this system.</source>
        <translation>No se encontró ningún motor de voz en este sistema.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="685"/>
        <source>No voice for {language} was found; install one for the speech engine.</source>
        <translation>No se encontró ninguna voz en {language}; instale una para el motor de voz.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="693"/>
        <source>Backstretch is already running (process {pid}) but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch ya está abierto (proceso {pid}) pero no responde. Ciérrelo, por ejemplo desde el monitor del sistema, y vuelva a abrir Backstretch.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="697"/>
        <source>Backstretch is already running but does not answer. End it, for example from the system monitor, then start Backstretch again.</source>
        <translation>Backstretch ya está abierto pero no responde. Ciérrelo, por ejemplo desde el monitor del sistema, y vuelva a abrir Backstretch.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="704"/>
        <source>Speech Dispatcher has no voice installed, only its placeholder message. Install a voice such as speech-dispatcher-espeak-ng to hear the instructions.</source>
        <translation>Speech Dispatcher no tiene ninguna voz instalada, solo su mensaje de ejemplo. Instale una voz como speech-dispatcher-espeak-ng para oír las instrucciones.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="711"/>
        <source>{what} saved as {name} in {folder}.</source>
        <translation>{what} guardado como {name} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="717"/>
        <source>{reason}. Your change applies until you quit.</source>
        <translation>{reason}. Su cambio vale hasta que cierre la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="723"/>
        <source>Skipped {problem}</source>
        <translation>Omitido: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="727"/>
        <source>Backstretch speaks {language} after a restart. Restart now?</source>
        <translation>Backstretch pasará a {language} tras reiniciarse. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="740"/>
        <source>English</source>
        <comment>the name of this translation&apos;s language, written in it</comment>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="746"/>
        <source>speaks {language} ({catalogue}; Qt&apos;s dialogs in English)</source>
        <translation>habla {language} ({catalogue}; diálogos de Qt en inglés)</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="749"/>
        <source>speaks {language} ({catalogue}, Qt&apos;s dialogs: {qt_catalogue})</source>
        <translation>habla {language} ({catalogue}, diálogos de Qt: {qt_catalogue})</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/wording.py" line="755"/>
        <source>Backstretch speaks {language} from its next start.</source>
        <translation>Backstretch pasará a {language} en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="50"/>
        <source>GNOME&apos;s idle monitor</source>
        <translation>el monitor de inactividad de GNOME</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="66"/>
        <source>the desktop&apos;s screen saver</source>
        <translation>el salvapantallas del escritorio</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="84"/>
        <source>the screen lock</source>
        <translation>el bloqueo de pantalla</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="105"/>
        <source>logind&apos;s session lock</source>
        <translation>el bloqueo de sesión de logind</translation>
    </message>
    <message>
        <location filename="../../app/backstretch/platform/idle.py" line="124"/>
        <source>the X server&apos;s screen-saver extension</source>
        <translation>la extensión de salvapantallas del servidor X</translation>
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
