### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Ja
questionnaires-no = Nej

## The intake form.

questionnaires-intake-title = Inför ditt besök
questionnaires-intake-heading = Ditt ärende
questionnaires-intake-reason = Vad vill du ta upp under besöket?
questionnaires-intake-since = Sedan när har du haft dessa besvär?
questionnaires-intake-medication = Tar du några läkemedel?
questionnaires-intake-medication-which = Vilka läkemedel tar du, och hur mycket?
questionnaires-intake-allergies = Är du allergisk mot något läkemedel?
questionnaires-intake-allergies-which = Mot vilka läkemedel?

## The consent form.

questionnaires-consent-title = Samtycke till videobesöket
questionnaires-consent-text = Besöket sker via video, mellan dig, din vårdgivare och de du bjuder in. Inget från samtalet spelas in.
questionnaires-consent-video = Jag godkänner att det här besöket sker via video.
questionnaires-consent-share = Jag godkänner att det jag delar under besöket (bilder, filer) används av min vårdgivare i min vård.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Patient: { $name }
questionnaires-export-born = Födelsedatum: { $date }
questionnaires-export-appointment = Bokning: { $when }
questionnaires-export-practitioner = Vårdgivare: { $name }
questionnaires-export-completed = Skickat av patienten { $when }
questionnaires-export-started = Påbörjat av patienten, inte skickat än
questionnaires-export-new = Inte öppnat av patienten än
questionnaires-export-version = Version { $version } av frågeformuläret
questionnaires-export-yes = Ja
questionnaires-export-no = Nej
questionnaires-export-not-answered = Ej besvarad
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Bild: { $description }
questionnaires-export-footer = Konfidentiell patientinformation från { $organisation }. Sida { $page } av { $pages }.
