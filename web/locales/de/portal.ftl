# The patient portal (/portal/{clinic}): a patient signs in with a PIN sent
# to their email address and sees their appointments.

portal-title = Patientenportal
portal-language = Sprache
portal-loading = Wird geladen…
portal-no-clinic = Diese Praxis gibt es nicht.
portal-unreachable = Die Praxis ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
portal-sign-in = Melden Sie sich an, um Ihre Termine zu sehen
portal-ask-hint = Geben Sie die E-Mail-Adresse ein, die bei der Praxis für Sie hinterlegt ist. Wir schicken Ihnen dorthin eine PIN.
portal-email = E-Mail-Adresse
portal-send-pin = PIN zusenden
portal-enter-pin = Geben Sie Ihre PIN ein
# $minutes: how long the PIN is valid.
portal-sent = Wenn diese Adresse bei der Praxis hinterlegt ist, ist eine PIN an Sie unterwegs. Sie ist { $minutes } Minuten lang gültig.
portal-pin = PIN (6 Ziffern)
portal-open = Öffnen
portal-again = Neue PIN zusenden
portal-check-email = Bitte prüfen Sie Ihre E-Mail-Adresse.
portal-check-pin = Die PIN hat sechs Ziffern.
portal-wrong-pin = Diese PIN ist nicht richtig oder abgelaufen. Prüfen Sie sie oder fordern Sie eine neue an.
portal-too-many = Zu viele Versuche. Bitte warten Sie eine Viertelstunde oder rufen Sie die Praxis an.
portal-failed = Da ist etwas schiefgegangen: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Diese Praxis versendet keine E-Mails, daher kann Ihnen das Portal keine PIN zusenden. Bitte rufen Sie die Praxis an.
portal-signed-out = Sie haben sich abgemeldet.
portal-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an, um fortzufahren.
# Above the list when the address is on more than one record (a parent's
# on their children's). $names: the records' names, joined by commas.
portal-whose = Termine von { $names }
portal-upcoming = Ihre Termine
portal-none = Sie haben keine anstehenden Termine.
portal-past = Frühere Termine
portal-no-past = Noch keine.
portal-sign-out = Abmelden
# $when: the date and time, already written out; $with: the practitioner or
# department; $client: whose appointment it is.
portal-appointment = { $when }, bei { $with }
portal-appointment-of = { $client }: { $when }, bei { $with }
# Where an appointment stands. $time: when its waiting room opens.
portal-state = { $state ->
    [early] Das Wartezimmer öffnet am { $time }.
    [open] Das Wartezimmer ist geöffnet.
    [late] Das Wartezimmer ist geöffnet. Sie sind spät dran, aber die Praxis erwartet Sie noch.
    [expired] Verpasst.
    [cancelled] Abgesagt.
   *[ended] Hat stattgefunden.
}
portal-walk-in = Offene Sprechstunde
portal-go = Zur Sprechstunde
# The questionnaire the clinic asks the patient to fill in before the
# appointment: $title is the clinic's title for it.
portal-questionnaire = { $status ->
    [completed] Fragebogen „{ $title }“: gesendet. Vielen Dank.
    [started] Fragebogen „{ $title }“: begonnen, noch nicht gesendet.
   *[new] Die Praxis bittet Sie, vor der Sprechstunde „{ $title }“ auszufüllen.
}
portal-questionnaire-fill = Fragebogen ausfüllen

## Messages to the clinic (chat channels), kept after the consultation.

portal-messages = Nachrichten an die Praxis
portal-not-urgent = Nicht für Notfälle: Rufen Sie bei dringenden Anliegen die Praxis oder den Notruf an.
portal-no-channels = Noch keine Unterhaltungen. Nach Ihrem ersten Termin können Sie hier Ihrer Behandlerin oder Ihrem Behandler schreiben.
# A conversation in the list: $with is the practitioner (or department);
# $client whose record it is, when the address is on more than one.
portal-channel = Unterhaltung mit { $with }
portal-channel-of = { $client }: Unterhaltung mit { $with }
# $n: messages from the clinic not read yet.
portal-channel-unread = { $n ->
    [one] 1 neue Nachricht
   *[other] { $n } neue Nachrichten
}
portal-channel-open = Lesen und schreiben
portal-conversation-empty = Noch keine Nachrichten. Schreiben Sie Ihre Frage unten: Die Praxis antwortet hier und benachrichtigt Sie per E-Mail, sobald sie geantwortet hat.
portal-conversation-log =
    .aria-label = Nachrichten
portal-write = Ihre Nachricht
portal-send = Senden
portal-back = Zurück zu Ihren Terminen
portal-you = Sie
portal-write-something = Bitte schreiben Sie zuerst Ihre Nachricht.
portal-not-sent = Ihre Nachricht konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal oder rufen Sie die Praxis an.
