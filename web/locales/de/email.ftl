### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }, { $day }. { email-month } { $year }
# Ein Datum ohne Wochentag, etwa "1. November 2026" (ein Geburtsdatum).
email-day = { $day }. { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Ihre Videosprechstunde bei { $clinic } am { $date } um { $time } Uhr
email-invitation-body =
    Guten Tag { $client_name },

    Sie haben am { $date } um { $time } Uhr ({ $timezone }) eine Videosprechstunde bei { $practitioner } ({ $clinic }). Dauer: { $duration } Minuten.

    Sie nehmen in Ihrem Browser über diesen persönlichen Link teil; er wird kurz vor dem Termin freigeschaltet:
    { $consult_deeplink }

    Sie brauchen weder ein Konto noch eine App, nur eine Kamera und ein Mikrofon.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Einladung: Videosprechstunde bei { $clinic } am { $date } um { $time } Uhr
email-participant-invitation-body =
    Guten Tag { $participant_name },

    Sie sind eingeladen, am { $date } um { $time } Uhr ({ $timezone }) an einer Videosprechstunde bei { $practitioner } ({ $clinic }) teilzunehmen.

    Sie nehmen in Ihrem Browser über diesen persönlichen Link teil:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Erinnerung: Ihre Videosprechstunde heute um { $time } Uhr
email-reminder-body =
    Guten Tag { $client_name },

    wir erinnern Sie an Ihre Videosprechstunde bei { $practitioner } ({ $clinic }) heute um { $time } Uhr ({ $timezone }).

    Sie nehmen in Ihrem Browser über diesen Link teil:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Abgesagt: Ihre Videosprechstunde am { $date } um { $time } Uhr
email-cancellation-body =
    Guten Tag { $client_name },

    Ihre Videosprechstunde bei { $practitioner } ({ $clinic }) am { $date } um { $time } Uhr ({ $timezone }) wurde abgesagt. Der Link funktioniert nicht mehr.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Legen Sie Ihr Passwort für { $clinic } bei anteroom fest
email-password-body =
    Guten Tag { $staff_name },

    für Sie wurde ein Konto bei { $clinic } angelegt. Bitte legen Sie innerhalb von 72 Stunden über diesen Link Ihr Passwort fest:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Ihre PIN für { $clinic }: { $pin }
email-portal-pin-body =
    Guten Tag,

    geben Sie diese PIN im Patientenportal von { $clinic } ein, um Ihre Termine zu sehen:

    { $pin }

    Sie ist { $minutes } Minuten lang und nur einmal gültig. Wenn Sie sie nicht angefordert haben, können Sie diese E-Mail ignorieren: Ohne die PIN kann niemand das Portal öffnen.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Eine Patientin oder ein Patient hat Ihnen geschrieben ({ $clinic })
email-channel-unread-body =
    Guten Tag { $staff_name },

    eine Patientin oder ein Patient hat Ihnen eine Nachricht geschickt, die noch niemand gelesen hat. Lesen und beantworten Sie sie in anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } hat Ihnen eine Nachricht geschickt
email-channel-reply-body =
    Guten Tag,

    { $clinic } hat Ihnen eine Nachricht geschickt. Zum Schutz Ihrer Privatsphäre steht sie nicht in dieser E-Mail: Lesen Sie sie im Patientenportal, bei dem Sie sich mit einer PIN anmelden, die an diese Adresse geschickt wird.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Vor der Videosprechstunde bittet { $clinic } Sie, einige Fragen zu beantworten („{ $title }“). Das können Sie im Wartezimmer tun, das Sie kurz vor dem Termin über Ihren Link betreten können. Nur die Praxis kann Ihre Antworten lesen.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Fragen? Rufen Sie { $phone } an oder schreiben Sie an { $email }.
email-contact-phone = Fragen? Rufen Sie { $phone } an.
email-contact-email = Fragen? Schreiben Sie an { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videosprechstunde, { $clinic }
email-calendar-join = Im Browser teilnehmen: { $link }
email-calendar-cancelled = Abgesagt.
