# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.
#
# Spanish: "client" is rendered as "paciente"; the staff are addressed as
# "usted", buttons use the infinitive.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personal
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personal · anteroom
staff-language = Idioma
staff-sections =
    .aria-label = Secciones
staff-nav-waiting = { $n ->
    [0] Sala de espera
   *[other] Sala de espera ({ $n })
}
staff-nav-appointments = Citas
staff-nav-meeting-rooms = Salas de reuniones
staff-nav-clients = Pacientes
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Mensajes
   *[other] Mensajes ({ $n })
}
staff-nav-availability = Disponibilidad
staff-nav-people = Personal y servicios
staff-nav-settings = Configuración
staff-nav-questionnaires = Cuestionarios
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Registro de auditoría
staff-nav-account = Cuenta
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Cuenta · { $name }
staff-loading = Cargando…
staff-not-found = No encontrado
staff-back-to-appointments = Volver a las citas
# A button next to a link or key, copying it to the clipboard.
staff-copy = Copiar

## Logging in and setting a password

staff-login = Acceso del personal
staff-email = Correo electrónico
staff-password = Contraseña
staff-totp-code = Código de su aplicación de autenticación
staff-log-in = Iniciar sesión
staff-set-password = Establezca su contraseña
staff-set-password-needs-link = Para esta página se necesita el enlace de su correo electrónico.
staff-password-hint = Al menos 12 caracteres. Una frase de contraseña de varias palabras es fácil de recordar y difícil de adivinar.
staff-new-password = Nueva contraseña
staff-repeat-password = Repítala
staff-set-password-button = Establecer contraseña
staff-passwords-differ = Las dos contraseñas no coinciden.
staff-password-set = Su contraseña se ha establecido. Inicie sesión con ella ahora.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Algo ha fallado: { $error }
staff-error-invalid-field = Compruebe «{ $field }»: un campo tiene un valor no válido.
staff-error-brand-colour = Elija un color de marca más oscuro: el texto blanco sobre él debe tener un contraste de al menos 4,5 a 1.
staff-error-invalid-credentials = La dirección de correo electrónico o la contraseña (o el código) no son correctos.
staff-error-totp-required = Introduzca el código de su aplicación de autenticación.
staff-error-rate-limited = Demasiados intentos fallidos. Espere unos minutos y vuelva a intentarlo.
staff-error-forbidden = Su rol no le permite hacer esto.
staff-error-conflict = Esto entra en conflicto con un registro existente.
staff-error-invalid-token = Este enlace es desconocido, ya se ha usado o ha caducado. Pida uno nuevo a un administrador.
staff-error-invalid-state = La cita ya no se puede modificar de esta manera.
staff-error-not-found = Este registro no existe (o ya no existe).
staff-error-unauthenticated = Inicie sesión primero.
staff-error-internal = Algo ha fallado en el servidor. Vuelva a intentarlo.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Sala de espera
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Hay un paciente esperando
waiting-notify-me = Avisarme en este ordenador cuando llegue un paciente
waiting-connecting = Conectando con la sala de espera…
waiting-nobody = No hay nadie esperando.
waiting-table =
    .aria-label = En espera
waiting-column-name = Nombre
waiting-column-appointment = Cita
waiting-column-waiting = Espera
waiting-column-connection = Conexión
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] puntual
    [late] con retraso
   *[walk_in] sin cita previa
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (profesional)
    [participant] (participante)
   *[guest] (invitado)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] buena
    [tcp_only] solo TCP
    [relayed] a través de un servidor intermedio
    [poor] mala
   *[failed] sin vídeo: llámele por teléfono
}
waiting-message = Mensaje
waiting-message-new = Mensaje (nuevo)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Cuestionario sin empezar
    [started] Cuestionario empezado
   *[completed] Cuestionario completado
}
waiting-answers = Respuestas
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Respuestas de { $name }: { $title }
answers-none = Sin respuesta
answers-yes = Sí
answers-no = No
# Links under a patient's answers: the same answers as a file.
answers-pdf = Descargar como PDF
answers-text = Descargar como texto
answers-close = Cerrar las respuestas
waiting-admit = Admitir
waiting-chat-with = Chat con { $name }
waiting-chat-form =
    .aria-label = Chat con { $name }
