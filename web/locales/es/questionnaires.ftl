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

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Paciente: { $name }
questionnaires-export-born = Fecha de nacimiento: { $date }
questionnaires-export-appointment = Cita: { $when }
questionnaires-export-practitioner = Profesional: { $name }
questionnaires-export-completed = Enviado por el paciente el { $when }
questionnaires-export-started = Iniciado por el paciente, aún no enviado
questionnaires-export-new = Aún no abierto por el paciente
questionnaires-export-version = Versión { $version } del cuestionario
questionnaires-export-yes = Sí
questionnaires-export-no = No
questionnaires-export-not-answered = Sin respuesta
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Imagen: { $description }
questionnaires-export-footer = Información médica confidencial de { $organisation }. Página { $page } de { $pages }.
