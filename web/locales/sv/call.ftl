# Samtalssidan (/call/{rum}): väntrummet, själva besöket (videorutor,
# kontroller, chatt, delade filer, livetextning, samtalskvalitet, att bjuda
# in en gäst) och det som visas när det är slut.
#
# Variabler: $room är ett rums kod, $name en persons eller en fils namn (så
# som de angav det), $practitioner vårdgivarens namn, $reason en teknisk
# orsak (ofta på engelska), $minutes och $ahead heltal, $size ett tal som
# redan är skrivet på sidans språk, $bytes antalet byte (bara för
# pluralformen), $ms ett antal millisekunder, $kbps kilobit per sekund,
# $percent en procentsats (0 till 100), $width, $height och $fps en videos
# storlek och bildfrekvens, $camera en kameras namn så som enheten anger det.
#
# Tekniska värden (kbit/s, millisekunder, videostorlekar) skrivs utan
# tusentalsavgränsare (useGrouping: 0).

call-page-title = Besök · anteroom
call-title = Besök
call-title-video = Videobesök
call-title-room = Mottagningsrum { $room }
# Ett mötesrum: personal sinsemellan, eller med gäster som de bjuder in.
call-title-meeting = Mötesrum
call-page-title-meeting = Möte · anteroom
call-language = Språk
call-duration =
    .aria-label = Samtalets längd
call-participants =
    .aria-label = Deltagare
call-screen-sharing = Du delar din skärm.
call-enable-sound = Slå på ljudet

## Att ansluta utan länk: namnet som visas

call-name-label = Ditt namn, så som de andra ser det
call-join = Anslut

## Videorutorna. "Du" betecknar dig också i chatten.

call-you = Du
# Markeringarna på en ruta, i en lista: "mikrofon av, dålig anslutning".
call-flag-microphone-off = mikrofon av
call-flag-camera-off = kamera av
call-flag-video-paused = video pausad: din anslutning är för långsam
call-flag-poor-connection = dålig anslutning
call-flag-screen-paused = skärm pausad: din anslutning är för långsam
# Rutan för en delad skärm.
call-screen-of = Delad skärm: { $name }
call-screen-of-someone = Någons skärm

## Samtalets status, högst upp på sidan

status-new = Startar…
status-connecting = Ansluter…
status-connected = Ansluten
status-reconnecting = Anslutningen är instabil, ansluter igen…
status-failed = Anslutningen bröts
status-closed = Samtalet är avslutat
status-enter-name = Skriv ditt namn för att ansluta
status-waiting = Väntar på att bli insläppt
status-other-window = Du har anslutit till det här samtalet i ett annat fönster
status-ended-by-server = Servern avslutade samtalet
status-ended = Besöket har avslutats
status-room-not-found = Det här rummet finns inte
status-token-expired = Den här länken till besöket har gått ut: öppna den igen från din kallelse eller från personalsidorna
status-invalid-token = Den här länken till besöket är inte giltig
status-room-full = Besöket är fullt
status-join-failed = Kunde inte ansluta: { $reason }
status-share-failed = Kunde inte dela skärmen: { $reason }
status-switch-camera-failed = Kunde inte byta kamera: { $reason }
status-auto-admit-failed = Kunde inte ändra: { $reason }
status-end-failed = Kunde inte avsluta: { $reason }

## Kontrollerna

controls-bar =
    .aria-label = Samtalskontroller
controls-mute = Stäng av mikrofon
controls-unmute = Slå på mikrofon
controls-camera-off = Stäng av kamera
controls-camera-on = Slå på kamera
controls-switch-camera = Byt kamera
# Knappen Byt kameras verktygstips: kameran som används.
controls-camera-now = Nu: { $camera }
controls-camera-now-unnamed = Nu: kamera
controls-more = Mer
# On a phone: opens the chat over the video.
controls-chat = Chatt
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chatt ({ $count })
controls-share-screen = Dela skärm
controls-stop-sharing = Sluta dela skärm
# "CC" på engelska (closed captions): textning.
controls-captions = Textning
    .title = Livetextning
