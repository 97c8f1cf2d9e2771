# صفحة المكالمة (/call/{room}): غرفة الانتظار، والاستشارة نفسها (مربعات
# الفيديو، وأزرار التحكم، والمحادثة، والملفات المُشارَكة، والتسميات التوضيحية
# المباشرة، وجودة المكالمة، ودعوة ضيف)، وما يُعرض بعد انتهائها.
#
# المتغيّرات: $room رمز الغرفة، و$name اسم شخص أو ملف (كما كُتب)،
# و$practitioner اسم الطبيب، و$reason سبب تقني (غالبًا بالإنجليزية)،
# و$minutes و$ahead أعداد صحيحة، و$size رقم مكتوب مسبقًا بلغة الصفحة،
# و$bytes عدد البايتات (لصيغة الجمع فقط)، و$ms عدد من أجزاء الثانية،
# و$kbps كيلوبت في الثانية، و$percent نسبة مئوية (من 0 إلى 100)،
# و$width و$height و$fps أبعاد الفيديو ومعدّل إطاراته، و$camera اسم الكاميرا
# كما يُعطيه الجهاز.
#
# تُكتب الأرقام التقنية (kbit/s، وأجزاء الثانية، وأبعاد الفيديو) دون فواصل
# الآلاف (useGrouping: 0).

call-page-title = الاستشارة · anteroom
call-title = الاستشارة
call-title-video = استشارة بالفيديو
call-title-room = غرفة الاستشارة { $room }
# غرفة اجتماعات: للموظفين فيما بينهم، أو مع ضيوف يدعونهم.
call-title-meeting = غرفة الاجتماعات
call-page-title-meeting = الاجتماع · anteroom
call-language = اللغة
call-duration =
    .aria-label = مدة المكالمة
call-participants =
    .aria-label = المشاركون
call-screen-sharing = أنت تشارك شاشتك الآن.
call-enable-sound = تشغيل الصوت

## الانضمام دون رابط: الاسم الذي سيظهر للآخرين

call-name-label = اسمك كما سيراه الآخرون
call-join = الانضمام

## مربعات الفيديو. كلمة «أنت» تدلّ عليك في المحادثة أيضًا.

call-you = أنت
# العلامات على المربع، مجتمعة في قائمة: «الميكروفون مكتوم، اتصال ضعيف».
call-flag-microphone-off = الميكروفون مكتوم
call-flag-camera-off = الكاميرا متوقفة
call-flag-video-paused = الفيديو متوقف مؤقتًا: اتصالك بطيء جدًا
call-flag-poor-connection = اتصال ضعيف
call-flag-screen-paused = الشاشة متوقفة مؤقتًا: اتصالك بطيء جدًا
# مربع شاشة تتم مشاركتها.
call-screen-of = شاشة { $name }
call-screen-of-someone = شاشة أحد المشاركين

## حالة المكالمة، أعلى الصفحة

status-new = جارٍ البدء…
status-connecting = جارٍ الاتصال…
status-connected = متصل
status-reconnecting = الاتصال غير مستقر، جارٍ إعادة الاتصال…
status-failed = انقطع الاتصال
status-closed = انتهت المكالمة
status-enter-name = يُرجى إدخال اسمك للانضمام
status-waiting = بانتظار السماح لك بالدخول
status-other-window = لقد انضممت إلى هذه المكالمة في نافذة أخرى
status-ended-by-server = أنهى الخادم المكالمة
status-ended = انتهت الاستشارة
status-room-not-found = هذه الغرفة غير موجودة
status-token-expired = انتهت صلاحية رابط الاستشارة هذا: يُرجى فتحه مرة أخرى من دعوتك أو من صفحات الموظفين
status-invalid-token = رابط الاستشارة هذا غير صالح
status-room-full = الاستشارة مكتملة العدد
status-join-failed = تعذّر الانضمام: { $reason }
status-share-failed = تعذّرت مشاركة الشاشة: { $reason }
status-switch-camera-failed = تعذّر تبديل الكاميرا: { $reason }
status-auto-admit-failed = تعذّر التغيير: { $reason }
status-end-failed = تعذّر الإنهاء: { $reason }

