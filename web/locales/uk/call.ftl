# Сторінка дзвінка (/call/{room}): зал очікування, сама консультація
# (відеоплитки, кнопки керування, чат, спільні файли, субтитри в реальному
# часі, якість дзвінка, запрошення гостя) і те, що показується після неї.
#
# Змінні: $room — код кімнати, $name — ім’я людини або назва файлу (як їх
# указали), $practitioner — ім’я лікаря, $reason — технічна причина (часто
# англійською), $minutes і $ahead — цілі числа, $size — число, уже записане
# мовою сторінки, $bytes — кількість байтів (лише для множини), $ms —
# кількість мілісекунд, $kbps — кілобіти на секунду, $percent — відсоток
# (від 0 до 100), $width, $height і $fps — розмір відео та частота кадрів,
# $camera — назва камери, яку повідомляє пристрій.
#
# Технічні показники (kbit/s, мілісекунди, розмір відео) записуються без
# розділювачів тисяч (useGrouping: 0).

call-page-title = Консультація · anteroom
call-title = Консультація
call-title-video = Відеоконсультація
call-title-room = Кімната консультацій { $room }
# Кімната зустрічей: персонал між собою або із запрошеними гостями.
call-title-meeting = Кімната зустрічей
call-page-title-meeting = Зустріч · anteroom
call-language = Мова
call-duration =
    .aria-label = Тривалість дзвінка
call-participants =
    .aria-label = Учасники
call-screen-sharing = Ви показуєте свій екран.
call-enable-sound = Увімкнути звук

## Вхід без посилання: ім’я, яке бачитимуть інші

call-name-label = Ваше ім’я, яке бачитимуть інші
call-join = Приєднатися

## Відеоплитки. «Ви» позначає Вас також у чаті.

call-you = Ви
# Позначки на плитці, об’єднані в перелік: «мікрофон вимкнено, погане з’єднання».
call-flag-microphone-off = мікрофон вимкнено
call-flag-camera-off = камеру вимкнено
call-flag-video-paused = відео призупинено: Ваше з’єднання надто повільне
call-flag-poor-connection = погане з’єднання
call-flag-screen-paused = показ екрана призупинено: Ваше з’єднання надто повільне
# Плитка показаного екрана.
call-screen-of = Екран: { $name }
call-screen-of-someone = Чийсь екран

## Стан дзвінка, угорі сторінки

status-new = Запуск…
status-connecting = Підключаємося…
status-connected = З’єднано
status-reconnecting = З’єднання нестабільне, підключаємося знову…
status-failed = З’єднання втрачено
status-closed = Дзвінок завершено
status-enter-name = Введіть своє ім’я, щоб приєднатися
status-waiting = Очікуємо, поки Вас впустять
status-other-window = Ви приєдналися до цього дзвінка в іншому вікні
status-ended-by-server = Сервер завершив дзвінок
status-ended = Консультацію завершено
status-room-not-found = Такої кімнати не існує
status-token-expired = Термін дії цього посилання на консультацію минув: відкрийте його знову із запрошення або зі сторінок для персоналу
status-invalid-token = Це посилання на консультацію недійсне
status-room-full = У консультації більше немає вільних місць
status-join-failed = Не вдалося приєднатися: { $reason }
status-share-failed = Не вдалося показати екран: { $reason }
status-switch-camera-failed = Не вдалося змінити камеру: { $reason }
status-auto-admit-failed = Не вдалося змінити: { $reason }
status-end-failed = Не вдалося завершити: { $reason }

## Кнопки керування

controls-bar =
    .aria-label = Керування дзвінком
controls-mute = Вимкнути мікрофон
controls-unmute = Увімкнути мікрофон
controls-camera-off = Вимкнути камеру
controls-camera-on = Увімкнути камеру
controls-switch-camera = Змінити камеру
# Підказка кнопки зміни камери: камера, яка використовується зараз.
controls-camera-now = Зараз: { $camera }
controls-camera-now-unnamed = Зараз: камера
controls-more = Ще
# On a phone: opens the chat over the video.
controls-chat = Чат
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Чат ({ $count })
controls-share-screen = Показати екран
controls-stop-sharing = Припинити показ екрана
# «CC»: субтитри (closed captions).
controls-captions = CC
    .title = Субтитри в реальному часі
