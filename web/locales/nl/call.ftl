# De gesprekspagina (/call/{room}): de wachtkamer, het consult zelf
# (videobeelden, knoppen, chat, gedeelde bestanden, live ondertiteling,
# gesprekskwaliteit, een gast uitnodigen) en wat er na afloop te zien is.
#
# Variabelen: $room is de code van een ruimte, $name de naam van een persoon
# of een bestand (zoals die is opgegeven), $practitioner de naam van de
# zorgverlener, $reason een technische reden (vaak in het Engels), $minutes en
# $ahead gehele getallen, $size een getal dat al in de taal van de pagina is
# geschreven, $bytes het aantal bytes (alleen voor het meervoud), $ms een
# aantal milliseconden, $kbps kilobits per seconde, $percent een percentage
# (0 tot 100), $width, $height en $fps de afmetingen en beeldsnelheid van een
# video, $camera de naam van een camera zoals het apparaat die opgeeft.
#
# Technische cijfers (kbit/s, milliseconden, videoformaten) worden zonder
# scheidingstekens voor duizendtallen geschreven (useGrouping: 0).

call-page-title = Consult · anteroom
call-title = Consult
call-title-video = Videoconsult
call-title-room = Spreekkamer { $room }
# Een vergaderruimte: medewerkers onder elkaar, of met gasten die zij uitnodigen.
call-title-meeting = Vergaderruimte
call-page-title-meeting = Vergadering · anteroom
call-language = Taal
call-duration =
    .aria-label = Gespreksduur
call-participants =
    .aria-label = Deelnemers
call-screen-sharing = U deelt uw scherm.
call-enable-sound = Geluid aanzetten

## Deelnemen zonder link: de naam die de anderen zien

call-name-label = Uw naam, zoals de anderen die zien
call-join = Deelnemen

## De videobeelden. “U” is ook uw naam in de chat.

call-you = U
# De meldingen bij een beeld, samen in een lijst: “microfoon uit, slechte verbinding”.
call-flag-microphone-off = microfoon uit
call-flag-camera-off = camera uit
call-flag-video-paused = video gepauzeerd: uw verbinding is te traag
call-flag-poor-connection = slechte verbinding
call-flag-screen-paused = scherm gepauzeerd: uw verbinding is te traag
# Het beeld van een gedeeld scherm.
call-screen-of = Scherm van { $name }
call-screen-of-someone = Iemands scherm

## De stand van het gesprek, boven aan de pagina

status-new = Starten…
status-connecting = Verbinden…
status-connected = Verbonden
status-reconnecting = Verbinding instabiel, opnieuw verbinden…
status-failed = Verbinding verbroken
status-closed = Gesprek beëindigd
status-enter-name = Vul uw naam in om deel te nemen
status-waiting = Wachten tot u wordt binnengelaten
status-other-window = U neemt in een ander venster aan dit gesprek deel
status-ended-by-server = Het gesprek is door de server beëindigd
status-ended = Het consult is afgelopen
status-room-not-found = Deze ruimte bestaat niet
status-token-expired = Deze link naar het consult is verlopen: open hem opnieuw vanuit uw uitnodiging of de medewerkerspagina’s
status-invalid-token = Deze link naar het consult is niet geldig
status-room-full = Het consult zit vol
status-join-failed = Deelnemen is niet gelukt: { $reason }
status-share-failed = Scherm delen is niet gelukt: { $reason }
status-switch-camera-failed = Andere camera kiezen is niet gelukt: { $reason }
status-auto-admit-failed = Wijzigen is niet gelukt: { $reason }
status-end-failed = Beëindigen is niet gelukt: { $reason }

## De knoppen

controls-bar =
    .aria-label = Knoppen voor het gesprek
controls-mute = Microfoon uitzetten
controls-unmute = Microfoon aanzetten
controls-camera-off = Camera uitzetten
controls-camera-on = Camera aanzetten
controls-switch-camera = Camera wisselen
# De tooltip van de knop Camera wisselen: de camera die nu wordt gebruikt.
controls-camera-now = Nu: { $camera }
controls-camera-now-unnamed = Nu: camera
controls-more = Meer
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Scherm delen
controls-stop-sharing = Scherm delen stoppen
# “CC”: ondertiteling (closed captions).
controls-captions = CC
    .title = Live ondertiteling
