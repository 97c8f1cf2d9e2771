# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.
#
# Arabic: minutes follow the CLDR forms (دقيقة واحدة، دقيقتان، 5 دقائق،
# 12 دقيقة); where a message already counts something else, the short
# form "د" is used, which does not change with the number.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · الموظفون
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = الموظفون · anteroom
staff-language = اللغة
staff-sections =
    .aria-label = أقسام الصفحة
staff-nav-waiting = { $n ->
    [0] غرفة الانتظار
   *[other] غرفة الانتظار ({ $n })
}
staff-nav-appointments = المواعيد
staff-nav-meeting-rooms = غرف الاجتماعات
staff-nav-clients = العملاء
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] الرسائل
   *[other] الرسائل ({ $n })
}
staff-nav-availability = أوقات التوفّر
staff-nav-people = الموظفون والأقسام
staff-nav-settings = الإعدادات
staff-nav-questionnaires = الاستبيانات
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = سجل التدقيق
staff-nav-account = الحساب
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = الحساب · { $name }
staff-loading = جارٍ التحميل…
staff-not-found = غير موجود
staff-back-to-appointments = العودة إلى المواعيد
# A button next to a link or key, copying it to the clipboard.
staff-copy = نسخ

## Logging in and setting a password

staff-login = تسجيل دخول الموظفين
staff-email = البريد الإلكتروني
staff-password = كلمة المرور
staff-totp-code = الرمز من تطبيق المصادقة
staff-log-in = تسجيل الدخول
staff-set-password = تعيين كلمة المرور
staff-set-password-needs-link = تحتاج هذه الصفحة إلى الرابط المُرسَل إليك بالبريد الإلكتروني.
staff-password-hint = 12 حرفًا على الأقل. عبارة المرور المكوّنة من عدة كلمات سهلة التذكّر وصعبة التخمين.
staff-new-password = كلمة المرور الجديدة
staff-repeat-password = أعِد إدخالها
staff-set-password-button = تعيين كلمة المرور
staff-passwords-differ = كلمتا المرور غير متطابقتين.
staff-password-set = تم تعيين كلمة المرور. يمكنك الآن تسجيل الدخول بها.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = حدث خطأ ما: { $error }
staff-error-invalid-field = يُرجى التحقق من «{ $field }»: يحتوي أحد الحقول على قيمة غير مقبولة.
staff-error-brand-colour = يُرجى اختيار لون أغمق للعلامة التجارية: يجب ألا تقل نسبة تباين النص الأبيض عليه عن 4.5 إلى 1.
staff-error-invalid-credentials = البريد الإلكتروني أو كلمة المرور (أو الرمز) غير صحيح.
staff-error-totp-required = يُرجى إدخال الرمز من تطبيق المصادقة.
staff-error-rate-limited = محاولات فاشلة كثيرة جدًا. يُرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.
staff-error-forbidden = لا يسمح دورك بذلك.
staff-error-conflict = يتعارض هذا مع سجل موجود.
staff-error-invalid-token = هذا الرابط غير معروف، أو سبق استخدامه، أو انتهت صلاحيته. يُرجى طلب رابط جديد من أحد المسؤولين.
staff-error-invalid-state = لم يعد من الممكن تغيير الموعد بهذه الطريقة.
staff-error-not-found = هذا السجل غير موجود (أو لم يعد موجودًا).
staff-error-unauthenticated = يُرجى تسجيل الدخول أولًا.
staff-error-internal = حدث خطأ ما في الخادم. يُرجى المحاولة مرة أخرى.

## The waiting room: who waits, since when; chat and admission

waiting-heading = غرفة الانتظار
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = مريض في الانتظار
waiting-notify-me = إعلامي على هذا الكمبيوتر عند وصول مريض
waiting-connecting = جارٍ الاتصال بغرفة الانتظار…
waiting-nobody = لا أحد في الانتظار.
waiting-table =
    .aria-label = المنتظرون
