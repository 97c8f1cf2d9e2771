# The arrival page (/c/{link}, /g/{guest link}): where an invitation link
# leads. It says whether the waiting room is open, checks camera,
# microphone, speakers and the connection, then lets the patient in.
#
# Variables: $clinic is the clinic's name, $with the practitioner's,
# department's or clinic's name, $time a date and time already written in
# the page's language, $room a meeting room's name, $name the guest's name,
# $ms a number of milliseconds, $error a technical reason.

arrival-heading = Uw videoconsult
arrival-title = { $clinic }: uw videoconsult
arrival-guest-title = { $clinic }: videogesprek
arrival-checking-link = Uw link wordt gecontroleerd…
arrival-language = Taal

## The state of the link

arrival-invalid = Deze link is niet geldig. Gebruik de link uit uw meest recente uitnodiging, of neem contact op met de praktijk.
arrival-unreachable = De server van de praktijk is op dit moment niet bereikbaar ({ $error }). Probeer het zo nog eens.
arrival-walk-in = Inloopspreekuur bij { $with }.
arrival-appointment = Uw afspraak met { $with }: { $time }.
arrival-early = De wachtkamer gaat open op { $time }. Deze pagina opent hem dan vanzelf voor u.
arrival-late = Uw afspraaktijd is voorbij, maar u kunt nog steeds naar binnen: de praktijk helpt u zo snel mogelijk.
arrival-open = De wachtkamer is open.
arrival-cancelled = Deze afspraak is geannuleerd. Neem contact op met de praktijk als u vragen heeft.
arrival-expired = Deze link is verlopen. Neem contact op met de praktijk voor een nieuwe afspraak.

## A guest link

guest-invalid = Deze link is niet geldig. Vraag de persoon die hem stuurde om een nieuwe.
guest-unreachable = De server is op dit moment niet bereikbaar ({ $error }). Probeer het zo nog eens.
guest-meeting-room = U bent uitgenodigd voor de vergaderruimte “{ $room }”, als { $name }.
guest-consultation = U bent uitgenodigd voor een videoconsult, als { $name }.
guest-used = Deze gastlink is al gebruikt: hij laat één persoon één keer binnen. Vraag de persoon die hem stuurde om een nieuwe.
guest-expired = Deze gastlink is verlopen. Vraag de persoon die hem stuurde om een nieuwe.
guest-open = Iemand in het gesprek laat u binnen. Deze link werkt één keer.
guest-join = Deelnemen

## The check before going in

check-heading = Voordat u naar binnen gaat
check-preview = Uw camera
check-camera = Camera:
check-mic = Microfoon:
check-speakers = Luidsprekers:
check-server = Verbinding met de praktijk:
check-media = Videoverbinding:
check-pending = bezig met controleren…
check-mic-level =
    .aria-label = Microfoonniveau
check-speakers-hint = druk op de knop en luister
check-play = Geluid afspelen
check-camera-blocked = geblokkeerd: sta camera en microfoon toe in uw browser
check-camera-unavailable = niet beschikbaar ({ $error })
check-unavailable = niet beschikbaar
check-working = werkt
check-none-found = niets gevonden
check-mic-heard = we kunnen u horen
check-mic-found = gevonden; praat om het niveau te zien bewegen
check-speakers-played = hoorde u een toon? Zo niet, controleer dan uw volume
check-server-good = goed ({ $ms } ms)
check-server-no-answer = geen antwoord: uw netwerk blokkeert het misschien
check-server-failed = geen verbinding mogelijk: uw netwerk blokkeert het misschien
check-media-untested = niet getest: geen verbinding met de praktijk
check-media-measuring = verbonden; bezig met meten…
check-media-blocked = geen verbinding: uw netwerk blokkeert videogesprekken. Probeer een ander netwerk (mobiele data, wifi thuis), of vraag uw IT-afdeling om videogesprekken met deze praktijk toe te staan. U kunt toch naar binnen: de praktijk ziet dit en kan u bellen.
check-media-busy = de praktijk is bezig; dit wordt getest als u naar binnen gaat
check-media-error = kon niet worden getest

# What the media check measured, in brackets after its verdict:
# "(24 ms, no loss, 1.2 Mbit/s up)". $percent and $mbits are numbers.
check-figure-rtt = { $ms } ms
check-figure-no-loss = geen verlies
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) }% verloren
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s upload
# $figures: the figures above, joined; "none" when none were measured.
check-media-good = { $figures ->
    [none] goed
   *[other] goed ({ $figures })
}
check-media-slow = { $figures ->
    [none] traag: het beeld kan blijven hangen; een beter netwerk helpt
   *[other] traag ({ $figures }): het beeld kan blijven hangen; een beter netwerk helpt
}
check-media-relayed = { $figures ->
    [none] werkt via een omweg: uw netwerk is streng, het gesprek kan iets trager zijn
   *[other] werkt via een omweg ({ $figures }): uw netwerk is streng, het gesprek kan iets trager zijn
}
check-media-tcp = { $figures ->
    [none] werkt alleen via TCP: uw netwerk blokkeert UDP, het gesprek kan af en toe haperen
   *[other] werkt alleen via TCP ({ $figures }): uw netwerk blokkeert UDP, het gesprek kan af en toe haperen
}

## Going in

enter = Naar de wachtkamer
enter-failed = Naar binnen gaan in de wachtkamer is niet gelukt: { $reason }
enter-not-open = De wachtkamer is nog niet open.
enter-closed = Deze link is verlopen.
enter-invalid = Deze link is niet (meer) geldig.
