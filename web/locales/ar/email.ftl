### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] الاثنين
    [2] الثلاثاء
    [3] الأربعاء
    [4] الخميس
    [5] الجمعة
    [6] السبت
   *[7] الأحد
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { email-weekday }، { $day } { email-month } { $year }
# تاريخ بدون يوم الأسبوع، مثل "1 نوفمبر 2026" (تاريخ الميلاد).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = استشارتك بالفيديو مع { $clinic } يوم { $date } الساعة { $time }
email-invitation-body =
    مرحبًا { $client_name }،

    لديك استشارة بالفيديو مع { $practitioner } ({ $clinic }) يوم { $date } الساعة { $time } ({ $timezone }). المدة بالدقائق: { $duration }.

    يمكنك الانضمام من متصفحك عبر هذا الرابط الشخصي، ويصبح فعّالًا قبل الموعد بقليل:
    { $consult_deeplink }

    لا تحتاج إلى حساب أو تطبيق، بل إلى كاميرا وميكروفون فقط.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = دعوة: استشارة بالفيديو مع { $clinic } يوم { $date } الساعة { $time }
email-participant-invitation-body =
    مرحبًا { $participant_name }،

    تمّت دعوتك للمشاركة في استشارة بالفيديو مع { $practitioner } ({ $clinic }) يوم { $date } الساعة { $time } ({ $timezone }).

    يمكنك الانضمام من متصفحك عبر هذا الرابط الشخصي:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = تذكير: استشارتك بالفيديو اليوم الساعة { $time }
email-reminder-body =
    مرحبًا { $client_name }،

    نذكّرك باستشارتك بالفيديو مع { $practitioner } ({ $clinic }) اليوم الساعة { $time } ({ $timezone }).

    يمكنك الانضمام من متصفحك عبر هذا الرابط:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = أُلغيت: استشارتك بالفيديو يوم { $date } الساعة { $time }
email-cancellation-body =
    مرحبًا { $client_name }،

    أُلغيت استشارتك بالفيديو مع { $practitioner } ({ $clinic }) يوم { $date } الساعة { $time } ({ $timezone }). لم يعد الرابط يعمل.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = عيّن كلمة المرور لحسابك لدى { $clinic } على anteroom
email-password-body =
    مرحبًا { $staff_name }،

    أُنشئ لك حساب لدى { $clinic }. يُرجى تعيين كلمة المرور عبر هذا الرابط خلال 72 ساعة:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = رمز PIN الخاص بك لدى { $clinic }: { $pin }
email-portal-pin-body =
    مرحبًا،

    أدخل رمز PIN هذا في بوابة المرضى لدى { $clinic } لعرض مواعيدك:

    { $pin }

    الرمز صالح لمدة { $minutes } دقيقة ولمرة واحدة فقط. إذا لم تطلبه، يمكنك تجاهل هذه الرسالة: لا يمكن لأحد فتح البوابة بدونه.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = كتب إليك أحد المرضى ({ $clinic })
email-channel-unread-body =
    مرحبًا { $staff_name }،

    أرسل إليك أحد المرضى رسالة لم يقرأها أحد بعد. اقرأها وردّ عليها في anteroom:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = وصلتك رسالة من { $clinic }
email-channel-reply-body =
    مرحبًا،

    وصلتك رسالة من { $clinic }. حفاظًا على خصوصيتك، لا يتضمّن هذا البريد الإلكتروني نصّها: اقرأها في بوابة المرضى، حيث تسجّل الدخول برمز PIN يُرسَل إلى هذا العنوان.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = يُرجى منك، بطلب من { $clinic }، الإجابة عن بعض الأسئلة («{ $title }») قبل الاستشارة بالفيديو. يمكنك القيام بذلك في غرفة الانتظار، التي تدخلها عبر رابطك قبل الموعد بقليل. لا يمكن لأحد قراءة إجاباتك سوى العيادة.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = ألديك أسئلة؟ اتصل بالرقم { $phone } أو راسلنا على { $email }.
email-contact-phone = ألديك أسئلة؟ اتصل بالرقم { $phone }.
email-contact-email = ألديك أسئلة؟ راسلنا على { $email }.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = استشارة بالفيديو، { $clinic }
email-calendar-join = انضمّ من متصفحك: { $link }
email-calendar-cancelled = أُلغيت.
