### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Sí
questionnaires-no = No

## The intake form.

questionnaires-intake-title = Antes de su consulta
questionnaires-intake-heading = Motivo de la consulta
questionnaires-intake-reason = ¿De qué le gustaría hablar en la consulta?
questionnaires-intake-since = ¿Desde cuándo tiene estas molestias?
questionnaires-intake-medication = ¿Toma algún medicamento?
questionnaires-intake-medication-which = ¿Qué medicamentos y en qué dosis?
questionnaires-intake-allergies = ¿Tiene alergia a algún medicamento?
questionnaires-intake-allergies-which = ¿A qué medicamentos?

## The consent form.

questionnaires-consent-title = Consentimiento para la videoconsulta
questionnaires-consent-text = La consulta se realiza por vídeo, entre usted, su profesional y las personas que usted invite. No se graba nada de la llamada.
questionnaires-consent-video = Acepto que esta consulta se realice por vídeo.
questionnaires-consent-share = Acepto que mi profesional utilice lo que yo comparta en la consulta (fotos, archivos) para mi atención.
