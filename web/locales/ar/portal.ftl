# بوابة المرضى (/portal/{clinic}): يسجّل المريض الدخول برمز PIN يُرسَل إلى
# بريده الإلكتروني، ويرى مواعيده.

portal-title = بوابة المرضى
portal-language = اللغة
portal-loading = جارٍ التحميل…
portal-no-clinic = هذه العيادة غير موجودة.
portal-unreachable = يتعذّر الوصول إلى العيادة الآن. يُرجى المحاولة مرة أخرى بعد قليل.
portal-sign-in = سجّل الدخول لعرض مواعيدك
portal-ask-hint = أدخل عنوان البريد الإلكتروني المسجَّل لدى العيادة، وسنرسل إليه رمز PIN.
portal-email = عنوان البريد الإلكتروني
portal-send-pin = إرسال رمز PIN إليّ
portal-enter-pin = أدخل رمز PIN
# $minutes: مدة صلاحية رمز PIN.
portal-sent = { $minutes ->
    [one] إذا كان هذا العنوان مسجَّلًا لدى العيادة، فإن رمز PIN في طريقه إليك. وهو صالح لمدة دقيقة واحدة.
    [two] إذا كان هذا العنوان مسجَّلًا لدى العيادة، فإن رمز PIN في طريقه إليك. وهو صالح لمدة دقيقتين.
    [few] إذا كان هذا العنوان مسجَّلًا لدى العيادة، فإن رمز PIN في طريقه إليك. وهو صالح لمدة { NUMBER($minutes) } دقائق.
    [many] إذا كان هذا العنوان مسجَّلًا لدى العيادة، فإن رمز PIN في طريقه إليك. وهو صالح لمدة { NUMBER($minutes) } دقيقة.
   *[other] إذا كان هذا العنوان مسجَّلًا لدى العيادة، فإن رمز PIN في طريقه إليك. وهو صالح لمدة { NUMBER($minutes) } دقيقة.
}
portal-pin = رمز PIN (6 أرقام)
portal-open = فتح
portal-again = إرسال رمز PIN جديد
portal-check-email = يُرجى التحقق من عنوان بريدك الإلكتروني.
portal-check-pin = يتكوّن رمز PIN من ستة أرقام.
portal-wrong-pin = رمز PIN هذا غير صحيح، أو انتهت صلاحيته. يُرجى التحقق منه، أو طلب رمز جديد.
portal-too-many = محاولات كثيرة جدًا. يُرجى الانتظار ربع ساعة، أو الاتصال بالعيادة.
portal-failed = حدث خطأ ما: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = هذه العيادة لا ترسل رسائل بريد إلكتروني، لذا لا يمكن للبوابة إرسال رمز PIN إليك. يُرجى الاتصال بالعيادة.
portal-signed-out = لقد سجّلت الخروج.
portal-expired = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى للمتابعة.
# فوق القائمة عندما يكون العنوان مسجَّلًا في أكثر من سجل (مثل عنوان أحد
# الوالدين في سجلات أطفاله). $names: أسماء السجلات مفصولة بفواصل.
portal-whose = مواعيد { $names }
portal-upcoming = مواعيدك
portal-none = ليست لديك مواعيد قادمة.
portal-past = المواعيد السابقة
portal-no-past = لا يوجد شيء بعد.
portal-sign-out = تسجيل الخروج
# $when: التاريخ والوقت مكتوبان مسبقًا؛ $with: الطبيب أو القسم؛
# $client: صاحب الموعد.
portal-appointment = { $when }، مع { $with }
portal-appointment-of = { $client }: { $when }، مع { $with }
# حالة الموعد. $time: وقت فتح غرفة الانتظار.
portal-state = { $state ->
    [early] تُفتح غرفة الانتظار في { $time }.
    [open] غرفة الانتظار مفتوحة.
    [late] غرفة الانتظار مفتوحة. لقد تأخّرت، لكن العيادة لا تزال بانتظارك.
    [expired] فات الموعد.
    [cancelled] أُلغي.
   *[ended] تمّ.
}
portal-walk-in = استشارة بدون موعد مسبق
portal-go = الانتقال إلى الاستشارة
# الاستبيان الذي تطلب العيادة من المريض تعبئته قبل الموعد: $title هو
# العنوان الذي أعطته العيادة له.
portal-questionnaire = { $status ->
    [completed] الاستبيان «{ $title }»: تم الإرسال. شكرًا لك.
    [started] الاستبيان «{ $title }»: بدأت تعبئته، ولم يُرسَل بعد.
   *[new] تطلب منك العيادة تعبئة «{ $title }» قبل الاستشارة.
}
portal-questionnaire-fill = تعبئة الاستبيان

## الرسائل إلى العيادة (قنوات المحادثة)، وتبقى محفوظة بعد الاستشارة.

portal-messages = الرسائل إلى العيادة
portal-not-urgent = ليست لحالات الطوارئ: في أي أمر عاجل، اتصل بالعيادة أو برقم الطوارئ.
portal-no-channels = لا توجد محادثات بعد. يمكنك مراسلة طبيبك من هنا بعد موعدك الأول.
# محادثة في القائمة: $with الطبيب (أو القسم)؛ $client صاحب السجل، عندما
# يكون العنوان مسجَّلًا في أكثر من سجل.
portal-channel = المحادثة مع { $with }
portal-channel-of = { $client }: المحادثة مع { $with }
# $n: رسائل العيادة التي لم تُقرأ بعد.
portal-channel-unread = { $n ->
    [zero] لا رسائل جديدة
    [one] رسالة جديدة واحدة
    [two] رسالتان جديدتان
    [few] { NUMBER($n) } رسائل جديدة
    [many] { NUMBER($n) } رسالة جديدة
   *[other] { NUMBER($n) } رسالة جديدة
}
portal-channel-open = قراءة وكتابة
portal-conversation-empty = لا توجد رسائل بعد. اكتب سؤالك أدناه: تردّ العيادة هنا، وتُعلمك بالبريد الإلكتروني عندما تردّ.
portal-conversation-log =
    .aria-label = الرسائل
portal-write = رسالتك
portal-send = إرسال
portal-back = العودة إلى مواعيدك
portal-you = أنت
portal-write-something = يُرجى كتابة رسالتك أولًا.
portal-not-sent = تعذّر إرسال رسالتك. يُرجى المحاولة مرة أخرى، أو الاتصال بالعيادة.