## أزرار التحكم

controls-bar =
    .aria-label = أزرار التحكم في المكالمة
controls-mute = كتم الميكروفون
controls-unmute = إلغاء كتم الميكروفون
controls-camera-off = إيقاف الكاميرا
controls-camera-on = تشغيل الكاميرا
controls-switch-camera = تبديل الكاميرا
# تلميح زر تبديل الكاميرا: الكاميرا المستخدمة حاليًا.
controls-camera-now = الآن: { $camera }
controls-camera-now-unnamed = الآن: الكاميرا
controls-more = المزيد
# On a phone: opens the chat over the video.
controls-chat = المحادثة
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = المحادثة ({ $count })
controls-share-screen = مشاركة الشاشة
controls-stop-sharing = إيقاف مشاركة الشاشة
# «CC»: التسميات التوضيحية (closed captions).
controls-captions = CC
    .title = التسميات التوضيحية المباشرة
controls-quality = جودة المكالمة
# يليه اختيار بين 720p و540p و360p و180p.
controls-send-video = إرسال الفيديو بدقة
controls-pip = صورة داخل صورة
controls-fullscreen = ملء الشاشة
# الموظفون: هل يدخل المريض دون انتظار السماح له بالدخول.
controls-auto-admit = إدخال المريض مباشرةً
controls-auto-admit-on = يدخل المريض مباشرةً (مُفعّل)
controls-leave = مغادرة
controls-end = إنهاء الاستشارة
controls-end-confirm = إنهاء الاستشارة للجميع؟

## غرفة الانتظار (الخاصة بالمريض)

waiting-title = أنت الآن في غرفة الانتظار
waiting-who = ستسمح لك العيادة بالدخول قريبًا. يُرجى إبقاء هذه الصفحة مفتوحة.
waiting-who-practitioner = ستبدأ استشارتك مع { $practitioner } قريبًا. يُرجى إبقاء هذه الصفحة مفتوحة.
waiting-announcements =
    .aria-label = الإعلانات
waiting-since-now = لقد وصلت للتو.
waiting-since = { $minutes ->
    [zero] أنت في الانتظار منذ أقل من دقيقة.
    [one] أنت في الانتظار منذ دقيقة واحدة.
    [two] أنت في الانتظار منذ دقيقتين.
    [few] أنت في الانتظار منذ { NUMBER($minutes) } دقائق.
    [many] أنت في الانتظار منذ { NUMBER($minutes) } دقيقة.
   *[other] أنت في الانتظار منذ { NUMBER($minutes) } دقيقة.
}
# $ahead: عدد المرضى الذين يسبقون هذا المريض؛ $minutes: الوقت التقريبي
# المتبقي حتى يحين دوره (0: الآن).
waiting-estimate = { $ahead ->
    [0] دورك هو التالي.
    [one] يسبقك مريض واحد.
    [two] يسبقك مريضان.
    [few] يسبقك { NUMBER($ahead) } مرضى.
    [many] يسبقك { NUMBER($ahead) } مريضًا.
   *[other] يسبقك { NUMBER($ahead) } مريض.
} { $minutes ->
    [0] حان دورك: سيُسمح لك بالدخول فور أن تكون العيادة جاهزة.
    [one] يحين دورك بعد دقيقة واحدة تقريبًا.
    [two] يحين دورك بعد دقيقتين تقريبًا.
    [few] يحين دورك بعد { NUMBER($minutes) } دقائق تقريبًا.
    [many] يحين دورك بعد { NUMBER($minutes) } دقيقة تقريبًا.
   *[other] يحين دورك بعد { NUMBER($minutes) } دقيقة تقريبًا.
}

## الموظفون في المكالمة: مَن ينتظر الانضمام إليها

