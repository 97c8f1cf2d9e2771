# Patientportalen (/portal/{mottagning}): patienten loggar in med en PIN-kod
# som skickas till hens e-postadress och ser sina bokade tider.

portal-title = Patientportal
portal-language = Språk
portal-loading = Laddar…
portal-no-clinic = Den här mottagningen finns inte.
portal-unreachable = Mottagningen går inte att nå just nu. Försök igen om en stund.
portal-sign-in = Logga in för att se dina bokade tider
portal-ask-hint = Ange den e-postadress som mottagningen har till dig. Vi skickar en PIN-kod till den.
portal-email = E-postadress
portal-send-pin = Skicka en PIN-kod till mig
portal-enter-pin = Ange din PIN-kod
# $minutes: hur länge PIN-koden gäller.
portal-sent = Om mottagningen har den här adressen är en PIN-kod på väg. Den gäller i { $minutes } minuter.
portal-pin = PIN-kod (6 siffror)
portal-open = Logga in
portal-again = Skicka en ny PIN-kod
portal-check-email = Kontrollera din e-postadress.
portal-check-pin = PIN-koden har sex siffror.
portal-wrong-pin = PIN-koden stämmer inte, eller så har den gått ut. Kontrollera den eller be om en ny.
portal-too-many = För många försök. Vänta en kvart eller ring mottagningen.
portal-failed = Något gick fel: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Den här mottagningen skickar inga e-postmeddelanden, så portalen kan inte skicka någon PIN-kod till dig. Ring mottagningen.
portal-signed-out = Du har loggat ut.
portal-expired = Din session har gått ut. Logga in igen för att fortsätta.
# Ovanför listan när adressen finns på mer än en journal (en förälders
# adress på barnens). $names: namnen, åtskilda med kommatecken.
portal-whose = Bokade tider för { $names }
portal-upcoming = Dina bokade tider
portal-none = Du har inga kommande bokade tider.
portal-past = Tidigare besök
portal-no-past = Inga ännu.
portal-sign-out = Logga ut
# $when: datum och tid, redan utskrivna; $with: vårdgivaren eller
# avdelningen; $client: vems tid det är.
portal-appointment = { $when }, hos { $with }
portal-appointment-of = { $client }: { $when }, hos { $with }
# Var en bokad tid står. $time: när dess väntrum öppnar.
portal-state = { $state ->
    [early] Väntrummet öppnar kl. { $time }.
    [open] Väntrummet är öppet.
    [late] Väntrummet är öppet. Du är sen, men mottagningen väntar fortfarande på dig.
    [expired] Missat besök.
    [cancelled] Avbokat.
   *[ended] Genomfört.
}
portal-walk-in = Drop in-besök
portal-go = Gå till besöket
# Frågeformuläret som mottagningen ber patienten fylla i före besöket:
# $title är mottagningens titel på det.
portal-questionnaire = { $status ->
    [completed] Frågeformulär ”{ $title }”: skickat. Tack!
    [started] Frågeformulär ”{ $title }”: påbörjat, inte skickat än.
   *[new] Mottagningen ber dig fylla i ”{ $title }” före besöket.
}
portal-questionnaire-fill = Fyll i frågeformuläret

## Meddelanden till mottagningen (chattkanaler), som finns kvar efter besöket.

portal-messages = Meddelanden till mottagningen
portal-not-urgent = Inte för akuta ärenden: om det är brådskande, ring mottagningen eller larmnumret.
portal-no-channels = Inga konversationer än. Efter ditt första besök kan du skriva till din vårdgivare här.
# En konversation i listan: $with är vårdgivaren (eller avdelningen);
# $client: vems journal det är, när adressen finns på mer än en.
portal-channel = Konversation med { $with }
portal-channel-of = { $client }: konversation med { $with }
# $n: meddelanden från mottagningen som inte har lästs än.
portal-channel-unread = { $n ->
    [one] { $n } nytt meddelande
   *[other] { $n } nya meddelanden
}
portal-channel-open = Läs och skriv
portal-conversation-empty = Inga meddelanden än. Skriv din fråga nedan: mottagningen svarar här och meddelar dig via e-post när den har svarat.
portal-conversation-log =
    .aria-label = Meddelanden
portal-write = Ditt meddelande
portal-send = Skicka
portal-back = Tillbaka till dina bokade tider
portal-you = Du
portal-write-something = Skriv ditt meddelande först.
portal-not-sent = Ditt meddelande kunde inte skickas. Försök igen eller ring mottagningen.
