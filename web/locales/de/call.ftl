# Die Gesprächsseite (/call/{room}): das Wartezimmer, die Sprechstunde selbst
# (Videobilder, Bedienelemente, Chat, geteilte Dateien, Live-Untertitel,
# Gesprächsqualität, jemanden einladen) und was nach dem Ende angezeigt wird.
#
# Variablen: $room ist der Code eines Raums, $name der Name einer Person oder
# einer Datei (so, wie er angegeben wurde), $practitioner der Name der
# behandelnden Person, $reason ein technischer Grund (oft auf Englisch),
# $minutes und $ahead ganze Zahlen, $size eine Zahl, die schon in der Sprache
# der Seite geschrieben ist, $bytes die Anzahl Bytes (nur für die Pluralform),
# $ms eine Anzahl Millisekunden, $kbps Kilobit pro Sekunde, $percent ein
# Prozentwert (0 bis 100), $width, $height und $fps Größe und Bildrate eines
# Videos, $camera der Name einer Kamera, wie das Gerät ihn angibt.
#
# Technische Werte (kbit/s, Millisekunden, Videogrößen) werden ohne
# Tausendertrennzeichen geschrieben (useGrouping: 0).

call-page-title = Sprechstunde · anteroom
call-title = Sprechstunde
call-title-video = Videosprechstunde
call-title-room = Sprechzimmer { $room }
# Ein Besprechungsraum: Mitarbeitende unter sich oder mit Gästen, die sie einladen.
call-title-meeting = Besprechungsraum
call-page-title-meeting = Besprechung · anteroom
call-language = Sprache
call-duration =
    .aria-label = Gesprächsdauer
call-participants =
    .aria-label = Teilnehmende
call-screen-sharing = Sie teilen Ihren Bildschirm.
call-enable-sound = Ton einschalten

## Teilnehmen ohne Link: der angezeigte Name

call-name-label = Ihr Name, wie die anderen ihn sehen
call-join = Teilnehmen

## Die Videobilder. „Sie“ steht auch im Chat für Sie selbst.

call-you = Sie
# Die Hinweise auf einem Bild, als Liste verbunden: „Mikrofon aus, schlechte Verbindung“.
call-flag-microphone-off = Mikrofon aus
call-flag-camera-off = Kamera aus
call-flag-video-paused = Video pausiert: Ihre Verbindung ist zu langsam
call-flag-poor-connection = schlechte Verbindung
call-flag-screen-paused = Bildschirm pausiert: Ihre Verbindung ist zu langsam
# Das Bild eines geteilten Bildschirms.
call-screen-of = Bildschirm von { $name }
call-screen-of-someone = Bildschirm einer Person

## Der Zustand des Gesprächs, oben auf der Seite

status-new = Wird gestartet…
status-connecting = Verbindung wird hergestellt…
status-connected = Verbunden
status-reconnecting = Verbindung instabil, wird neu aufgebaut…
status-failed = Verbindung unterbrochen
status-closed = Gespräch beendet
status-enter-name = Geben Sie Ihren Namen ein, um teilzunehmen
status-waiting = Sie warten auf Einlass
status-other-window = Sie nehmen in einem anderen Fenster an diesem Gespräch teil
status-ended-by-server = Das Gespräch wurde vom Server beendet
status-ended = Die Videosprechstunde ist beendet
status-room-not-found = Diesen Raum gibt es nicht
status-token-expired = Dieser Link zur Videosprechstunde ist abgelaufen: Öffnen Sie ihn erneut über Ihre Einladung oder die Seiten für Mitarbeitende
status-invalid-token = Dieser Link zur Videosprechstunde ist nicht gültig
status-room-full = Die Videosprechstunde ist voll
status-join-failed = Teilnahme nicht möglich: { $reason }
status-share-failed = Bildschirm konnte nicht geteilt werden: { $reason }
status-switch-camera-failed = Kamera konnte nicht gewechselt werden: { $reason }
status-auto-admit-failed = Änderung nicht möglich: { $reason }
status-end-failed = Beenden nicht möglich: { $reason }

## Die Bedienelemente

controls-bar =
    .aria-label = Gesprächssteuerung
controls-mute = Mikrofon ausschalten
controls-unmute = Mikrofon einschalten
controls-camera-off = Kamera ausschalten
controls-camera-on = Kamera einschalten
controls-switch-camera = Kamera wechseln
# Der Tooltip der Schaltfläche „Kamera wechseln“: die Kamera, die gerade verwendet wird.
controls-camera-now = Jetzt: { $camera }
controls-camera-now-unnamed = Jetzt: Kamera
controls-more = Mehr
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Bildschirm teilen
controls-stop-sharing = Teilen beenden
# „UT“: Untertitel (wie in den Mediatheken; englisch „CC“).
controls-captions = UT
    .title = Live-Untertitel