waiting-no-messages = Todavía no hay mensajes.
waiting-send = Enviar
waiting-not-waiting = Ya no está esperando.
waiting-patient-not-present = { $name } podrá entrar cuando el paciente esté en la consulta.
waiting-room-full = La consulta está completa.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Invitar a alguien
waiting-invite-form =
    .aria-label = Invitar a alguien a la consulta de { $name }
# $name: the waiting patient.
waiting-invite-heading = Invitar a alguien a la consulta de { $name }
waiting-invite-create = Crear enlace
waiting-invite-close = Cerrar
# $name: the person invited.
waiting-invite-link = Enlace para { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = El enlace funciona una sola vez, hasta las { $time }. No se envía ningún correo electrónico: hágale llegar el enlace a { $name }.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } ya forma parte de esta cita; se le ha enviado el enlace por correo electrónico. Igual que el paciente, entrará desde el enlace.
   *[no] { $name } ya forma parte de esta cita. No se ha indicado ninguna dirección de correo electrónico: hágale llegar el enlace a { $name }.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Citas
appointments-today = Hoy
appointments-upcoming = Próximas
appointments-today-table =
    .aria-label = Hoy
appointments-upcoming-table =
    .aria-label = Próximas
appointments-column-time = Hora
appointments-column-client = Paciente
appointments-column-with = Con
appointments-column-status = Estado
appointments-none-today = No hay citas hoy.
appointments-none-upcoming = No hay próximas citas.
appointments-first-100 = Se muestran las 100 primeras; acote el periodo para ver más.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonimizado
appointments-status = { $status ->
    [scheduled] programada
    [waiting] en espera
    [in_progress] en curso
    [completed] finalizada
    [cancelled] cancelada
    [no_show] no se presentó
   *[anonymised] anonimizada
}
appointments-start = Iniciar consulta
appointments-resend = Reenviar invitación
appointments-cancel = Cancelar
appointments-captions-kept = Subtítulos guardados
appointments-kept-captions =
    .aria-label = Subtítulos guardados
appointments-kept-captions-heading = Subtítulos guardados: { $client }, { $time }
appointments-no-captions-kept = No se guardaron subtítulos de esta cita.
# The heading above new invitation links after resending.
appointments-new-links = Nuevos enlaces para { $client }
appointments-new-links-no-emails = Se han creado nuevos enlaces (los correos electrónicos están desactivados en esta organización).
appointments-resent = Invitación reenviada; los enlaces anteriores siguen funcionando.
appointments-cancel-confirm = ¿Cancelar la cita con { $client } del { $time }?
appointments-cancel-confirm-anonymised = ¿Cancelar la cita con este paciente del { $time }?
appointments-cancelled = Cita cancelada.
appointments-invitation-links = Enlaces de invitación
appointments-invitation-links-section =
    .aria-label = Enlaces de invitación
appointments-patient-link = Enlace del paciente
appointments-participant-link = Enlace del participante { $number }
appointments-new = Nueva cita
appointments-new-form =
    .aria-label = Nueva cita
appointments-client = Paciente
appointments-choose = Elegir…
appointments-practitioner = Profesional
appointments-department-only = — solo el servicio —
appointments-department = Servicio
appointments-no-department = — ninguno —
appointments-date = Fecha
appointments-time = Hora
appointments-duration-minutes = Duración (minutos)
appointments-external-participants = Participantes externos
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (familiar)
    [interpreter] { $name } (intérprete)
    [home_care] { $name } (atención domiciliaria)
    [colleague] { $name } (colega)
   *[other] { $name } (otro)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Añadir una persona
appointments-add-person-button = Añadir a esta cita
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } está en la lista y recibirá la invitación.
appointments-message = Mensaje personal (en la invitación)
appointments-questionnaire = Cuestionario para el paciente (se rellena antes de la consulta)
appointments-no-questionnaire = Ninguno
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Las horas están en la zona horaria de la clínica, { $timezone }.
appointments-create = Crear e invitar
appointments-quick = Consulta rápida: empezar ahora
    .title = Empieza ahora: se envían las invitaciones y se abre la sala de consulta
