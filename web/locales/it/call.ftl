# La pagina della chiamata (/call/{room}): la sala d'attesa, la visita vera e
# propria (riquadri video, controlli, chat, file condivisi, sottotitoli in
# tempo reale, qualità della chiamata, invito di un ospite) e ciò che viene
# mostrato quando è terminata.
#
# Variabili: $room è il codice di una sala, $name il nome di una persona o di
# un file (come è stato scritto), $practitioner il nome del medico, $reason
# un motivo tecnico (spesso in inglese), $minutes e $ahead numeri interi,
# $size un numero già scritto nella lingua della pagina, $bytes il numero di
# byte (solo per il plurale), $ms un numero di millisecondi, $kbps kilobit al
# secondo, $percent una percentuale (da 0 a 100), $width, $height e $fps
# dimensioni e frequenza dei fotogrammi di un video, $camera il nome di una
# fotocamera come lo fornisce il dispositivo.
#
# I valori tecnici (kbit/s, millisecondi, dimensioni video) sono scritti
# senza separatori delle migliaia (useGrouping: 0).

call-page-title = Visita · anteroom
call-title = Visita
call-title-video = Videovisita
call-title-room = Sala visite { $room }
# Una sala riunioni: il personale tra colleghi, o con gli ospiti che invita.
call-title-meeting = Sala riunioni
call-page-title-meeting = Riunione · anteroom
call-language = Lingua
call-duration =
    .aria-label = Durata della chiamata
call-participants =
    .aria-label = Partecipanti
call-screen-sharing = Sta condividendo il Suo schermo.
call-enable-sound = Attiva l'audio

## Partecipare senza link: il nome da mostrare

call-name-label = Il Suo nome, come lo vedranno gli altri
call-join = Partecipa

## I riquadri video. «Lei» indica Lei anche nella chat.

call-you = Lei
# Gli indicatori di un riquadro, uniti in un elenco: «microfono disattivato, connessione scarsa».
call-flag-microphone-off = microfono disattivato
call-flag-camera-off = fotocamera disattivata
call-flag-video-paused = video in pausa: la Sua connessione è troppo lenta
call-flag-poor-connection = connessione scarsa
call-flag-screen-paused = schermo in pausa: la Sua connessione è troppo lenta
# Il riquadro di uno schermo condiviso.
call-screen-of = Schermo di { $name }
call-screen-of-someone = Schermo di un partecipante

## Lo stato della chiamata, in cima alla pagina

status-new = Avvio in corso…
status-connecting = Connessione in corso…
status-connected = Connessione stabilita
status-reconnecting = Connessione instabile, riconnessione in corso…
status-failed = Connessione persa
status-closed = Chiamata terminata
status-enter-name = Inserisca il Suo nome per partecipare
status-waiting = In attesa di poter entrare
status-other-window = Partecipa a questa chiamata da un'altra finestra
status-ended-by-server = La chiamata è stata terminata dal server
status-ended = La visita è terminata
status-room-not-found = Questa sala non esiste
status-token-expired = Questo link alla visita è scaduto: lo riapra dal Suo invito o dalle pagine del personale
status-invalid-token = Questo link alla visita non è valido
status-room-full = La visita è al completo
status-join-failed = Impossibile entrare: { $reason }
status-share-failed = Impossibile condividere lo schermo: { $reason }
status-switch-camera-failed = Impossibile cambiare fotocamera: { $reason }
status-auto-admit-failed = Impossibile modificare: { $reason }
status-end-failed = Impossibile terminare: { $reason }

## I controlli

controls-bar =
    .aria-label = Controlli della chiamata
controls-mute = Disattiva microfono
controls-unmute = Attiva microfono
controls-camera-off = Disattiva fotocamera
controls-camera-on = Attiva fotocamera
controls-switch-camera = Cambia fotocamera
# Il suggerimento del pulsante per cambiare fotocamera: la fotocamera in uso.
controls-camera-now = In uso: { $camera }
controls-camera-now-unnamed = In uso: fotocamera
controls-more = Altro
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Condividi schermo
controls-stop-sharing = Interrompi condivisione
# «CC»: sottotitoli (closed captions).
controls-captions = CC
    .title = Sottotitoli in tempo reale
