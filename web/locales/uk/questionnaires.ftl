### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Так
questionnaires-no = Ні

## The intake form.

questionnaires-intake-title = Перед консультацією
questionnaires-intake-heading = Причина звернення
questionnaires-intake-reason = Що Ви хотіли б обговорити під час консультації?
questionnaires-intake-since = Як давно у Вас ці скарги?
questionnaires-intake-medication = Чи приймаєте Ви якісь ліки?
questionnaires-intake-medication-which = Які саме ліки і в якій дозі?
questionnaires-intake-allergies = Чи є у Вас алергія на якісь ліки?
questionnaires-intake-allergies-which = На які саме ліки?

## The consent form.

questionnaires-consent-title = Згода на відеоконсультацію
questionnaires-consent-text = Консультація відбувається через відеозв’язок між Вами, Вашим лікарем і тими, кого Ви запросите. Дзвінок жодним чином не записується.
questionnaires-consent-video = Я погоджуюся на проведення цієї консультації через відеозв’язок.
questionnaires-consent-share = Я погоджуюся, що те, що я надішлю під час консультації (фото, файли), мій лікар використовуватиме для мого лікування.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Пацієнт: { $name }
questionnaires-export-born = Дата народження: { $date }
questionnaires-export-appointment = Прийом: { $when }
questionnaires-export-practitioner = Лікар: { $name }
questionnaires-export-completed = Пацієнт надіслав анкету { $when }
questionnaires-export-started = Пацієнт почав заповнювати анкету, але ще не надіслав
questionnaires-export-new = Пацієнт ще не відкривав анкету
questionnaires-export-version = Версія анкети: { $version }
questionnaires-export-yes = Так
questionnaires-export-no = Ні
questionnaires-export-not-answered = Немає відповіді
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Зображення: { $description }
questionnaires-export-footer = Конфіденційна медична інформація – { $organisation }. Сторінка { $page } з { $pages }.