appointments-created = Cita creada para { $client } el { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Nombre
# What the person is to the client (a list of the kinds below).
participant-kind = Quién es
participant-kind-option = { $kind ->
    [family] Familiar
    [interpreter] Intérprete
    [home_care] Atención domiciliaria
    [colleague] Colega
   *[other] Otro
}
participant-email = Correo electrónico (opcional)
participant-name-needed = Escriba el nombre de la persona.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Salas de reuniones
rooms-hint = Salas permanentes para el personal: cualquier persona de la organización puede entrar; los demás, solo con un enlace de invitado.
rooms-list =
    .aria-label = Salas de reuniones
rooms-none = Todavía no hay salas de reuniones.
rooms-enter = Entrar en { $name }
rooms-guest-form =
    .aria-label = Enlace de invitado para { $name }
rooms-guest-name = Nombre del invitado
rooms-create-guest-link = Crear enlace de invitado
rooms-guest-link-section =
    .aria-label = Enlace de invitado
rooms-guest-link-for = Enlace de invitado para { $name }
rooms-guest-link = Enlace de invitado
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Permite entrar a una persona, una sola vez, hasta el { $time }. Déjela entrar desde «Esperando para entrar» en la sala.
rooms-new = Nueva sala de reuniones
rooms-new-form =
    .aria-label = Nueva sala de reuniones
rooms-name = Nombre
rooms-create = Crear
rooms-created = Se ha creado la sala de reuniones «{ $name }».

## Clients

clients-heading = Pacientes
clients-search-label = Buscar por nombre o número de paciente
clients-search = Buscar
clients-table =
    .aria-label = Pacientes
clients-column-name = Nombre
clients-column-born = Fecha de nacimiento
clients-column-email = Correo electrónico
clients-column-number = Número
clients-column-practitioners = Profesionales
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Editar
clients-none-match = Ningún paciente coincide.
clients-none = Todavía no hay pacientes.
clients-previous = ← Anterior
clients-next = Siguiente →
clients-edit-form =
    .aria-label = Editar paciente
clients-new-form =
    .aria-label = Nuevo paciente
clients-edit-heading = Editar { $client }
clients-new = Nuevo paciente
clients-initials = Iniciales
clients-last-name = Apellidos
clients-date-of-birth = Fecha de nacimiento
clients-email = Correo electrónico
clients-phone = Teléfono
clients-client-number = Número de paciente
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Idioma
clients-language-default = El predeterminado de la clínica
clients-departments = Servicios
clients-practitioners = Profesionales
clients-save = Guardar
clients-add = Añadir paciente
clients-saved = Paciente guardado.
clients-added = Se ha añadido el paciente { $client }.
# A client's record: their appointments, newest first.
clients-appointments-heading = Citas de { $client }
clients-appointments-table =
    .aria-label = Citas
clients-appointments-column-time = Fecha y hora
clients-appointments-column-with = Con
clients-appointments-column-status = Estado
clients-appointments-column-questionnaire = Cuestionario
clients-appointments-none = Todavía no hay citas.
clients-appointments-no-questionnaire = Ninguno solicitado

## Availability, walk-in and the bookable slots

availability-heading = Disponibilidad
availability-whose = Disponibilidad de
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Cada { $weekday } desde el { $from }
availability-weekly-until = Cada { $weekday } desde el { $from } hasta el { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min de pausa
   *[other] { $minutes } min + { $gap } min de pausa
}
availability-remove = Eliminar
availability-removed = Disponibilidad eliminada.
availability-none = Todavía no hay disponibilidad.
availability-walk-in-open = Abierto a pacientes sin cita previa.
availability-walk-in-closed = Cerrado a pacientes sin cita previa.
availability-walk-in = { $name } atiende a pacientes sin cita previa
# A bookable slot's tooltip.
availability-free = libre
availability-booked = reservado
# A slot whose time has passed (it cannot be booked).
availability-past = pasado
availability-no-slots = No hay huecos reservables en los próximos siete días.
availability-once = Un solo día
availability-every-week = Cada semana
availability-until = Hasta (opcional, solo semanal)
availability-add-form =
    .aria-label = Añadir disponibilidad
availability-add-heading = Añadir disponibilidad
availability-repeat = Repetición
availability-first-day = Fecha (primer día)
availability-from = De
availability-to = A
availability-slot-minutes = Hueco (minutos)
availability-gap-minutes = Pausa después de cada hueco (minutos)
availability-add = Añadir
availability-added = Disponibilidad añadida.
availability-table =
    .aria-label = Disponibilidad
availability-column-when = Cuándo
availability-column-hours = Horario
availability-column-slots = Huecos
availability-slots-heading = Huecos reservables, próximos siete días

## Staff and departments

people-heading = Personal y servicios
people-role = { $role ->
    [org_admin] Administrador de la organización
    [department_admin] Administrador del servicio
   *[practitioner] Profesional
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = activo
people-invited = invitado
people-active-2fa = activo · 2FA
people-invited-2fa = invitado · 2FA
people-reset-2fa-confirm = ¿Restablecer la autenticación en dos pasos de { $name }? Tendrá que volver a configurarla.
people-reset-2fa-done = Se ha restablecido la autenticación en dos pasos; sus sesiones se han cerrado.
people-reset-2fa = Restablecer 2FA
people-add-staff-form =
    .aria-label = Añadir personal
people-add-staff = Añadir un miembro del personal
people-name = Nombre
people-email = Correo electrónico
people-role-label = Rol
people-departments = Servicios
people-password-email = Recibirá un correo electrónico con un enlace para establecer su contraseña (válido durante 72 horas).
people-add = Añadir
people-added = Se ha añadido a { $name }.
people-password-link = Enlace para la contraseña (si el correo electrónico no llega)
people-add-department-form =
    .aria-label = Añadir servicio
people-add-department = Añadir un servicio
people-department-added = Servicio añadido.
people-table =
    .aria-label = Personal
people-column-name = Nombre
people-column-role = Rol
people-column-departments = Servicios
people-column-account = Cuenta
people-department-list =
    .aria-label = Servicios
people-no-departments = Todavía no hay servicios.

## Settings: the organisation's settings

settings-heading = Configuración
settings-form =
    .aria-label = Configuración de la organización
settings-privacy = Privacidad y llamadas
settings-strict-department-segregation = Servicios estrictamente separados (el personal solo ve a los pacientes de sus servicios)
settings-strict-client-segregation = Pacientes estrictamente separados (los profesionales solo ven a sus propios pacientes)
settings-chat-in-waiting-area = Chat en la sala de espera
settings-chat-after-consultation = El chat sigue disponible después de la consulta
settings-delete-chat-after-consultation = Eliminar el chat después de la consulta
settings-file-sharing = Compartir archivos en las llamadas
settings-screen-sharing = Compartir pantalla en las llamadas
settings-resolution-change = Los participantes pueden cambiar la resolución de su vídeo
settings-force-start = Los profesionales pueden forzar el inicio de una consulta
settings-doorbell-sound = Sonido de timbre cuando llega un paciente
settings-require-two-factor = Exigir la autenticación en dos pasos a todo el personal
settings-no-emails = No enviar correos electrónicos (el personal entrega los enlaces)
settings-keep-transcript = Guardar los subtítulos de las consultas con la cita (solo mientras los subtítulos están activados; se informa a todos los participantes de la llamada)
settings-link-opens = El enlace se abre (minutos antes de la cita)
settings-link-closes = El enlace se cierra (minutos después del final de la cita)
settings-max-participants = Número máximo de participantes por llamada
settings-anonymise-after = Anonimizar las citas después de (días; vacío: nunca)
settings-chat-channels = Canales de chat: los pacientes escriben a su profesional desde el portal del paciente, también después de la consulta
settings-channel-email-after = Avisar por correo electrónico de un mensaje de chat no leído después de (minutos; vacío: nunca)
settings-chat-retention = Eliminar los mensajes de chat después de (días; vacío: conservarlos)
settings-language = Idioma (p. ej., es, en, de)
settings-timezone = Zona horaria (IANA, p. ej., Europe/Madrid)
# How patients reach the clinic when they are stuck.
settings-contact = Contacto de la clínica
settings-contact-hint = Los pacientes ven estos datos en sus páginas y en los correos electrónicos cuando tienen algún problema (un enlace que no funciona, una cámara que no se enciende).
settings-contact-phone = Teléfono
settings-contact-email = Correo electrónico
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Color de marca (como { $example }; vacío: el azul de anteroom)
settings-save = Guardar configuración
settings-saved = Configuración guardada.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Nombre de la clínica (tal como lo ven los pacientes)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logotipo en las páginas de los pacientes (PNG, JPEG o WebP, 128 KB como máximo)
# The alternative text of the current logo's picture.
settings-logo-current = Logotipo actual
settings-logo-remove = Eliminar logotipo
settings-logo-saved = Logotipo guardado: los pacientes lo ven en sus páginas.
settings-logo-removed = Logotipo eliminado.
settings-logo-invalid = Este archivo no es una imagen PNG, JPEG o WebP de 128 KB como máximo.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Texto de la sala de espera
settings-text-heading = Texto de la sala de espera
settings-text-hint = Se muestra a los pacientes mientras esperan. Marcadores: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Texto para toda la organización
settings-text-save = Guardar texto
settings-text-saved = Texto de la sala de espera guardado.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Plantillas de correo electrónico
settings-templates-heading = Plantillas de correo electrónico
settings-templates-hint = Su propio texto en lugar del predefinido, que se muestra cuando no hay ninguno: conserve sus *|marcadores|*. Un asunto y un texto vacíos eliminan la plantilla.
settings-templates-none = No hay plantillas propias: todos los correos electrónicos usan el texto predefinido.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Invitación
    [participant_invitation] Invitación de un participante
    [reminder] Recordatorio
    [cancellation] Cancelación
    [portal_pin] PIN para el portal del paciente
    [channel_unread] Mensaje no leído de un paciente (al personal)
    [channel_reply] Nuevo mensaje de la clínica (al paciente)
   *[password] Enlace de contraseña para personal nuevo
}
settings-template-whole-organisation = Toda la organización
settings-template-every-language = Todos los idiomas
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Editar
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Marcadores: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Vista previa
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Asunto: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. García
settings-sample-participant = B. García
settings-sample-message = Tenga a mano la lista de sus medicamentos.
settings-template-mail = Qué correo
settings-template-department = Para
settings-template-language = Idioma
settings-template-subject = Asunto
settings-template-body = Texto
settings-template-save = Guardar plantilla
settings-template-saved = Plantilla de correo electrónico guardada.
settings-template-removed = Plantilla de correo electrónico eliminada.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Avisos del servicio
settings-announcements-heading = Avisos del servicio
settings-announcement-until = (hasta el { $time })
settings-announcement-remove = Eliminar
settings-announcement-removed = Aviso eliminado.
settings-announcements-none = Ninguno por ahora.
settings-announcement-new = Nuevo aviso
settings-announcement-shown-until = Se muestra hasta
settings-announcement-publish = Publicar
settings-announcement-published = Aviso publicado.

## Settings: API keys

settings-keys-form =
    .aria-label = Claves de API
settings-keys-heading = Claves de API para integradores
settings-key-revoked = revocada
settings-key-revoke = Revocar
settings-key-revoke-confirm = ¿Revocar la clave «{ $name }»? Las integraciones que la usan dejarán de funcionar.
settings-key-revoked-notice = Clave revocada.
settings-keys-none = Todavía no hay claves.
settings-key-name = Nombre de la nueva clave
settings-key-create = Crear clave
settings-key-created = Clave creada. Cópiela ahora: no se volverá a mostrar.
settings-key-new = Nueva clave

## The signed-in person's account: two-factor authentication, logging out

account-heading = Cuenta
account-must-enrol = Su organización exige la autenticación en dos pasos. Configúrela para continuar.
account-two-factor-section =
    .aria-label = Autenticación en dos pasos
account-two-factor = Autenticación en dos pasos
account-two-factor-on = Activada. Un administrador puede restablecerla si pierde su dispositivo.
account-two-factor-off = Desactivada.
account-qr =
    .aria-label = Código QR para su aplicación de autenticación
account-confirm-form =
    .aria-label = Confirmar el código de dos pasos
account-code = Código de la aplicación
account-turn-on = Activar
account-two-factor-done = La autenticación en dos pasos está activada.
account-scan = Escanee este código con una aplicación de autenticación o introduzca la clave manualmente y, después, escriba el código que se muestra.
account-key = Clave
account-set-up = Configurar la autenticación en dos pasos
account-log-out = Cerrar sesión
account-logged-out = Ha cerrado la sesión.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Mensajes
messages-hint = Conversaciones con sus pacientes, que se conservan después de la consulta. Los pacientes escriben desde el portal del paciente; usted recibe un correo electrónico cuando un mensaje se queda sin leer.
messages-none = Todavía no hay conversaciones. Una conversación empieza con la primera cita de un paciente con usted.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] 1 sin leer
   *[other] { $n } sin leer
}
messages-off = (desactivada)
messages-conversation = Conversación con { $client } ({ $with })
messages-log =
    .aria-label = Mensajes