waiting-join-title = بانتظار الانضمام
waiting-admit = السماح بالدخول
    .aria-label = السماح بدخول { $name }
# $role: صفة الشخص المنتظر.
waiting-role = { $role ->
    [patient] مريض
    [participant] مشارك مدعو
    [guest] ضيف
    [practitioner] من الموظفين
   *[other] { $role }
}
waiting-admit-not-present = يمكن إدخال { $name } بعد وصول المريض.
waiting-admit-full = الاستشارة مكتملة العدد.
waiting-admit-failed = تعذّر السماح بالدخول: { $reason }

## جودة المكالمة (للموظفين)

quality-connection = الاتصال:
# حالة الاتصال في كلمة واحدة، في الترويسة وفي الجدول.
quality-level = { $level ->
    [good] جيد
    [fair] مقبول
   *[poor] ضعيف
}
quality-tooltip = زمن الذهاب والإياب { NUMBER($ms, useGrouping: 0) } ms، الفقدان { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }%
quality-title = جودة المكالمة
quality-table =
    .aria-label = جودة المكالمة لكل مشارك
quality-participant = المشارك
quality-receiving = الاستقبال
quality-video = الفيديو
quality-lost = الفقدان
quality-state = الحالة
# $path: طريقة انتقال الصوت والفيديو: udp أو tcp أو relay، أو لا شيء بعد.
quality-summary = الوسائط { $path ->
        [udp] مباشرة (UDP)
        [tcp] عبر TCP
        [relay] عبر خادم وسيط
       *[other] قيد الاتصال
    }، زمن الذهاب والإياب { NUMBER($ms, useGrouping: 0) } ms، الإرسال { NUMBER($kbps, useGrouping: 0) } kbit/s.
# الرسالة نفسها قبل معرفة زمن الذهاب والإياب.
quality-summary-no-rtt = الوسائط { $path ->
        [udp] مباشرة (UDP)
        [tcp] عبر TCP
        [relay] عبر خادم وسيط
       *[other] قيد الاتصال
    }، الإرسال { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }، { NUMBER($fps) } fps
quality-no-video = لا يوجد
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## دعوة ضيف (للموظفين)

invite-title = دعوة شخص
invite-name-label = اسم الضيف كما سيراه الآخرون
invite-create = إنشاء رابط ضيف
invite-created = يُرجى إرسال هذا الرابط إلى الضيف؛ فهو يُدخل شخصًا واحدًا، لمرة واحدة، خلال ساعة. ويمكنك السماح له بالدخول من «بانتظار الانضمام».
invite-url =
    .aria-label = رابط الضيف
invite-copy = نسخ
invite-sign-in = يُرجى تسجيل الدخول إلى صفحات الموظفين في هذا المتصفح لدعوة ضيوف.
invite-check-name = يُرجى التحقق من الاسم.
invite-over = انتهت هذه الاستشارة.
invite-failed = تعذّر إنشاء الرابط: { $reason }

## استبيان المريض (للموظفين في الاستشارة). $title هو عنوان استبيان
## العيادة.

call-answers-title = الاستبيان: { $title }
call-answers-status = { $status ->
    [new] لم يبدأ المريض تعبئة الاستبيان بعد.
    [started] بدأ المريض تعبئة الاستبيان لكنه لم يُرسله بعد.
   *[completed] أرسل المريض الاستبيان.
}
call-answers-show = عرض الإجابات
call-answers-failed = تعذّر تحميل الإجابات.
call-answers-none = لم تتم الإجابة
call-answers-yes = نعم
call-answers-no = لا
# تنزيل الإجابات (يُسجَّل كل تنزيل في سجل التدقيق الخاص بالعيادة).
call-answers-pdf = تنزيل بصيغة PDF
call-answers-text = تنزيل بصيغة نصية

## المحادثة

chat-title = المحادثة
chat-title-waiting = المحادثة مع العيادة
chat-message-label = الرسالة
chat-input =
    .placeholder = كتابة رسالة
