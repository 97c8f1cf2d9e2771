### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday } { $day } { email-month } { $year }
# A date without its weekday, such as "1 November 2026" (a date of birth).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = Your video consultation with { $clinic } on { $date } at { $time }
email-invitation-body =
    Hello { $client_name },

    You have a video consultation with { $practitioner } ({ $clinic }) on { $date } at { $time } ({ $timezone }), for { $duration } minutes.

    Join from your browser with this personal link; it opens shortly before the appointment:
    { $consult_deeplink }

    You need no account and no app, only a camera and a microphone.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Invitation: video consultation with { $clinic } on { $date } at { $time }
email-participant-invitation-body =
    Hello { $participant_name },

    You are invited to take part in a video consultation with { $practitioner } ({ $clinic }) on { $date } at { $time } ({ $timezone }).

    Join from your browser with this personal link:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Reminder: your video consultation today at { $time }
email-reminder-body =
    Hello { $client_name },

    A reminder of your video consultation with { $practitioner } ({ $clinic }) today at { $time } ({ $timezone }).

    Join from your browser with this link:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = Cancelled: your video consultation on { $date } at { $time }
email-cancellation-body =
    Hello { $client_name },

    Your video consultation with { $practitioner } ({ $clinic }) on { $date } at { $time } ({ $timezone }) has been cancelled. The link no longer works.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = Set your password for { $clinic } on anteroom
email-password-body =
    Hello { $staff_name },

    An account was made for you at { $clinic }. Set your password with this link within 72 hours:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = Your PIN for { $clinic }: { $pin }
email-portal-pin-body =
    Hello,

    Enter this PIN on the patient portal of { $clinic } to see your appointments:

    { $pin }

    It is valid for { $minutes } minutes and only once. If you did not ask for it, you can ignore this email: nobody can open the portal without it.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = A patient has written to you ({ $clinic })
email-channel-unread-body =
    Hello { $staff_name },

    A patient has sent you a message that nobody has read yet. Read it and answer in anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } has sent you a message
email-channel-reply-body =
    Hello,

    { $clinic } has sent you a message. For your privacy it is not in this email: read it in the patient portal, where you sign in with a PIN sent to this address.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = Before the consultation, { $clinic } asks you to answer a few questions ("{ $title }"). You can do so in the waiting room, which your link opens shortly before the appointment. Only the clinic can read your answers.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Questions? Call { $phone } or write to { $email }.
email-contact-phone = Questions? Call { $phone }.
email-contact-email = Questions? Write to { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Video consultation, { $clinic }
email-calendar-join = Join from your browser: { $link }
email-calendar-cancelled = Cancelled.
