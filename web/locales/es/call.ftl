# La página de la llamada (/call/{room}): la sala de espera, la consulta en sí
# (recuadros de vídeo, controles, chat, archivos compartidos, subtítulos en
# directo, calidad de la llamada, invitar a alguien) y lo que se muestra
# cuando termina.
#
# Variables: $room es el código de una sala, $name el nombre de una persona
# o de un archivo (tal como lo escribieron), $practitioner el nombre del
# profesional, $reason un motivo técnico (a menudo en inglés), $minutes y
# $ahead números enteros, $size un número ya escrito en el idioma de la
# página, $bytes el número de bytes (solo para el plural), $ms un número de
# milisegundos, $kbps kilobits por segundo, $percent un porcentaje (de 0 a
# 100), $width, $height y $fps el tamaño y la frecuencia de imagen de un
# vídeo, $camera el nombre de una cámara tal como lo da el dispositivo.
#
# Las cifras técnicas (kbit/s, milisegundos, tamaños de vídeo) se escriben
# sin separadores de millares (useGrouping: 0).

call-page-title = Consulta · anteroom
call-title = Consulta
call-title-video = Videoconsulta
call-title-room = Sala de consulta { $room }
# Una sala de reuniones: el personal entre sí, o con las personas que invita.
call-title-meeting = Sala de reuniones
call-page-title-meeting = Reunión · anteroom
call-language = Idioma
call-duration =
    .aria-label = Duración de la llamada
call-participants =
    .aria-label = Participantes
call-screen-sharing = Está compartiendo su pantalla.
call-enable-sound = Activar el sonido

## Unirse sin enlace: el nombre que se mostrará

call-name-label = Su nombre, tal como lo verán los demás
call-join = Unirse

## Los recuadros de vídeo. «Usted» también le nombra a usted en el chat.

call-you = Usted
# Los indicadores de un recuadro, unidos en una lista: «micrófono desactivado, mala conexión».
call-flag-microphone-off = micrófono desactivado
call-flag-camera-off = cámara desactivada
call-flag-video-paused = vídeo en pausa: su conexión es demasiado lenta
call-flag-poor-connection = mala conexión
call-flag-screen-paused = pantalla en pausa: su conexión es demasiado lenta
# El recuadro de una pantalla compartida.
call-screen-of = Pantalla de { $name }
call-screen-of-someone = Pantalla de un participante

## El estado de la llamada, en la parte superior de la página

status-new = Iniciando…
status-connecting = Conectando…
status-connected = Conectado
status-reconnecting = Conexión inestable, reconectando…
status-failed = Se ha perdido la conexión
status-closed = Llamada finalizada
status-enter-name = Escriba su nombre para unirse
status-waiting = Esperando a que le dejen entrar
status-other-window = Se ha unido a esta llamada en otra ventana
status-ended-by-server = El servidor ha finalizado la llamada
status-ended = La consulta ha finalizado
status-room-not-found = Esta sala no existe
status-token-expired = Este enlace a la consulta ha caducado: vuelva a abrirlo desde su invitación o desde las páginas del personal
status-invalid-token = Este enlace a la consulta no es válido
status-room-full = La consulta está completa
status-join-failed = No se ha podido entrar: { $reason }
status-share-failed = No se ha podido compartir la pantalla: { $reason }
status-switch-camera-failed = No se ha podido cambiar de cámara: { $reason }
status-auto-admit-failed = No se ha podido cambiar: { $reason }
status-end-failed = No se ha podido finalizar: { $reason }

## Los controles

controls-bar =
    .aria-label = Controles de la llamada
controls-mute = Silenciar micrófono
controls-unmute = Activar micrófono
controls-camera-off = Apagar cámara
controls-camera-on = Encender cámara
controls-switch-camera = Cambiar cámara
# La información del botón para cambiar de cámara: la cámara en uso.
controls-camera-now = En uso: { $camera }
controls-camera-now-unnamed = En uso: cámara
controls-more = Más
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Compartir pantalla
controls-stop-sharing = Dejar de compartir
# «CC»: subtítulos (closed captions).
controls-captions = CC
    .title = Subtítulos en directo
