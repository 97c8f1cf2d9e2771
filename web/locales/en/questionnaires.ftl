### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Yes
questionnaires-no = No

## The intake form.

questionnaires-intake-title = Before your consultation
questionnaires-intake-heading = Your question
questionnaires-intake-reason = What would you like to discuss in the consultation?
questionnaires-intake-since = Since when have you had these complaints?
questionnaires-intake-medication = Do you take any medication?
questionnaires-intake-medication-which = Which medication, and how much?
questionnaires-intake-allergies = Are you allergic to any medication?
questionnaires-intake-allergies-which = To which medication?

## The consent form.

questionnaires-consent-title = Consent for the video consultation
questionnaires-consent-text = The consultation takes place by video, between you, your practitioner and anyone you invite. Nothing of the call is recorded.
questionnaires-consent-video = I agree to be seen by video for this consultation.
questionnaires-consent-share = I agree that what I share in the consultation (pictures, files) is used by my practitioner for my care.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Patient: { $name }
questionnaires-export-born = Date of birth: { $date }
questionnaires-export-appointment = Appointment: { $when }
questionnaires-export-practitioner = Practitioner: { $name }
questionnaires-export-completed = Sent by the patient on { $when }
questionnaires-export-started = Started by the patient, not sent yet
questionnaires-export-new = Not opened by the patient yet
questionnaires-export-version = Version { $version } of the questionnaire
questionnaires-export-yes = Yes
questionnaires-export-no = No
questionnaires-export-not-answered = Not answered
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Image: { $description }
questionnaires-export-footer = Confidential medical information from { $organisation }. Page { $page } of { $pages }.