controls-quality = Samtalskvalitet
# Följs av ett val mellan 720p, 540p, 360p och 180p.
controls-send-video = Skicka video i
controls-pip = Bild i bild
controls-fullscreen = Helskärm
# Personal: om patienten kommer in utan att släppas in.
controls-auto-admit = Släpp in patienten direkt
controls-auto-admit-on = Patienten kommer in direkt (på)
controls-leave = Lämna
controls-end = Avsluta besöket
controls-end-confirm = Avsluta besöket för alla?

## Väntrummet (patientens)

waiting-title = Du är i väntrummet
waiting-who = Mottagningen släpper in dig snart. Håll den här sidan öppen.
waiting-who-practitioner = { $practitioner } släpper in dig snart. Håll den här sidan öppen.
waiting-announcements =
    .aria-label = Meddelanden
waiting-since-now = Du kom alldeles nyss.
waiting-since = { $minutes ->
    [one] Du har väntat i { NUMBER($minutes) } minut.
   *[other] Du har väntat i { NUMBER($minutes) } minuter.
}
# $ahead: hur många patienter som står före den här; $minutes: ungefär hur
# länge tills det är deras tur (0: nu).
waiting-estimate = { $ahead ->
    [0] Du står näst på tur.
    [one] { NUMBER($ahead) } patient före dig.
   *[other] { NUMBER($ahead) } patienter före dig.
} { $minutes ->
    [0] Nu är det din tur: du släpps in så snart mottagningen är redo.
    [one] Din tur om ungefär { NUMBER($minutes) } minut.
   *[other] Din tur om ungefär { NUMBER($minutes) } minuter.
}

## Personal i samtalet: vem som väntar på att ansluta

waiting-join-title = Väntar på att ansluta
waiting-admit = Släpp in
    .aria-label = Släpp in { $name }
# $role: vad den som väntar är.
waiting-role = { $role ->
    [patient] patient
    [participant] inbjuden deltagare
    [guest] gäst
    [practitioner] personal
   *[other] { $role }
}
waiting-admit-not-present = { $name } kan ansluta när patienten är här.
waiting-admit-full = Besöket är fullt.
waiting-admit-failed = Kunde inte släppa in: { $reason }

## Samtalskvalitet (personal)

