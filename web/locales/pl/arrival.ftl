# Strona przyjścia (/c/{link}, /g/{link dla gościa}): tu prowadzi link
# z zaproszenia. Pokazuje, czy poczekalnia jest otwarta, sprawdza kamerę,
# mikrofon, głośniki i połączenie, a potem wpuszcza pacjenta.
#
# Zmienne: $clinic to nazwa placówki, $with nazwa (imię i nazwisko)
# specjalisty, działu lub placówki, $time data i godzina zapisane już
# w języku strony, $room nazwa pokoju spotkań, $name imię gościa,
# $ms liczba milisekund, $error techniczna przyczyna.
# Nazwy w zmiennych stoją w mianowniku: tekst jest tak ułożony, aby
# nie trzeba było ich odmieniać („Wizyta: { $with }”, „jako { $name }”).

arrival-heading = Konsultacja wideo
arrival-title = { $clinic }: konsultacja wideo
arrival-guest-title = { $clinic }: rozmowa wideo
arrival-checking-link = Sprawdzanie linku…
arrival-language = Język

## Stan linku

arrival-invalid = Ten link jest nieważny. Prosimy użyć linku z najnowszego zaproszenia lub skontaktować się z placówką.
arrival-unreachable = Serwer placówki jest w tej chwili niedostępny ({ $error }). Prosimy spróbować ponownie za chwilę.
arrival-walk-in = Konsultacja bez wcześniejszego umawiania: { $with }.
arrival-appointment = Umówiona wizyta: { $with }, { $time }.
arrival-early = Poczekalnia zostanie otwarta: { $time }. Ta strona sama ją wtedy otworzy.
arrival-late = Godzina wizyty już minęła, ale nadal można wejść: placówka przyjmie Pana/Panią najszybciej, jak to możliwe.
arrival-open = Poczekalnia jest otwarta.
arrival-cancelled = Ta wizyta została odwołana. W razie pytań prosimy o kontakt z placówką.
arrival-expired = Ten link wygasł. Aby umówić nową wizytę, prosimy o kontakt z placówką.

## Link dla gościa

guest-invalid = Ten link jest nieważny. O nowy link prosimy poprosić osobę, która go wysłała.
guest-unreachable = Serwer jest w tej chwili niedostępny ({ $error }). Prosimy spróbować ponownie za chwilę.
guest-meeting-room = Zaproszono Pana/Panią do pokoju spotkań „{ $room }” jako { $name }.
guest-consultation = Zaproszono Pana/Panią do konsultacji wideo jako { $name }.
guest-used = Ten link dla gościa został już użyty: pozwala wejść jednej osobie, jeden raz. O nowy link prosimy poprosić osobę, która go wysłała.
guest-expired = Ten link dla gościa wygasł. O nowy link prosimy poprosić osobę, która go wysłała.
guest-open = Ktoś z uczestników rozmowy wpuści Pana/Panią. Ten link działa tylko raz.
guest-join = Dołącz

## Sprawdzenie przed wejściem

check-heading = Przed wejściem
check-preview = Obraz z kamery
check-camera = Kamera:
check-mic = Mikrofon:
check-speakers = Głośniki:
check-server = Połączenie z placówką:
check-media = Połączenie wideo:
check-pending = sprawdzanie…
check-mic-level =
    .aria-label = Poziom dźwięku z mikrofonu
check-speakers-hint = proszę nacisnąć przycisk i posłuchać
check-play = Odtwórz dźwięk
check-camera-blocked = zablokowana: proszę zezwolić przeglądarce na użycie kamery i mikrofonu
check-camera-unavailable = niedostępna ({ $error })
check-unavailable = brak dostępu
check-working = działa
check-none-found = nie znaleziono
check-mic-heard = słyszymy Pana/Panią
check-mic-found = wykryty; proszę coś powiedzieć, wskaźnik poziomu powinien się poruszyć
check-speakers-played = czy słychać było dźwięk? Jeśli nie, proszę sprawdzić głośność
check-server-good = dobre ({ $ms } ms)
check-server-no-answer = brak odpowiedzi: sieć może je blokować
check-server-failed = nie można się połączyć: sieć może je blokować
check-media-untested = nie sprawdzono: brak połączenia z placówką
check-media-measuring = połączono; trwa pomiar…
check-media-blocked = brak połączenia: ta sieć blokuje rozmowy wideo. Prosimy spróbować innej sieci (dane komórkowe, domowe Wi-Fi) lub poprosić dział IT o odblokowanie rozmów wideo z tą placówką. Nadal można wejść: placówka to zobaczy i może do Pana/Pani zadzwonić.
check-media-busy = placówka jest teraz zajęta; połączenie zostanie sprawdzone po wejściu
check-media-error = nie udało się sprawdzić

# Co zmierzył test połączenia wideo, w nawiasie po wyniku:
# „(24 ms, bez strat, wysyłanie 1,2 Mbit/s)”. $percent i $mbits to liczby.
check-figure-rtt = { $ms } ms
check-figure-no-loss = bez strat
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) }% strat
check-figure-upload = wysyłanie { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s
# $figures: powyższe wartości, połączone; "none", gdy niczego nie zmierzono.
check-media-good = { $figures ->
    [none] dobre
   *[other] dobre ({ $figures })
}
check-media-slow = { $figures ->
    [none] wolne: obraz może się zacinać; pomoże lepsza sieć
   *[other] wolne ({ $figures }): obraz może się zacinać; pomoże lepsza sieć
}
check-media-relayed = { $figures ->
    [none] działa przez serwer pośredniczący: sieć ma ścisłe ograniczenia, rozmowa może być nieco wolniejsza
   *[other] działa przez serwer pośredniczący ({ $figures }): sieć ma ścisłe ograniczenia, rozmowa może być nieco wolniejsza
}
check-media-tcp = { $figures ->
    [none] działa tylko przez TCP: sieć blokuje UDP, rozmowa może czasem się zacinać
   *[other] działa tylko przez TCP ({ $figures }): sieć blokuje UDP, rozmowa może czasem się zacinać
}

## Wejście

enter = Przejdź do poczekalni
enter-failed = Nie udało się wejść do poczekalni: { $reason }
enter-not-open = Poczekalnia nie jest jeszcze otwarta.
enter-closed = Ten link wygasł.
enter-invalid = Ten link jest (już) nieważny.