waiting-column-name = الاسم
waiting-column-appointment = الموعد
waiting-column-waiting = مدة الانتظار
waiting-column-connection = الاتصال
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] في الموعد
    [late] متأخر
   *[walk_in] بدون موعد
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (طبيب)
    [participant] (مشارك)
   *[guest] (ضيف)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] جيد
    [tcp_only] TCP فقط
    [relayed] عبر خادم وسيط
    [poor] ضعيف
   *[failed] لا يوجد فيديو: يُرجى الاتصال به هاتفيًا
}
waiting-message = رسالة
waiting-message-new = رسالة (جديدة)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] لم تبدأ تعبئة الاستبيان بعد
    [started] بدأت تعبئة الاستبيان
   *[completed] اكتملت تعبئة الاستبيان
}
waiting-answers = الإجابات
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = إجابات { $name }: { $title }
answers-none = لم تتم الإجابة
answers-yes = نعم
answers-no = لا
# Links under a patient's answers: the same answers as a file.
answers-pdf = تنزيل بصيغة PDF
answers-text = تنزيل بصيغة نصية
answers-close = إغلاق الإجابات
waiting-admit = السماح بالدخول
waiting-chat-with = المحادثة مع { $name }
waiting-chat-form =
    .aria-label = المحادثة مع { $name }
waiting-no-messages = لا توجد رسائل بعد.
waiting-send = إرسال
waiting-not-waiting = لم يعد هذا الشخص في الانتظار.
waiting-patient-not-present = يمكن أن ينضم { $name } بعد دخول المريض إلى الاستشارة.
waiting-room-full = الاستشارة مكتملة العدد.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = دعوة شخص
waiting-invite-form =
    .aria-label = دعوة شخص إلى استشارة { $name }
# $name: the waiting patient.
waiting-invite-heading = دعوة شخص إلى استشارة { $name }
waiting-invite-create = إنشاء رابط
waiting-invite-close = إغلاق
# $name: the person invited.
waiting-invite-link = رابط { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = يعمل الرابط مرة واحدة حتى { $time }. لن تُرسَل أي رسالة بريد إلكتروني: أرسل الرابط إلى { $name } بنفسك.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] أُضيف { $name } إلى هذا الموعد، وأُرسل الرابط إلى هذا الشخص بالبريد الإلكتروني. ينضم هذا الشخص من الرابط مثل المريض.
   *[no] أُضيف { $name } إلى هذا الموعد. لم يُذكر أي عنوان بريد إلكتروني: أرسل الرابط إلى { $name } بنفسك.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = المواعيد
appointments-today = اليوم
appointments-upcoming = المواعيد القادمة
appointments-today-table =
    .aria-label = مواعيد اليوم
appointments-upcoming-table =
    .aria-label = المواعيد القادمة
appointments-column-time = الوقت
appointments-column-client = العميل
appointments-column-with = مع
appointments-column-status = الحالة
appointments-none-today = لا توجد مواعيد اليوم.
appointments-none-upcoming = لا توجد مواعيد قادمة.
appointments-first-100 = تُعرض أول 100 فقط؛ يُرجى تضييق النطاق لرؤية المزيد.
# An appointment's length.
appointments-duration = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = مجهول الهوية
appointments-status = { $status ->
    [scheduled] مُجدوَل
    [waiting] في الانتظار
    [in_progress] جارٍ
    [completed] مكتمل
    [cancelled] مُلغى
    [no_show] لم يحضر
   *[anonymised] مجهول الهوية
}
appointments-start = بدء الاستشارة
appointments-resend = إعادة إرسال الدعوة
appointments-cancel = إلغاء
appointments-captions-kept = التسميات التوضيحية المحفوظة
appointments-kept-captions =
    .aria-label = التسميات التوضيحية المحفوظة
appointments-kept-captions-heading = التسميات التوضيحية المحفوظة: { $client }، { $time }
appointments-no-captions-kept = لم تُحفظ أي تسميات توضيحية لهذا الموعد.
# The heading above new invitation links after resending.
appointments-new-links = روابط جديدة: { $client }
appointments-new-links-no-emails = أُنشئت روابط جديدة (رسائل البريد الإلكتروني متوقفة لهذه المؤسسة).
appointments-resent = أُعيد إرسال الدعوة؛ وتبقى الروابط السابقة صالحة.
appointments-cancel-confirm = هل تريد إلغاء الموعد مع { $client } في { $time }؟
appointments-cancel-confirm-anonymised = هل تريد إلغاء الموعد مع هذا العميل في { $time }؟
appointments-cancelled = أُلغي الموعد.
appointments-invitation-links = روابط الدعوة
appointments-invitation-links-section =
    .aria-label = روابط الدعوة
appointments-patient-link = رابط المريض
appointments-participant-link = رابط المشارك { $number }
appointments-new = موعد جديد
appointments-new-form =
    .aria-label = موعد جديد
