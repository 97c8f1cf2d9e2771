# Portal pacjenta (/portal/{placówka}): pacjent loguje się kodem PIN
# wysłanym na swój adres e-mail i widzi swoje wizyty.

portal-title = Portal pacjenta
portal-language = Język
portal-loading = Ładowanie…
portal-no-clinic = Taka placówka nie istnieje.
portal-unreachable = Nie można teraz połączyć się z placówką. Prosimy spróbować ponownie za chwilę.
portal-sign-in = Aby zobaczyć swoje wizyty, prosimy się zalogować
portal-ask-hint = Prosimy podać adres e-mail zapisany w placówce. Wyślemy na niego kod PIN.
portal-email = Adres e-mail
portal-send-pin = Wyślij mi kod PIN
portal-enter-pin = Prosimy wpisać kod PIN
# $minutes: jak długo kod PIN jest ważny.
portal-sent = { $minutes ->
    [one] Jeśli placówka ma ten adres, kod PIN jest już w drodze. Jest ważny przez { NUMBER($minutes) } minutę.
    [few] Jeśli placówka ma ten adres, kod PIN jest już w drodze. Jest ważny przez { NUMBER($minutes) } minuty.
    [many] Jeśli placówka ma ten adres, kod PIN jest już w drodze. Jest ważny przez { NUMBER($minutes) } minut.
   *[other] Jeśli placówka ma ten adres, kod PIN jest już w drodze. Jest ważny przez { NUMBER($minutes) } minuty.
}
portal-pin = Kod PIN (6 cyfr)
portal-open = Zaloguj
portal-again = Wyślij nowy kod PIN
portal-check-email = Prosimy sprawdzić adres e-mail.
portal-check-pin = Kod PIN ma sześć cyfr.
portal-wrong-pin = Ten kod PIN jest nieprawidłowy lub wygasł. Prosimy go sprawdzić albo poprosić o nowy.
portal-too-many = Zbyt wiele prób. Prosimy odczekać kwadrans lub zadzwonić do placówki.
portal-failed = Coś poszło nie tak: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Ta placówka nie wysyła e-maili, więc portal nie może wysłać kodu PIN. Prosimy zadzwonić do placówki.
portal-signed-out = Wylogowano.
portal-expired = Sesja wygasła. Aby kontynuować, prosimy zalogować się ponownie.
# Nad listą, gdy adres jest przypisany do więcej niż jednej kartoteki (adres
# rodzica w kartotekach dzieci). $names: imiona i nazwiska, oddzielone przecinkami.
portal-whose = Wizyty: { $names }
portal-upcoming = Umówione wizyty
portal-none = Brak nadchodzących wizyt.
portal-past = Wcześniejsze wizyty
portal-no-past = Na razie brak.
portal-sign-out = Wyloguj
# $when: data i godzina, już sformatowane; $with: specjalista lub
# oddział; $client: czyja to wizyta.
portal-appointment = { $when }, { $with }
portal-appointment-of = { $client }: { $when }, { $with }
# Stan wizyty. $time: godzina otwarcia poczekalni.
portal-state = { $state ->
    [early] Poczekalnia zostanie otwarta o godz. { $time }.
    [open] Poczekalnia jest otwarta.
    [late] Poczekalnia jest otwarta. Godzina wizyty już minęła, ale placówka nadal czeka na Pana/Panią.
    [expired] Nieobecność na wizycie.
    [cancelled] Odwołana.
   *[ended] Odbyta.
}
portal-walk-in = Konsultacja bez wcześniejszego umawiania
portal-go = Przejdź do konsultacji
# Ankieta, o której wypełnienie przed wizytą placówka prosi pacjenta:
# $title to tytuł nadany jej przez placówkę.
portal-questionnaire = { $status ->
    [completed] Ankieta „{ $title }”: wysłana. Dziękujemy.
    [started] Ankieta „{ $title }”: rozpoczęta, jeszcze niewysłana.
   *[new] Placówka prosi o wypełnienie ankiety „{ $title }” przed konsultacją.
}
portal-questionnaire-fill = Wypełnij ankietę

## Wiadomości do placówki (kanały czatu), zachowywane po konsultacji.

portal-messages = Wiadomości do placówki
portal-not-urgent = Nie w nagłych przypadkach: w pilnych sprawach prosimy dzwonić do placówki lub pod numer alarmowy.
portal-no-channels = Brak rozmów. Po pierwszej wizycie można tu pisać do swojego specjalisty.
# Rozmowa na liście: $with to specjalista (lub oddział); $client: czyja to
# kartoteka, gdy adres jest przypisany do więcej niż jednej.
portal-channel = Rozmowa: { $with }
portal-channel-of = { $client }: rozmowa – { $with }
# $n: nieprzeczytane wiadomości od placówki.
portal-channel-unread = { $n ->
    [one] { $n } nowa wiadomość
    [few] { $n } nowe wiadomości
    [many] { $n } nowych wiadomości
   *[other] { $n } nowej wiadomości
}
portal-channel-open = Czytaj i pisz
portal-conversation-empty = Brak wiadomości. Prosimy wpisać pytanie poniżej: placówka odpowie tutaj i powiadomi o tym e-mailem.
portal-conversation-log =
    .aria-label = Wiadomości
portal-write = Treść wiadomości
portal-send = Wyślij
portal-back = Powrót do wizyt
portal-you = Ja
portal-write-something = Prosimy najpierw wpisać wiadomość.
portal-not-sent = Nie udało się wysłać wiadomości. Prosimy spróbować ponownie lub zadzwonić do placówki.
