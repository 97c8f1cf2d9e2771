### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Des questions ? Contactez { $clinic }
contact-phone = Téléphone
contact-email = E-mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = Votre e-mail d’invitation indique le cabinet qui vous invite et comment le joindre.

## After the consultation: the follow-up page.

followup-next = La suite : votre professionnel de santé assure le suivi convenu pendant la consultation, par exemple avec une ordonnance, une lettre d’orientation ou un nouveau rendez-vous.
followup-questions = Si quelque chose n’est pas clair après la consultation, contactez le cabinet.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Vos rendez-vous, sur le portail patient du cabinet
