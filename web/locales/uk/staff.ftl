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
# Ukrainian: names are not declined, so they stand after a colon or in
# parentheses where a case ending would be needed. "хв" (minutes) does not
# change with the number.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · персонал
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Персонал · anteroom
staff-language = Мова
staff-sections =
    .aria-label = Розділи
staff-nav-waiting = { $n ->
    [0] Зал очікування
   *[other] Зал очікування ({ $n })
}
staff-nav-appointments = Прийоми
staff-nav-meeting-rooms = Кімнати зустрічей
staff-nav-clients = Клієнти
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Повідомлення
   *[other] Повідомлення ({ $n })
}
staff-nav-availability = Години прийому
staff-nav-people = Персонал і відділення
staff-nav-settings = Налаштування
staff-nav-questionnaires = Анкети
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Журнал аудиту
staff-nav-account = Обліковий запис
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Обліковий запис · { $name }
staff-loading = Завантаження…
staff-not-found = Не знайдено
staff-back-to-appointments = Назад до прийомів
# A button next to a link or key, copying it to the clipboard.
staff-copy = Копіювати

## Logging in and setting a password

staff-login = Вхід для персоналу
staff-email = Електронна пошта
staff-password = Пароль
staff-totp-code = Код із застосунку автентифікації
staff-log-in = Увійти
staff-set-password = Встановіть свій пароль
staff-set-password-needs-link = Для цієї сторінки потрібне посилання з Вашого листа.
staff-password-hint = Щонайменше 12 символів. Парольну фразу з кількох слів легко запам’ятати й важко вгадати.
staff-new-password = Новий пароль
staff-repeat-password = Повторіть його
staff-set-password-button = Встановити пароль
staff-passwords-differ = Паролі не збігаються.
staff-password-set = Пароль встановлено. Тепер увійдіть з ним.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Щось пішло не так: { $error }
staff-error-invalid-field = Будь ласка, перевірте «{ $field }»: поле містить неприйнятне значення.
staff-error-brand-colour = Будь ласка, оберіть темніший фірмовий колір: контраст білого тексту на ньому має бути щонайменше 4,5 до 1.
staff-error-invalid-credentials = Неправильна адреса електронної пошти або пароль (чи код).
staff-error-totp-required = Введіть код із застосунку автентифікації.
staff-error-rate-limited = Забагато невдалих спроб. Зачекайте кілька хвилин і спробуйте ще раз.
staff-error-forbidden = Ваша роль цього не дозволяє.
staff-error-conflict = Це суперечить наявному запису.
staff-error-invalid-token = Це посилання невідоме, уже використане або його термін дії минув. Попросіть адміністратора надіслати нове.
staff-error-invalid-state = Цей прийом уже не можна змінити таким чином.
staff-error-not-found = Такого запису не існує (або вже не існує).
staff-error-unauthenticated = Спочатку увійдіть.
staff-error-internal = На сервері сталася помилка. Будь ласка, спробуйте ще раз.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Зал очікування
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Пацієнт очікує
waiting-notify-me = Сповіщати мене на цьому комп’ютері, коли прибуває пацієнт
waiting-connecting = Підключення до залу очікування…
waiting-nobody = Ніхто не очікує.
waiting-table =
    .aria-label = Очікують
waiting-column-name = Ім’я
waiting-column-appointment = Прийом
waiting-column-waiting = Очікує
waiting-column-connection = З’єднання
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] вчасно
    [late] із запізненням
   *[walk_in] без запису
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (лікар)
    [participant] (учасник)
   *[guest] (гість)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] добре
    [tcp_only] лише TCP
    [relayed] через ретранслятор
    [poor] погане
   *[failed] немає відео: зателефонуйте
}
waiting-message = Повідомлення
waiting-message-new = Повідомлення (нове)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Анкету не розпочато
    [started] Анкету розпочато
   *[completed] Анкету заповнено
}
waiting-answers = Відповіді
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Відповіді: { $name } – { $title }
answers-none = Немає відповіді
answers-yes = Так
answers-no = Ні
# Links under a patient's answers: the same answers as a file.
answers-pdf = Завантажити як PDF
answers-text = Завантажити як текст
answers-close = Закрити відповіді
waiting-admit = Впустити
waiting-chat-with = Чат: { $name }
waiting-chat-form =
    .aria-label = Чат: { $name }