controls-quality = Qualità della chiamata
# Seguito da una scelta tra 720p, 540p, 360p e 180p.
controls-send-video = Invia video in
controls-pip = Picture in picture
controls-fullscreen = Schermo intero
# Personale: se il paziente entra senza dover essere ammesso.
controls-auto-admit = Fai entrare subito il paziente
controls-auto-admit-on = Il paziente entra subito (attivo)
controls-leave = Esci
controls-end = Termina visita
controls-end-confirm = Terminare la visita per tutti?

## La sala d'attesa (quella del paziente)

waiting-title = È nella sala d'attesa
waiting-who = L'ambulatorio La farà entrare a breve. Tenga aperta questa pagina.
waiting-who-practitioner = { $practitioner } La farà entrare a breve. Tenga aperta questa pagina.
waiting-announcements =
    .aria-label = Avvisi
waiting-since-now = È in attesa da meno di un minuto.
waiting-since = { $minutes ->
    [one] È in attesa da { NUMBER($minutes) } minuto.
   *[other] È in attesa da { NUMBER($minutes) } minuti.
}
# $ahead: quanti pazienti ci sono prima di questo; $minutes: tra quanto,
# all'incirca, arriva il suo turno (0: adesso).
waiting-estimate = { $ahead ->
    [0] Non c'è nessuno prima di Lei.
    [one] C'è { NUMBER($ahead) } paziente prima di Lei.
   *[other] Ci sono { NUMBER($ahead) } pazienti prima di Lei.
} { $minutes ->
    [0] È il Suo turno: entrerà non appena l'ambulatorio sarà pronto.
    [one] Il Suo turno tra circa { NUMBER($minutes) } minuto.
   *[other] Il Suo turno tra circa { NUMBER($minutes) } minuti.
}

## Il personale nella chiamata: chi è in attesa di entrare

waiting-join-title = In attesa di entrare
waiting-admit = Fai entrare
    .aria-label = Fai entrare { $name }
# $role: chi è la persona in attesa.
waiting-role = { $role ->
    [patient] paziente
    [participant] partecipante su invito
    [guest] ospite
    [practitioner] personale
   *[other] { $role }
}
waiting-admit-not-present = { $name } potrà entrare quando il paziente sarà presente.
waiting-admit-full = La visita è al completo.
waiting-admit-failed = Impossibile far entrare: { $reason }

## Qualità della chiamata (personale)

