### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Ja
questionnaires-no = Nein

## The intake form.

questionnaires-intake-title = Vor Ihrer Sprechstunde
questionnaires-intake-heading = Ihr Anliegen
questionnaires-intake-reason = Was möchten Sie in der Sprechstunde besprechen?
questionnaires-intake-since = Seit wann haben Sie diese Beschwerden?
questionnaires-intake-medication = Nehmen Sie Medikamente ein?
questionnaires-intake-medication-which = Welche Medikamente, und in welcher Dosierung?
questionnaires-intake-allergies = Sind Sie gegen Medikamente allergisch?
questionnaires-intake-allergies-which = Gegen welche Medikamente?

## The consent form.

questionnaires-consent-title = Einwilligung in die Videosprechstunde
questionnaires-consent-text = Die Sprechstunde findet per Video statt, zwischen Ihnen, Ihrer Behandlerin oder Ihrem Behandler und den Personen, die Sie einladen. Von dem Gespräch wird nichts aufgezeichnet.
questionnaires-consent-video = Ich bin damit einverstanden, dass diese Sprechstunde per Video stattfindet.
questionnaires-consent-share = Ich bin damit einverstanden, dass meine Behandlerin oder mein Behandler das, was ich in der Sprechstunde teile (Bilder, Dateien), für meine Behandlung verwendet.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Patientin/Patient: { $name }
questionnaires-export-born = Geburtsdatum: { $date }
questionnaires-export-appointment = Termin: { $when }
questionnaires-export-practitioner = Behandlerin/Behandler: { $name }
questionnaires-export-completed = Am { $when } von der Patientin oder dem Patienten gesendet
questionnaires-export-started = Von der Patientin oder dem Patienten begonnen, noch nicht gesendet
questionnaires-export-new = Von der Patientin oder dem Patienten noch nicht geöffnet
questionnaires-export-version = Version { $version } des Fragebogens
questionnaires-export-yes = Ja
questionnaires-export-no = Nein
questionnaires-export-not-answered = Nicht beantwortet
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Bild: { $description }
questionnaires-export-footer = Vertrauliche medizinische Informationen von { $organisation }. Seite { $page } von { $pages }.