quality-connection = Anslutning:
# Anslutningen i ett ord, i sidhuvudet och i tabellen.
quality-level = { $level ->
    [good] bra
    [fair] godtagbar
   *[poor] dålig
}
quality-tooltip = svarstid { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % förlust
quality-title = Samtalskvalitet
quality-table =
    .aria-label = Samtalskvalitet per deltagare
quality-participant = Deltagare
quality-receiving = Tar emot
quality-video = Video
quality-lost = Förlust
quality-state = Status
# $path: hur media går: udp, tcp, relay (reläserver) eller none (ännu ingen väg).
quality-summary = Media: { $path ->
        [udp] direkt (UDP)
        [tcp] TCP
        [relay] via en reläserver
       *[other] ansluter
    }, svarstid { NUMBER($ms, useGrouping: 0) } ms, skickar { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Samma sak innan svarstiden är känd.
quality-summary-no-rtt = Media: { $path ->
        [udp] direkt (UDP)
        [tcp] TCP
        [relay] via en reläserver
       *[other] ansluter
    }, skickar { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = ingen
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) } %

## Att bjuda in en gäst (personal)

invite-title = Bjud in någon
invite-name-label = Personens namn, så som de andra ser det
invite-create = Skapa en gästlänk
invite-created = Skicka den här länken till personen; den släpper in en person, en gång, inom en timme. Du släpper in personen under ”Väntar på att ansluta”.
invite-url =
    .aria-label = Gästlänk
invite-copy = Kopiera
invite-sign-in = Logga in på personalsidorna i den här webbläsaren för att bjuda in gäster.
invite-check-name = Kontrollera namnet.
invite-over = Det här besöket är avslutat.
invite-failed = Kunde inte skapa länken: { $reason }

## Patientens frågeformulär (personal under ett besök). $title är titeln på
## mottagningens frågeformulär.

call-answers-title = Frågeformulär: { $title }
call-answers-status = { $status ->
    [new] Patienten har inte börjat fylla i det.
    [started] Patienten har börjat fylla i det men har inte skickat det än.
   *[completed] Patienten har skickat det.
}
call-answers-show = Visa svaren
call-answers-failed = Kunde inte läsa in svaren.
call-answers-none = Ej besvarad
call-answers-yes = Ja
call-answers-no = Nej
# Nedladdningar av svaren (varje nedladdning hamnar i mottagningens
# granskningslogg).
call-answers-pdf = Ladda ned som PDF
call-answers-text = Ladda ned som text

## Chatt

chat-title = Chatt
chat-title-waiting = Chatta med mottagningen
chat-message-label = Meddelande
chat-input =
    .placeholder = Skriv ett meddelande
chat-send = Skicka
# Closes the chat over the video (on a phone).
chat-close = Stäng
chat-too-long = Meddelandet är för långt (högst 2000 tecken).
chat-rate-limited = Inte skickat: för många meddelanden på en gång. Vänta en stund och försök igen.
chat-failed = Inte skickat: { $reason }

## Delade filer

files-share = Dela en fil
files-gone = Filerna som delades under besöket har raderats.
files-sending = Skickar { $name }…
files-too-large = { $name } delades inte: filen är större än 20 MB.
files-invalid-name = { $name } delades inte: namnet innehåller tecken som inte är tillåtna. Byt namn på filen och försök igen.
files-storage-full = { $name } delades inte: det finns inte mer utrymme för filer i det här besöket.
files-not-shared = { $name } delades inte: { $reason }.
# I chatten: "delade Blodprov.pdf (146 KB)", efter avsändarens namn.
files-shared = delade { $name } ({ $size })
files-download = Ladda ned { $name }
files-download-ended = Besöket har avslutats och dess filer har raderats.
files-download-failed = Nedladdningen misslyckades: { $reason }
# En fils storlek; $size är talet, redan skrivet på sidans språk.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } byte
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Livetextning

captions-region =
    .aria-label = Livetextning
captions-read-in = Visa textningen på
# Det första valet under "Visa textningen på"; de andra är språk, vart och
# ett skrivet på sitt eget språk.
captions-language-spoken = det talade språket
captions-speakers = Språk som talas
# Före ett val av språk.
captions-you-speak = Du talar
captions-speaks = { $name } talar
# Före det som någon sa.
captions-speaker = { $name }:
captions-delayed = Textningen ligger efter.
captions-words-missed = [några ord saknas]
captions-in-language = ({ $language })
captions-translated-from = (översatt från { $language })
captions-unavailable = Textning finns inte på den här servern. Samtalet fortsätter.
captions-failed = Textningen kunde inte slås på.
captions-untranslated = Textningen kan inte översättas på den här servern; den visas på det talade språket.
captions-unheard = Textningen förstår inte det språket på den här servern.
captions-kept = När textningen är på sparar mottagningen den tillsammans med besöket.

## Efter samtalet

ended-title = Besöket har avslutats
ended-thanks = Tack. Du kan stänga den här sidan nu.
# Till vårdgivaren som avslutade besöket.
ended-thanks-staff = Besöket har avslutats för alla. Du kan stänga den här fliken.
ended-chat-note = Chatten från besöket finns kvar på den här sidan tills du stänger den.
ended-left = Du har lämnat samtalet.
ended-rejoin = Anslut igen

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Du har öppnat det här besöket i ett annat fönster
elsewhere-hint = Det fortsätter där. Om du vill fortsätta här i stället kan du ta tillbaka det.
elsewhere-take-back = Fortsätt här