controls-quality = Якість дзвінка
# Далі йде вибір: 720p, 540p, 360p і 180p.
controls-send-video = Надсилати відео в
controls-pip = Картинка в картинці
controls-fullscreen = На весь екран
# Персонал: чи заходить пацієнт без дозволу на вхід.
controls-auto-admit = Впускати пацієнта одразу
controls-auto-admit-on = Пацієнт заходить одразу (увімкнено)
controls-leave = Вийти
controls-end = Завершити консультацію
controls-end-confirm = Завершити консультацію для всіх?

## Зал очікування (для пацієнта)

waiting-title = Ви в залі очікування
waiting-who = Клініка незабаром впустить Вас. Будь ласка, не закривайте цю сторінку.
waiting-who-practitioner = { $practitioner } незабаром впустить Вас. Будь ласка, не закривайте цю сторінку.
waiting-announcements =
    .aria-label = Оголошення
waiting-since-now = Ви щойно увійшли.
waiting-since = { $minutes ->
    [one] Ви чекаєте вже { NUMBER($minutes) } хвилину.
    [few] Ви чекаєте вже { NUMBER($minutes) } хвилини.
    [many] Ви чекаєте вже { NUMBER($minutes) } хвилин.
   *[other] Ви чекаєте вже { NUMBER($minutes) } хвилини.
}
# $ahead: скільки пацієнтів перед цим пацієнтом; $minutes: приблизно скільки
# часу до його черги (0: уже зараз).
waiting-estimate = { $ahead ->
    [0] Ви наступні.
    [one] Перед Вами { NUMBER($ahead) } пацієнт.
    [few] Перед Вами { NUMBER($ahead) } пацієнти.
    [many] Перед Вами { NUMBER($ahead) } пацієнтів.
   *[other] Перед Вами { NUMBER($ahead) } пацієнта.
} { $minutes ->
    [0] Настала Ваша черга: Вас впустять, щойно клініка буде готова.
    [one] Ваша черга приблизно через { NUMBER($minutes) } хвилину.
    [few] Ваша черга приблизно через { NUMBER($minutes) } хвилини.
    [many] Ваша черга приблизно через { NUMBER($minutes) } хвилин.
   *[other] Ваша черга приблизно через { NUMBER($minutes) } хвилини.
}

## Персонал у дзвінку: хто чекає, щоб приєднатися

waiting-join-title = Очікують на вхід
waiting-admit = Впустити
    .aria-label = Впустити: { $name }
# $role: хто саме чекає.
waiting-role = { $role ->
    [patient] пацієнт
    [participant] запрошений учасник
    [guest] гість
    [practitioner] персонал
   *[other] { $role }
}
waiting-admit-not-present = { $name } зможе приєднатися, коли прийде пацієнт.
waiting-admit-full = У консультації більше немає вільних місць.
waiting-admit-failed = Не вдалося впустити: { $reason }

## Якість дзвінка (персонал)

quality-connection = З’єднання:
# Якість з’єднання одним словом, у заголовку й у таблиці.
quality-level = { $level ->
    [good] добре
    [fair] задовільно
   *[poor] погано
}
quality-tooltip = затримка туди й назад { NUMBER($ms, useGrouping: 0) } ms, втрачено { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }%
quality-title = Якість дзвінка
quality-table =
    .aria-label = Якість дзвінка за учасниками
