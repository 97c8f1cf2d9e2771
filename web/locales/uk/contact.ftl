### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Маєте запитання? Контакти: { $clinic }
contact-phone = Телефон
contact-email = Електронна пошта
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = У листі із запрошенням зазначено, яка клініка Вас запросила і як з нею зв’язатися.

## After the consultation: the follow-up page.

followup-next = Що далі: Ваш лікар зробить подальші кроки, як було домовлено під час консультації, наприклад випише рецепт чи направлення або призначить новий прийом.
followup-questions = Якщо згодом щось буде незрозуміло, будь ласка, зверніться до клініки.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Ваші прийоми на порталі пацієнта клініки
