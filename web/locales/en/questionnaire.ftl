# A questionnaire the clinic asks the patient to fill in before the
# consultation (in the waiting room, and in the patient portal). The
# questions themselves are the clinic's own words.

questionnaire-intro = The clinic asks you to answer a few questions before the consultation. Your answers are saved as you type and only the clinic can read them.
questionnaire-required = (required)
questionnaire-choose = Choose…
questionnaire-send = Send my answers to the clinic
questionnaire-saving = Saving…
questionnaire-saved = Your answers so far are saved.
questionnaire-not-saved = Your answers could not be saved just now. They stay on this page; we try again when you type.
questionnaire-missing = Please answer the questions marked required.
questionnaire-check = Please check your answers: one of them cannot be saved as it is.
questionnaire-sent = Thank you: your answers have been sent to the clinic.
questionnaire-closed = The questionnaire can no longer be changed.
