# Strona rozmowy (/call/{pokój}): poczekalnia, sama konsultacja (kafelki
# wideo, sterowanie, czat, udostępnione pliki, napisy na żywo, jakość
# połączenia, zapraszanie gościa) oraz to, co widać po jej zakończeniu.
#
# Zmienne: $room to kod pokoju, $name imię i nazwisko osoby lub nazwa pliku
# (tak, jak je podano), $practitioner imię i nazwisko specjalisty, $reason
# techniczna przyczyna (często po angielsku), $minutes i $ahead liczby
# całkowite, $size liczba zapisana już w języku strony, $bytes liczba bajtów
# (tylko do wyboru formy liczby mnogiej), $ms liczba milisekund, $kbps
# kilobity na sekundę, $percent procent (od 0 do 100), $width, $height i $fps
# rozmiar i liczba klatek na sekundę wideo, $camera nazwa kamery podana
# przez urządzenie.
# Nazwy w zmiennych stoją w mianowniku: tekst jest tak ułożony, aby nie
# trzeba było ich odmieniać („Ekran: { $name }”, „Wpuść: { $name }”).
#
# Wartości techniczne (kbit/s, milisekundy, rozmiary wideo) są zapisywane
# bez separatorów tysięcy (useGrouping: 0).

call-page-title = Konsultacja · anteroom
call-title = Konsultacja
call-title-video = Konsultacja wideo
call-title-room = Gabinet { $room }
# Pokój spotkań: personel we własnym gronie lub z zaproszonymi gośćmi.
call-title-meeting = Pokój spotkań
call-page-title-meeting = Spotkanie · anteroom
call-language = Język
call-duration =
    .aria-label = Czas trwania rozmowy
call-participants =
    .aria-label = Uczestnicy
call-screen-sharing = Pana/Pani ekran jest udostępniany.
call-enable-sound = Włącz dźwięk

## Dołączanie bez linku: wyświetlane imię i nazwisko

call-name-label = Imię i nazwisko (widoczne dla innych)
call-join = Dołącz

## Kafelki wideo. „Ty” oznacza też Pana/Panią na czacie.

call-you = Ty
# Oznaczenia na kafelku, połączone w listę: „mikrofon wyłączony, słabe połączenie”.
call-flag-microphone-off = mikrofon wyłączony
call-flag-camera-off = kamera wyłączona
call-flag-video-paused = wideo wstrzymane: połączenie jest zbyt wolne
call-flag-poor-connection = słabe połączenie
call-flag-screen-paused = ekran wstrzymany: połączenie jest zbyt wolne
# Kafelek udostępnionego ekranu.
call-screen-of = Ekran: { $name }
call-screen-of-someone = Udostępniony ekran

## Stan rozmowy, u góry strony

status-new = Uruchamianie…
status-connecting = Łączenie…
status-connected = Połączono
status-reconnecting = Niestabilne połączenie, ponowne łączenie…
status-failed = Utracono połączenie
status-closed = Rozmowa zakończona
status-enter-name = Aby dołączyć, prosimy podać imię i nazwisko
status-waiting = Oczekiwanie na wpuszczenie
status-other-window = Dołączono do tej rozmowy w innym oknie
status-ended-by-server = Rozmowa została zakończona przez serwer
status-ended = Konsultacja została zakończona
status-room-not-found = Ten pokój nie istnieje
status-token-expired = Ten link do konsultacji wygasł: prosimy otworzyć go ponownie z zaproszenia lub ze stron dla personelu
status-invalid-token = Ten link do konsultacji jest nieważny
status-room-full = Konsultacja ma już komplet uczestników
status-join-failed = Nie udało się dołączyć: { $reason }
status-share-failed = Nie udało się udostępnić ekranu: { $reason }
status-switch-camera-failed = Nie udało się przełączyć kamery: { $reason }
status-auto-admit-failed = Nie udało się zmienić: { $reason }
status-end-failed = Nie udało się zakończyć: { $reason }

## Sterowanie

controls-bar =
    .aria-label = Sterowanie rozmową
controls-mute = Wycisz mikrofon
controls-unmute = Włącz mikrofon
controls-camera-off = Wyłącz kamerę
controls-camera-on = Włącz kamerę
controls-switch-camera = Przełącz kamerę
# Podpowiedź przycisku przełączania kamery: używana kamera.
controls-camera-now = Teraz: { $camera }
controls-camera-now-unnamed = Teraz: kamera
controls-more = Więcej
# On a phone: opens the chat over the video.
controls-chat = Czat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Czat ({ $count })
controls-share-screen = Udostępnij ekran
controls-stop-sharing = Zakończ udostępnianie
# Po angielsku „CC” (closed captions): napisy.
controls-captions = Napisy
    .title = Napisy na żywo