controls-quality = Gesprächsqualität
# Danach folgt eine Auswahl aus 720p, 540p, 360p und 180p.
controls-send-video = Video senden mit
controls-pip = Bild-in-Bild
controls-fullscreen = Vollbild
# Mitarbeitende: ob die Patientin oder der Patient ohne Hereinlassen eintritt.
controls-auto-admit = Patientin/Patient direkt hereinlassen
controls-auto-admit-on = Patientin/Patient kommt direkt herein (an)
controls-leave = Verlassen
controls-end = Sprechstunde beenden
controls-end-confirm = Die Sprechstunde für alle beenden?

## Das Wartezimmer (der Patientin oder des Patienten)

waiting-title = Sie sind im Wartezimmer
waiting-who = Die Praxis lässt Sie gleich herein. Bitte lassen Sie diese Seite geöffnet.
waiting-who-practitioner = { $practitioner } lässt Sie gleich herein. Bitte lassen Sie diese Seite geöffnet.
waiting-announcements =
    .aria-label = Mitteilungen
waiting-since-now = Sie sind gerade angekommen.
waiting-since = { $minutes ->
    [one] Sie warten seit { NUMBER($minutes) } Minute.
   *[other] Sie warten seit { NUMBER($minutes) } Minuten.
}
# $ahead: wie viele Personen vor dieser Person warten; $minutes: ungefähr wie
# lange es dauert, bis sie an der Reihe ist (0: jetzt).
waiting-estimate = { $ahead ->
    [0] Vor Ihnen wartet niemand mehr.
    [one] Vor Ihnen wartet noch { NUMBER($ahead) } Person.
   *[other] Vor Ihnen warten noch { NUMBER($ahead) } Personen.
} { $minutes ->
    [0] Sie sind an der Reihe: Sie werden hereingelassen, sobald die Praxis bereit ist.
    [one] Sie sind in etwa { NUMBER($minutes) } Minute an der Reihe.
   *[other] Sie sind in etwa { NUMBER($minutes) } Minuten an der Reihe.
}

## Mitarbeitende im Gespräch: wer darauf wartet, hereinzukommen

waiting-join-title = Warten auf Einlass
waiting-admit = Hereinlassen
    .aria-label = { $name } hereinlassen
# $role: was die wartende Person ist.
waiting-role = { $role ->
    [patient] Patientin/Patient
    [participant] eingeladene Person
    [guest] Gast
    [practitioner] Praxisteam
   *[other] { $role }
}
waiting-admit-not-present = { $name } kann teilnehmen, sobald die Patientin oder der Patient da ist.
waiting-admit-full = Die Videosprechstunde ist voll.
waiting-admit-failed = Hereinlassen nicht möglich: { $reason }

## Gesprächsqualität (Mitarbeitende)

