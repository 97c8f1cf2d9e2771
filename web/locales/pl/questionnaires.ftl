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
