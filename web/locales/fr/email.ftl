### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday } { $day ->
        [1] 1er
       *[other] { $day }
    } { email-month } { $year }
# Une date sans jour de la semaine, comme « 1er novembre 2026 » (une date de naissance).
email-day = { $day ->
        [1] 1er
       *[other] { $day }
    } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Votre consultation vidéo avec { $clinic } le { $date } à { $time }
email-invitation-body =
    Bonjour { $client_name },

    Vous avez une consultation vidéo avec { $practitioner } ({ $clinic }) le { $date } à { $time } ({ $timezone }), d’une durée de { $duration } minutes.

    Rejoignez-la depuis votre navigateur grâce à ce lien personnel ; il s’ouvre peu avant le rendez-vous :
    { $consult_deeplink }

    Vous n’avez besoin ni de compte ni d’application, seulement d’une caméra et d’un microphone.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Invitation : consultation vidéo avec { $clinic } le { $date } à { $time }
email-participant-invitation-body =
    Bonjour { $participant_name },

    On vous invite à participer à une consultation vidéo avec { $practitioner } ({ $clinic }) le { $date } à { $time } ({ $timezone }).

    Rejoignez-la depuis votre navigateur grâce à ce lien personnel :
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Rappel : votre consultation vidéo aujourd’hui à { $time }
email-reminder-body =
    Bonjour { $client_name },

    Nous vous rappelons votre consultation vidéo avec { $practitioner } ({ $clinic }) aujourd’hui à { $time } ({ $timezone }).

    Rejoignez-la depuis votre navigateur grâce à ce lien :
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Annulée : votre consultation vidéo du { $date } à { $time }
email-cancellation-body =
    Bonjour { $client_name },

    Votre consultation vidéo avec { $practitioner } ({ $clinic }) du { $date } à { $time } ({ $timezone }) a été annulée. Le lien ne fonctionne plus.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Définissez votre mot de passe pour { $clinic } sur anteroom
email-password-body =
    Bonjour { $staff_name },

    Un compte a été créé pour vous chez { $clinic }. Définissez votre mot de passe avec ce lien dans les 72 heures :
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Votre code PIN pour { $clinic } : { $pin }
email-portal-pin-body =
    Bonjour,

    Saisissez ce code PIN sur le portail patient de { $clinic } pour voir vos rendez-vous :

    { $pin }

    Il est valable { $minutes } minutes, pour une seule utilisation. Si vous ne l’avez pas demandé, vous pouvez ignorer cet e-mail : personne ne peut ouvrir le portail sans ce code.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Un patient vous a écrit ({ $clinic })
email-channel-unread-body =
    Bonjour { $staff_name },

    Un patient vous a envoyé un message que personne n’a encore lu. Lisez-le et répondez-y dans anteroom :
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } vous a envoyé un message
email-channel-reply-body =
    Bonjour,

    { $clinic } vous a envoyé un message. Pour protéger votre vie privée, il ne figure pas dans cet e-mail : lisez-le sur le portail patient, où vous vous connectez avec un code PIN envoyé à cette adresse.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Avant la consultation vidéo, { $clinic } vous demande de répondre à quelques questions (« { $title } »). Vous pourrez le faire dans la salle d’attente, que votre lien ouvre peu avant le rendez-vous. Seul le cabinet peut lire vos réponses.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Des questions ? Appelez le { $phone } ou écrivez à { $email }.
email-contact-phone = Des questions ? Appelez le { $phone }.
email-contact-email = Des questions ? Écrivez à { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Consultation vidéo, { $clinic }
email-calendar-join = Rejoindre depuis votre navigateur : { $link }
email-calendar-cancelled = Annulée.
