### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] segunda-feira
    [2] terça-feira
    [3] quarta-feira
    [4] quinta-feira
    [5] sexta-feira
    [6] sábado
   *[7] domingo
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }, { $day } de { email-month } de { $year }
# Uma data sem dia da semana, como "1 de novembro de 2026" (uma data de nascimento).
email-day = { $day } de { email-month } de { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = A sua videoconsulta com { $clinic }: { $date }, às { $time }
email-invitation-body =
    Olá, { $client_name },

    Tem uma videoconsulta marcada com { $practitioner } ({ $clinic }) para { $date }, às { $time } ({ $timezone }). Duração: { $duration } minutos.

    Entre a partir do seu navegador com este link pessoal, que fica ativo pouco antes da consulta:
    { $consult_deeplink }

    Não precisa de conta nem de aplicação, apenas de uma câmara e de um microfone.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Convite para videoconsulta com { $clinic }: { $date }, às { $time }
email-participant-invitation-body =
    Olá, { $participant_name },

    Recebeu um convite para participar numa videoconsulta com { $practitioner } ({ $clinic }) marcada para { $date }, às { $time } ({ $timezone }).

    Entre a partir do seu navegador com este link pessoal:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Lembrete: a sua videoconsulta hoje às { $time }
email-reminder-body =
    Olá, { $client_name },

    Lembramos que tem hoje, às { $time } ({ $timezone }), uma videoconsulta com { $practitioner } ({ $clinic }).

    Entre a partir do seu navegador com este link:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Cancelada: a sua videoconsulta marcada para { $date }, às { $time }
email-cancellation-body =
    Olá, { $client_name },

    A sua videoconsulta com { $practitioner } ({ $clinic }) marcada para { $date }, às { $time } ({ $timezone }), foi cancelada. O link já não funciona.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Defina a sua palavra-passe para { $clinic } no anteroom
email-password-body =
    Olá, { $staff_name },

    Foi criada uma conta para si em { $clinic }. Defina a sua palavra-passe com este link no prazo de 72 horas:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = O seu PIN para { $clinic }: { $pin }
email-portal-pin-body =
    Olá,

    Introduza este PIN no portal do paciente de { $clinic } para ver as suas consultas:

    { $pin }

    É válido durante { $minutes } minutos e só pode ser usado uma vez. Se não o pediu, pode ignorar este e-mail: ninguém consegue entrar no portal sem ele.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Um paciente escreveu-lhe ({ $clinic })
email-channel-unread-body =
    Olá, { $staff_name },

    Um paciente enviou-lhe uma mensagem que ainda ninguém leu. Leia-a e responda no anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } enviou-lhe uma mensagem
email-channel-reply-body =
    Olá,

    { $clinic } enviou-lhe uma mensagem. Para proteger a sua privacidade, a mensagem não consta deste e-mail: leia-a no portal do paciente, onde inicia sessão com um PIN enviado para este endereço.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Antes da videoconsulta, { $clinic } pede-lhe que responda a algumas perguntas («{ $title }»). Pode fazê-lo na sala de espera, que o seu link abre pouco antes da consulta. Só a clínica pode ler as suas respostas.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Tem dúvidas? Ligue para o { $phone } ou escreva para { $email }.
email-contact-phone = Tem dúvidas? Ligue para o { $phone }.
email-contact-email = Tem dúvidas? Escreva para { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videoconsulta, { $clinic }
email-calendar-join = Entre a partir do seu navegador: { $link }
email-calendar-cancelled = Cancelada.