controls-quality = Gesprekskwaliteit
# Gevolgd door een keuze uit 720p, 540p, 360p en 180p.
controls-send-video = Video verzenden in
controls-pip = Beeld-in-beeld
controls-fullscreen = Volledig scherm
# Medewerkers: of de patiënt binnenkomt zonder te worden binnengelaten.
controls-auto-admit = Patiënt direct binnenlaten
controls-auto-admit-on = Patiënt komt direct binnen (aan)
controls-leave = Verlaten
controls-end = Consult beëindigen
controls-end-confirm = Het consult voor iedereen beëindigen?

## De wachtkamer (van de patiënt)

waiting-title = U bent in de wachtkamer
waiting-who = De praktijk laat u zo binnen. Laat deze pagina open staan.
waiting-who-practitioner = { $practitioner } laat u zo binnen. Laat deze pagina open staan.
waiting-announcements =
    .aria-label = Mededelingen
waiting-since-now = U bent er net.
waiting-since = { $minutes ->
    [one] U wacht al { NUMBER($minutes) } minuut.
   *[other] U wacht al { NUMBER($minutes) } minuten.
}
# $ahead: hoeveel patiënten er vóór deze patiënt zijn; $minutes: ongeveer hoe
# lang het nog duurt tot deze patiënt aan de beurt is (0: nu).
waiting-estimate = { $ahead ->
    [0] Er is niemand meer vóór u.
    [one] Er is { NUMBER($ahead) } patiënt vóór u.
   *[other] Er zijn { NUMBER($ahead) } patiënten vóór u.
} { $minutes ->
    [0] U bent aan de beurt: u wordt binnengelaten zodra de praktijk klaar is.
    [one] U bent over ongeveer { NUMBER($minutes) } minuut aan de beurt.
   *[other] U bent over ongeveer { NUMBER($minutes) } minuten aan de beurt.
}

## Medewerkers in het gesprek: wie wacht om erbij te komen

waiting-join-title = Wachten op toegang
waiting-admit = Binnenlaten
    .aria-label = { $name } binnenlaten
# $role: wat de wachtende persoon is.
waiting-role = { $role ->
    [patient] patiënt
    [participant] uitgenodigde deelnemer
    [guest] gast
    [practitioner] medewerker
   *[other] { $role }
}
waiting-admit-not-present = { $name } kan deelnemen zodra de patiënt er is.
waiting-admit-full = Het consult zit vol.
waiting-admit-failed = Binnenlaten is niet gelukt: { $reason }

## Gesprekskwaliteit (medewerkers)

