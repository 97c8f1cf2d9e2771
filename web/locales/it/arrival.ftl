# La pagina di arrivo (/c/{link}, /g/{guest link}): dove porta un link di
# invito. Indica se la sala d'attesa è aperta, verifica fotocamera,
# microfono, altoparlanti e connessione, poi fa entrare il paziente.
#
# Variabili: $clinic è il nome dell'ambulatorio, $with il nome del medico,
# del reparto o dell'ambulatorio, $time una data e un'ora già scritte nella
# lingua della pagina, $room il nome di una sala riunioni, $name il nome
# dell'ospite, $ms un numero di millisecondi, $error un motivo tecnico.

arrival-heading = La Sua videovisita
arrival-title = { $clinic }: la Sua videovisita
arrival-guest-title = { $clinic }: videochiamata
arrival-checking-link = Verifica del link in corso…
arrival-language = Lingua

## Lo stato del link

arrival-invalid = Questo link non è valido. Usi il link del Suo invito più recente oppure contatti l'ambulatorio.
arrival-unreachable = Al momento il server dell'ambulatorio non è raggiungibile ({ $error }). Riprovi tra qualche istante.
arrival-walk-in = Visita senza appuntamento con { $with }.
arrival-appointment = Il Suo appuntamento con { $with }: { $time }.
arrival-early = La sala d'attesa apre { $time }. A quell'ora questa pagina la aprirà automaticamente.
arrival-late = L'orario del Suo appuntamento è passato, ma può ancora entrare: l'ambulatorio La riceverà il prima possibile.
arrival-open = La sala d'attesa è aperta.
arrival-cancelled = Questo appuntamento è stato annullato. Per qualsiasi domanda, contatti l'ambulatorio.
arrival-expired = Questo link è scaduto. Contatti l'ambulatorio per un nuovo appuntamento.

## Un link per ospiti

guest-invalid = Questo link non è valido. Ne chieda uno nuovo alla persona che glielo ha inviato.
guest-unreachable = Al momento il server non è raggiungibile ({ $error }). Riprovi tra qualche istante.
guest-meeting-room = Ha ricevuto un invito per la sala riunioni «{ $room }», come { $name }.
guest-consultation = Ha ricevuto un invito per una videovisita, come { $name }.
guest-used = Questo link per ospiti è già stato usato: fa entrare una sola persona, una sola volta. Ne chieda uno nuovo alla persona che glielo ha inviato.
guest-expired = Questo link per ospiti è scaduto. Ne chieda uno nuovo alla persona che glielo ha inviato.
guest-open = Qualcuno nella chiamata La farà entrare. Questo link funziona una sola volta.
guest-join = Partecipa

## La verifica prima di entrare

check-heading = Prima di entrare
check-preview = La Sua fotocamera
check-camera = Fotocamera:
check-mic = Microfono:
check-speakers = Altoparlanti:
check-server = Connessione con l'ambulatorio:
check-media = Connessione video:
check-pending = verifica in corso…
check-mic-level =
    .aria-label = Livello del microfono
check-speakers-hint = prema il pulsante e ascolti
check-play = Riproduci un suono
check-camera-blocked = bloccata: consenta l'uso di fotocamera e microfono nel browser
check-camera-unavailable = non disponibile ({ $error })
check-unavailable = non disponibile
check-working = funziona
check-none-found = nessun dispositivo trovato
check-mic-heard = La sentiamo bene
check-mic-found = trovato; parli per vedere muoversi il livello
check-speakers-played = ha sentito un suono? Se no, controlli il volume
check-server-good = buona ({ $ms } ms)
check-server-no-answer = nessuna risposta: la Sua rete potrebbe bloccarla
check-server-failed = impossibile connettersi: la Sua rete potrebbe bloccarla
check-media-untested = non verificata: nessuna connessione con l'ambulatorio
check-media-measuring = connessa; misurazione in corso…
check-media-blocked = nessuna connessione: la Sua rete blocca le videochiamate. Provi un'altra rete (dati mobili, Wi-Fi di casa) oppure chieda al Suo reparto informatico di consentire le videochiamate con questo ambulatorio. Può comunque entrare: l'ambulatorio lo vedrà e potrà chiamarLa al telefono.
check-media-busy = l'ambulatorio è occupato; verrà verificata quando entrerà
check-media-error = non è stato possibile verificarla

# Ciò che la verifica video ha misurato, tra parentesi dopo il risultato:
# "(24 ms, nessuna perdita, 1,2 Mbit/s in invio)". $percent e $mbits sono numeri.
check-figure-rtt = { $ms } ms
check-figure-no-loss = nessuna perdita
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) }% di perdita
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s in invio
# $figures: i valori qui sopra, uniti; "none" se non ne è stato misurato nessuno.
check-media-good = { $figures ->
    [none] buona
   *[other] buona ({ $figures })
}
check-media-slow = { $figures ->
    [none] lenta: l'immagine potrebbe bloccarsi; una rete migliore aiuta
   *[other] lenta ({ $figures }): l'immagine potrebbe bloccarsi; una rete migliore aiuta
}
check-media-relayed = { $figures ->
    [none] funziona tramite un server intermedio: la Sua rete è restrittiva, la chiamata potrebbe essere un po' più lenta
   *[other] funziona tramite un server intermedio ({ $figures }): la Sua rete è restrittiva, la chiamata potrebbe essere un po' più lenta
}
check-media-tcp = { $figures ->
    [none] funziona solo tramite TCP: la Sua rete blocca UDP, la chiamata potrebbe avere qualche scatto ogni tanto
   *[other] funziona solo tramite TCP ({ $figures }): la Sua rete blocca UDP, la chiamata potrebbe avere qualche scatto ogni tanto
}

## Entrare

enter = Entra nella sala d'attesa
enter-failed = Impossibile entrare nella sala d'attesa: { $reason }
enter-not-open = La sala d'attesa non è ancora aperta.
enter-closed = Questo link è scaduto.
enter-invalid = Questo link non è (più) valido.