quality-connection = Verbindung:
# Die Verbindung in einem Wort, in der Kopfzeile und in der Tabelle.
quality-level = { $level ->
    [good] gut
    [fair] mittel
   *[poor] schlecht
}
quality-tooltip = Umlaufzeit { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % verloren
quality-title = Gesprächsqualität
quality-table =
    .aria-label = Gesprächsqualität pro Person
quality-participant = Person
quality-receiving = Empfang
quality-video = Video
quality-lost = Verloren
quality-state = Zustand
# $path: wie Bild und Ton übertragen werden: udp, tcp, relay (über einen Umweg) oder noch keiner.
quality-summary = Medien: { $path ->
        [udp] direkt (UDP)
        [tcp] über TCP
        [relay] über einen Umweg
       *[other] Verbindung wird aufgebaut
    }, Umlaufzeit { NUMBER($ms, useGrouping: 0) } ms, Senderate { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Dasselbe, solange die Umlaufzeit noch nicht bekannt ist.
quality-summary-no-rtt = Medien: { $path ->
        [udp] direkt (UDP)
        [tcp] über TCP
        [relay] über einen Umweg
       *[other] Verbindung wird aufgebaut
    }, Senderate { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = keines
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) } %

## Jemanden einladen (Mitarbeitende)

invite-title = Jemanden einladen
invite-name-label = Name der Person, wie die anderen ihn sehen
invite-create = Gastlink erstellen
invite-created = Schicken Sie der Person diesen Link. Er lässt eine Person einmal herein und gilt eine Stunde lang. Hereinlassen können Sie sie dann unter „Warten auf Einlass“.
invite-url =
    .aria-label = Gastlink
invite-copy = Kopieren
invite-sign-in = Melden Sie sich in diesem Browser auf den Seiten für Mitarbeitende an, um Gäste einzuladen.
invite-check-name = Bitte prüfen Sie den Namen.
invite-over = Diese Videosprechstunde ist vorbei.
invite-failed = Der Link konnte nicht erstellt werden: { $reason }

## Der Fragebogen der Patientin oder des Patienten (Mitarbeitende in einer
## Sprechstunde). $title ist der Titel des Fragebogens der Praxis.

call-answers-title = Fragebogen: { $title }
call-answers-status = { $status ->
    [new] Die Patientin oder der Patient hat noch nicht damit begonnen.
    [started] Die Patientin oder der Patient hat damit begonnen, ihn aber noch nicht gesendet.
   *[completed] Die Patientin oder der Patient hat ihn gesendet.
}
call-answers-show = Antworten anzeigen
call-answers-failed = Die Antworten konnten nicht geladen werden.
call-answers-none = Nicht beantwortet
call-answers-yes = Ja
call-answers-no = Nein
# Downloads der Antworten (jeder Download wird im Audit-Protokoll der Praxis
# festgehalten).
call-answers-pdf = Als PDF herunterladen
call-answers-text = Als Text herunterladen

## Chat

chat-title = Chat
chat-title-waiting = Chat mit der Praxis
chat-message-label = Nachricht
chat-input =
    .placeholder = Nachricht schreiben
chat-send = Senden
# Closes the chat over the video (on a phone).
chat-close = Schließen
chat-too-long = Diese Nachricht ist zu lang (höchstens 2000 Zeichen).
chat-rate-limited = Nicht gesendet: zu viele Nachrichten auf einmal. Bitte warten Sie kurz und versuchen Sie es noch einmal.
chat-failed = Nicht gesendet: { $reason }

## Geteilte Dateien

files-share = Datei teilen
files-gone = Die in der Sprechstunde geteilten Dateien wurden gelöscht.
files-sending = { $name } wird gesendet…
files-too-large = { $name } wurde nicht geteilt: Die Datei ist größer als 20 MB.
files-invalid-name = { $name } wurde nicht geteilt: Der Name enthält Zeichen, die nicht erlaubt sind. Bitte benennen Sie die Datei um und versuchen Sie es noch einmal.
files-storage-full = { $name } wurde nicht geteilt: In dieser Sprechstunde ist kein Platz mehr für Dateien.
files-not-shared = { $name } wurde nicht geteilt: { $reason }.
# Im Chat, nach dem Namen der Person, die sie geteilt hat (oder „Sie“):
# „Datei geteilt: Blutbild.pdf (146 KB)“.
files-shared = Datei geteilt: { $name } ({ $size })
files-download = { $name } herunterladen
files-download-ended = Die Sprechstunde ist beendet; ihre Dateien wurden gelöscht.
files-download-failed = Herunterladen nicht möglich: { $reason }
# Die Größe einer Datei; $size ist die Zahl, schon in der Sprache der Seite geschrieben.
files-size-bytes = { $bytes ->
    [one] { $size } Byte
   *[other] { $size } Byte
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Live-Untertitel

captions-region =
    .aria-label = Live-Untertitel
captions-read-in = Untertitel in
# Die erste Auswahl unter „Untertitel in“; die anderen sind Sprachen, jeweils
# in der Sprache selbst benannt.
captions-language-spoken = Originalsprache
captions-speakers = Gesprochene Sprachen
# Vor einer Auswahl der Sprache.
captions-you-speak = Sie sprechen
captions-speaks = { $name } spricht
# Vor den Worten, die jemand gesagt hat.
captions-speaker = { $name }:
captions-delayed = Die Untertitel hängen etwas hinterher.
captions-words-missed = [einige Wörter fehlen]
captions-in-language = ({ $language })
captions-translated-from = (übersetzt aus: { $language })
captions-unavailable = Untertitel sind auf diesem Server nicht verfügbar. Das Gespräch geht weiter.
captions-failed = Die Untertitel konnten nicht eingeschaltet werden.
captions-untranslated = Untertitel können auf diesem Server nicht übersetzt werden; sie bleiben in der gesprochenen Sprache.
captions-unheard = Diese Sprache kann auf diesem Server nicht für Untertitel erkannt werden.
captions-kept = Wenn die Untertitel eingeschaltet sind, speichert diese Praxis sie zusammen mit dem Termin.

## Nach dem Gespräch

ended-title = Die Videosprechstunde ist beendet
ended-thanks = Vielen Dank. Sie können diese Seite jetzt schließen.
# An die behandelnde Person, die die Sprechstunde beendet hat.
ended-thanks-staff = Die Sprechstunde ist für alle beendet. Sie können diesen Tab schließen.
ended-chat-note = Der Chat der Sprechstunde bleibt auf dieser Seite, bis Sie die Seite schließen.
ended-left = Sie haben das Gespräch verlassen.
ended-rejoin = Erneut teilnehmen

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Sie haben diese Sprechstunde in einem anderen Fenster geöffnet
elsewhere-hint = Sie geht dort weiter. Wenn Sie stattdessen hier weitermachen möchten, holen Sie sie hierher zurück.
elsewhere-take-back = Hier fortfahren