quality-connection = Verbinding:
# De verbinding in één woord, in de kop en in de tabel.
quality-level = { $level ->
    [good] goed
    [fair] redelijk
   *[poor] slecht
}
quality-tooltip = rondreistijd { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% verloren
quality-title = Gesprekskwaliteit
quality-table =
    .aria-label = Gesprekskwaliteit per deelnemer
quality-participant = Deelnemer
quality-receiving = Ontvangen
quality-video = Video
quality-lost = Verloren
quality-state = Status
# $path: hoe beeld en geluid gaan: udp, tcp, relay (via een omweg), of nog geen.
quality-summary = Media: { $path ->
        [udp] direct (UDP)
        [tcp] via TCP
        [relay] via een omweg
       *[other] bezig met verbinden
    }, rondreistijd { NUMBER($ms, useGrouping: 0) } ms, uitgaand { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Hetzelfde, zolang de rondreistijd nog niet bekend is.
quality-summary-no-rtt = Media: { $path ->
        [udp] direct (UDP)
        [tcp] via TCP
        [relay] via een omweg
       *[other] bezig met verbinden
    }, uitgaand { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = geen
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Een gast uitnodigen (medewerkers)

invite-title = Iemand uitnodigen
invite-name-label = Naam van de gast, zoals de anderen die zien
invite-create = Gastlink maken
invite-created = Stuur deze link naar de gast. De link laat één persoon één keer binnen en is een uur geldig. U laat de gast binnen via “Wachten op toegang”.
invite-url =
    .aria-label = Gastlink
invite-copy = Kopiëren
invite-sign-in = Log in deze browser in op de medewerkerspagina’s om gasten uit te nodigen.
invite-check-name = Controleer de naam.
invite-over = Dit consult is afgelopen.
invite-failed = De link maken is niet gelukt: { $reason }

## De vragenlijst van de patiënt (medewerkers in een consult). $title is de
## titel van de vragenlijst van de praktijk.

call-answers-title = Vragenlijst: { $title }
call-answers-status = { $status ->
    [new] De patiënt is er nog niet aan begonnen.
    [started] De patiënt is eraan begonnen, maar heeft hem nog niet verstuurd.
   *[completed] De patiënt heeft hem verstuurd.
}
call-answers-show = Antwoorden bekijken
call-answers-failed = De antwoorden konden niet worden geladen.
call-answers-none = Niet beantwoord
call-answers-yes = Ja
call-answers-no = Nee
# Downloads van de antwoorden (elke download komt in het auditlogboek van de
# praktijk).
call-answers-pdf = Downloaden als pdf
call-answers-text = Downloaden als tekst

## Chat

chat-title = Chat
chat-title-waiting = Chat met de praktijk
chat-message-label = Bericht
chat-input =
    .placeholder = Typ een bericht
chat-send = Versturen
# Closes the chat over the video (on a phone).
chat-close = Sluiten
chat-too-long = Dat bericht is te lang (maximaal 2000 tekens).
chat-rate-limited = Niet verstuurd: te veel berichten tegelijk. Wacht even en probeer het opnieuw.
chat-failed = Niet verstuurd: { $reason }

## Gedeelde bestanden

files-share = Bestand delen
files-gone = De bestanden die in het consult zijn gedeeld, zijn verwijderd.
files-sending = { $name } wordt verstuurd…
files-too-large = { $name } is niet gedeeld: het bestand is groter dan 20 MB.
files-invalid-name = { $name } is niet gedeeld: de naam bevat tekens die niet zijn toegestaan. Geef het bestand een andere naam en probeer het opnieuw.
files-storage-full = { $name } is niet gedeeld: er is geen ruimte meer voor bestanden in dit consult.
files-not-shared = { $name } is niet gedeeld: { $reason }.
# In de chat: “deelde Bloedonderzoek.pdf (146 KB)”, na de naam van de afzender
# (of “U”).
files-shared = deelde { $name } ({ $size })
files-download = { $name } downloaden
files-download-ended = Het consult is afgelopen; de bestanden ervan zijn verwijderd.
files-download-failed = Downloaden is niet gelukt: { $reason }
# De grootte van een bestand; $size is het getal, al in de taal van de pagina geschreven.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } bytes
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Live ondertiteling

captions-region =
    .aria-label = Live ondertiteling
captions-read-in = Taal van de ondertiteling
# De eerste keuze onder “Taal van de ondertiteling”; de andere zijn talen, elk
# in die taal zelf genoemd.
captions-language-spoken = Gesproken taal
captions-speakers = Gesproken talen
# Voor een keuze van een taal.
captions-you-speak = U spreekt
captions-speaks = { $name } spreekt
# Voor de woorden die iemand zei.
captions-speaker = { $name }:
captions-delayed = De ondertiteling loopt achter.
captions-words-missed = [enkele woorden gemist]
captions-in-language = ({ $language })
captions-translated-from = (vertaald uit het { $language })
captions-unavailable = Ondertiteling is niet beschikbaar op deze server. Het gesprek gaat gewoon door.
captions-failed = De ondertiteling kon niet worden aangezet.
captions-untranslated = De ondertiteling kan op deze server niet worden vertaald; die blijft in de gesproken taal.
captions-unheard = De ondertiteling kan die taal op deze server niet verstaan.
captions-kept = Als de ondertiteling aan staat, bewaart deze praktijk die bij de afspraak.

## Na het gesprek

ended-title = Het consult is afgelopen
ended-thanks = Dank u wel. U kunt deze pagina nu sluiten.
# Voor de zorgverlener die het consult heeft beëindigd.
ended-thanks-staff = Het consult is voor iedereen beëindigd. U kunt dit tabblad sluiten.
ended-chat-note = De chat van het consult blijft op deze pagina staan tot u de pagina sluit.
ended-left = U heeft het gesprek verlaten.
ended-rejoin = Opnieuw deelnemen

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = U heeft dit consult in een ander venster geopend
elsewhere-hint = Het gaat daar verder. Wilt u liever hier verdergaan, haal het dan hierheen terug.
elsewhere-take-back = Hier verdergaan