waiting-no-messages = Повідомлень ще немає.
waiting-send = Надіслати
waiting-not-waiting = Ця людина вже не очікує.
waiting-patient-not-present = { $name } зможе приєднатися, коли пацієнт буде на консультації.
waiting-room-full = У консультації більше немає вільних місць.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Запросити когось
waiting-invite-form =
    .aria-label = Запросити когось на консультацію: { $name }
# $name: the waiting patient.
waiting-invite-heading = Запросити когось на консультацію: { $name }
waiting-invite-create = Створити посилання
waiting-invite-close = Закрити
# $name: the person invited.
waiting-invite-link = Посилання для: { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Посилання діє один раз, до { $time }. Електронний лист не надсилається: передайте посилання самостійно ({ $name }).
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] Додано до цього прийому: { $name }. Посилання надіслано цій людині електронною поштою. Вона приєднується за посиланням, як і пацієнт.
   *[no] Додано до цього прийому: { $name }. Адресу електронної пошти не вказано: передайте посилання самостійно ({ $name }).
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Прийоми
appointments-today = Сьогодні
appointments-upcoming = Майбутні
appointments-today-table =
    .aria-label = Сьогодні
appointments-upcoming-table =
    .aria-label = Майбутні
appointments-column-time = Час
appointments-column-client = Клієнт
appointments-column-with = До кого
appointments-column-status = Статус
appointments-none-today = Сьогодні прийомів немає.
appointments-none-upcoming = Майбутніх прийомів немає.
appointments-first-100 = Показано перші 100; звузьте діапазон, щоб побачити більше.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = анонімізовано
appointments-status = { $status ->
    [scheduled] заплановано
    [waiting] очікує
    [in_progress] триває
    [completed] завершено
    [cancelled] скасовано
    [no_show] неявка
   *[anonymised] анонімізовано
}
appointments-start = Почати консультацію
appointments-resend = Надіслати запрошення ще раз
appointments-cancel = Скасувати
appointments-captions-kept = Збережені субтитри
appointments-kept-captions =
    .aria-label = Збережені субтитри
appointments-kept-captions-heading = Збережені субтитри: { $client }, { $time }
appointments-no-captions-kept = Для цього прийому субтитри не збережено.
# The heading above new invitation links after resending.
appointments-new-links = Нові посилання: { $client }
appointments-new-links-no-emails = Нові посилання створено (листи для цієї організації вимкнено).
appointments-resent = Запрошення надіслано ще раз; попередні посилання й далі діють.
appointments-cancel-confirm = Скасувати прийом ({ $client }, { $time })?
appointments-cancel-confirm-anonymised = Скасувати прийом цього клієнта ({ $time })?
appointments-cancelled = Прийом скасовано.
appointments-invitation-links = Посилання для запрошення
appointments-invitation-links-section =
    .aria-label = Посилання для запрошення
appointments-patient-link = Посилання для пацієнта
appointments-participant-link = Посилання для учасника { $number }
appointments-new = Новий прийом
appointments-new-form =
    .aria-label = Новий прийом
appointments-client = Клієнт
appointments-choose = Оберіть…
appointments-practitioner = Лікар
appointments-department-only = — лише відділення —
appointments-department = Відділення
appointments-no-department = — немає —
appointments-date = Дата
appointments-time = Час
appointments-duration-minutes = Тривалість (хвилини)
appointments-external-participants = Зовнішні учасники
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (родина)
    [interpreter] { $name } (перекладач)
    [home_care] { $name } (домашній догляд)
    [colleague] { $name } (колега)
   *[other] { $name } (інше)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Додати людину
appointments-add-person-button = Додати до цього прийому
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = Додано: { $name }. Цю людину буде запрошено.
appointments-message = Особисте повідомлення (у запрошенні)
appointments-questionnaire = Анкета для пацієнта (заповнюється перед консультацією)
appointments-no-questionnaire = Немає
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Час указано в часовому поясі клініки: { $timezone }.
appointments-create = Створити й запросити
appointments-quick = Швидка консультація: почати зараз
    .title = Починається зараз: запрошення надсилаються, а кімната консультацій відкривається
