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
