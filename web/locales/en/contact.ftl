### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Questions? Contact { $clinic }
contact-phone = Telephone
contact-email = Email
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = Your invitation email says which clinic invited you and how to reach it.

## After the consultation: the follow-up page.

followup-next = What happens next: your practitioner follows up as agreed in the consultation, for example with a prescription, a referral or a new appointment.
followup-questions = If anything is unclear afterwards, contact the clinic.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Your appointments, in the clinic's patient portal
