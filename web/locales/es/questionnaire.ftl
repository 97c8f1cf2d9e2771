# A questionnaire the clinic asks the patient to fill in before the
# consultation (in the waiting room, and in the patient portal). The
# questions themselves are the clinic's own words.

questionnaire-intro = La clínica le pide que responda a unas preguntas antes de la consulta. Sus respuestas se guardan mientras escribe y solo la clínica puede leerlas.
questionnaire-required = (obligatoria)
questionnaire-choose = Elegir…
questionnaire-send = Enviar mis respuestas a la clínica
questionnaire-saving = Guardando…
questionnaire-saved = Las respuestas que ha dado hasta ahora están guardadas.
questionnaire-not-saved = No se han podido guardar sus respuestas en este momento. Siguen en esta página; volveremos a intentarlo cuando siga escribiendo.
questionnaire-missing = Responda a las preguntas marcadas como obligatorias.
questionnaire-check = Revise sus respuestas: una de ellas no se puede guardar tal como está.
questionnaire-sent = Gracias: sus respuestas se han enviado a la clínica.
questionnaire-closed = El cuestionario ya no se puede modificar.
