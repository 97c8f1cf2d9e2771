### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Ja
questionnaires-no = Nee

## The intake form.

questionnaires-intake-title = Voor uw consult
questionnaires-intake-heading = Uw vraag
questionnaires-intake-reason = Waarover wilt u het in het consult hebben?
questionnaires-intake-since = Sinds wanneer heeft u deze klachten?
questionnaires-intake-medication = Gebruikt u medicijnen?
questionnaires-intake-medication-which = Welke medicijnen, en hoeveel?
questionnaires-intake-allergies = Bent u allergisch voor medicijnen?
questionnaires-intake-allergies-which = Voor welke medicijnen?

## The consent form.

questionnaires-consent-title = Toestemming voor het videoconsult
questionnaires-consent-text = Het consult vindt plaats via video, tussen u, uw zorgverlener en iedereen die u uitnodigt. Er wordt niets van het gesprek opgenomen.
questionnaires-consent-video = Ik ga ermee akkoord dat ik voor dit consult via video word gezien.
questionnaires-consent-share = Ik ga ermee akkoord dat mijn zorgverlener wat ik in het consult deel (foto’s, bestanden) gebruikt voor mijn zorg.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Patiënt: { $name }
questionnaires-export-born = Geboortedatum: { $date }
questionnaires-export-appointment = Afspraak: { $when }
questionnaires-export-practitioner = Zorgverlener: { $name }
questionnaires-export-completed = Verstuurd door de patiënt op { $when }
questionnaires-export-started = Begonnen door de patiënt, nog niet verstuurd
questionnaires-export-new = Nog niet geopend door de patiënt
questionnaires-export-version = Versie { $version } van de vragenlijst
questionnaires-export-yes = Ja
questionnaires-export-no = Nee
questionnaires-export-not-answered = Niet beantwoord
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Afbeelding: { $description }
questionnaires-export-footer = Vertrouwelijke medische gegevens van { $organisation }. Pagina { $page } van { $pages }.
