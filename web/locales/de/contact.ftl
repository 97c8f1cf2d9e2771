### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Fragen? Kontakt: { $clinic }
contact-phone = Telefon
contact-email = E-Mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = In Ihrer Einladungs-E-Mail steht, welche Praxis Sie eingeladen hat und wie Sie sie erreichen.

## After the consultation: the follow-up page.

followup-next = Wie es weitergeht: Ihre Behandlerin oder Ihr Behandler kümmert sich wie in der Sprechstunde besprochen um alles Weitere, zum Beispiel mit einem Rezept, einer Überweisung oder einem neuen Termin.
followup-questions = Wenn hinterher etwas unklar ist, wenden Sie sich bitte an die Praxis.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Ihre Termine im Patientenportal der Praxis