quality-connection = Connessione:
# La connessione in una parola, nell'intestazione e nella tabella.
quality-level = { $level ->
    [good] buona
    [fair] discreta
   *[poor] scarsa
}
quality-tooltip = andata e ritorno { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% di perdita
quality-title = Qualità della chiamata
quality-table =
    .aria-label = Qualità della chiamata per partecipante
quality-participant = Partecipante
quality-receiving = Ricezione
quality-video = Video
quality-lost = Perdita
quality-state = Stato
# $path: come viaggiano audio e video: udp, tcp, relay (server intermedio)
# o nessuno ancora.
quality-summary = Audio e video: { $path ->
        [udp] connessione diretta (UDP)
        [tcp] tramite TCP
        [relay] tramite un server intermedio
       *[other] connessione in corso
    }, andata e ritorno { NUMBER($ms, useGrouping: 0) } ms, invio { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Lo stesso, prima che il tempo di andata e ritorno sia noto.
quality-summary-no-rtt = Audio e video: { $path ->
        [udp] connessione diretta (UDP)
        [tcp] tramite TCP
        [relay] tramite un server intermedio
       *[other] connessione in corso
    }, invio { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = nessuno
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Invitare un ospite (personale)

invite-title = Invita qualcuno
invite-name-label = Il nome della persona, come lo vedranno gli altri
invite-create = Crea un link per ospiti
invite-created = Invii questo link alla persona: fa entrare una sola persona, una sola volta, entro un'ora. Poi la faccia entrare da «In attesa di entrare».
invite-url =
    .aria-label = Link per ospiti
invite-copy = Copia
invite-sign-in = Per invitare ospiti, acceda alle pagine del personale in questo browser.
invite-check-name = Controlli il nome.
invite-over = Questa visita è terminata.
invite-failed = Impossibile creare il link: { $reason }

## Il questionario del paziente (personale durante una visita). $title è il
## titolo del questionario dell'ambulatorio.

call-answers-title = Questionario: { $title }
call-answers-status = { $status ->
    [new] Il paziente non l'ha ancora iniziato.
    [started] Il paziente l'ha iniziato ma non l'ha ancora inviato.
   *[completed] Il paziente l'ha inviato.
}
call-answers-show = Mostra le risposte
call-answers-failed = Impossibile caricare le risposte.
call-answers-none = Nessuna risposta
call-answers-yes = Sì
call-answers-no = No
# Download delle risposte (ogni download viene annotato nel registro di
# controllo dell'ambulatorio).
call-answers-pdf = Scarica come PDF
call-answers-text = Scarica come testo

## Chat

chat-title = Chat
chat-title-waiting = Chat con l'ambulatorio
chat-message-label = Messaggio
chat-input =
    .placeholder = Scriva un messaggio
chat-send = Invia
# Closes the chat over the video (on a phone).
chat-close = Chiudi
chat-too-long = Il messaggio è troppo lungo (massimo 2000 caratteri).
chat-rate-limited = Non inviato: troppi messaggi tutti insieme. Attenda un momento e riprovi.
chat-failed = Non inviato: { $reason }

## File condivisi

files-share = Condividi un file
files-gone = I file condivisi durante la visita sono stati eliminati.
files-sending = Invio di { $name }…
files-too-large = Impossibile condividere { $name }: supera i 20 MB.
files-invalid-name = Impossibile condividere { $name }: il nome contiene caratteri non consentiti; lo rinomini e riprovi.
files-storage-full = Impossibile condividere { $name }: in questa visita non c'è più spazio per i file.
files-not-shared = Impossibile condividere { $name }: { $reason }.
# Nella chat, dopo il nome di chi lo invia: «ha condiviso Esami del sangue.pdf (146 KB)».
files-shared = ha condiviso { $name } ({ $size })
files-download = Scarica { $name }
files-download-ended = La visita è terminata; i file della visita sono stati eliminati.
files-download-failed = Download non riuscito: { $reason }
# La dimensione di un file; $size è il numero, già scritto nella lingua della pagina.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } byte
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Sottotitoli in tempo reale

captions-region =
    .aria-label = Sottotitoli in tempo reale
captions-read-in = Leggi i sottotitoli in
# La prima scelta sotto «Leggi i sottotitoli in»; le altre sono lingue, ognuna
# scritta nella lingua stessa.
captions-language-spoken = la lingua parlata
captions-speakers = Lingue parlate
# Prima di una scelta di lingua.
captions-you-speak = Lei parla
captions-speaks = { $name } parla
# Prima delle parole dette da qualcuno.
captions-speaker = { $name }:
captions-delayed = I sottotitoli sono in ritardo.
captions-words-missed = [mancano alcune parole]
captions-in-language = ({ $language })
captions-translated-from = (tradotto da: { $language })
captions-unavailable = I sottotitoli non sono disponibili su questo server. La chiamata continua.
captions-failed = Impossibile attivare i sottotitoli.
captions-untranslated = Su questo server i sottotitoli non possono essere tradotti; restano nella lingua parlata.
captions-unheard = Su questo server i sottotitoli non riconoscono questa lingua.
captions-kept = Quando i sottotitoli sono attivi, questo ambulatorio li conserva insieme all'appuntamento.

## Dopo la chiamata

ended-title = La visita è terminata
ended-thanks = Grazie. Ora può chiudere questa pagina.
# Al medico che ha terminato la visita.
ended-thanks-staff = La visita è terminata per tutti. Può chiudere questa scheda.
ended-chat-note = La chat della visita resta su questa pagina finché non la chiude.
ended-left = Ha lasciato la chiamata.
ended-rejoin = Partecipa di nuovo

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Ha aperto questa visita in un'altra finestra
elsewhere-hint = Prosegue lì. Se preferisce continuarla qui, la riprenda in questa finestra.
elsewhere-take-back = Continua qui