messages-empty = Todavía no hay mensajes.
messages-write = Mensaje al paciente
messages-send = Enviar
messages-closed = Esta conversación está desactivada: el paciente no la ve y nadie puede escribir.
messages-switch-off = Desactivar para el paciente
messages-switch-on = Activar para el paciente
messages-switched-off = La conversación está desactivada.
messages-switched-on = La conversación está activada.
messages-leave = Salir de esta conversación
# $names: the colleagues who joined, joined by commas.
messages-members = También en esta conversación: { $names }
messages-not-joined = No se ha unido a esta conversación. Únase para leer y escribir; el profesional del paciente y todas las personas que se han unido verán que lo ha hecho.
messages-join = Unirse a la conversación
messages-not-yours = (sin unirse)
messages-of-client = Conversaciones con { $client }
messages-none-client = Todavía no hay conversaciones con este paciente.
messages-start-with = Iniciar una conversación con
messages-start = Iniciar
messages-back = Todas las conversaciones
# The button in the clients list; its accessible name names the client.
clients-messages-of = Mensajes
    .aria-label = Mensajes de { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Cuestionarios
questionnaires-hint = Las preguntas que un paciente responde antes de la consulta, en su teléfono o en su ordenador. Al modificar un cuestionario se crea una nueva versión: las respuestas ya dadas conservan la versión para la que se dieron. El cuestionario que se pide por defecto se pide en cada nueva cita (de su servicio, o de toda la organización) para la que no se elija otro.
questionnaires-list =
    .aria-label = Cuestionarios
questionnaires-none = Todavía no hay cuestionarios.
questionnaires-new = Nuevo cuestionario
questionnaires-whole-organisation = Toda la organización
questionnaires-version = Versión { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Modificado
questionnaires-asked-by-default = Se pide por defecto
questionnaires-edit = Editar
    .aria-label = Editar { $title }
questionnaires-duplicate = Duplicar
    .aria-label = Duplicar { $title }
questionnaires-ask-by-default = Pedir por defecto
questionnaires-stop-asking = Dejar de pedir por defecto
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Solo sus propios administradores pueden modificar este cuestionario.
questionnaires-duplicated = Esta es una copia de «{ $title }»: cambie lo que quiera y guárdela.
questionnaires-default-set = «{ $title }» se pide ahora por defecto ({ $scope }).
questionnaires-default-stopped = «{ $title }» ya no se pide por defecto.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nuevo cuestionario
questionnaires-edit-heading = Editar cuestionario: { $title }
questionnaires-editor-form =
    .aria-label = Cuestionario
questionnaires-about = Versión { $version } · { $scope }. Al guardar se crea una nueva versión.
questionnaires-about-new = Al guardarlo, será la versión 1.
questionnaires-title = Título (el paciente lo ve encima de las preguntas)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Para
questionnaires-no-departments = No es administrador de ningún servicio, así que no puede crear un cuestionario.
questionnaires-fields = Preguntas y textos
questionnaires-new-field-type = Tipo del siguiente campo
questionnaires-add-field = Añadir campo
questionnaires-save = Guardar
questionnaires-back = Volver a los cuestionarios
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Campo { $number }: { $type ->
    [short_text] respuesta corta
    [long_text] respuesta larga
    [single_choice] opción única
    [multiple_choice] opción múltiple
    [dropdown] lista desplegable
    [date] fecha
    [country] país
    [consent] consentimiento
    [heading] encabezado
    [paragraph] texto
    [image] imagen
   *[other] { $type }
}
questionnaires-field-type = Tipo
questionnaires-type = { $type ->
    [short_text] Respuesta corta (una línea)
    [long_text] Respuesta larga (varias líneas)
    [single_choice] Opción única (botones)
    [multiple_choice] Opción múltiple (casillas)
    [dropdown] Opción única (lista desplegable)
    [date] Fecha
    [country] País
    [consent] Consentimiento (una casilla)
    [heading] Encabezado
    [paragraph] Texto (sin respuesta)
    [image] Imagen (sin respuesta)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Encabezado
    [paragraph] Texto
    [image] Descripción de la imagen (se lee en voz alta a los pacientes que no pueden verla)
    [consent] Lo que acepta el paciente
   *[other] Pregunta
}
questionnaires-required = Respuesta obligatoria
questionnaires-options = Opciones (una por línea)
questionnaires-image = Imagen (PNG, JPEG o WebP, 128 KB como máximo)
questionnaires-image-replace = Otra imagen (PNG, JPEG o WebP, 128 KB como máximo)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = La imagen subida
questionnaires-image-done = La imagen se ha subido.
questionnaires-image-invalid = Esta imagen no se puede usar: elija un archivo PNG, JPEG o WebP de 128 KB como máximo.
questionnaires-condition = Mostrar solo si
questionnaires-condition-always = (se muestra siempre)
questionnaires-condition-equals = tiene la respuesta
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = marcada (sí)
questionnaires-condition-not-ticked = no marcada (no)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (ya no es posible)
questionnaires-condition-broken = Vuelva a elegir cuándo mostrar este campo: debe ir después de la pregunta de la que depende, y esa pregunta debe ser de opción o de consentimiento con esta respuesta.
questionnaires-move-up = Subir
    .aria-label = Subir el campo { $number }
questionnaires-move-down = Bajar
    .aria-label = Bajar el campo { $number }
questionnaires-remove = Eliminar
    .aria-label = Eliminar el campo { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = El campo { $from } es ahora el campo { $to }.
questionnaires-removed = Se ha eliminado el campo { $number }.
questionnaires-problems = Corrija lo que está marcado antes de guardar.
questionnaires-problem-title = Dé al cuestionario un título de una sola línea (200 caracteres como máximo).
questionnaires-problem-no-fields = Añada al menos un campo.
# $max: a whole number.
questionnaires-problem-too-many-fields = Un cuestionario tiene como máximo { $max } campos.
questionnaires-problem-too-many-images = Un cuestionario muestra como máximo { $max } imágenes.
questionnaires-problem-label = { $type ->
    [heading] Escriba el encabezado.
    [paragraph] Escriba el texto.
    [image] Describa la imagen para los pacientes que no pueden verla.
   *[other] Escriba la pregunta.
}
questionnaires-problem-label-long = Este texto es demasiado largo: { $max } caracteres como máximo.
questionnaires-problem-options = Indique al menos 2 opciones ({ $max } como máximo), una por línea.
questionnaires-problem-options-twice = Cada opción solo puede aparecer una vez.
questionnaires-problem-option-long = Una opción tiene como máximo { $max } caracteres.
questionnaires-problem-image = Suba la imagen.
questionnaires-problem-characters = Este texto contiene un carácter invisible que no se puede guardar (quizá pegado desde otro sitio): vuelva a escribirlo.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = El servidor no ha aceptado este título: escriba un título de una sola línea, de 200 caracteres como máximo.
questionnaires-error-fields = El servidor no ha aceptado los campos: compruebe que cada campo tiene su texto, cada pregunta de opción al menos 2 opciones distintas, cada imagen un archivo subido y cada condición una pregunta anterior.
questionnaires-error-department = Este servicio no se puede elegir: elija uno de los suyos.
questionnaires-saved = «{ $title }» se ha guardado como versión { $version }.
questionnaires-preview = Vista previa: lo que ve el paciente
questionnaires-preview-hint = Pruébelo: nada de lo que responda aquí se guarda ni se envía.
questionnaires-preview-again = Vaciar la vista previa

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Registro de auditoría: respuestas a cuestionarios
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Cada vez que alguien lee o exporta las respuestas de un paciente a un cuestionario, queda anotado aquí, primero lo más reciente. Las horas están en la zona horaria de la clínica, { $timezone }.
audit-table =
    .aria-label = Lecturas de respuestas a cuestionarios
audit-column-when = Cuándo
audit-column-who = Quién
audit-column-what = Qué
audit-column-appointment = Cita
audit-action = { $action ->
    [read] Leyó las respuestas
   *[export] Exportó las respuestas
}
# Someone no longer among the staff.
audit-staff-gone = Un antiguo miembro del personal
audit-staff-unknown = Desconocido
audit-appointment-gone = La cita ya no existe.
audit-none = Nadie ha leído todavía respuestas a cuestionarios.
audit-no-more = No hay entradas más antiguas.
audit-pages =
    .aria-label = Páginas del registro de auditoría
audit-newer = ← Más recientes
audit-older = Más antiguas →