appointments-client = العميل
appointments-choose = اختيار…
appointments-practitioner = الطبيب
appointments-department-only = — القسم فقط —
appointments-department = القسم
appointments-no-department = — لا يوجد —
appointments-date = التاريخ
appointments-time = الوقت
appointments-duration-minutes = المدة (بالدقائق)
appointments-external-participants = المشاركون الخارجيون
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (من العائلة)
    [interpreter] { $name } (مترجم)
    [home_care] { $name } (رعاية منزلية)
    [colleague] { $name } (زميل)
   *[other] { $name } (آخر)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = إضافة شخص
appointments-add-person-button = إضافة إلى هذا الموعد
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = أُضيف { $name } وستصله دعوة.
appointments-message = رسالة شخصية (ضمن الدعوة)
appointments-questionnaire = استبيان للمريض (يُعبَّأ قبل الاستشارة)
appointments-no-questionnaire = لا يوجد
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = الأوقات حسب المنطقة الزمنية للعيادة: { $timezone }.
appointments-create = إنشاء وإرسال الدعوة
appointments-quick = استشارة سريعة: البدء الآن
    .title = تبدأ الآن: تُرسَل الدعوات وتُفتح غرفة الاستشارة
appointments-created = أُنشئ موعد مع { $client } في { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = الاسم
# What the person is to the client (a list of the kinds below).
participant-kind = صلته بالعميل
participant-kind-option = { $kind ->
    [family] أحد أفراد العائلة
    [interpreter] مترجم
    [home_care] رعاية منزلية
    [colleague] زميل
   *[other] آخر
}
participant-email = البريد الإلكتروني (اختياري)
participant-name-needed = أدخل اسم الشخص.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = غرف الاجتماعات
rooms-hint = غرف دائمة للموظفين: يمكن لكل من في المؤسسة دخولها، أما الآخرون فبرابط ضيف فقط.
rooms-list =
    .aria-label = غرف الاجتماعات
rooms-none = لا توجد غرف اجتماعات بعد.
rooms-enter = دخول { $name }
rooms-guest-form =
    .aria-label = رابط ضيف إلى { $name }
rooms-guest-name = اسم الضيف
rooms-create-guest-link = إنشاء رابط ضيف
rooms-guest-link-section =
    .aria-label = رابط الضيف
rooms-guest-link-for = رابط ضيف إلى { $name }
rooms-guest-link = رابط الضيف
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = يُدخل هذا الرابط شخصًا واحدًا، لمرة واحدة، حتى { $time }. ويمكنك السماح له بالدخول من «بانتظار الانضمام» في الغرفة.
rooms-new = غرفة اجتماعات جديدة
rooms-new-form =
    .aria-label = غرفة اجتماعات جديدة
rooms-name = الاسم
rooms-create = إنشاء
rooms-created = أُنشئت غرفة الاجتماعات «{ $name }».

## Clients

clients-heading = العملاء
clients-search-label = البحث بالاسم أو رقم العميل
clients-search = بحث
clients-table =
    .aria-label = العملاء
clients-column-name = الاسم
clients-column-born = تاريخ الميلاد
clients-column-email = البريد الإلكتروني
clients-column-number = الرقم
clients-column-practitioners = الأطباء
# A client in the list: last name first.
clients-name = { $last_name }، { $initials }
clients-edit = تعديل
clients-none-match = لا يوجد عميل مطابق.
clients-none = لا يوجد عملاء بعد.
# Right to left: the arrows point the way the page turns.
clients-previous = → السابق
clients-next = التالي ←
clients-edit-form =
    .aria-label = تعديل بيانات العميل
clients-new-form =
    .aria-label = عميل جديد
clients-edit-heading = تعديل بيانات { $client }
clients-new = عميل جديد
clients-initials = الأحرف الأولى من الاسم
clients-last-name = اسم العائلة
clients-date-of-birth = تاريخ الميلاد
clients-email = البريد الإلكتروني
clients-phone = الهاتف
clients-client-number = رقم العميل
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = اللغة
clients-language-default = اللغة الافتراضية للعيادة
clients-departments = الأقسام
clients-practitioners = الأطباء
clients-save = حفظ
clients-add = إضافة عميل
clients-saved = حُفظت بيانات العميل.
clients-added = أُضيف العميل { $client }.
# A client's record: their appointments, newest first.
clients-appointments-heading = مواعيد { $client }
clients-appointments-table =
    .aria-label = المواعيد
clients-appointments-column-time = الوقت
clients-appointments-column-with = مع
clients-appointments-column-status = الحالة
clients-appointments-column-questionnaire = الاستبيان
clients-appointments-none = لا توجد مواعيد بعد.
clients-appointments-no-questionnaire = لم يُطلب أي استبيان

## Availability, walk-in and the bookable slots

availability-heading = أوقات التوفّر
availability-whose = عرض أوقات توفّر
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = كل { $weekday } بدءًا من { $from }
availability-weekly-until = كل { $weekday } من { $from } حتى { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
availability-slot-gap = { $gap ->
    [zero] { $minutes } د + فاصل { $gap } د
    [one] { $minutes } د + فاصل { $gap } د
    [two] { $minutes } د + فاصل { $gap } د
    [few] { $minutes } د + فاصل { $gap } د
    [many] { $minutes } د + فاصل { $gap } د
   *[other] { $minutes } د + فاصل { $gap } د
}
availability-remove = إزالة
availability-removed = أُزيلت أوقات التوفّر.
availability-none = لا توجد أوقات توفّر بعد.
availability-walk-in-open = استقبال المرضى بدون موعد مسبق مفتوح.
availability-walk-in-closed = استقبال المرضى بدون موعد مسبق مغلق.
availability-walk-in = { $name }: استقبال المرضى بدون موعد مسبق
# A bookable slot's tooltip.
availability-free = متاح
availability-booked = محجوز
# A slot whose time has passed (it cannot be booked).
availability-past = فائت
availability-no-slots = لا توجد فترات متاحة للحجز في الأيام السبعة القادمة.
availability-once = يوم واحد
availability-every-week = كل أسبوع
availability-until = حتى (اختياري، للتكرار الأسبوعي فقط)
availability-add-form =
    .aria-label = إضافة أوقات توفّر
availability-add-heading = إضافة أوقات توفّر
availability-repeat = التكرار
availability-first-day = التاريخ (اليوم الأول)
availability-from = من
availability-to = إلى
availability-slot-minutes = مدة الفترة (بالدقائق)
availability-gap-minutes = الفاصل بعد كل فترة (بالدقائق)
availability-add = إضافة
availability-added = أُضيفت أوقات التوفّر.
availability-table =
    .aria-label = أوقات التوفّر
availability-column-when = متى
availability-column-hours = الساعات
availability-column-slots = الفترات
availability-slots-heading = الفترات المتاحة للحجز في الأيام السبعة القادمة

## Staff and departments

people-heading = الموظفون والأقسام
people-role = { $role ->
    [org_admin] مسؤول المؤسسة
    [department_admin] مسؤول القسم
   *[practitioner] طبيب
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = نشط
people-invited = مدعو
people-active-2fa = نشط · 2FA
people-invited-2fa = مدعو · 2FA
people-reset-2fa-confirm = هل تريد إعادة تعيين المصادقة الثنائية لحساب { $name }؟ سيلزم إعدادها من جديد.
people-reset-2fa-done = أُعيد تعيين المصادقة الثنائية، وانتهت جميع جلسات هذا الحساب.
people-reset-2fa = إعادة تعيين 2FA
people-add-staff-form =
    .aria-label = إضافة موظف
people-add-staff = إضافة موظف
people-name = الاسم
people-email = البريد الإلكتروني
people-role-label = الدور
people-departments = الأقسام
people-password-email = تصل الموظف رسالة بريد إلكتروني فيها رابط لتعيين كلمة المرور (صالح لمدة 72 ساعة).
people-add = إضافة
people-added = تمت إضافة { $name }.
people-password-link = رابط كلمة المرور (إذا لم تصل الرسالة)
people-add-department-form =
    .aria-label = إضافة قسم
people-add-department = إضافة قسم
people-department-added = أُضيف القسم.
people-table =
    .aria-label = الموظفون
people-column-name = الاسم
people-column-role = الدور
people-column-departments = الأقسام
people-column-account = الحساب
people-department-list =
    .aria-label = الأقسام
people-no-departments = لا توجد أقسام بعد.

## Settings: the organisation's settings

settings-heading = الإعدادات
settings-form =
    .aria-label = إعدادات المؤسسة
settings-privacy = الخصوصية والمكالمات
settings-strict-department-segregation = فصل صارم بين الأقسام (يرى الموظفون عملاء أقسامهم فقط)
settings-strict-client-segregation = فصل صارم بين العملاء (يرى الأطباء عملاءهم فقط)
settings-chat-in-waiting-area = المحادثة في غرفة الانتظار
settings-chat-after-consultation = تبقى المحادثة متاحة بعد الاستشارة
settings-delete-chat-after-consultation = حذف المحادثة بعد الاستشارة
settings-file-sharing = مشاركة الملفات في المكالمات
settings-screen-sharing = مشاركة الشاشة في المكالمات
settings-resolution-change = يمكن للمشاركين تغيير دقة الفيديو الخاص بهم
settings-force-start = يمكن للأطباء فرض بدء الاستشارة
settings-doorbell-sound = صوت جرس الباب عند وصول مريض
settings-require-two-factor = إلزام جميع الموظفين بالمصادقة الثنائية
settings-no-emails = عدم إرسال أي رسائل بريد إلكتروني (يوزّع الموظفون الروابط بأنفسهم)
settings-keep-transcript = حفظ التسميات التوضيحية للاستشارات مع بيانات الموعد (فقط عند تشغيل التسميات التوضيحية؛ ويُبلَّغ بذلك كل من في المكالمة)
settings-link-opens = يُفتح الرابط (عدد الدقائق قبل الموعد)
settings-link-closes = يُغلق الرابط (عدد الدقائق بعد انتهاء الموعد)
settings-max-participants = الحد الأقصى لعدد المشاركين في المكالمة
settings-anonymise-after = إخفاء هوية المواعيد بعد (بالأيام؛ فارغ: أبدًا)
settings-chat-channels = قنوات المحادثة: يكتب المرضى إلى طبيبهم من بوابة المرضى، حتى بعد الاستشارة
settings-channel-email-after = إرسال إشعار بالبريد الإلكتروني عن رسالة محادثة غير مقروءة بعد (بالدقائق؛ فارغ: أبدًا)
settings-chat-retention = حذف رسائل المحادثة بعد (بالأيام؛ فارغ: الاحتفاظ بها)
settings-language = اللغة (مثل en أو nl أو de)
settings-timezone = المنطقة الزمنية (IANA، مثل Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = بيانات التواصل مع العيادة
settings-contact-hint = يرى المرضى هذه البيانات على صفحاتهم وفي رسائل البريد الإلكتروني كلما واجهتهم مشكلة (رابط لا يعمل، أو كاميرا لا تعمل).
settings-contact-phone = الهاتف
settings-contact-email = البريد الإلكتروني
# $example is a colour written as "#1f5fbf".
settings-brand-colour = لون العلامة التجارية (بصيغة { $example }؛ فارغ: اللون الأزرق لـ anteroom)
settings-save = حفظ الإعدادات
settings-saved = حُفظت الإعدادات.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = اسم العيادة (كما يراه المرضى)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = الشعار على صفحات المرضى (PNG أو JPEG أو WebP، بحد أقصى 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = الشعار الحالي
settings-logo-remove = إزالة الشعار
settings-logo-saved = حُفظ الشعار: يراه المرضى على صفحاتهم.
settings-logo-removed = أُزيل الشعار.
settings-logo-invalid = هذا الملف ليس صورة PNG أو JPEG أو WebP لا يتجاوز حجمها 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = نص غرفة الانتظار
settings-text-heading = نص غرفة الانتظار
settings-text-hint = يُعرض للمرضى أثناء انتظارهم. العناصر النائبة: *|clinic|*، *|department|*، *|practitioner|*، *|date|*، *|time|*.
settings-text-org = نص للمؤسسة كلها
settings-text-save = حفظ النص
settings-text-saved = حُفظ نص غرفة الانتظار.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = قوالب البريد الإلكتروني
settings-templates-heading = قوالب البريد الإلكتروني
settings-templates-hint = نصك الخاص بدلًا من النص المدمج، الذي يُعرض حيث لا يوجد نص خاص: يُرجى الإبقاء على *|العناصر النائبة|* فيه. ترك الموضوع والنص فارغين يزيل القالب.
settings-templates-none = لا توجد قوالب خاصة: تستخدم جميع الرسائل النص المدمج.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] دعوة
    [participant_invitation] دعوة مشارك
    [reminder] تذكير
    [cancellation] إلغاء
    [portal_pin] رمز PIN لبوابة المرضى
    [channel_unread] رسالة غير مقروءة من مريض (إلى الموظفين)
    [channel_reply] رسالة جديدة من العيادة (إلى المريض)
   *[password] رابط كلمة المرور للموظفين الجدد
}
settings-template-whole-organisation = المؤسسة كلها
settings-template-every-language = جميع اللغات
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = تعديل
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = العناصر النائبة: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = معاينة
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = الموضوع: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = أ. حداد
settings-sample-participant = ب. حداد
settings-sample-message = يُرجى إبقاء قائمة أدويتك في متناول يدك.
settings-template-mail = الرسالة
settings-template-department = لِمَن
settings-template-language = اللغة
settings-template-subject = الموضوع
settings-template-body = النص
settings-template-save = حفظ القالب
settings-template-saved = حُفظ قالب البريد الإلكتروني.
settings-template-removed = أُزيل قالب البريد الإلكتروني.

## Settings: service announcements

settings-announcements-form =
    .aria-label = إعلانات الخدمة
settings-announcements-heading = إعلانات الخدمة
settings-announcement-until = (حتى { $time })
settings-announcement-remove = إزالة
settings-announcement-removed = أُزيل الإعلان.
settings-announcements-none = لا توجد إعلانات حاليًا.
settings-announcement-new = إعلان جديد
settings-announcement-shown-until = يُعرض حتى
settings-announcement-publish = نشر
settings-announcement-published = نُشر الإعلان.

## Settings: API keys

settings-keys-form =
    .aria-label = مفاتيح API
settings-keys-heading = مفاتيح API لجهات التكامل
settings-key-revoked = مُبطَل
settings-key-revoke = إبطال
settings-key-revoke-confirm = هل تريد إبطال المفتاح «{ $name }»؟ ستتوقف عمليات التكامل التي تستخدمه عن العمل.
settings-key-revoked-notice = أُبطل المفتاح.
settings-keys-none = لا توجد مفاتيح بعد.
settings-key-name = اسم المفتاح الجديد
settings-key-create = إنشاء مفتاح
settings-key-created = أُنشئ المفتاح. انسخه الآن: لن يُعرض مرة أخرى.
settings-key-new = مفتاح جديد

## The signed-in person's account: two-factor authentication, logging out

account-heading = الحساب
account-must-enrol = تشترط مؤسستك المصادقة الثنائية. يُرجى إعدادها للمتابعة.
account-two-factor-section =
    .aria-label = المصادقة الثنائية
account-two-factor = المصادقة الثنائية
account-two-factor-on = مُفعّلة. يمكن لأحد المسؤولين إعادة تعيينها إذا فقدت جهازك.
account-two-factor-off = غير مُفعّلة.
account-qr =
    .aria-label = رمز QR لتطبيق المصادقة
account-confirm-form =
    .aria-label = تأكيد رمز المصادقة الثنائية
account-code = الرمز من التطبيق
account-turn-on = تفعيل
account-two-factor-done = تم تفعيل المصادقة الثنائية.
account-scan = امسح هذا الرمز بتطبيق مصادقة، أو أدخل المفتاح يدويًا، ثم اكتب الرمز الذي يعرضه التطبيق.
account-key = المفتاح
account-set-up = إعداد المصادقة الثنائية
account-log-out = تسجيل الخروج
account-logged-out = لقد سجّلت الخروج.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = الرسائل
messages-hint = محادثاتك مع مرضاك، وتبقى محفوظة بعد الاستشارة. يكتب المرضى من بوابة المرضى، وتصلك رسالة بريد إلكتروني عندما تبقى رسالة دون قراءة.
messages-none = لا توجد محادثات بعد. تبدأ المحادثة مع أول موعد للمريض معك.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [zero] لا رسائل غير مقروءة
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $n } رسائل غير مقروءة
    [many] { $n } رسالة غير مقروءة
   *[other] { $n } رسالة غير مقروءة
}
messages-off = (مُعطّلة)
messages-conversation = المحادثة مع { $client } ({ $with })
messages-log =
    .aria-label = الرسائل
messages-empty = لا توجد رسائل بعد.
messages-write = رسالة إلى المريض
messages-send = إرسال
messages-closed = هذه المحادثة مُعطّلة: لا يراها المريض، ولا يمكن لأحد الكتابة فيها.
messages-switch-off = تعطيل المحادثة للمريض
messages-switch-on = تفعيل المحادثة للمريض
messages-switched-off = عُطّلت المحادثة.
messages-switched-on = فُعّلت المحادثة.
messages-leave = مغادرة هذه المحادثة
# $names: the colleagues who joined, joined by commas.
messages-members = يشارك أيضًا في هذه المحادثة: { $names }
messages-not-joined = لم تنضمّ إلى هذه المحادثة. انضمّ إليها لتقرأ وتكتب؛ وسيرى طبيب المريض وكل من انضمّ إليها أنك فعلت ذلك.
messages-join = الانضمام إلى المحادثة
messages-not-yours = (لم تنضمّ)
messages-of-client = محادثات { $client }
messages-none-client = لا توجد محادثات مع هذا المريض بعد.
messages-start-with = بدء محادثة مع
messages-start = بدء
messages-back = جميع المحادثات
# The button in the clients list; its accessible name names the client.
clients-messages-of = الرسائل
    .aria-label = رسائل { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = الاستبيانات
questionnaires-hint = الأسئلة التي يجيب عنها المريض قبل الاستشارة، على هاتفه أو حاسوبه. تعديل الاستبيان يُنشئ إصدارًا جديدًا: تبقى الإجابات المقدَّمة سابقًا مرتبطة بالإصدار الذي قُدِّمت له. ويُطلب الاستبيان الافتراضي في كل موعد جديد (في قسمه، أو في المؤسسة كلها) لم يُختر له استبيان آخر.
questionnaires-list =
    .aria-label = الاستبيانات
questionnaires-none = لا توجد استبيانات بعد.
questionnaires-new = استبيان جديد
questionnaires-whole-organisation = المؤسسة كلها
questionnaires-version = الإصدار { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = آخر تعديل:
questionnaires-asked-by-default = يُطلب افتراضيًا
questionnaires-edit = تعديل
    .aria-label = تعديل «{ $title }»
questionnaires-duplicate = إنشاء نسخة
    .aria-label = إنشاء نسخة من «{ $title }»
questionnaires-ask-by-default = طلبه افتراضيًا
questionnaires-stop-asking = إيقاف طلبه افتراضيًا
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = لا يعدّل هذا الاستبيان إلا المسؤولون عنه.
questionnaires-duplicated = هذه نسخة من «{ $title }»: عدّل ما تشاء ثم احفظها.
questionnaires-default-set = أصبح «{ $title }» يُطلب افتراضيًا ({ $scope }).
questionnaires-default-stopped = لم يعد «{ $title }» يُطلب افتراضيًا.

## The questionnaire editor and its live preview.

questionnaires-new-heading = استبيان جديد
questionnaires-edit-heading = تعديل الاستبيان: { $title }
questionnaires-editor-form =
    .aria-label = الاستبيان
questionnaires-about = الإصدار { $version } · { $scope }. يُنشئ الحفظ إصدارًا جديدًا.
questionnaires-about-new = عند حفظه يصبح الإصدار 1.
questionnaires-title = العنوان (يراه المريض فوق الأسئلة)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = لِمَن
questionnaires-no-departments = لست مسؤولًا عن أي قسم، لذا لا يمكنك إنشاء استبيان.
questionnaires-fields = الأسئلة والنصوص
questionnaires-new-field-type = نوع الحقل التالي
questionnaires-add-field = إضافة حقل
questionnaires-save = حفظ
questionnaires-back = العودة إلى الاستبيانات
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = الحقل { $number }: { $type ->
    [short_text] إجابة قصيرة
    [long_text] إجابة طويلة
    [single_choice] اختيار واحد
    [multiple_choice] اختيارات متعددة
    [dropdown] قائمة منسدلة
    [date] تاريخ
    [country] بلد
    [consent] موافقة
    [heading] عنوان
    [paragraph] نص
    [image] صورة
   *[other] { $type }
}
questionnaires-field-type = النوع
questionnaires-type = { $type ->
    [short_text] إجابة قصيرة (سطر واحد)
    [long_text] إجابة طويلة (عدة أسطر)
    [single_choice] اختيار واحد (أزرار)
    [multiple_choice] اختيارات متعددة (مربعات اختيار)
    [dropdown] اختيار واحد (قائمة منسدلة)
    [date] تاريخ
    [country] بلد
    [consent] موافقة (مربع اختيار واحد)
    [heading] عنوان
    [paragraph] نص (دون إجابة)
    [image] صورة (دون إجابة)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] العنوان
    [paragraph] النص
    [image] وصف الصورة (يُقرأ بصوت عالٍ للمرضى الذين لا يستطيعون رؤيتها)
    [consent] ما يوافق عليه المريض
   *[other] السؤال
}
questionnaires-required = مطلوب
questionnaires-options = الخيارات (خيار واحد في كل سطر)
questionnaires-image = الصورة (PNG أو JPEG أو WebP، بحد أقصى 128 KB)
questionnaires-image-replace = صورة أخرى (PNG أو JPEG أو WebP، بحد أقصى 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = الصورة المرفوعة
questionnaires-image-done = رُفعت الصورة.
questionnaires-image-invalid = لا يمكن استخدام هذه الصورة: اختر ملف PNG أو JPEG أو WebP لا يتجاوز حجمه 128 KB.
questionnaires-condition = لا يُعرض إلا إذا كان للسؤال
questionnaires-condition-always = (يُعرض دائمًا)
questionnaires-condition-equals = الإجابة
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = محدَّد (نعم)
questionnaires-condition-not-ticked = غير محدَّد (لا)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (لم يعد ممكنًا)
questionnaires-condition-broken = اختر من جديد متى يُعرض هذا الحقل: يجب أن يأتي بعد السؤال الذي يعتمد عليه، وأن يكون ذلك السؤال سؤال اختيار أو موافقة له هذه الإجابة.
questionnaires-move-up = للأعلى
    .aria-label = نقل الحقل { $number } إلى الأعلى
questionnaires-move-down = للأسفل
    .aria-label = نقل الحقل { $number } إلى الأسفل
questionnaires-remove = إزالة
    .aria-label = إزالة الحقل { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = أصبح الحقل { $from } الآن الحقل { $to }.
questionnaires-removed = أُزيل الحقل { $number }.
questionnaires-problems = يُرجى تصحيح ما هو مُعلَّم قبل الحفظ.
questionnaires-problem-title = أعطِ الاستبيان عنوانًا من سطر واحد (200 حرف كحد أقصى).
questionnaires-problem-no-fields = أضف حقلًا واحدًا على الأقل.
# $max: a whole number.
questionnaires-problem-too-many-fields = الحد الأقصى لعدد الحقول في الاستبيان هو { $max }.
questionnaires-problem-too-many-images = الحد الأقصى لعدد الصور في الاستبيان هو { $max }.
questionnaires-problem-label = { $type ->
    [heading] اكتب العنوان.
    [paragraph] اكتب النص.
    [image] صِف الصورة للمرضى الذين لا يستطيعون رؤيتها.
   *[other] اكتب السؤال.
}
questionnaires-problem-label-long = هذا النص طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
questionnaires-problem-options = أدخل خيارين على الأقل (وبحد أقصى { $max })، كل خيار في سطر.
questionnaires-problem-options-twice = لا يجوز أن يتكرر أي خيار.
questionnaires-problem-option-long = الحد الأقصى لعدد أحرف الخيار الواحد هو { $max }.
questionnaires-problem-image = ارفع الصورة.
questionnaires-problem-characters = يحتوي هذا النص على حرف غير مرئي لا يمكن حفظه (ربما لُصق من مكان آخر): اكتبه من جديد.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = لم يقبل الخادم هذا العنوان: أدخل عنوانًا من سطر واحد لا يتجاوز 200 حرف.
questionnaires-error-fields = لم يقبل الخادم الحقول: تحقّق من أن لكل حقل نصَّه، ولكل سؤال اختيار خيارين مختلفين على الأقل، ولكل صورة ملفًا مرفوعًا، وأن كل شرط يشير إلى سؤال سابق.
questionnaires-error-department = لا يمكن اختيار هذا القسم: اختر أحد أقسامك.
questionnaires-saved = حُفظ «{ $title }» بوصفه الإصدار { $version }.
questionnaires-preview = معاينة: كما يراه المريض
questionnaires-preview-hint = جرّبه: لا يُحفظ أي شيء تجيب به هنا ولا يُرسَل.
questionnaires-preview-again = تفريغ المعاينة

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = سجل التدقيق: إجابات الاستبيانات
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = في كل مرة يقرأ فيها أحدٌ إجابات مريض عن استبيان أو يصدّرها، يُسجَّل ذلك هنا، والأحدث أولًا. الأوقات حسب المنطقة الزمنية للعيادة: { $timezone }.
audit-table =
    .aria-label = سجلات قراءة إجابات الاستبيانات
audit-column-when = متى
audit-column-who = مَن
audit-column-what = ماذا
audit-column-appointment = الموعد
audit-action = { $action ->
    [read] قراءة الإجابات
   *[export] تصدير الإجابات
}
# Someone no longer among the staff.
audit-staff-gone = زميل سابق
audit-staff-unknown = غير معروف
audit-appointment-gone = لم يعد الموعد موجودًا.
audit-none = لم يقرأ أحدٌ إجابات الاستبيانات بعد.
audit-no-more = لا توجد إدخالات أقدم.
audit-pages =
    .aria-label = صفحات سجل التدقيق
# Right to left: the arrows point the way the page turns.
audit-newer = → الأحدث
audit-older = الأقدم ←
