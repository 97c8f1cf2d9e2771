### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = نعم
questionnaires-no = لا

## The intake form.

questionnaires-intake-title = قبل استشارتك
questionnaires-intake-heading = سبب الاستشارة
questionnaires-intake-reason = ما الذي تودّ مناقشته في الاستشارة؟
questionnaires-intake-since = منذ متى تعاني من هذه الأعراض؟
questionnaires-intake-medication = هل تتناول أي أدوية؟
questionnaires-intake-medication-which = ما هي هذه الأدوية، وما جرعاتها؟
questionnaires-intake-allergies = هل لديك حساسية من أي دواء؟
questionnaires-intake-allergies-which = من أي دواء؟

## The consent form.

questionnaires-consent-title = الموافقة على الاستشارة بالفيديو
questionnaires-consent-text = تُجرى الاستشارة بالفيديو، ويشارك فيها أنت وطبيبك ومن تدعوهم. لا يُسجَّل أي شيء من المكالمة.
questionnaires-consent-video = أوافق على إجراء هذه الاستشارة بالفيديو.
questionnaires-consent-share = أوافق على أن يستخدم طبيبي ما أشاركه في الاستشارة (صور، ملفات) لأغراض رعايتي الطبية.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = المريض: { $name }
questionnaires-export-born = تاريخ الميلاد: { $date }
questionnaires-export-appointment = الموعد: { $when }
questionnaires-export-practitioner = الطبيب: { $name }
questionnaires-export-completed = أرسل المريض الاستبيان بتاريخ { $when }
questionnaires-export-started = بدأ المريض تعبئة الاستبيان لكنه لم يُرسله بعد
questionnaires-export-new = لم يفتح المريض الاستبيان بعد
questionnaires-export-version = الإصدار { $version } من الاستبيان
questionnaires-export-yes = نعم
questionnaires-export-no = لا
questionnaires-export-not-answered = لم تتم الإجابة
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = صورة: { $description }
questionnaires-export-footer = معلومات طبية سرية صادرة عن { $organisation }. الصفحة { $page } من { $pages }.
