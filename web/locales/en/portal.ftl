# The patient portal (/portal/{clinic}): a patient signs in with a PIN sent
# to their email address and sees their appointments.

portal-title = Patient portal
portal-language = Language
portal-loading = Loading…
portal-no-clinic = This clinic does not exist.
portal-unreachable = The clinic cannot be reached right now. Please try again in a moment.
portal-sign-in = Sign in to see your appointments
portal-ask-hint = Enter the email address the clinic has for you. We send a PIN to it.
portal-email = Email address
portal-send-pin = Send me a PIN
portal-enter-pin = Enter your PIN
# $minutes: how long the PIN is valid.
portal-sent = If the clinic has this address, a PIN is on its way. It is valid for { $minutes } minutes.
portal-pin = PIN (6 digits)
portal-open = Open
portal-again = Send a new PIN
portal-check-email = Please check your email address.
portal-check-pin = The PIN has six digits.
portal-wrong-pin = That PIN is not right, or it has expired. Check it, or ask for a new one.
portal-too-many = Too many attempts. Please wait a quarter of an hour, or call the clinic.
portal-failed = Something went wrong: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = This clinic does not send emails, so the portal cannot send you a PIN. Please call the clinic.
portal-signed-out = You have signed out.
portal-expired = Your session has ended. Sign in again to go on.
# Above the list when the address is on more than one record (a parent's
# on their children's). $names: the records' names, joined by commas.
portal-whose = Appointments of { $names }
portal-upcoming = Your appointments
portal-none = You have no upcoming appointments.
portal-past = Earlier appointments
portal-no-past = None yet.
portal-sign-out = Sign out
# $when: the date and time, already written out; $with: the practitioner or
# department; $client: whose appointment it is.
portal-appointment = { $when }, with { $with }
portal-appointment-of = { $client }: { $when }, with { $with }
# Where an appointment stands. $time: when its waiting room opens.
portal-state = { $state ->
    [early] The waiting room opens at { $time }.
    [open] The waiting room is open.
    [late] The waiting room is open. You are late; the clinic still expects you.
    [expired] Missed.
    [cancelled] Cancelled.
   *[ended] Took place.
}
portal-walk-in = Walk-in consultation
portal-go = Go to the consultation
# The questionnaire the clinic asks the patient to fill in before the
# appointment: $title is the clinic's title for it.
portal-questionnaire = { $status ->
    [completed] Questionnaire "{ $title }": sent. Thank you.
    [started] Questionnaire "{ $title }": started, not sent yet.
   *[new] The clinic asks you to fill in "{ $title }" before the consultation.
}
portal-questionnaire-fill = Fill in the questionnaire

## Messages to the clinic (chat channels), kept after the consultation.

portal-messages = Messages to the clinic
portal-not-urgent = Not for emergencies: for anything urgent, call the clinic or the emergency number.
portal-no-channels = No conversations yet. You can write to your practitioner here after your first appointment.
# A conversation in the list: $with is the practitioner (or department);
# $client whose record it is, when the address is on more than one.
portal-channel = Conversation with { $with }
portal-channel-of = { $client }: conversation with { $with }
# $n: messages from the clinic not read yet.
portal-channel-unread = { $n ->
    [one] 1 new message
   *[other] { $n } new messages
}
portal-channel-open = Read and write
portal-conversation-empty = No messages yet. Write your question below: the clinic answers here, and tells you by email when it has.
portal-conversation-log =
    .aria-label = Messages
portal-write = Your message
portal-send = Send
portal-back = Back to your appointments
portal-you = You
portal-write-something = Please write your message first.
portal-not-sent = Your message could not be sent. Please try again, or call the clinic.
