### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Tak
questionnaires-no = Nie

## The intake form.

questionnaires-intake-title = Przed konsultacją
questionnaires-intake-heading = Powód konsultacji
questionnaires-intake-reason = Co chce Pan/Pani omówić podczas konsultacji?
questionnaires-intake-since = Od kiedy występują te dolegliwości?
questionnaires-intake-medication = Czy przyjmuje Pan/Pani jakieś leki?
questionnaires-intake-medication-which = Jakie leki i w jakich dawkach?
questionnaires-intake-allergies = Czy ma Pan/Pani uczulenie na jakieś leki?
questionnaires-intake-allergies-which = Na jakie leki?

## The consent form.

questionnaires-consent-title = Zgoda na konsultację wideo
questionnaires-consent-text = Konsultacja odbywa się w formie rozmowy wideo, w której uczestniczą: Pan/Pani, Pana/Pani specjalista oraz osoby zaproszone przez Pana/Panią. Rozmowa nie jest w żaden sposób nagrywana.
questionnaires-consent-video = Zgadzam się na przeprowadzenie tej konsultacji w formie wideo.
questionnaires-consent-share = Zgadzam się, aby mój specjalista wykorzystał to, co udostępnię podczas konsultacji (zdjęcia, pliki), na potrzeby mojego leczenia.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Pacjent: { $name }
questionnaires-export-born = Data urodzenia: { $date }
questionnaires-export-appointment = Wizyta: { $when }
questionnaires-export-practitioner = Specjalista: { $name }
questionnaires-export-completed = Pacjent wysłał ankietę { $when }
questionnaires-export-started = Pacjent rozpoczął ankietę, ale jeszcze jej nie wysłał
questionnaires-export-new = Pacjent jeszcze nie otworzył ankiety
questionnaires-export-version = Wersja { $version } ankiety
questionnaires-export-yes = Tak
questionnaires-export-no = Nie
questionnaires-export-not-answered = Brak odpowiedzi
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Obraz: { $description }
questionnaires-export-footer = Poufne informacje medyczne – { $organisation }. Strona { $page } z { $pages }.
