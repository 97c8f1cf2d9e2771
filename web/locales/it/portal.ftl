# Il portale pazienti (/portal/{clinic}): il paziente accede con un PIN
# inviato al suo indirizzo e-mail e vede i suoi appuntamenti.

portal-title = Portale pazienti
portal-language = Lingua
portal-loading = Caricamento…
portal-no-clinic = Questo ambulatorio non esiste.
portal-unreachable = Al momento l'ambulatorio non è raggiungibile. Riprovi tra qualche istante.
portal-sign-in = Acceda per vedere i Suoi appuntamenti
portal-ask-hint = Inserisca l'indirizzo e-mail che l'ambulatorio ha registrato per Lei. Le invieremo un PIN a quell'indirizzo.
portal-email = Indirizzo e-mail
portal-send-pin = Inviami un PIN
portal-enter-pin = Inserisca il Suo PIN
# $minutes: per quanto tempo il PIN è valido.
portal-sent = Se l'ambulatorio ha questo indirizzo, Le abbiamo inviato un PIN. È valido per { $minutes } minuti.
portal-pin = PIN (6 cifre)
portal-open = Accedi
portal-again = Invia un nuovo PIN
portal-check-email = Controlli il Suo indirizzo e-mail.
portal-check-pin = Il PIN è composto da sei cifre.
portal-wrong-pin = Il PIN non è corretto oppure è scaduto. Lo controlli o ne chieda uno nuovo.
portal-too-many = Troppi tentativi. Attenda un quarto d'ora oppure chiami l'ambulatorio.
portal-failed = Si è verificato un problema: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Questo ambulatorio non invia e-mail, quindi il portale non può inviarLe un PIN. Chiami l'ambulatorio.
portal-signed-out = Ha effettuato la disconnessione.
portal-expired = La Sua sessione è scaduta. Acceda di nuovo per continuare.
# Sopra l'elenco quando l'indirizzo compare in più di una scheda (quello di
# un genitore nelle schede dei figli). $names: i nomi, separati da virgole.
portal-whose = Appuntamenti di { $names }
portal-upcoming = I Suoi appuntamenti
portal-none = Non ha appuntamenti in programma.
portal-past = Appuntamenti precedenti
portal-no-past = Ancora nessuno.
portal-sign-out = Esci
# $when: data e ora, già scritte per esteso; $with: il medico o il reparto;
# $client: di chi è l'appuntamento.
portal-appointment = { $when }, con { $with }
portal-appointment-of = { $client }: { $when }, con { $with }
# A che punto è un appuntamento. $time: quando apre la sua sala d'attesa.
portal-state = { $state ->
    [early] La sala d'attesa apre alle { $time }.
    [open] La sala d'attesa è aperta.
    [late] La sala d'attesa è aperta. È in ritardo, ma l'ambulatorio La aspetta ancora.
    [expired] Appuntamento mancato.
    [cancelled] Appuntamento annullato.
   *[ended] Appuntamento svolto.
}
portal-walk-in = Visita senza appuntamento
portal-go = Accedi alla visita
# Il questionario che l'ambulatorio chiede al paziente di compilare prima
# dell'appuntamento: $title è il titolo che gli ha dato l'ambulatorio.
portal-questionnaire = { $status ->
    [completed] Questionario «{ $title }»: inviato. Grazie.
    [started] Questionario «{ $title }»: iniziato, non ancora inviato.
   *[new] L'ambulatorio Le chiede di compilare «{ $title }» prima della visita.
}
portal-questionnaire-fill = Compila il questionario

## Messaggi all'ambulatorio (canali di chat), conservati dopo la visita.

portal-messages = Messaggi all'ambulatorio
portal-not-urgent = Non per le emergenze: per qualsiasi urgenza chiami l'ambulatorio o il numero di emergenza.
portal-no-channels = Ancora nessuna conversazione. Dopo il Suo primo appuntamento potrà scrivere qui al Suo medico.
# Una conversazione nell'elenco: $with è il medico (o il reparto);
# $client: di chi è la scheda, quando l'indirizzo compare in più di una.
portal-channel = Conversazione con { $with }
portal-channel-of = { $client }: conversazione con { $with }
# $n: messaggi dell'ambulatorio non ancora letti.
portal-channel-unread = { $n ->
    [one] { $n } nuovo messaggio
   *[other] { $n } nuovi messaggi
}
portal-channel-open = Leggi e scrivi
portal-conversation-empty = Ancora nessun messaggio. Scriva qui sotto la Sua domanda: l'ambulatorio risponde qui e La avvisa via e-mail quando lo ha fatto.
portal-conversation-log =
    .aria-label = Messaggi
portal-write = Il Suo messaggio
portal-send = Invia
portal-back = Torna ai Suoi appuntamenti
portal-you = Lei
portal-write-something = Scriva prima il Suo messaggio.
portal-not-sent = Non è stato possibile inviare il Suo messaggio. Riprovi oppure chiami l'ambulatorio.
