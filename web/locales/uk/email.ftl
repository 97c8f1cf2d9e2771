### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] понеділок
    [2] вівторок
    [3] середа
    [4] четвер
    [5] п’ятниця
    [6] субота
   *[7] неділя
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }, { $day } { email-month } { $year } р.
# Дата без дня тижня, наприклад "1 листопада 2026 р." (дата народження).
email-day = { $day } { email-month } { $year } р.
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Ваша відеоконсультація: { $clinic }, { $date }, о { $time }
email-invitation-body =
    Доброго дня, { $client_name }!

    Вас записано на відеоконсультацію: { $practitioner } ({ $clinic }), { $date }, о { $time } ({ $timezone }). Тривалість: { $duration } хв.

    Приєднуйтеся з браузера за цим персональним посиланням; воно стане активним незадовго до прийому:
    { $consult_deeplink }

    Вам не потрібні ні обліковий запис, ні застосунок — лише камера й мікрофон.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Запрошення на відеоконсультацію: { $clinic }, { $date }, о { $time }
email-participant-invitation-body =
    Доброго дня, { $participant_name }!

    Вас запрошено взяти участь у відеоконсультації: { $practitioner } ({ $clinic }), { $date }, о { $time } ({ $timezone }).

    Приєднуйтеся з браузера за цим персональним посиланням:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Нагадування: Ваша відеоконсультація сьогодні о { $time }
email-reminder-body =
    Доброго дня, { $client_name }!

    Нагадуємо про Вашу відеоконсультацію сьогодні о { $time } ({ $timezone }): { $practitioner } ({ $clinic }).

    Приєднуйтеся з браузера за цим посиланням:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Скасовано: Ваша відеоконсультація, { $date }, о { $time }
email-cancellation-body =
    Доброго дня, { $client_name }!

    Вашу відеоконсультацію скасовано: { $practitioner } ({ $clinic }), { $date }, о { $time } ({ $timezone }). Посилання більше не працює.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Встановіть пароль: { $clinic } в anteroom
email-password-body =
    Доброго дня, { $staff_name }!

    Для Вас створено обліковий запис у закладі { $clinic }. Встановіть пароль за цим посиланням протягом 72 годин:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Ваш PIN-код ({ $clinic }): { $pin }
email-portal-pin-body =
    Доброго дня!

    Введіть цей PIN-код на порталі пацієнта ({ $clinic }), щоб переглянути свої прийоми:

    { $pin }

    Він діє { $minutes } хв і лише один раз. Якщо Ви його не запитували, просто не зважайте на цей лист: без PIN-коду ніхто не зможе відкрити портал.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Вам написав пацієнт ({ $clinic })
email-channel-unread-body =
    Доброго дня, { $staff_name }!

    Пацієнт надіслав Вам повідомлення, яке ще ніхто не прочитав. Прочитайте його й дайте відповідь в anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = Клініка { $clinic } надіслала Вам повідомлення
email-channel-reply-body =
    Доброго дня!

    Клініка { $clinic } надіслала Вам повідомлення. З міркувань конфіденційності його немає в цьому листі: прочитайте його на порталі пацієнта, куди Ви входите за PIN-кодом, надісланим на цю адресу.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Перед відеоконсультацією клініка { $clinic } просить Вас відповісти на кілька запитань («{ $title }»). Це можна зробити в залі очікування, який Ваше посилання відкриє незадовго до прийому. Прочитати Ваші відповіді може лише клініка.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Маєте запитання? Телефонуйте за номером { $phone } або пишіть на { $email }.
email-contact-phone = Маєте запитання? Телефонуйте за номером { $phone }.
email-contact-email = Маєте запитання? Пишіть на { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Відеоконсультація, { $clinic }
email-calendar-join = Приєднатися з браузера: { $link }
email-calendar-cancelled = Скасовано.
