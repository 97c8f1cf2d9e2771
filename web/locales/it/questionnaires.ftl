### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Sì
questionnaires-no = No

## The intake form.

questionnaires-intake-title = Prima della Sua visita
questionnaires-intake-heading = Il motivo della visita
questionnaires-intake-reason = Di cosa desidera parlare durante la visita?
questionnaires-intake-since = Da quando ha questi disturbi?
questionnaires-intake-medication = Assume dei farmaci?
questionnaires-intake-medication-which = Quali farmaci, e in quale dosaggio?
questionnaires-intake-allergies = Ha allergie a qualche farmaco?
questionnaires-intake-allergies-which = A quali farmaci?

## The consent form.

questionnaires-consent-title = Consenso alla videovisita
questionnaires-consent-text = La visita si svolge in video, tra Lei, il Suo medico e le persone che invita. La chiamata non viene registrata in alcun modo.
questionnaires-consent-video = Acconsento a svolgere questa visita in video.
questionnaires-consent-share = Acconsento che quanto condivido durante la visita (foto, file) venga utilizzato dal mio medico per la mia cura.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Paziente: { $name }
questionnaires-export-born = Data di nascita: { $date }
questionnaires-export-appointment = Appuntamento: { $when }
questionnaires-export-practitioner = Medico: { $name }
questionnaires-export-completed = Inviato dal paziente il { $when }
questionnaires-export-started = Iniziato dal paziente, non ancora inviato
questionnaires-export-new = Non ancora aperto dal paziente
questionnaires-export-version = Versione { $version } del questionario
questionnaires-export-yes = Sì
questionnaires-export-no = No
questionnaires-export-not-answered = Nessuna risposta
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Immagine: { $description }
questionnaires-export-footer = Informazioni mediche riservate di { $organisation }. Pagina { $page } di { $pages }.