quality-participant = Учасник
quality-receiving = Отримання
quality-video = Відео
quality-lost = Втрати
quality-state = Стан
# $path: як передаються аудіо й відео: udp, tcp, relay або ще ніяк.
quality-summary = Медіа: { $path ->
        [udp] напряму (UDP)
        [tcp] через TCP
        [relay] через ретранслятор
       *[other] з’єднуємося
    }, затримка туди й назад { NUMBER($ms, useGrouping: 0) } ms, відправлення { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Те саме, поки затримка туди й назад ще невідома.
quality-summary-no-rtt = Медіа: { $path ->
        [udp] напряму (UDP)
        [tcp] через TCP
        [relay] через ретранслятор
       *[other] з’єднуємося
    }, відправлення { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = немає
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Запрошення гостя (персонал)

invite-title = Запросити людину
invite-name-label = Ім’я гостя, яке бачитимуть інші
invite-create = Створити гостьове посилання
invite-created = Надішліть це посилання людині, яку запрошуєте: воно впускає одну людину, один раз, протягом години. Ви впускаєте гостя зі списку «Очікують на вхід».
invite-url =
    .aria-label = Гостьове посилання
invite-copy = Копіювати
invite-sign-in = Щоб запрошувати гостей, увійдіть у цьому браузері на сторінки для персоналу.
invite-check-name = Будь ласка, перевірте ім’я.
invite-over = Цю консультацію завершено.
invite-failed = Не вдалося створити посилання: { $reason }

## Анкета пацієнта (персонал у консультації). $title — назва анкети клініки.

call-answers-title = Анкета: { $title }
call-answers-status = { $status ->
    [new] Пацієнт ще не почав її заповнювати.
    [started] Пацієнт почав її заповнювати, але ще не надіслав.
   *[completed] Пацієнт надіслав її.
}
call-answers-show = Показати відповіді
call-answers-failed = Не вдалося завантажити відповіді.
call-answers-none = Немає відповіді
call-answers-yes = Так
call-answers-no = Ні
# Завантаження відповідей (кожне завантаження записується в журнал аудиту
# клініки).
call-answers-pdf = Завантажити як PDF
call-answers-text = Завантажити як текст

## Чат

chat-title = Чат
chat-title-waiting = Чат із клінікою
chat-message-label = Повідомлення
chat-input =
    .placeholder = Напишіть повідомлення
chat-send = Надіслати
# Closes the chat over the video (on a phone).
chat-close = Закрити
chat-too-long = Це повідомлення задовге (щонайбільше 2000 символів).
chat-rate-limited = Не надіслано: забагато повідомлень одночасно. Зачекайте трохи й спробуйте ще раз.
chat-failed = Не надіслано: { $reason }

## Спільні файли

files-share = Надіслати файл
files-gone = Файли, надіслані під час консультації, видалено.
files-sending = Надсилаємо файл { $name }…
files-too-large = Файл { $name } не надіслано: він більший за 20 MB.
files-invalid-name = Файл { $name } не надіслано: у його назві є недозволені символи; перейменуйте файл і спробуйте ще раз.
files-storage-full = Файл { $name } не надіслано: у цій консультації більше немає місця для файлів.
files-not-shared = Файл { $name } не надіслано: { $reason }.
# У чаті, після імені відправника: «надіслано файл Аналіз крові.pdf (146 KB)».
files-shared = надіслано файл { $name } ({ $size })
files-download = Завантажити { $name }
files-download-ended = Консультацію завершено; її файли видалено.
files-download-failed = Не вдалося завантажити: { $reason }
# Розмір файлу; $size — число, уже записане мовою сторінки.
files-size-bytes = { $bytes ->
    [one] { $size } байт
    [few] { $size } байти
    [many] { $size } байтів
   *[other] { $size } байта
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Субтитри в реальному часі

captions-region =
    .aria-label = Субтитри в реальному часі
captions-read-in = Мова субтитрів
# Перший варіант у списку «Мова субтитрів»; інші — мови, кожна названа
# самою собою.
captions-language-spoken = мова оригіналу
captions-speakers = Мови учасників
# Перед вибором мови.
captions-you-speak = Ви говорите
captions-speaks = { $name } говорить
# Перед словами, які хтось сказав.
captions-speaker = { $name }:
captions-delayed = Субтитри відстають.
captions-words-missed = [деякі слова пропущено]
captions-in-language = ({ $language })
captions-translated-from = (перекладено з: { $language })
captions-unavailable = На цьому сервері субтитри недоступні. Дзвінок триває.
captions-failed = Не вдалося ввімкнути субтитри.
captions-untranslated = На цьому сервері субтитри не перекладаються; вони залишаються мовою оригіналу.
captions-unheard = На цьому сервері субтитри не розпізнають цю мову.
captions-kept = Коли субтитри ввімкнено, ця клініка зберігає їх разом із даними прийому.

## Після дзвінка

ended-title = Консультацію завершено
ended-thanks = Дякуємо. Тепер Ви можете закрити цю сторінку.
# Для лікаря, який завершив консультацію.
ended-thanks-staff = Консультацію завершено для всіх. Ви можете закрити цю вкладку.
ended-chat-note = Чат консультації залишається на цій сторінці, доки Ви її не закриєте.
ended-left = Ви вийшли з дзвінка.
ended-rejoin = Приєднатися знову

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Ви відкрили цю консультацію в іншому вікні
elsewhere-hint = Вона триває там. Щоб натомість продовжити тут, поверніть її в це вікно.
elsewhere-take-back = Продовжити тут
