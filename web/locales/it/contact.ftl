### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Ha domande? Contatti { $clinic }
contact-phone = Telefono
contact-email = E-mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = L'e-mail di invito che ha ricevuto indica l'ambulatorio che Le ha inviato l'invito e come contattarlo.

## After the consultation: the follow-up page.

followup-next = Cosa succede ora: il Suo medico darà seguito a quanto concordato durante la visita, ad esempio con una ricetta, un'impegnativa o un nuovo appuntamento.
followup-questions = Se in seguito qualcosa non Le è chiaro, contatti l'ambulatorio.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = I Suoi appuntamenti, nel portale pazienti dell'ambulatorio