controls-quality = Jakość połączenia
# Po tym następuje wybór: 720p, 540p, 360p lub 180p.
controls-send-video = Wysyłaj wideo w jakości
controls-pip = Obraz w obrazie
controls-fullscreen = Pełny ekran
# Personel: czy pacjent wchodzi bez wpuszczania.
controls-auto-admit = Wpuszczaj pacjenta od razu
controls-auto-admit-on = Pacjent wchodzi od razu (wł.)
controls-leave = Wyjdź
controls-end = Zakończ konsultację
controls-end-confirm = Zakończyć konsultację dla wszystkich?

## Poczekalnia (pacjenta)

waiting-title = Jest Pan/Pani w poczekalni
waiting-who = Placówka wkrótce Pana/Panią wpuści. Prosimy nie zamykać tej strony.
waiting-who-practitioner = { $practitioner } wkrótce Pana/Panią wpuści. Prosimy nie zamykać tej strony.
waiting-announcements =
    .aria-label = Komunikaty
waiting-since-now = Czas oczekiwania: mniej niż minuta.
waiting-since = { $minutes ->
    [one] Czas oczekiwania: { NUMBER($minutes) } minuta.
    [few] Czas oczekiwania: { NUMBER($minutes) } minuty.
    [many] Czas oczekiwania: { NUMBER($minutes) } minut.
   *[other] Czas oczekiwania: { NUMBER($minutes) } minuty.
}
# $ahead: ilu pacjentów czeka przed tym pacjentem; $minutes: mniej więcej
# ile czasu zostało do jego kolejki (0: teraz).
waiting-estimate = { $ahead ->
    [0] Nikt nie czeka przed Panem/Panią.
    [one] Przed Panem/Panią czeka { NUMBER($ahead) } osoba.
    [few] Przed Panem/Panią czekają { NUMBER($ahead) } osoby.
    [many] Przed Panem/Panią czeka { NUMBER($ahead) } osób.
   *[other] Przed Panem/Panią czeka { NUMBER($ahead) } osoby.
} { $minutes ->
    [0] Teraz Pana/Pani kolej: placówka wpuści Pana/Panią, gdy tylko będzie gotowa.
    [one] Pana/Pani kolej za około { NUMBER($minutes) } minutę.
    [few] Pana/Pani kolej za około { NUMBER($minutes) } minuty.
    [many] Pana/Pani kolej za około { NUMBER($minutes) } minut.
   *[other] Pana/Pani kolej za około { NUMBER($minutes) } minuty.
}

## Personel w rozmowie: kto czeka na dołączenie

waiting-join-title = Oczekujący na wejście
waiting-admit = Wpuść
    .aria-label = Wpuść: { $name }
# $role: kim jest osoba oczekująca.
waiting-role = { $role ->
    [patient] pacjent
    [participant] zaproszony uczestnik
    [guest] gość
    [practitioner] personel
   *[other] { $role }
}
waiting-admit-not-present = { $name } może dołączyć, gdy pacjent będzie już w rozmowie.
waiting-admit-full = Konsultacja ma już komplet uczestników.
waiting-admit-failed = Nie udało się wpuścić: { $reason }

## Jakość połączenia (personel)

