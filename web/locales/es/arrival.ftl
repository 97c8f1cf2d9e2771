# La página de llegada (/c/{link}, /g/{guest link}): adonde lleva un enlace
# de invitación. Indica si la sala de espera está abierta, comprueba la
# cámara, el micrófono, los altavoces y la conexión, y luego deja entrar al
# paciente.
#
# Variables: $clinic es el nombre de la clínica, $with el nombre del
# profesional, del servicio o de la clínica, $time una fecha y hora ya
# escritas en el idioma de la página, $room el nombre de una sala de
# reuniones, $name el nombre del invitado, $ms un número de milisegundos,
# $error un motivo técnico.

arrival-heading = Su videoconsulta
arrival-title = { $clinic }: su videoconsulta
arrival-guest-title = { $clinic }: videollamada
arrival-checking-link = Comprobando su enlace…
arrival-language = Idioma

## El estado del enlace

arrival-invalid = Este enlace no es válido. Use el enlace de su invitación más reciente o póngase en contacto con la clínica.
arrival-unreachable = En este momento no se puede conectar con el servidor de la clínica ({ $error }). Vuelva a intentarlo dentro de un momento.
arrival-walk-in = Consulta sin cita previa con { $with }.
arrival-appointment = Su cita con { $with }: { $time }.
arrival-early = La sala de espera abre el { $time }. En ese momento, esta página la abrirá automáticamente.
arrival-late = La hora de su cita ya ha pasado, pero todavía puede entrar: la clínica le atenderá lo antes posible.
arrival-open = La sala de espera está abierta.
arrival-cancelled = Esta cita se ha cancelado. Si tiene preguntas, póngase en contacto con la clínica.
arrival-expired = Este enlace ha caducado. Póngase en contacto con la clínica para pedir una nueva cita.

## Un enlace de invitado

guest-invalid = Este enlace no es válido. Pida uno nuevo a la persona que se lo envió.
guest-unreachable = En este momento no se puede conectar con el servidor ({ $error }). Vuelva a intentarlo dentro de un momento.
guest-meeting-room = Se le ha invitado a la sala de reuniones «{ $room }», como { $name }.
guest-consultation = Se le ha invitado a una videoconsulta, como { $name }.
guest-used = Este enlace de invitado ya se ha usado: solo deja entrar a una persona, una sola vez. Pida uno nuevo a la persona que se lo envió.
guest-expired = Este enlace de invitado ha caducado. Pida uno nuevo a la persona que se lo envió.
guest-open = Alguien de la llamada le dejará entrar. Este enlace solo funciona una vez.
guest-join = Unirse

## La comprobación antes de entrar

check-heading = Antes de entrar
check-preview = Su cámara
check-camera = Cámara:
check-mic = Micrófono:
check-speakers = Altavoces:
check-server = Conexión con la clínica:
check-media = Conexión de vídeo:
check-pending = comprobando…
check-mic-level =
    .aria-label = Nivel del micrófono
check-speakers-hint = pulse el botón y escuche
check-play = Reproducir un sonido
check-camera-blocked = bloqueada: permita el uso de la cámara y el micrófono en su navegador
check-camera-unavailable = no disponible ({ $error })
check-unavailable = no disponible
check-working = funciona
check-none-found = no se ha encontrado ningún dispositivo
check-mic-heard = le oímos bien
check-mic-found = encontrado; hable para ver cómo se mueve el nivel
check-speakers-played = ¿ha oído un tono? Si no, compruebe el volumen
check-server-good = buena ({ $ms } ms)
check-server-no-answer = sin respuesta: puede que su red la bloquee
check-server-failed = no se puede conectar: puede que su red la bloquee
check-media-untested = no comprobada: no hay conexión con la clínica
check-media-measuring = conectada; midiendo…
check-media-blocked = sin conexión: su red bloquea las videollamadas. Pruebe con otra red (datos móviles, wifi de casa) o pida a su departamento de informática que permita las videollamadas con esta clínica. Aun así, puede entrar: la clínica lo verá y podrá llamarle por teléfono.
check-media-busy = la clínica está ocupada; se comprobará cuando entre
check-media-error = no se ha podido comprobar

# Lo que midió la comprobación de vídeo, entre paréntesis tras su resultado:
# "(24 ms, sin pérdidas, 1,2 Mbit/s de subida)". $percent y $mbits son números.
check-figure-rtt = { $ms } ms
check-figure-no-loss = sin pérdidas
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) } % de pérdidas
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s de subida
# $figures: las cifras anteriores, unidas; "none" si no se midió ninguna.
check-media-good = { $figures ->
    [none] buena
   *[other] buena ({ $figures })
}
check-media-slow = { $figures ->
    [none] lenta: puede que la imagen se congele; una red mejor ayudaría
   *[other] lenta ({ $figures }): puede que la imagen se congele; una red mejor ayudaría
}
check-media-relayed = { $figures ->
    [none] funciona a través de un servidor intermedio: su red es restrictiva, la llamada puede ir un poco más lenta
   *[other] funciona a través de un servidor intermedio ({ $figures }): su red es restrictiva, la llamada puede ir un poco más lenta
}
check-media-tcp = { $figures ->
    [none] solo funciona por TCP: su red bloquea UDP, la llamada puede entrecortarse de vez en cuando
   *[other] solo funciona por TCP ({ $figures }): su red bloquea UDP, la llamada puede entrecortarse de vez en cuando
}

## Entrar

enter = Entrar en la sala de espera
enter-failed = No se ha podido entrar en la sala de espera: { $reason }
enter-not-open = La sala de espera aún no está abierta.
enter-closed = Este enlace ha caducado.
enter-invalid = Este enlace (ya) no es válido.
