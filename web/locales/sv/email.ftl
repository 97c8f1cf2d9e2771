### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] måndag
    [2] tisdag
    [3] onsdag
    [4] torsdag
    [5] fredag
    [6] lördag
   *[7] söndag
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] januari
    [2] februari
    [3] mars
    [4] april
    [5] maj
    [6] juni
    [7] juli
    [8] augusti
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday } { $day } { email-month } { $year }
# Ett datum utan veckodag, som "1 november 2026" (ett födelsedatum).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Ditt videobesök hos { $clinic } { $date } kl. { $time }
email-invitation-body =
    Hej { $client_name },

    Du har ett videobesök hos { $practitioner } ({ $clinic }) { $date } kl. { $time } ({ $timezone }). Besöket tar { $duration } minuter.

    Anslut från din webbläsare med den här personliga länken. Den öppnas strax före besöket:
    { $consult_deeplink }

    Du behöver inget konto och ingen app, bara en kamera och en mikrofon.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Inbjudan: videobesök hos { $clinic } { $date } kl. { $time }
email-participant-invitation-body =
    Hej { $participant_name },

    Du är inbjuden att delta i ett videobesök hos { $practitioner } ({ $clinic }) { $date } kl. { $time } ({ $timezone }).

    Anslut från din webbläsare med den här personliga länken:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Påminnelse: ditt videobesök i dag kl. { $time }
email-reminder-body =
    Hej { $client_name },

    Vi påminner om ditt videobesök hos { $practitioner } ({ $clinic }) i dag kl. { $time } ({ $timezone }).

    Anslut från din webbläsare med den här länken:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Avbokat: ditt videobesök { $date } kl. { $time }
email-cancellation-body =
    Hej { $client_name },

    Ditt videobesök hos { $practitioner } ({ $clinic }) { $date } kl. { $time } ({ $timezone }) har avbokats. Länken fungerar inte längre.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Skapa ditt lösenord för { $clinic } på anteroom
email-password-body =
    Hej { $staff_name },

    Ett konto har skapats åt dig hos { $clinic }. Skapa ditt lösenord via den här länken inom 72 timmar:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Din PIN-kod för { $clinic }: { $pin }
email-portal-pin-body =
    Hej,

    Ange den här PIN-koden i patientportalen hos { $clinic } för att se dina bokade tider:

    { $pin }

    Den gäller i { $minutes } minuter och kan bara användas en gång. Om du inte har bett om den kan du bortse från det här e-postmeddelandet: ingen kan öppna portalen utan den.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = En patient har skrivit till dig ({ $clinic })
email-channel-unread-body =
    Hej { $staff_name },

    En patient har skickat ett meddelande till dig som ingen har läst än. Läs det och svara i anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } har skickat ett meddelande till dig
email-channel-reply-body =
    Hej,

    { $clinic } har skickat ett meddelande till dig. Av integritetsskäl finns det inte med i det här e-postmeddelandet: läs det i patientportalen, där du loggar in med en PIN-kod som skickas till den här adressen.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Inför videobesöket ber { $clinic } dig att svara på några frågor (”{ $title }”). Det kan du göra i väntrummet, som din länk öppnar strax före besöket. Bara mottagningen kan läsa dina svar.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Frågor? Ring { $phone } eller skriv till { $email }.
email-contact-phone = Frågor? Ring { $phone }.
email-contact-email = Frågor? Skriv till { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videobesök, { $clinic }
email-calendar-join = Anslut från din webbläsare: { $link }
email-calendar-cancelled = Avbokat.
