# صفحة الوصول (/c/{link}، /g/{guest link}): الصفحة التي يقود إليها رابط
# الدعوة. تُبيّن ما إذا كانت غرفة الانتظار مفتوحة، وتفحص الكاميرا
# والميكروفون ومكبّرات الصوت والاتصال، ثم تُدخل المريض.
#
# المتغيّرات: $clinic اسم العيادة، و$with اسم الطبيب أو القسم أو العيادة،
# و$time تاريخ ووقت مكتوبان مسبقًا بلغة الصفحة، و$room اسم غرفة الاجتماعات،
# و$name اسم الضيف، و$ms عدد من أجزاء الثانية (ms)، و$error سبب تقني.

arrival-heading = استشارتك بالفيديو
arrival-title = { $clinic }: استشارتك بالفيديو
arrival-guest-title = { $clinic }: مكالمة فيديو
arrival-checking-link = جارٍ التحقق من الرابط…
arrival-language = اللغة

## حالة الرابط

arrival-invalid = هذا الرابط غير صالح. يُرجى استخدام الرابط الموجود في أحدث دعوة وصلتك، أو التواصل مع العيادة.
arrival-unreachable = يتعذّر الوصول إلى خادم العيادة الآن ({ $error }). يُرجى المحاولة مرة أخرى بعد قليل.
arrival-walk-in = استشارة بدون موعد مسبق مع { $with }.
arrival-appointment = موعدك مع { $with }: { $time }.
arrival-early = تُفتح غرفة الانتظار في { $time }. وستفتحها لك هذه الصفحة تلقائيًا عندئذٍ.
arrival-late = لقد فات موعدك، لكن لا يزال بإمكانك الدخول: ستستقبلك العيادة في أقرب وقت ممكن.
arrival-open = غرفة الانتظار مفتوحة.
arrival-cancelled = أُلغي هذا الموعد. إذا كانت لديك أسئلة، يُرجى التواصل مع العيادة.
arrival-expired = انتهت صلاحية هذا الرابط. يُرجى التواصل مع العيادة لحجز موعد جديد.

## رابط الضيف

guest-invalid = هذا الرابط غير صالح. يُرجى طلب رابط جديد من الشخص الذي أرسله.
guest-unreachable = يتعذّر الوصول إلى الخادم الآن ({ $error }). يُرجى المحاولة مرة أخرى بعد قليل.
guest-meeting-room = تمّت دعوتك إلى غرفة الاجتماعات «{ $room }» باسم { $name }.
guest-consultation = تمّت دعوتك إلى استشارة بالفيديو باسم { $name }.
guest-used = سبق استخدام رابط الضيف هذا: فهو يُدخل شخصًا واحدًا فقط، ولمرة واحدة. يُرجى طلب رابط جديد من الشخص الذي أرسله.
guest-expired = انتهت صلاحية رابط الضيف هذا. يُرجى طلب رابط جديد من الشخص الذي أرسله.
guest-open = سيسمح لك أحد المشاركين في المكالمة بالدخول. يعمل هذا الرابط مرة واحدة فقط.
guest-join = الانضمام

## الفحص قبل الدخول

check-heading = قبل الدخول
check-preview = كاميرتك
check-camera = الكاميرا:
check-mic = الميكروفون:
check-speakers = مكبّرات الصوت:
check-server = الاتصال بالعيادة:
check-media = اتصال الفيديو:
check-pending = جارٍ الفحص…
check-mic-level =
    .aria-label = مستوى صوت الميكروفون
check-speakers-hint = يُرجى الضغط على الزر والاستماع
check-play = تشغيل صوت
check-camera-blocked = محظورة: يُرجى السماح بالوصول إلى الكاميرا والميكروفون في متصفحك
check-camera-unavailable = غير متاحة ({ $error })
check-unavailable = غير متاح
check-working = تعمل
check-none-found = لم يُعثر على أي جهاز
check-mic-heard = نسمعك جيدًا
check-mic-found = تم العثور عليه؛ عند التحدّث سيتحرك مؤشر المستوى
check-speakers-played = هل سمعت نغمة؟ إن لم تسمعها، يُرجى التحقق من مستوى الصوت
check-server-good = جيد ({ $ms } ms)
check-server-no-answer = لا توجد استجابة: ربما تحظره شبكتك
check-server-failed = يتعذّر الاتصال: ربما تحظره شبكتك
check-media-untested = لم يُفحص: لا يوجد اتصال بالعيادة
check-media-measuring = متصل؛ جارٍ القياس…
check-media-blocked = لا يوجد اتصال: شبكتك تحظر مكالمات الفيديو. يُرجى تجربة شبكة أخرى (بيانات الجوال، أو شبكة Wi-Fi المنزلية)، أو الطلب من قسم تقنية المعلومات السماح بمكالمات الفيديو مع هذه العيادة. لا يزال بإمكانك الدخول: سترى العيادة ذلك، ويمكنها الاتصال بك هاتفيًا.
check-media-busy = العيادة مشغولة حاليًا؛ سيُفحص الاتصال عند دخولك
check-media-error = تعذّر الفحص

# ما قاسه فحص الفيديو، بين قوسين بعد النتيجة:
# «(24 ms، دون فقدان، الرفع 1.2 Mbit/s)». $percent و$mbits أرقام.
check-figure-rtt = { $ms } ms
check-figure-no-loss = دون فقدان
check-figure-loss = فقدان { NUMBER($percent, maximumFractionDigits: 1) }%
check-figure-upload = الرفع { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s
# $figures: الأرقام أعلاه مجتمعة؛ و«none» إذا لم يُقَس شيء.
check-media-good = { $figures ->
    [none] جيد
   *[other] جيد ({ $figures })
}
check-media-slow = { $figures ->
    [none] بطيء: قد تتجمّد الصورة؛ استخدام شبكة أفضل يساعد
   *[other] بطيء ({ $figures }): قد تتجمّد الصورة؛ استخدام شبكة أفضل يساعد
}
check-media-relayed = { $figures ->
    [none] يعمل عبر خادم وسيط: شبكتك مقيّدة، وقد تكون المكالمة أبطأ قليلًا
   *[other] يعمل عبر خادم وسيط ({ $figures }): شبكتك مقيّدة، وقد تكون المكالمة أبطأ قليلًا
}
check-media-tcp = { $figures ->
    [none] يعمل عبر TCP فقط: شبكتك تحظر UDP، وقد تتقطّع المكالمة أحيانًا
   *[other] يعمل عبر TCP فقط ({ $figures }): شبكتك تحظر UDP، وقد تتقطّع المكالمة أحيانًا
}

## الدخول

enter = دخول غرفة الانتظار
enter-failed = تعذّر دخول غرفة الانتظار: { $reason }
enter-not-open = لم تُفتح غرفة الانتظار بعد.
enter-closed = انتهت صلاحية هذا الرابط.
enter-invalid = هذا الرابط غير صالح (أو لم يعد صالحًا).