quality-connection = Połączenie:
# Połączenie jednym słowem, w nagłówku i w tabeli.
quality-level = { $level ->
    [good] dobre
    [fair] średnie
   *[poor] słabe
}
quality-tooltip = czas odpowiedzi { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% strat
quality-title = Jakość połączenia
quality-table =
    .aria-label = Jakość połączenia według uczestników
quality-participant = Uczestnik
quality-receiving = Odbieranie
quality-video = Wideo
quality-lost = Straty
quality-state = Stan
# $path: jak przesyłane są media: udp, tcp, relay (serwer pośredniczący)
# lub none (jeszcze żadna droga).
quality-summary = Media: { $path ->
        [udp] bezpośrednio (UDP)
        [tcp] TCP
        [relay] przez serwer pośredniczący
       *[other] łączenie
    }, czas odpowiedzi { NUMBER($ms, useGrouping: 0) } ms, wysyłanie { NUMBER($kbps, useGrouping: 0) } kbit/s.
# To samo, zanim czas odpowiedzi jest znany.
quality-summary-no-rtt = Media: { $path ->
        [udp] bezpośrednio (UDP)
        [tcp] TCP
        [relay] przez serwer pośredniczący
       *[other] łączenie
    }, wysyłanie { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = brak
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Zapraszanie gościa (personel)

invite-title = Zaproś kogoś
invite-name-label = Imię i nazwisko tej osoby (widoczne dla innych)
invite-create = Utwórz link dla gościa
invite-created = Ten link należy wysłać zapraszanej osobie; pozwala wejść jednej osobie, jeden raz, w ciągu godziny. Wpuszcza się ją z listy „Oczekujący na wejście”.
invite-url =
    .aria-label = Link dla gościa
invite-copy = Kopiuj
invite-sign-in = Aby zapraszać gości, należy zalogować się w tej przeglądarce na stronach dla personelu.
invite-check-name = Prosimy sprawdzić imię i nazwisko.
invite-over = Ta konsultacja już się zakończyła.
invite-failed = Nie udało się utworzyć linku: { $reason }

## Ankieta pacjenta (personel w trakcie konsultacji). $title to tytuł ankiety
## placówki.

call-answers-title = Ankieta: { $title }
call-answers-status = { $status ->
    [new] Pacjent jeszcze jej nie rozpoczął.
    [started] Pacjent ją rozpoczął, ale jeszcze jej nie wysłał.
   *[completed] Pacjent ją wysłał.
}
call-answers-show = Pokaż odpowiedzi
call-answers-failed = Nie udało się wczytać odpowiedzi.
call-answers-none = Brak odpowiedzi
call-answers-yes = Tak
call-answers-no = Nie
# Pobieranie odpowiedzi (każde pobranie jest odnotowywane w dzienniku audytu
# placówki).
call-answers-pdf = Pobierz jako PDF
call-answers-text = Pobierz jako tekst

## Czat

chat-title = Czat
chat-title-waiting = Czat z placówką
chat-message-label = Wiadomość
chat-input =
    .placeholder = Napisz wiadomość
chat-send = Wyślij
# Closes the chat over the video (on a phone).
chat-close = Zamknij
chat-too-long = Ta wiadomość jest za długa (maksymalnie 2000 znaków).
chat-rate-limited = Nie wysłano: zbyt wiele wiadomości naraz. Prosimy chwilę poczekać i spróbować ponownie.
chat-failed = Nie wysłano: { $reason }

## Udostępnione pliki

files-share = Udostępnij plik
files-gone = Pliki udostępnione podczas konsultacji zostały usunięte.
files-sending = Wysyłanie: { $name }…
files-too-large = Plik { $name } nie został udostępniony: jest większy niż 20 MB.
files-invalid-name = Plik { $name } nie został udostępniony: jego nazwa zawiera niedozwolone znaki. Prosimy zmienić nazwę pliku i spróbować ponownie.
files-storage-full = Plik { $name } nie został udostępniony: w tej konsultacji nie ma już miejsca na pliki.
files-not-shared = Plik { $name } nie został udostępniony: { $reason }.
# Na czacie, po imieniu nadawcy: „udostępniony plik: Badanie krwi.pdf (146 KB)”.
# Bez czasownika, aby pasowało zarówno do „Ty”, jak i do innych osób.
files-shared = udostępniony plik: { $name } ({ $size })
files-download = Pobierz { $name }
files-download-ended = Konsultacja się zakończyła; jej pliki zostały usunięte.
files-download-failed = Pobieranie nie powiodło się: { $reason }
# Rozmiar pliku; $size to liczba zapisana już w języku strony.
files-size-bytes = { $bytes ->
    [one] { $size } bajt
    [few] { $size } bajty
    [many] { $size } bajtów
   *[other] { $size } bajta
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Napisy na żywo

captions-region =
    .aria-label = Napisy na żywo
captions-read-in = Język napisów
# Pierwsza opcja pod „Język napisów”; pozostałe to języki, każdy nazwany
# w swoim własnym języku.
captions-language-spoken = język mówcy
captions-speakers = Języki uczestników
# Przed wyborem języka.
captions-you-speak = Mówi Pan/Pani w języku:
captions-speaks = { $name } mówi w języku:
# Przed słowami, które ktoś wypowiedział.
captions-speaker = { $name }:
captions-delayed = Napisy są opóźnione.
captions-words-missed = [pominięto kilka słów]
captions-in-language = ({ $language })
captions-translated-from = (przetłumaczono z: { $language })
captions-unavailable = Napisy nie są dostępne na tym serwerze. Rozmowa trwa dalej.
captions-failed = Nie udało się włączyć napisów.
captions-untranslated = Na tym serwerze nie można tłumaczyć napisów; pozostają w języku mówcy.
captions-unheard = Na tym serwerze napisy nie rozpoznają tego języka.
captions-kept = Gdy napisy są włączone, placówka przechowuje je razem z danymi wizyty.

## Po rozmowie

ended-title = Konsultacja została zakończona
ended-thanks = Dziękujemy. Można już zamknąć tę stronę.
# Do specjalisty, który zakończył konsultację.
ended-thanks-staff = Konsultacja została zakończona dla wszystkich. Można zamknąć tę kartę.
ended-chat-note = Czat z konsultacji pozostanie na tej stronie do czasu jej zamknięcia.
ended-left = Nie uczestniczy już Pan/Pani w rozmowie.
ended-rejoin = Dołącz ponownie

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Ta konsultacja została otwarta w innym oknie
elsewhere-hint = Konsultacja trwa w tamtym oknie. Aby zamiast tego kontynuować tutaj, prosimy przenieść ją z powrotem do tego okna.
elsewhere-take-back = Kontynuuj tutaj