controls-quality = Calidad de la llamada
# Seguido de una elección entre 720p, 540p, 360p y 180p.
controls-send-video = Enviar vídeo en
controls-pip = Imagen en imagen
controls-fullscreen = Pantalla completa
# Personal: si el paciente entra sin que haya que admitirlo.
controls-auto-admit = Dejar entrar al paciente directamente
controls-auto-admit-on = El paciente entra directamente (activado)
controls-leave = Salir
controls-end = Finalizar consulta
controls-end-confirm = ¿Finalizar la consulta para todos?

## La sala de espera (la del paciente)

waiting-title = Está en la sala de espera
waiting-who = La clínica le dejará entrar en breve. Por favor, mantenga esta página abierta.
waiting-who-practitioner = { $practitioner } le dejará entrar en breve. Por favor, mantenga esta página abierta.
waiting-announcements =
    .aria-label = Avisos
waiting-since-now = Acaba de llegar.
waiting-since = { $minutes ->
    [one] Lleva { NUMBER($minutes) } minuto esperando.
   *[other] Lleva { NUMBER($minutes) } minutos esperando.
}
# $ahead: cuántos pacientes hay antes que este; $minutes: cuánto falta,
# aproximadamente, para su turno (0: ahora).
waiting-estimate = { $ahead ->
    [0] No hay nadie delante de usted.
    [one] Hay { NUMBER($ahead) } paciente delante de usted.
   *[other] Hay { NUMBER($ahead) } pacientes delante de usted.
} { $minutes ->
    [0] Es su turno: podrá entrar en cuanto la clínica esté lista.
    [one] Su turno llegará en aproximadamente { NUMBER($minutes) } minuto.
   *[other] Su turno llegará en aproximadamente { NUMBER($minutes) } minutos.
}

## Personal en la llamada: quién espera para entrar

waiting-join-title = Esperando para entrar
waiting-admit = Admitir
    .aria-label = Admitir a { $name }
# $role: qué es la persona que espera.
waiting-role = { $role ->
    [patient] paciente
    [participant] participante con invitación
    [guest] invitado
    [practitioner] personal
   *[other] { $role }
}
waiting-admit-not-present = { $name } podrá entrar cuando el paciente esté aquí.
waiting-admit-full = La consulta está completa.
waiting-admit-failed = No se ha podido admitir: { $reason }

## Calidad de la llamada (personal)