chat-send = إرسال
# Closes the chat over the video (on a phone).
chat-close = إغلاق
chat-too-long = هذه الرسالة طويلة جدًا (الحد الأقصى 2000 حرف).
chat-rate-limited = لم تُرسَل: رسائل كثيرة في وقت واحد. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.
chat-failed = لم تُرسَل: { $reason }

## الملفات المُشارَكة

files-share = مشاركة ملف
files-gone = حُذفت الملفات التي تمت مشاركتها في الاستشارة.
files-sending = جارٍ إرسال { $name }…
files-too-large = لم تتم مشاركة { $name }: حجمه أكبر من 20 MB.
files-invalid-name = لم تتم مشاركة { $name }: يحتوي اسمه على أحرف غير مسموح بها؛ يُرجى إعادة تسميته والمحاولة مرة أخرى.
files-storage-full = لم تتم مشاركة { $name }: لم تعد هناك مساحة للملفات في هذه الاستشارة.
files-not-shared = لم تتم مشاركة { $name }: { $reason }.
# في المحادثة، بعد اسم المُرسِل: «ملف مُشارَك: تحليل الدم.pdf (146 KB)».
files-shared = ملف مُشارَك: { $name } ({ $size })
files-download = تنزيل { $name }
files-download-ended = انتهت الاستشارة، وحُذفت ملفاتها.
files-download-failed = تعذّر التنزيل: { $reason }
# حجم الملف؛ $size هو الرقم مكتوبًا مسبقًا بلغة الصفحة.
files-size-bytes = { $bytes ->
    [zero] { $size } بايت
    [one] { $size } بايت
    [two] { $size } بايت
    [few] { $size } بايتات
    [many] { $size } بايت
   *[other] { $size } بايت
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## التسميات التوضيحية المباشرة

captions-region =
    .aria-label = التسميات التوضيحية المباشرة
captions-read-in = لغة التسميات التوضيحية
# الخيار الأول تحت «لغة التسميات التوضيحية»؛ والخيارات الأخرى لغات، كلٌّ منها
# مكتوب باسمه في لغته.
captions-language-spoken = لغة المتحدث
captions-speakers = لغات المتحدثين
# قبل اختيار لغة.
captions-you-speak = لغتك
captions-speaks = لغة { $name }
# قبل الكلمات التي قالها أحدهم.
captions-speaker = { $name }:
captions-delayed = التسميات التوضيحية متأخرة عن الكلام.
captions-words-missed = [فاتتنا بعض الكلمات]
captions-in-language = ({ $language })
captions-translated-from = (مترجمة من { $language })
captions-unavailable = التسميات التوضيحية غير متاحة على هذا الخادم. المكالمة مستمرة.
captions-failed = تعذّر تشغيل التسميات التوضيحية.
captions-untranslated = لا يمكن ترجمة التسميات التوضيحية على هذا الخادم؛ فهي تبقى بلغة المتحدث.
captions-unheard = لا يمكن للتسميات التوضيحية على هذا الخادم التعرّف على هذه اللغة.
captions-kept = عند تشغيل التسميات التوضيحية، تحتفظ بها هذه العيادة مع بيانات الموعد.

## بعد المكالمة

ended-title = انتهت الاستشارة
ended-thanks = شكرًا لك. يمكنك إغلاق هذه الصفحة الآن.
# إلى الطبيب الذي أنهى الاستشارة.
ended-thanks-staff = انتهت الاستشارة للجميع. يمكنك إغلاق علامة التبويب هذه.
ended-chat-note = تبقى محادثة الاستشارة على هذه الصفحة حتى إغلاقها.
ended-left = لقد غادرت المكالمة.
ended-rejoin = الانضمام مرة أخرى

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = لقد فتحت هذه الاستشارة في نافذة أخرى
elsewhere-hint = تستمر الاستشارة هناك. لمتابعتها هنا بدلًا من ذلك، استعِدها إلى هذه النافذة.
elsewhere-take-back = المتابعة هنا
