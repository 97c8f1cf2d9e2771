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