quality-connection = Conexión:
# La conexión en una palabra, en la cabecera y en la tabla.
quality-level = { $level ->
    [good] buena
    [fair] regular
   *[poor] mala
}
quality-tooltip = ida y vuelta { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % de pérdidas
quality-title = Calidad de la llamada
quality-table =
    .aria-label = Calidad de la llamada por participante
quality-participant = Participante
quality-receiving = Recepción
quality-video = Vídeo
quality-lost = Pérdidas
quality-state = Estado
# $path: cómo viajan el audio y el vídeo: udp, tcp, relay (servidor
# intermedio) o ninguno todavía.
quality-summary = Audio y vídeo: { $path ->
        [udp] conexión directa (UDP)
        [tcp] por TCP
        [relay] a través de un servidor intermedio
       *[other] conectando
    }, ida y vuelta { NUMBER($ms, useGrouping: 0) } ms, envío { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Lo mismo, antes de conocer el tiempo de ida y vuelta.
quality-summary-no-rtt = Audio y vídeo: { $path ->
        [udp] conexión directa (UDP)
        [tcp] por TCP
        [relay] a través de un servidor intermedio
       *[other] conectando
    }, envío { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = ninguno
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) } %

## Invitar a alguien (personal)

invite-title = Invitar a alguien
invite-name-label = Nombre de la persona invitada, tal como lo verán los demás
invite-create = Crear enlace de invitado
invite-created = Envíe este enlace a la persona invitada: permite entrar a una persona, una sola vez, en el plazo de una hora. Después, déjela entrar desde «Esperando para entrar».
invite-url =
    .aria-label = Enlace de invitado
invite-copy = Copiar
invite-sign-in = Para invitar a otras personas, inicie sesión en las páginas del personal en este navegador.
invite-check-name = Compruebe el nombre.
invite-over = Esta consulta ha terminado.
invite-failed = No se ha podido crear el enlace: { $reason }

## El cuestionario del paciente (personal en una consulta). $title es el
## título del cuestionario de la clínica.

call-answers-title = Cuestionario: { $title }
call-answers-status = { $status ->
    [new] El paciente aún no lo ha empezado.
    [started] El paciente lo ha empezado, pero aún no lo ha enviado.
   *[completed] El paciente lo ha enviado.
}
call-answers-show = Mostrar las respuestas
call-answers-failed = No se han podido cargar las respuestas.
call-answers-none = Sin respuesta
call-answers-yes = Sí
call-answers-no = No
# Descargas de las respuestas (cada descarga queda anotada en el registro de
# auditoría de la clínica).
call-answers-pdf = Descargar como PDF
call-answers-text = Descargar como texto

## Chat

chat-title = Chat
chat-title-waiting = Chat con la clínica
chat-message-label = Mensaje
chat-input =
    .placeholder = Escriba un mensaje
chat-send = Enviar
# Closes the chat over the video (on a phone).
chat-close = Cerrar
chat-too-long = El mensaje es demasiado largo (máximo 2000 caracteres).
chat-rate-limited = No se ha enviado: demasiados mensajes seguidos. Espere un momento y vuelva a intentarlo.
chat-failed = No se ha enviado: { $reason }

## Archivos compartidos

files-share = Compartir un archivo
files-gone = Los archivos compartidos en la consulta se han eliminado.
files-sending = Enviando { $name }…
files-too-large = No se ha compartido { $name }: ocupa más de 20 MB.
files-invalid-name = No se ha compartido { $name }: su nombre contiene caracteres no permitidos; cámbielo y vuelva a intentarlo.
files-storage-full = No se ha compartido { $name }: no queda espacio para más archivos en esta consulta.
files-not-shared = No se ha compartido { $name }: { $reason }.
# En el chat, tras el nombre de quien lo envía: «ha compartido Análisis de sangre.pdf (146 KB)».
files-shared = ha compartido { $name } ({ $size })
files-download = Descargar { $name }
files-download-ended = La consulta ha finalizado; sus archivos se han eliminado.
files-download-failed = No se ha podido descargar: { $reason }
# El tamaño de un archivo; $size es el número, ya escrito en el idioma de la página.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } bytes
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Subtítulos en directo

captions-region =
    .aria-label = Subtítulos en directo
captions-read-in = Leer los subtítulos en
# La primera opción de «Leer los subtítulos en»; las demás son idiomas,
# cada uno escrito en su propio idioma.
captions-language-spoken = el idioma hablado
captions-speakers = Idiomas hablados
# Antes de elegir un idioma.
captions-you-speak = Usted habla
captions-speaks = { $name } habla
# Antes de las palabras que alguien ha dicho.
captions-speaker = { $name }:
captions-delayed = Los subtítulos van con retraso.
captions-words-missed = [faltan algunas palabras]
captions-in-language = ({ $language })
captions-translated-from = (traducido del { $language })
captions-unavailable = Los subtítulos no están disponibles en este servidor. La llamada continúa.
captions-failed = No se han podido activar los subtítulos.
captions-untranslated = En este servidor no se pueden traducir los subtítulos; se muestran en el idioma hablado.
captions-unheard = En este servidor, los subtítulos no reconocen ese idioma.
captions-kept = Cuando los subtítulos están activados, esta clínica los guarda con la cita.

## Después de la llamada

ended-title = La consulta ha finalizado
ended-thanks = Gracias. Ya puede cerrar esta página.
# Al profesional que ha finalizado la consulta.
ended-thanks-staff = La consulta ha finalizado para todos. Puede cerrar esta pestaña.
ended-chat-note = El chat de la consulta se mantiene en esta página hasta que la cierre.
ended-left = Ha salido de la llamada.
ended-rejoin = Volver a entrar

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Ha abierto esta consulta en otra ventana
elsewhere-hint = Continúa allí. Si prefiere continuarla aquí, recupérela.
elsewhere-take-back = Continuar aquí