appointments-created = Прийом створено: { $client }, { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Ім’я
# What the person is to the client (a list of the kinds below).
participant-kind = Хто це
participant-kind-option = { $kind ->
    [family] Член родини
    [interpreter] Перекладач
    [home_care] Домашній догляд
    [colleague] Колега
   *[other] Інше
}
participant-email = Електронна пошта (необов’язково)
participant-name-needed = Введіть ім’я людини.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Кімнати зустрічей
rooms-hint = Постійні кімнати для персоналу: увійти може кожен з організації, інші — лише за гостьовим посиланням.
rooms-list =
    .aria-label = Кімнати зустрічей
rooms-none = Кімнат зустрічей ще немає.
rooms-enter = Увійти: { $name }
rooms-guest-form =
    .aria-label = Гостьове посилання: { $name }
rooms-guest-name = Ім’я гостя
rooms-create-guest-link = Створити гостьове посилання
rooms-guest-link-section =
    .aria-label = Гостьове посилання
rooms-guest-link-for = Гостьове посилання: { $name }
rooms-guest-link = Гостьове посилання
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Воно впускає одну людину, один раз, до { $time }. Впустіть її зі списку «Очікують на вхід» у кімнаті.
rooms-new = Нова кімната зустрічей
rooms-new-form =
    .aria-label = Нова кімната зустрічей
rooms-name = Назва
rooms-create = Створити
rooms-created = Кімнату зустрічей «{ $name }» створено.

## Clients

clients-heading = Клієнти
clients-search-label = Пошук за ім’ям або номером клієнта
clients-search = Шукати
clients-table =
    .aria-label = Клієнти
clients-column-name = Ім’я
clients-column-born = Дата народження
clients-column-email = Електронна пошта
clients-column-number = Номер
clients-column-practitioners = Лікарі
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Редагувати
clients-none-match = Жоден клієнт не відповідає запиту.
clients-none = Клієнтів ще немає.
clients-previous = ← Попередні
clients-next = Наступні →
clients-edit-form =
    .aria-label = Редагування клієнта
clients-new-form =
    .aria-label = Новий клієнт
clients-edit-heading = Редагування: { $client }
clients-new = Новий клієнт
clients-initials = Ініціали
clients-last-name = Прізвище
clients-date-of-birth = Дата народження
clients-email = Електронна пошта
clients-phone = Телефон
clients-client-number = Номер клієнта
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Мова
clients-language-default = Типова для клініки
clients-departments = Відділення
clients-practitioners = Лікарі
clients-save = Зберегти
clients-add = Додати клієнта
clients-saved = Клієнта збережено.
clients-added = Клієнта { $client } додано.
# A client's record: their appointments, newest first.
clients-appointments-heading = Прийоми: { $client }
clients-appointments-table =
    .aria-label = Прийоми
clients-appointments-column-time = Час
clients-appointments-column-with = До кого
clients-appointments-column-status = Статус
clients-appointments-column-questionnaire = Анкета
clients-appointments-none = Прийомів ще немає.
clients-appointments-no-questionnaire = Без анкети

## Availability, walk-in and the bookable slots

availability-heading = Години прийому
availability-whose = Чиї години прийому
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Щотижня, { $weekday }, з { $from }
availability-weekly-until = Щотижня, { $weekday }, з { $from } до { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } хв
    [few] { $minutes } хв
    [many] { $minutes } хв
   *[other] { $minutes } хв
}
availability-slot-gap = { $gap ->
    [one] { $minutes } хв + перерва { $gap } хв
    [few] { $minutes } хв + перерва { $gap } хв
    [many] { $minutes } хв + перерва { $gap } хв
   *[other] { $minutes } хв + перерва { $gap } хв
}
availability-remove = Видалити
availability-removed = Години прийому видалено.
availability-none = Годин прийому ще немає.
availability-walk-in-open = Відкрито для пацієнтів без попереднього запису.
availability-walk-in-closed = Закрито для пацієнтів без попереднього запису.
availability-walk-in = { $name } приймає пацієнтів без попереднього запису
# A bookable slot's tooltip.
availability-free = вільно
availability-booked = зайнято
# A slot whose time has passed (it cannot be booked).
availability-past = минуло
availability-no-slots = У найближчі сім днів немає вільного часу для запису.
availability-once = Один день
availability-every-week = Щотижня
availability-until = До (необов’язково, лише для щотижневих)
availability-add-form =
    .aria-label = Додати години прийому
availability-add-heading = Додати години прийому
availability-repeat = Повторення
availability-first-day = Дата (перший день)
availability-from = З
availability-to = До
availability-slot-minutes = Слот (хвилини)
availability-gap-minutes = Перерва після кожного (хвилини)
availability-add = Додати
availability-added = Години прийому додано.
availability-table =
    .aria-label = Години прийому
