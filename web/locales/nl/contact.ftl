### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Vragen? Neem contact op met { $clinic }
contact-phone = Telefoon
contact-email = E-mail
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = In uw uitnodigingsmail staat welke praktijk u heeft uitgenodigd en hoe u die kunt bereiken.

## After the consultation: the follow-up page.

followup-next = Wat er nu gebeurt: uw zorgverlener zorgt voor de vervolgstappen die in het consult zijn afgesproken, bijvoorbeeld een recept, een verwijzing of een nieuwe afspraak.
followup-questions = Is er achteraf iets niet duidelijk? Neem dan contact op met de praktijk.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Uw afspraken, in het patiëntenportaal van de praktijk
