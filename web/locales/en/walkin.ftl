# The public walk-in page (/walk-in/{clinic}): who is open for walk-in
# consultations now; the visitor gives their name and date of birth and
# continues to the arrival page. $field is the name of a form field.

walkin-heading = Walk-in video consultation
walkin-language = Language
walkin-looking = Looking who is available…
walkin-no-clinic = This clinic does not exist.
walkin-unreachable = The clinic cannot be reached right now. Please try again in a moment.
walkin-open = You can see a practitioner by video now, without an appointment.
walkin-nobody = Nobody is available for walk-in consultations right now. Please try again later.
walkin-whom = Whom would you like to see?
walkin-initials = Initials
walkin-last-name = Last name
walkin-date-of-birth = Date of birth
walkin-terms = I agree that the clinic uses my name and date of birth for this consultation. Nothing of the call is recorded.
walkin-continue = Continue
walkin-no-longer = That practitioner is no longer available for walk-in. Please choose again.
walkin-check-field = { $field ->
    [initials] Please check your initials.
    [last_name] Please check your last name.
    [date_of_birth] Please check your date of birth.
    [accept_terms] Please agree to the terms to continue.
    [practitioner] Please choose whom you would like to see.
   *[other] Please check what you entered.
}
walkin-failed = Something went wrong: { $error }