availability-column-when = Коли
availability-column-hours = Години
availability-column-slots = Слоти
availability-slots-heading = Час для запису, найближчі сім днів

## Staff and departments

people-heading = Персонал і відділення
people-role = { $role ->
    [org_admin] Адміністратор організації
    [department_admin] Адміністратор відділення
   *[practitioner] Лікар
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = активний
people-invited = запрошений
people-active-2fa = активний · 2FA
people-invited-2fa = запрошений · 2FA
people-reset-2fa-confirm = Скинути двофакторну автентифікацію для користувача { $name }? Її доведеться налаштувати знову.
people-reset-2fa-done = Двофакторну автентифікацію скинуто; усі сеанси цього користувача завершено.
people-reset-2fa = Скинути 2FA
people-add-staff-form =
    .aria-label = Додати співробітника
people-add-staff = Додати співробітника
people-name = Ім’я
people-email = Електронна пошта
people-role-label = Роль
people-departments = Відділення
people-password-email = Співробітник отримає лист із посиланням для встановлення пароля (дійсне 72 години).
people-add = Додати
people-added = Додано: { $name }.
people-password-link = Посилання для встановлення пароля (якщо лист не надійде)
people-add-department-form =
    .aria-label = Додати відділення
people-add-department = Додати відділення
people-department-added = Відділення додано.
people-table =
    .aria-label = Персонал
people-column-name = Ім’я
people-column-role = Роль
people-column-departments = Відділення
people-column-account = Обліковий запис
people-department-list =
    .aria-label = Відділення
people-no-departments = Відділень ще немає.

## Settings: the organisation's settings

settings-heading = Налаштування
settings-form =
    .aria-label = Налаштування організації
settings-privacy = Конфіденційність і дзвінки
settings-strict-department-segregation = Суворе розмежування відділень (персонал бачить лише клієнтів своїх відділень)
settings-strict-client-segregation = Суворе розмежування клієнтів (лікарі бачать лише своїх клієнтів)
settings-chat-in-waiting-area = Чат у залі очікування
settings-chat-after-consultation = Чат залишається доступним після консультації
settings-delete-chat-after-consultation = Видаляти чат після консультації
settings-file-sharing = Надсилання файлів під час дзвінків
settings-screen-sharing = Показ екрана під час дзвінків
settings-resolution-change = Учасники можуть змінювати роздільну здатність свого відео
settings-force-start = Лікарі можуть примусово почати консультацію
settings-doorbell-sound = Звук дверного дзвінка, коли прибуває пацієнт
settings-require-two-factor = Вимагати двофакторну автентифікацію від усього персоналу
settings-no-emails = Не надсилати листів (персонал сам передає посилання)
settings-keep-transcript = Зберігати субтитри консультацій разом із прийомом (лише коли субтитри ввімкнено; усіх учасників дзвінка про це повідомляють)
settings-link-opens = Посилання відкривається (за скільки хвилин до прийому)
settings-link-closes = Посилання закривається (через скільки хвилин після кінця прийому)
settings-max-participants = Максимальна кількість учасників дзвінка
settings-anonymise-after = Анонімізувати прийоми через (днів; порожньо: ніколи)
settings-chat-channels = Чат-канали: пацієнти пишуть своєму лікарю з порталу пацієнта, також після консультації
settings-channel-email-after = Надсилати лист про непрочитане повідомлення в чаті через (хвилин; порожньо: ніколи)
settings-chat-retention = Видаляти повідомлення чату через (днів; порожньо: зберігати)
settings-language = Мова (напр., en, nl, de)
settings-timezone = Часовий пояс (IANA, напр., Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = Контакти клініки
settings-contact-hint = Пацієнти бачать їх на своїх сторінках і в листах, коли щось не вдається (посилання не працює, камера не вмикається).
settings-contact-phone = Телефон
settings-contact-email = Електронна пошта
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Фірмовий колір (у форматі { $example }; порожньо: синій колір anteroom)
settings-save = Зберегти налаштування
settings-saved = Налаштування збережено.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Назва клініки (як її бачать пацієнти)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Логотип на сторінках пацієнтів (PNG, JPEG або WebP, щонайбільше 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Поточний логотип
settings-logo-remove = Видалити логотип
settings-logo-saved = Логотип збережено: пацієнти бачать його на своїх сторінках.
settings-logo-removed = Логотип видалено.
settings-logo-invalid = Цей файл не є зображенням PNG, JPEG або WebP розміром щонайбільше 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Текст залу очікування
settings-text-heading = Текст залу очікування
settings-text-hint = Показується пацієнтам під час очікування. Заповнювачі: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Текст для всієї організації
settings-text-save = Зберегти текст
settings-text-saved = Текст залу очікування збережено.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Шаблони листів
settings-templates-heading = Шаблони листів
settings-templates-hint = Ваш власний текст замість вбудованого, який показано там, де власного немає: збережіть у ньому *|заповнювачі|*. Порожні тема й текст видаляють шаблон.
settings-templates-none = Власних шаблонів немає: усі листи використовують вбудований текст.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Запрошення
    [participant_invitation] Запрошення учасника
    [reminder] Нагадування
    [cancellation] Скасування
    [portal_pin] PIN-код для порталу пацієнта
    [channel_unread] Непрочитане повідомлення від пацієнта (персоналу)
    [channel_reply] Нове повідомлення від клініки (пацієнту)
   *[password] Посилання для встановлення пароля (новий персонал)
}
settings-template-whole-organisation = Уся організація
settings-template-every-language = Усі мови
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Редагувати
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Заповнювачі: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Попередній перегляд
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Тема: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = О. Коваленко
settings-sample-participant = Б. Коваленко
settings-sample-message = Будь ласка, майте під рукою перелік своїх ліків.
settings-template-mail = Який лист
settings-template-department = Для кого
settings-template-language = Мова
settings-template-subject = Тема
settings-template-body = Текст
settings-template-save = Зберегти шаблон
settings-template-saved = Шаблон листа збережено.
settings-template-removed = Шаблон листа видалено.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Службові оголошення
settings-announcements-heading = Службові оголошення
settings-announcement-until = (до { $time })
settings-announcement-remove = Видалити
settings-announcement-removed = Оголошення видалено.
settings-announcements-none = Зараз оголошень немає.
settings-announcement-new = Нове оголошення
settings-announcement-shown-until = Показувати до
settings-announcement-publish = Опублікувати
settings-announcement-published = Оголошення опубліковано.

## Settings: API keys

settings-keys-form =
    .aria-label = Ключі API
settings-keys-heading = Ключі API для інтеграторів
settings-key-revoked = відкликано
settings-key-revoke = Відкликати
settings-key-revoke-confirm = Відкликати ключ «{ $name }»? Інтеграції, які його використовують, перестануть працювати.
settings-key-revoked-notice = Ключ відкликано.
settings-keys-none = Ключів ще немає.
settings-key-name = Назва нового ключа
settings-key-create = Створити ключ
settings-key-created = Ключ створено. Скопіюйте його зараз: більше його не буде показано.
settings-key-new = Новий ключ

## The signed-in person's account: two-factor authentication, logging out

account-heading = Обліковий запис
account-must-enrol = Ваша організація вимагає двофакторної автентифікації. Налаштуйте її, щоб продовжити.
account-two-factor-section =
    .aria-label = Двофакторна автентифікація
account-two-factor = Двофакторна автентифікація
account-two-factor-on = Увімкнено. Якщо Ви втратите пристрій, адміністратор може її скинути.
account-two-factor-off = Вимкнено.
account-qr =
    .aria-label = QR-код для застосунку автентифікації
account-confirm-form =
    .aria-label = Підтвердження двофакторного коду
account-code = Код із застосунку
account-turn-on = Увімкнути
account-two-factor-done = Двофакторну автентифікацію ввімкнено.
account-scan = Відскануйте цей код застосунком автентифікації або введіть ключ вручну, а потім введіть код, який він покаже.
account-key = Ключ
account-set-up = Налаштувати двофакторну автентифікацію
account-log-out = Вийти
account-logged-out = Ви вийшли з облікового запису.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Повідомлення
messages-hint = Розмови з Вашими пацієнтами, які зберігаються й після консультації. Пацієнти пишуть з порталу пацієнта; якщо повідомлення залишається непрочитаним, Ви отримуєте лист.
messages-none = Розмов ще немає. Розмова починається з першого прийому пацієнта у Вас.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } непрочитане
    [few] { $n } непрочитані
    [many] { $n } непрочитаних
   *[other] { $n } непрочитаного
}
messages-off = (вимкнено)
messages-conversation = Розмова: { $client } ({ $with })
messages-log =
    .aria-label = Повідомлення
