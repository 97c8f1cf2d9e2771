### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = ¿Tiene preguntas? Póngase en contacto con { $clinic }
contact-phone = Teléfono
contact-email = Correo electrónico
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = En el correo electrónico de su invitación se indica qué clínica le ha invitado y cómo ponerse en contacto con ella.

## After the consultation: the follow-up page.

followup-next = Qué ocurre ahora: su profesional hará el seguimiento acordado en la consulta, por ejemplo, con una receta, una derivación o una nueva cita.
followup-questions = Si después tiene alguna duda, póngase en contacto con la clínica.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Sus citas, en el portal del paciente de la clínica
