### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] poniedziałek
    [2] wtorek
    [3] środa
    [4] czwartek
    [5] piątek
    [6] sobota
   *[7] niedziela
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }, { $day } { email-month } { $year } r.
# Data bez dnia tygodnia, np. "1 listopada 2026 r." (data urodzenia).
email-day = { $day } { email-month } { $year } r.
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Konsultacja wideo – { $clinic }, { $date }, godz. { $time }
email-invitation-body =
    Dzień dobry, { $client_name }!

    Zaplanowano dla Pana/Pani konsultację wideo: { $practitioner } ({ $clinic }), { $date }, godz. { $time } ({ $timezone }), czas trwania: { $duration } min.

    Aby dołączyć, wystarczy otworzyć w przeglądarce ten osobisty link; będzie aktywny na krótko przed wizytą:
    { $consult_deeplink }

    Nie jest potrzebne konto ani aplikacja, tylko kamera i mikrofon.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Zaproszenie: konsultacja wideo – { $clinic }, { $date }, godz. { $time }
email-participant-invitation-body =
    Dzień dobry, { $participant_name }!

    Zaproszono Pana/Panią do udziału w konsultacji wideo: { $practitioner } ({ $clinic }), { $date }, godz. { $time } ({ $timezone }).

    Aby dołączyć, wystarczy otworzyć w przeglądarce ten osobisty link:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Przypomnienie: konsultacja wideo dziś o godz. { $time }
email-reminder-body =
    Dzień dobry, { $client_name }!

    Przypominamy o dzisiejszej konsultacji wideo: { $practitioner } ({ $clinic }), godz. { $time } ({ $timezone }).

    Aby dołączyć, wystarczy otworzyć w przeglądarce ten link:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Odwołana konsultacja wideo: { $date }, godz. { $time }
email-cancellation-body =
    Dzień dobry, { $client_name }!

    Odwołano Pana/Pani konsultację wideo: { $practitioner } ({ $clinic }), { $date }, godz. { $time } ({ $timezone }). Link już nie działa.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Ustawienie hasła – { $clinic } (anteroom)
email-password-body =
    Dzień dobry, { $staff_name }!

    Utworzono dla Pana/Pani konto w placówce { $clinic }. Prosimy ustawić hasło za pomocą tego linku w ciągu 72 godzin:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Kod PIN – { $clinic }: { $pin }
email-portal-pin-body =
    Dzień dobry!

    Aby zobaczyć swoje wizyty, prosimy wpisać ten kod PIN w portalu pacjenta placówki { $clinic }:

    { $pin }

    Kod jest ważny przez { $minutes } min i można go użyć tylko raz. Jeśli nie prosił(a) Pan/Pani o ten kod, wystarczy zignorować tę wiadomość: bez niego nikt nie otworzy portalu.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Nowa wiadomość od pacjenta ({ $clinic })
email-channel-unread-body =
    Dzień dobry, { $staff_name }!

    Pacjent wysłał do Pana/Pani wiadomość, której nikt jeszcze nie przeczytał. Prosimy ją przeczytać i odpowiedzieć w anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = Nowa wiadomość od placówki { $clinic }
email-channel-reply-body =
    Dzień dobry!

    Placówka { $clinic } wysłała do Pana/Pani wiadomość. Ze względu na ochronę prywatności nie ma jej w tym e-mailu: można ją przeczytać w portalu pacjenta po zalogowaniu się kodem PIN wysłanym na ten adres.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Przed konsultacją wideo placówka { $clinic } prosi o odpowiedź na kilka pytań („{ $title }”). Można to zrobić w poczekalni, którą osobisty link otwiera na krótko przed wizytą. Odpowiedzi może przeczytać tylko placówka.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Pytania? Prosimy dzwonić pod numer { $phone } lub pisać na adres { $email }.
email-contact-phone = Pytania? Prosimy dzwonić pod numer { $phone }.
email-contact-email = Pytania? Prosimy pisać na adres { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Konsultacja wideo, { $clinic }
email-calendar-join = Dołącz w przeglądarce: { $link }
email-calendar-cancelled = Odwołano.