messages-empty = Повідомлень ще немає.
messages-write = Повідомлення пацієнту
messages-send = Надіслати
messages-closed = Цю розмову вимкнено: пацієнт її не бачить, і ніхто не може писати.
messages-switch-off = Вимкнути для пацієнта
messages-switch-on = Увімкнути для пацієнта
messages-switched-off = Розмову вимкнено.
messages-switched-on = Розмову ввімкнено.
messages-leave = Вийти з цієї розмови
# $names: the colleagues who joined, joined by commas.
messages-members = Також у цій розмові: { $names }
messages-not-joined = Ви не приєдналися до цієї розмови. Приєднайтеся, щоб читати й писати; лікар пацієнта та всі, хто приєднався, побачать, що Ви це зробили.
messages-join = Приєднатися до розмови
messages-not-yours = (не приєдналися)
messages-of-client = Розмови: { $client }
messages-none-client = З цим пацієнтом розмов ще немає.
messages-start-with = Почати розмову (лікар або відділення)
messages-start = Почати
messages-back = Усі розмови
# The button in the clients list; its accessible name names the client.
clients-messages-of = Повідомлення
    .aria-label = Повідомлення: { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Анкети
questionnaires-hint = Запитання, на які пацієнт відповідає перед консультацією на своєму телефоні чи комп’ютері. Зміна анкети створює нову версію: уже надані відповіді залишаються прив’язаними до тієї версії, для якої їх було надано. Типова анкета призначається кожному новому прийому (її відділення або всієї організації), для якого не вибрано іншої.
questionnaires-list =
    .aria-label = Анкети
questionnaires-none = Анкет ще немає.
questionnaires-new = Нова анкета
questionnaires-whole-organisation = Уся організація
questionnaires-version = Версія { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Змінено
questionnaires-asked-by-default = Призначається типово
questionnaires-edit = Редагувати
    .aria-label = Редагувати: { $title }
questionnaires-duplicate = Дублювати
    .aria-label = Дублювати: { $title }
questionnaires-ask-by-default = Призначати типово
questionnaires-stop-asking = Більше не призначати типово
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Змінювати цю анкету можуть лише її власні адміністратори.
questionnaires-duplicated = Це копія анкети «{ $title }»: змініть, що потрібно, і збережіть її.
questionnaires-default-set = Анкета «{ $title }» тепер призначається типово ({ $scope }).
questionnaires-default-stopped = Анкета «{ $title }» більше не призначається типово.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Нова анкета
questionnaires-edit-heading = Редагування анкети: { $title }
questionnaires-editor-form =
    .aria-label = Анкета
questionnaires-about = Версія { $version } · { $scope }. Збереження створює нову версію.
questionnaires-about-new = Після збереження це буде версія 1.
questionnaires-title = Назва (пацієнт бачить її над запитаннями)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Для кого
questionnaires-no-departments = Ви не є адміністратором жодного відділення, тому не можете створити анкету.
questionnaires-fields = Запитання й тексти
questionnaires-new-field-type = Тип наступного поля
questionnaires-add-field = Додати поле
questionnaires-save = Зберегти
questionnaires-back = Назад до анкет
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Поле { $number }: { $type ->
    [short_text] коротка відповідь
    [long_text] довга відповідь
    [single_choice] один варіант
    [multiple_choice] кілька варіантів
    [dropdown] випадний список
    [date] дата
    [country] країна
    [consent] згода
    [heading] заголовок
    [paragraph] текст
    [image] зображення
   *[other] { $type }
}
questionnaires-field-type = Тип
questionnaires-type = { $type ->
    [short_text] Коротка відповідь (один рядок)
    [long_text] Довга відповідь (кілька рядків)
    [single_choice] Один варіант (кнопки)
    [multiple_choice] Кілька варіантів (прапорці)
    [dropdown] Один варіант (випадний список)
    [date] Дата
    [country] Країна
    [consent] Згода (один прапорець)
    [heading] Заголовок
    [paragraph] Текст (без відповіді)
    [image] Зображення (без відповіді)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Заголовок
    [paragraph] Текст
    [image] Опис зображення (його зачитують пацієнтам, які не бачать зображення)
    [consent] На що погоджується пацієнт
   *[other] Запитання
}
questionnaires-required = Обов’язкове
questionnaires-options = Варіанти (по одному в рядку)
questionnaires-image = Зображення (PNG, JPEG або WebP, щонайбільше 128 KB)
questionnaires-image-replace = Інше зображення (PNG, JPEG або WebP, щонайбільше 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = Завантажене зображення
questionnaires-image-done = Зображення завантажено.
questionnaires-image-invalid = Це зображення не можна використати: оберіть файл PNG, JPEG або WebP розміром щонайбільше 128 KB.
questionnaires-condition = Показувати лише тоді, коли
questionnaires-condition-always = (показується завжди)
questionnaires-condition-equals = має відповідь
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = позначено (так)
questionnaires-condition-not-ticked = не позначено (ні)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (більше неможливо)
questionnaires-condition-broken = Оберіть знову, коли показувати це поле: воно має стояти після запитання, від якого залежить, а те запитання має бути вибором варіанта або згодою з такою відповіддю.
questionnaires-move-up = Вгору
    .aria-label = Перемістити поле { $number } вгору
questionnaires-move-down = Вниз
    .aria-label = Перемістити поле { $number } вниз
questionnaires-remove = Видалити
    .aria-label = Видалити поле { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Поле { $from } тепер має номер { $to }.
questionnaires-removed = Поле { $number } видалено.
questionnaires-problems = Будь ласка, виправте позначене, перш ніж зберігати.
questionnaires-problem-title = Дайте анкеті назву в один рядок (щонайбільше 200 символів).
questionnaires-problem-no-fields = Додайте хоча б одне поле.
# $max: a whole number.
questionnaires-problem-too-many-fields = Максимальна кількість полів в анкеті: { $max }.
questionnaires-problem-too-many-images = Максимальна кількість зображень в анкеті: { $max }.
questionnaires-problem-label = { $type ->
    [heading] Напишіть заголовок.
    [paragraph] Напишіть текст.
    [image] Опишіть зображення для пацієнтів, які його не бачать.
   *[other] Напишіть запитання.
}
questionnaires-problem-label-long = Цей текст задовгий: максимальна кількість символів — { $max }.
questionnaires-problem-options = Укажіть щонайменше 2 варіанти (щонайбільше { $max }), по одному в рядку.
questionnaires-problem-options-twice = Кожен варіант може траплятися лише один раз.
questionnaires-problem-option-long = Варіант задовгий: максимальна кількість символів у варіанті — { $max }.
questionnaires-problem-image = Завантажте зображення.
questionnaires-problem-characters = Цей текст містить невидимий символ, який не можна зберегти (можливо, його вставлено з іншого місця): введіть текст ще раз.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Сервер не прийняв цю назву: дайте назву в один рядок, щонайбільше 200 символів.
questionnaires-error-fields = Сервер не прийняв поля: перевірте, що кожне поле має текст, кожне запитання з вибором — щонайменше 2 різні варіанти, кожне зображення завантажено, а кожна умова посилається на попереднє запитання.
questionnaires-error-department = Це відділення не можна вибрати: оберіть одне зі своїх.
questionnaires-saved = Анкету «{ $title }» збережено як версію { $version }.
questionnaires-preview = Попередній перегляд: як це бачить пацієнт
questionnaires-preview-hint = Спробуйте: ніщо з того, що Ви тут відповісте, не зберігається й не надсилається.
questionnaires-preview-again = Очистити попередній перегляд

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Журнал аудиту: відповіді на анкети
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Щоразу, коли хтось читає або експортує відповіді пацієнта на анкету, це записується тут, найновіші записи — угорі. Час указано в часовому поясі клініки: { $timezone }.
audit-table =
    .aria-label = Перегляди відповідей на анкети
audit-column-when = Коли
audit-column-who = Хто
audit-column-what = Що
audit-column-appointment = Прийом
audit-action = { $action ->
    [read] Перегляд відповідей
   *[export] Експорт відповідей
}
# Someone no longer among the staff.
audit-staff-gone = Колишній співробітник
audit-staff-unknown = Невідомо
audit-appointment-gone = Цього прийому більше не існує.
audit-none = Відповіді на анкети ще ніхто не читав.
audit-no-more = Давніших записів немає.
audit-pages =
    .aria-label = Сторінки журналу аудиту
audit-newer = ← Новіші
audit-older = Давніші →
