### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Tem dúvidas? Contacte { $clinic }
contact-phone = Telefone
contact-email = E-mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = O e-mail com o seu convite indica a clínica que enviou o convite e como a contactar.

## After the consultation: the follow-up page.

followup-next = O que acontece a seguir: o seu profissional de saúde dá seguimento ao que foi combinado na consulta, por exemplo com uma receita, um encaminhamento ou uma nova consulta.
followup-questions = Se depois tiver alguma dúvida, contacte a clínica.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = As suas consultas, no portal do paciente da clínica
