### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Pytania? Kontakt: { $clinic }
contact-phone = Telefon
contact-email = E-mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = W e-mailu z zaproszeniem podano, która placówka przesłała zaproszenie i jak się z nią skontaktować.

## After the consultation: the follow-up page.

followup-next = Co dalej: specjalista podejmie dalsze kroki ustalone podczas konsultacji, np. wystawi receptę lub skierowanie albo umówi nową wizytę.
followup-questions = Jeśli później coś będzie niejasne, prosimy o kontakt z placówką.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Umówione wizyty – w portalu pacjenta placówki
