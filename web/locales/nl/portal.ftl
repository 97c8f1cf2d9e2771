# The patient portal (/portal/{clinic}): a patient signs in with a PIN sent
# to their email address and sees their appointments.

portal-title = Patiëntenportaal
portal-language = Taal
portal-loading = Laden…
portal-no-clinic = Deze praktijk bestaat niet.
portal-unreachable = De praktijk is op dit moment niet bereikbaar. Probeer het zo nog eens.
portal-sign-in = Log in om uw afspraken te zien
portal-ask-hint = Vul het e-mailadres in dat de praktijk van u heeft. We sturen daar een pincode naartoe.
portal-email = E-mailadres
portal-send-pin = Stuur mij een pincode
portal-enter-pin = Vul uw pincode in
# $minutes: how long the PIN is valid.
portal-sent = Als de praktijk dit adres kent, is er een pincode naar u onderweg. De pincode is { $minutes } minuten geldig.
portal-pin = Pincode (6 cijfers)
portal-open = Openen
portal-again = Stuur een nieuwe pincode
portal-check-email = Controleer uw e-mailadres.
portal-check-pin = De pincode bestaat uit zes cijfers.
portal-wrong-pin = Deze pincode klopt niet of is verlopen. Controleer de pincode, of vraag een nieuwe aan.
portal-too-many = Te veel pogingen. Wacht een kwartier, of bel de praktijk.
portal-failed = Er ging iets mis: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Deze praktijk verstuurt geen e-mails, dus het portaal kan u geen pincode sturen. Bel de praktijk.
portal-signed-out = U bent uitgelogd.
portal-expired = Uw sessie is afgelopen. Log opnieuw in om verder te gaan.
# Above the list when the address is on more than one record (a parent's
# on their children's). $names: the records' names, joined by commas.
portal-whose = Afspraken van { $names }
portal-upcoming = Uw afspraken
portal-none = U heeft geen komende afspraken.
portal-past = Eerdere afspraken
portal-no-past = Nog geen.
portal-sign-out = Uitloggen
# $when: the date and time, already written out; $with: the practitioner or
# department; $client: whose appointment it is.
portal-appointment = { $when }, met { $with }
portal-appointment-of = { $client }: { $when }, met { $with }
# Where an appointment stands. $time: when its waiting room opens.
portal-state = { $state ->
    [early] De wachtkamer gaat open op { $time }.
    [open] De wachtkamer is open.
    [late] De wachtkamer is open. U bent te laat, maar de praktijk verwacht u nog steeds.
    [expired] Gemist.
    [cancelled] Geannuleerd.
   *[ended] Heeft plaatsgevonden.
}
portal-walk-in = Inloopspreekuur
portal-go = Naar het consult
# The questionnaire the clinic asks the patient to fill in before the
# appointment: $title is the clinic's title for it.
portal-questionnaire = { $status ->
    [completed] Vragenlijst “{ $title }”: verstuurd. Dank u wel.
    [started] Vragenlijst “{ $title }”: begonnen, nog niet verstuurd.
   *[new] De praktijk vraagt u om vóór het consult “{ $title }” in te vullen.
}
portal-questionnaire-fill = Vragenlijst invullen

## Messages to the clinic (chat channels), kept after the consultation.

portal-messages = Berichten aan de praktijk
portal-not-urgent = Niet voor spoedgevallen: bel voor iets dringends de praktijk of het alarmnummer.
portal-no-channels = Nog geen gesprekken. Na uw eerste afspraak kunt u hier uw zorgverlener een bericht sturen.
# A conversation in the list: $with is the practitioner (or department);
# $client whose record it is, when the address is on more than one.
portal-channel = Gesprek met { $with }
portal-channel-of = { $client }: gesprek met { $with }
# $n: messages from the clinic not read yet.
portal-channel-unread = { $n ->
    [one] 1 nieuw bericht
   *[other] { $n } nieuwe berichten
}
portal-channel-open = Lezen en schrijven
portal-conversation-empty = Nog geen berichten. Schrijf hieronder uw vraag: de praktijk antwoordt hier en laat het u per e-mail weten als er een antwoord is.
portal-conversation-log =
    .aria-label = Berichten
portal-write = Uw bericht
portal-send = Versturen
portal-back = Terug naar uw afspraken
portal-you = U
portal-write-something = Schrijf eerst uw bericht.
portal-not-sent = Uw bericht kon niet worden verstuurd. Probeer het nog eens, of bel de praktijk.
