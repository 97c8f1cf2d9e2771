# The patient portal (/portal/{clinic}): a patient signs in with a PIN sent
# to their email address and sees their appointments.

portal-title = Portal del paciente
portal-language = Idioma
portal-loading = Cargando…
portal-no-clinic = Esta clínica no existe.
portal-unreachable = En este momento no se puede conectar con la clínica. Vuelva a intentarlo dentro de un momento.
portal-sign-in = Inicie sesión para ver sus citas
portal-ask-hint = Introduzca la dirección de correo electrónico que la clínica tiene registrada para usted. Le enviaremos un PIN a esa dirección.
portal-email = Dirección de correo electrónico
portal-send-pin = Enviarme un PIN
portal-enter-pin = Introduzca su PIN
# $minutes: how long the PIN is valid.
portal-sent = Si la clínica tiene registrada esta dirección, recibirá un PIN en breve. Es válido durante { $minutes } minutos.
portal-pin = PIN (6 dígitos)
portal-open = Abrir
portal-again = Enviar un PIN nuevo
portal-check-email = Compruebe su dirección de correo electrónico.
portal-check-pin = El PIN tiene seis dígitos.
portal-wrong-pin = Ese PIN no es correcto o ha caducado. Compruébelo o pida uno nuevo.
portal-too-many = Demasiados intentos. Espere un cuarto de hora o llame a la clínica.
portal-failed = Algo ha fallado: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Esta clínica no envía correos electrónicos, por lo que el portal no puede enviarle un PIN. Llame a la clínica.
portal-signed-out = Ha cerrado la sesión.
portal-expired = Su sesión ha terminado. Vuelva a iniciar sesión para continuar.
# Above the list when the address is on more than one record (a parent's
# on their children's). $names: the records' names, joined by commas.
portal-whose = Citas de { $names }
portal-upcoming = Sus citas
portal-none = No tiene próximas citas.
portal-past = Citas anteriores
portal-no-past = Todavía ninguna.
portal-sign-out = Cerrar sesión
# $when: the date and time, already written out; $with: the practitioner or
# department; $client: whose appointment it is.
portal-appointment = { $when }, con { $with }
portal-appointment-of = { $client }: { $when }, con { $with }
# Where an appointment stands. $time: when its waiting room opens.
portal-state = { $state ->
    [early] La sala de espera abre el { $time }.
    [open] La sala de espera está abierta.
    [late] La sala de espera está abierta. Llega tarde, pero la clínica todavía le espera.
    [expired] No asistió.
    [cancelled] Cancelada.
   *[ended] Realizada.
}
portal-walk-in = Consulta sin cita previa
portal-go = Ir a la consulta
# The questionnaire the clinic asks the patient to fill in before the
# appointment: $title is the clinic's title for it.
portal-questionnaire = { $status ->
    [completed] Cuestionario «{ $title }»: enviado. Gracias.
    [started] Cuestionario «{ $title }»: empezado, aún no enviado.
   *[new] La clínica le pide que rellene «{ $title }» antes de la consulta.
}
portal-questionnaire-fill = Rellenar el cuestionario

## Messages to the clinic (chat channels), kept after the consultation.

portal-messages = Mensajes a la clínica
portal-not-urgent = No es para urgencias: si se trata de algo urgente, llame a la clínica o al número de emergencias.
portal-no-channels = Todavía no hay conversaciones. Después de su primera cita, podrá escribir aquí a su profesional.
# A conversation in the list: $with is the practitioner (or department);
# $client whose record it is, when the address is on more than one.
portal-channel = Conversación con { $with }
portal-channel-of = { $client }: conversación con { $with }
# $n: messages from the clinic not read yet.
portal-channel-unread = { $n ->
    [one] 1 mensaje nuevo
   *[other] { $n } mensajes nuevos
}
portal-channel-open = Leer y escribir
portal-conversation-empty = Todavía no hay mensajes. Escriba su pregunta abajo: la clínica responde aquí y le avisa por correo electrónico cuando lo ha hecho.
portal-conversation-log =
    .aria-label = Mensajes
portal-write = Su mensaje
portal-send = Enviar
portal-back = Volver a sus citas
portal-you = Usted
portal-write-something = Escriba primero su mensaje.
portal-not-sent = No se ha podido enviar su mensaje. Vuelva a intentarlo o llame a la clínica.
