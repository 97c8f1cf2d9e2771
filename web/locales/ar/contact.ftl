### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = ألديك أسئلة؟ تواصل مع { $clinic }
contact-phone = الهاتف
contact-email = البريد الإلكتروني
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = تجد في رسالة الدعوة التي وصلتك بالبريد الإلكتروني اسم العيادة التي دعتك وطريقة التواصل معها.

## After the consultation: the follow-up page.

followup-next = الخطوات التالية: سيتابع طبيبك حالتك وفق ما اتُّفق عليه في الاستشارة، مثلًا بوصفة طبية أو إحالة أو موعد جديد.
followup-questions = إذا كان هناك ما هو غير واضح بعد ذلك، يُرجى التواصل مع العيادة.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = مواعيدك في بوابة المرضى لدى العيادة
