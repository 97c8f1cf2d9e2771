### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Frågor? Kontakta { $clinic }
contact-phone = Telefon
contact-email = E-post
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = I e-postmeddelandet med din kallelse står vilken mottagning som har kallat dig och hur du når den.

## After the consultation: the follow-up page.

followup-next = Vad händer nu: din vårdgivare följer upp det ni kom överens om under besöket, till exempel med ett recept, en remiss eller en ny tid.
followup-questions = Om något är oklart efteråt, kontakta mottagningen.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Dina bokade tider, i mottagningens patientportal
