# Ankomstsidan (/c/{link}, /g/{gästlänk}): dit en inbjudningslänk leder.
# Den visar om väntrummet är öppet, kontrollerar kamera, mikrofon,
# högtalare och anslutningen, och släpper sedan in patienten.
#
# Variabler: $clinic är mottagningens namn, $with vårdgivarens,
# avdelningens eller mottagningens namn, $time ett datum och en tid som
# redan är skrivna på sidans språk, $room ett mötesrums namn, $name
# gästens namn, $ms ett antal millisekunder, $error en teknisk orsak.

arrival-heading = Ditt videobesök
arrival-title = { $clinic }: ditt videobesök
arrival-guest-title = { $clinic }: videosamtal
arrival-checking-link = Kontrollerar din länk…
arrival-language = Språk

## Länkens status

arrival-invalid = Den här länken är inte giltig. Använd länken från din senaste kallelse, eller kontakta mottagningen.
arrival-unreachable = Mottagningens server går inte att nå just nu ({ $error }). Försök igen om en stund.
arrival-walk-in = Drop in-besök hos { $with }.
arrival-appointment = Din tid hos { $with }: { $time }.
arrival-early = Väntrummet öppnar { $time }. Då öppnar den här sidan det åt dig.
arrival-late = Din bokade tid har passerat, men du kan fortfarande gå in: mottagningen tar emot dig så snart som möjligt.
arrival-open = Väntrummet är öppet.
arrival-cancelled = Den här tiden har avbokats. Kontakta mottagningen om du har frågor.
arrival-expired = Den här länken har gått ut. Kontakta mottagningen för att få en ny tid.

## En gästlänk

guest-invalid = Den här länken är inte giltig. Be personen som skickade den om en ny.
guest-unreachable = Servern går inte att nå just nu ({ $error }). Försök igen om en stund.
guest-meeting-room = Du är inbjuden till mötesrummet ”{ $room }”, som { $name }.
guest-consultation = Du är inbjuden till ett videobesök, som { $name }.
guest-used = Den här gästlänken har redan använts: den släpper in en person, en gång. Be personen som skickade den om en ny.
guest-expired = Den här gästlänken har gått ut. Be personen som skickade den om en ny.
guest-open = Någon i samtalet släpper in dig. Länken fungerar en gång.
guest-join = Anslut

## Kontrollen innan du går in

check-heading = Innan du går in
check-preview = Din kamera
check-camera = Kamera:
check-mic = Mikrofon:
check-speakers = Högtalare:
check-server = Anslutning till mottagningen:
check-media = Videoanslutning:
check-pending = kontrollerar…
check-mic-level =
    .aria-label = Mikrofonnivå
check-speakers-hint = tryck på knappen och lyssna
check-play = Spela upp ett ljud
check-camera-blocked = blockerad: tillåt kamera och mikrofon i din webbläsare
check-camera-unavailable = inte tillgänglig ({ $error })
check-unavailable = inte tillgänglig
check-working = fungerar
check-none-found = ingen hittades
check-mic-heard = vi hör dig
check-mic-found = hittad; prata för att se nivån röra sig
check-speakers-played = hörde du en ton? Om inte, kontrollera volymen
check-server-good = bra ({ $ms } ms)
check-server-no-answer = inget svar: ditt nätverk kanske blockerar den
check-server-failed = kan inte ansluta: ditt nätverk kanske blockerar den
check-media-untested = inte testad: ingen anslutning till mottagningen
check-media-measuring = ansluten; mäter…
check-media-blocked = ingen anslutning: ditt nätverk blockerar videosamtal. Prova ett annat nätverk (mobildata, wifi hemma), eller be din IT-avdelning att tillåta videosamtal till den här mottagningen. Du kan ändå gå in: mottagningen ser detta och kan ringa dig.
check-media-busy = mottagningen är upptagen; anslutningen testas när du går in
check-media-error = kunde inte testas

# Vad mediekontrollen mätte, inom parentes efter resultatet:
# "(24 ms, ingen förlust, 1,2 Mbit/s upp)". $percent och $mbits är tal.
check-figure-rtt = { $ms } ms
check-figure-no-loss = ingen förlust
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) } % förlust
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s upp
# $figures: värdena ovan, sammanfogade; "none" när inget mättes.
check-media-good = { $figures ->
    [none] bra
   *[other] bra ({ $figures })
}
check-media-slow = { $figures ->
    [none] långsam: bilden kan frysa; ett bättre nätverk hjälper
   *[other] långsam ({ $figures }): bilden kan frysa; ett bättre nätverk hjälper
}
check-media-relayed = { $figures ->
    [none] fungerar via en reläserver: ditt nätverk är strikt, samtalet kan bli lite långsammare
   *[other] fungerar via en reläserver ({ $figures }): ditt nätverk är strikt, samtalet kan bli lite långsammare
}
check-media-tcp = { $figures ->
    [none] fungerar bara över TCP: ditt nätverk blockerar UDP, samtalet kan hacka ibland
   *[other] fungerar bara över TCP ({ $figures }): ditt nätverk blockerar UDP, samtalet kan hacka ibland
}

## Att gå in

enter = Gå in i väntrummet
enter-failed = Kunde inte gå in i väntrummet: { $reason }
enter-not-open = Väntrummet är inte öppet än.
enter-closed = Den här länken har gått ut.
enter-invalid = Den här länken är inte giltig (längre).
