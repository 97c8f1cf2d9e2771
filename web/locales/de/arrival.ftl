# The arrival page (/c/{link}, /g/{guest link}): where an invitation link
# leads. It says whether the waiting room is open, checks camera,
# microphone, speakers and the connection, then lets the patient in.
#
# Variables: $clinic is the clinic's name, $with the practitioner's,
# department's or clinic's name, $time a date and time already written in
# the page's language, $room a meeting room's name, $name the guest's name,
# $ms a number of milliseconds, $error a technical reason.

arrival-heading = Ihre Videosprechstunde
arrival-title = { $clinic }: Ihre Videosprechstunde
arrival-guest-title = { $clinic }: Videoanruf
arrival-checking-link = Ihr Link wird geprüft…
arrival-language = Sprache

## The state of the link

arrival-invalid = Dieser Link ist nicht gültig. Bitte verwenden Sie den Link aus Ihrer neuesten Einladung oder wenden Sie sich an die Praxis.
arrival-unreachable = Der Server der Praxis ist gerade nicht erreichbar ({ $error }). Bitte versuchen Sie es gleich noch einmal.
arrival-walk-in = Offene Sprechstunde bei { $with }.
arrival-appointment = Ihr Termin bei { $with }: { $time }.
arrival-early = Das Wartezimmer öffnet am { $time }. Diese Seite öffnet es dann automatisch für Sie.
arrival-late = Ihr Termin ist schon vorbei, aber Sie können trotzdem hineingehen: Die Praxis ist so bald wie möglich für Sie da.
arrival-open = Das Wartezimmer ist geöffnet.
arrival-cancelled = Dieser Termin wurde abgesagt. Bitte wenden Sie sich bei Fragen an die Praxis.
arrival-expired = Dieser Link ist abgelaufen. Bitte wenden Sie sich für einen neuen Termin an die Praxis.

## A guest link

guest-invalid = Dieser Link ist nicht gültig. Bitten Sie die Person, die ihn geschickt hat, um einen neuen.
guest-unreachable = Der Server ist gerade nicht erreichbar ({ $error }). Bitte versuchen Sie es gleich noch einmal.
guest-meeting-room = Sie sind als { $name } in den Besprechungsraum „{ $room }“ eingeladen.
guest-consultation = Sie sind als { $name } zu einer Videosprechstunde eingeladen.
guest-used = Dieser Gastlink wurde bereits verwendet: Er lässt nur eine Person herein, und nur einmal. Bitten Sie die Person, die ihn geschickt hat, um einen neuen.
guest-expired = Dieser Gastlink ist abgelaufen. Bitten Sie die Person, die ihn geschickt hat, um einen neuen.
guest-open = Jemand im Gespräch lässt Sie herein. Dieser Link funktioniert nur einmal.
guest-join = Teilnehmen

## The check before going in

check-heading = Bevor Sie hineingehen
check-preview = Ihre Kamera
check-camera = Kamera:
check-mic = Mikrofon:
check-speakers = Lautsprecher:
check-server = Verbindung zur Praxis:
check-media = Videoverbindung:
check-pending = wird geprüft…
check-mic-level =
    .aria-label = Mikrofonpegel
check-speakers-hint = drücken Sie auf den Knopf und hören Sie zu
check-play = Ton abspielen
check-camera-blocked = blockiert: erlauben Sie Kamera und Mikrofon in Ihrem Browser
check-camera-unavailable = nicht verfügbar ({ $error })
check-unavailable = nicht verfügbar
check-working = funktioniert
check-none-found = nichts gefunden
check-mic-heard = wir können Sie hören
check-mic-found = gefunden; sprechen Sie, dann bewegt sich die Anzeige
check-speakers-played = haben Sie einen Ton gehört? Falls nicht, prüfen Sie die Lautstärke
check-server-good = gut ({ $ms } ms)
check-server-no-answer = keine Antwort: Ihr Netzwerk blockiert die Verbindung vielleicht
check-server-failed = keine Verbindung möglich: Ihr Netzwerk blockiert sie vielleicht
check-media-untested = nicht getestet: keine Verbindung zur Praxis
check-media-measuring = verbunden; wird gemessen…
check-media-blocked = keine Verbindung: Ihr Netzwerk blockiert Videoanrufe. Versuchen Sie ein anderes Netzwerk (mobile Daten, WLAN zu Hause) oder bitten Sie Ihre IT-Abteilung, Videoanrufe zu dieser Praxis zuzulassen. Sie können trotzdem hineingehen: Die Praxis sieht das und kann Sie anrufen.
check-media-busy = die Praxis ist gerade beschäftigt; der Test folgt, wenn Sie hineingehen
check-media-error = konnte nicht getestet werden

# What the media check measured, in brackets after its verdict:
# "(24 ms, no loss, 1.2 Mbit/s up)". $percent and $mbits are numbers.
check-figure-rtt = { $ms } ms
check-figure-no-loss = kein Verlust
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) } % verloren
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s Upload
# $figures: the figures above, joined; "none" when none were measured.
check-media-good = { $figures ->
    [none] gut
   *[other] gut ({ $figures })
}
check-media-slow = { $figures ->
    [none] langsam: das Bild kann hängen bleiben; ein besseres Netzwerk hilft
   *[other] langsam ({ $figures }): das Bild kann hängen bleiben; ein besseres Netzwerk hilft
}
check-media-relayed = { $figures ->
    [none] funktioniert über einen Umweg: Ihr Netzwerk ist streng eingestellt, das Gespräch kann etwas langsamer sein
   *[other] funktioniert über einen Umweg ({ $figures }): Ihr Netzwerk ist streng eingestellt, das Gespräch kann etwas langsamer sein
}
check-media-tcp = { $figures ->
    [none] funktioniert nur über TCP: Ihr Netzwerk blockiert UDP, das Gespräch kann ab und zu stocken
   *[other] funktioniert nur über TCP ({ $figures }): Ihr Netzwerk blockiert UDP, das Gespräch kann ab und zu stocken
}

## Going in

enter = Ins Wartezimmer gehen
enter-failed = Das Wartezimmer konnte nicht betreten werden: { $reason }
enter-not-open = Das Wartezimmer ist noch nicht geöffnet.
enter-closed = Dieser Link ist abgelaufen.
enter-invalid = Dieser Link ist nicht (mehr) gültig.
