### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }, { $day } de { email-month } de { $year }
# Una fecha sin día de la semana, como "1 de noviembre de 2026" (una fecha de nacimiento).
email-day = { $day } de { email-month } de { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Su videoconsulta con { $clinic } el { $date } a las { $time }
email-invitation-body =
    Hola, { $client_name }:

    Tiene una videoconsulta con { $practitioner } ({ $clinic }) el { $date } a las { $time } ({ $timezone }). Duración: { $duration } minutos.

    Únase desde su navegador con este enlace personal, que se abre poco antes de la cita:
    { $consult_deeplink }

    No necesita ninguna cuenta ni ninguna aplicación, solo una cámara y un micrófono.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Invitación: videoconsulta con { $clinic } el { $date } a las { $time }
email-participant-invitation-body =
    Hola, { $participant_name }:

    Se le ha invitado a participar en una videoconsulta con { $practitioner } ({ $clinic }) el { $date } a las { $time } ({ $timezone }).

    Únase desde su navegador con este enlace personal:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Recordatorio: su videoconsulta hoy a las { $time }
email-reminder-body =
    Hola, { $client_name }:

    Le recordamos su videoconsulta con { $practitioner } ({ $clinic }) hoy a las { $time } ({ $timezone }).

    Únase desde su navegador con este enlace:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Cancelada: su videoconsulta del { $date } a las { $time }
email-cancellation-body =
    Hola, { $client_name }:

    Su videoconsulta con { $practitioner } ({ $clinic }) del { $date } a las { $time } ({ $timezone }) se ha cancelado. El enlace ya no funciona.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Establezca su contraseña para { $clinic } en anteroom
email-password-body =
    Hola, { $staff_name }:

    Se ha creado una cuenta para usted en { $clinic }. Establezca su contraseña con este enlace en un plazo de 72 horas:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Su PIN para { $clinic }: { $pin }
email-portal-pin-body =
    Hola:

    Introduzca este PIN en el portal del paciente de { $clinic } para ver sus citas:

    { $pin }

    Es válido durante { $minutes } minutos y solo se puede usar una vez. Si no lo ha solicitado, puede ignorar este correo electrónico: nadie puede abrir el portal sin él.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Un paciente le ha escrito ({ $clinic })
email-channel-unread-body =
    Hola, { $staff_name }:

    Un paciente le ha enviado un mensaje que nadie ha leído todavía. Léalo y respóndalo en anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } le ha enviado un mensaje
email-channel-reply-body =
    Hola:

    { $clinic } le ha enviado un mensaje. Para proteger su privacidad, no aparece en este correo electrónico: léalo en el portal del paciente, donde se inicia sesión con un PIN que se envía a esta dirección.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Antes de la videoconsulta, { $clinic } le pide que responda a unas preguntas («{ $title }»). Puede hacerlo en la sala de espera, que su enlace abre poco antes de la cita. Solo la clínica puede leer sus respuestas.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = ¿Tiene preguntas? Llame al { $phone } o escriba a { $email }.
email-contact-phone = ¿Tiene preguntas? Llame al { $phone }.
email-contact-email = ¿Tiene preguntas? Escriba a { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videoconsulta, { $clinic }
email-calendar-join = Únase desde su navegador: { $link }
email-calendar-cancelled = Cancelada.
