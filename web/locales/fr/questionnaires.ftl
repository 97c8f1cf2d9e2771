### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Oui
questionnaires-no = Non

## The intake form.

questionnaires-intake-title = Avant votre consultation
questionnaires-intake-heading = Votre demande
questionnaires-intake-reason = De quoi souhaitez-vous parler pendant la consultation ?
questionnaires-intake-since = Depuis quand avez-vous ces symptômes ?
questionnaires-intake-medication = Prenez-vous des médicaments ?
questionnaires-intake-medication-which = Quels médicaments, et à quelle dose ?
questionnaires-intake-allergies = Êtes-vous allergique à certains médicaments ?
questionnaires-intake-allergies-which = À quels médicaments ?

## The consent form.

questionnaires-consent-title = Consentement à la consultation vidéo
questionnaires-consent-text = La consultation se déroule par vidéo, entre vous, votre professionnel de santé et les personnes que vous invitez. Aucune partie de l’appel n’est enregistrée.
questionnaires-consent-video = J’accepte que cette consultation se fasse par vidéo.
questionnaires-consent-share = J’accepte que ce que je partage pendant la consultation (photos, fichiers) soit utilisé par mon professionnel de santé pour ma prise en charge.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Patient : { $name }
questionnaires-export-born = Date de naissance : { $date }
questionnaires-export-appointment = Rendez-vous : { $when }
questionnaires-export-practitioner = Professionnel de santé : { $name }
questionnaires-export-completed = Envoyé par le patient le { $when }
questionnaires-export-started = Commencé par le patient, pas encore envoyé
questionnaires-export-new = Pas encore ouvert par le patient
questionnaires-export-version = Version { $version } du questionnaire
questionnaires-export-yes = Oui
questionnaires-export-no = Non
questionnaires-export-not-answered = Sans réponse
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Image : { $description }
questionnaires-export-footer = Informations médicales confidentielles de { $organisation }. Page { $page } sur { $pages }.
