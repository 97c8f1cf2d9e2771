### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] lunedì
    [2] martedì
    [3] mercoledì
    [4] giovedì
    [5] venerdì
    [6] sabato
   *[7] domenica
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday } { $day } { email-month } { $year }
# Una data senza giorno della settimana, come "1 novembre 2026" (una data di nascita).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = La Sua videovisita presso { $clinic }: { $date } alle ore { $time }
email-invitation-body =
    Gentile { $client_name },

    La Sua videovisita con { $practitioner } ({ $clinic }) è fissata per { $date } alle ore { $time } ({ $timezone }) e durerà { $duration } minuti.

    Può partecipare dal Suo browser con questo link personale, che si attiva poco prima dell'appuntamento:
    { $consult_deeplink }

    Non servono account né app: bastano una fotocamera e un microfono.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Invito: videovisita presso { $clinic }, { $date } alle ore { $time }
email-participant-invitation-body =
    Gentile { $participant_name },

    Ha ricevuto un invito a partecipare a una videovisita con { $practitioner } ({ $clinic }) fissata per { $date } alle ore { $time } ({ $timezone }).

    Può partecipare dal Suo browser con questo link personale:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Promemoria: la Sua videovisita oggi alle ore { $time }
email-reminder-body =
    Gentile { $client_name },

    Le ricordiamo la Sua videovisita con { $practitioner } ({ $clinic }) di oggi alle ore { $time } ({ $timezone }).

    Può partecipare dal Suo browser con questo link:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Annullata: la Sua videovisita di { $date } alle ore { $time }
email-cancellation-body =
    Gentile { $client_name },

    La Sua videovisita con { $practitioner } ({ $clinic }) fissata per { $date } alle ore { $time } ({ $timezone }) è stata annullata. Il link non funziona più.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Imposti la Sua password per { $clinic } su anteroom
email-password-body =
    Gentile { $staff_name },

    È stato creato un account per Lei presso { $clinic }. Imposti la Sua password con questo link entro 72 ore:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Il Suo PIN per { $clinic }: { $pin }
email-portal-pin-body =
    Buongiorno,

    Inserisca questo PIN nel portale pazienti di { $clinic } per vedere i Suoi appuntamenti:

    { $pin }

    Il PIN è valido per { $minutes } minuti e si può usare una sola volta. Se non lo ha richiesto, può ignorare questa e-mail: senza il PIN nessuno può accedere al portale.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Un paziente Le ha scritto ({ $clinic })
email-channel-unread-body =
    Gentile { $staff_name },

    Un paziente Le ha inviato un messaggio che nessuno ha ancora letto. Lo legga e risponda in anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } Le ha inviato un messaggio
email-channel-reply-body =
    Buongiorno,

    { $clinic } Le ha inviato un messaggio. Per tutelare la Sua privacy il messaggio non è riportato in questa e-mail: lo legga nel portale pazienti, a cui si accede con un PIN inviato a questo indirizzo.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Prima della videovisita, { $clinic } Le chiede di rispondere ad alcune domande («{ $title }»). Può farlo nella sala d'attesa, che il Suo link apre poco prima dell'appuntamento. Solo l'ambulatorio può leggere le Sue risposte.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Ha domande? Chiami il numero { $phone } o scriva a { $email }.
email-contact-phone = Ha domande? Chiami il numero { $phone }.
email-contact-email = Ha domande? Scriva a { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Videovisita, { $clinic }
email-calendar-join = Partecipi dal Suo browser: { $link }
email-calendar-cancelled = Annullata.
