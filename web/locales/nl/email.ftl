### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] maandag
    [2] dinsdag
    [3] woensdag
    [4] donderdag
    [5] vrijdag
    [6] zaterdag
   *[7] zondag
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday } { $day } { email-month } { $year }
# Een datum zonder weekdag, zoals "1 november 2026" (een geboortedatum).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Uw videoconsult bij { $clinic } op { $date } om { $time }
email-invitation-body =
    Beste { $client_name },

    U heeft op { $date } om { $time } ({ $timezone }) een videoconsult met { $practitioner } ({ $clinic }). Het consult duurt { $duration } minuten.

    U neemt deel vanuit uw browser via deze persoonlijke link, die kort voor de afspraak opengaat:
    { $consult_deeplink }

    U heeft geen account en geen app nodig, alleen een camera en een microfoon.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Uitnodiging: videoconsult bij { $clinic } op { $date } om { $time }
email-participant-invitation-body =
    Beste { $participant_name },

    U bent uitgenodigd om deel te nemen aan een videoconsult met { $practitioner } ({ $clinic }) op { $date } om { $time } ({ $timezone }).

    U neemt deel vanuit uw browser via deze persoonlijke link:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Herinnering: uw videoconsult vandaag om { $time }
email-reminder-body =
    Beste { $client_name },

    Ter herinnering: u heeft vandaag om { $time } ({ $timezone }) een videoconsult met { $practitioner } ({ $clinic }).

    U neemt deel vanuit uw browser via deze link:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Geannuleerd: uw videoconsult op { $date } om { $time }
email-cancellation-body =
    Beste { $client_name },

    Uw videoconsult met { $practitioner } ({ $clinic }) op { $date } om { $time } ({ $timezone }) is geannuleerd. De link werkt niet meer.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Stel uw wachtwoord in voor { $clinic } op anteroom
email-password-body =
    Beste { $staff_name },

    Er is bij { $clinic } een account voor u aangemaakt. Stel binnen 72 uur uw wachtwoord in via deze link:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Uw pincode voor { $clinic }: { $pin }
email-portal-pin-body =
    Goedendag,

    Vul deze pincode in op het patiëntenportaal van { $clinic } om uw afspraken te zien:

    { $pin }

    De pincode is { $minutes } minuten geldig en werkt maar één keer. Heeft u er niet om gevraagd? Dan kunt u deze e-mail negeren: zonder de pincode kan niemand het portaal openen.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Een patiënt heeft u een bericht gestuurd ({ $clinic })
email-channel-unread-body =
    Beste { $staff_name },

    Een patiënt heeft u een bericht gestuurd dat nog niemand heeft gelezen. Lees en beantwoord het in anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } heeft u een bericht gestuurd
email-channel-reply-body =
    Goedendag,

    { $clinic } heeft u een bericht gestuurd. Voor uw privacy staat het niet in deze e-mail: lees het in het patiëntenportaal, waar u inlogt met een pincode die naar dit adres wordt gestuurd.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Vóór het videoconsult vraagt { $clinic } u om een paar vragen te beantwoorden (“{ $title }”). Dat kunt u doen in de wachtkamer, die via uw link kort voor de afspraak opengaat. Alleen de praktijk kan uw antwoorden lezen.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Vragen? Bel { $phone } of mail naar { $email }.
email-contact-phone = Vragen? Bel { $phone }.
email-contact-email = Vragen? Mail naar { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videoconsult, { $clinic }
email-calendar-join = Deelnemen vanuit uw browser: { $link }
email-calendar-cancelled = Geannuleerd.
