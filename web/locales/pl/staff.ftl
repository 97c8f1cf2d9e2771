# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
# Names in variables stay in the nominative: the text is built so that they
# need no declension ("Czat: { $name }", "Klient: { $client }").
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personel
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personel · anteroom
staff-language = Język
staff-sections =
    .aria-label = Sekcje
staff-nav-waiting = { $n ->
    [0] Poczekalnia
   *[other] Poczekalnia ({ $n })
}
staff-nav-appointments = Wizyty
staff-nav-meeting-rooms = Pokoje spotkań
staff-nav-clients = Klienci
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Wiadomości
   *[other] Wiadomości ({ $n })
}
staff-nav-availability = Dostępność
staff-nav-people = Personel i działy
staff-nav-settings = Ustawienia
staff-nav-questionnaires = Ankiety
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Dziennik audytu
staff-nav-account = Konto
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Konto · { $name }
staff-loading = Ładowanie…
staff-not-found = Nie znaleziono
staff-back-to-appointments = Powrót do wizyt
# A button next to a link or key, copying it to the clipboard.
staff-copy = Kopiuj

## Logging in and setting a password

staff-login = Logowanie dla personelu
staff-email = E-mail
staff-password = Hasło
staff-totp-code = Kod z aplikacji uwierzytelniającej
staff-log-in = Zaloguj się
staff-set-password = Ustawienie hasła
staff-set-password-needs-link = Ta strona wymaga linku z wiadomości e-mail.
staff-password-hint = Co najmniej 12 znaków. Hasło złożone z kilku słów łatwo zapamiętać, a trudno odgadnąć.
staff-new-password = Nowe hasło
staff-repeat-password = Powtórz hasło
staff-set-password-button = Ustaw hasło
staff-passwords-differ = Hasła nie są takie same.
staff-password-set = Hasło zostało ustawione. Można się teraz nim zalogować.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Coś poszło nie tak: { $error }
staff-error-invalid-field = Prosimy sprawdzić pole „{ $field }”: zawiera niedozwoloną wartość.
staff-error-brand-colour = Prosimy wybrać ciemniejszy kolor marki: biały tekst na nim musi mieć kontrast co najmniej 4,5:1.
staff-error-invalid-credentials = Nieprawidłowy adres e-mail lub hasło (albo kod).
staff-error-totp-required = Prosimy wpisać kod z aplikacji uwierzytelniającej.
staff-error-rate-limited = Zbyt wiele nieudanych prób. Prosimy odczekać kilka minut i spróbować ponownie.
staff-error-forbidden = Ta rola nie ma do tego uprawnień.
staff-error-conflict = To koliduje z istniejącym wpisem.
staff-error-invalid-token = Ten link jest nieznany, został już użyty lub wygasł. O nowy link prosimy poprosić administratora.
staff-error-invalid-state = Tej wizyty nie można już zmienić w ten sposób.
staff-error-not-found = Ten wpis nie istnieje (już).
staff-error-unauthenticated = Najpierw należy się zalogować.
staff-error-internal = Wystąpił błąd serwera. Prosimy spróbować ponownie.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Poczekalnia
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Pacjent czeka
waiting-notify-me = Powiadamiaj na tym komputerze o przybyciu pacjenta
waiting-connecting = Łączenie z poczekalnią…
waiting-nobody = Nikt nie czeka.
waiting-table =
    .aria-label = Oczekujący
waiting-column-name = Imię i nazwisko
waiting-column-appointment = Wizyta
waiting-column-waiting = Czeka
waiting-column-connection = Połączenie
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] punktualnie
    [late] spóźnienie
   *[walk_in] bez umawiania
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (specjalista)
    [participant] (uczestnik)
   *[guest] (gość)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
    [few] { $minutes } min
    [many] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] dobre
    [tcp_only] tylko TCP
    [relayed] przez serwer pośredniczący
    [poor] słabe
   *[failed] brak wideo: trzeba zadzwonić
}
waiting-message = Wiadomość
waiting-message-new = Wiadomość (nowa)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Ankieta nierozpoczęta
    [started] Ankieta rozpoczęta
   *[completed] Ankieta wypełniona
}
waiting-answers = Odpowiedzi
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Odpowiedzi – { $name }: { $title }
answers-none = Brak odpowiedzi
answers-yes = Tak
answers-no = Nie
# Links under a patient's answers: the same answers as a file.
answers-pdf = Pobierz jako PDF
answers-text = Pobierz jako tekst
answers-close = Zamknij odpowiedzi
waiting-admit = Wpuść
waiting-chat-with = Czat: { $name }
waiting-chat-form =
    .aria-label = Czat: { $name }
waiting-no-messages = Brak wiadomości.
waiting-send = Wyślij
waiting-not-waiting = Ta osoba już nie czeka.
waiting-patient-not-present = { $name } może dołączyć, gdy pacjent będzie już w konsultacji.
waiting-room-full = Konsultacja ma już komplet uczestników.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Zaproś kogoś
waiting-invite-form =
    .aria-label = Zaproś kogoś na konsultację: { $name }
# $name: the waiting patient.
waiting-invite-heading = Zaproś kogoś na konsultację: { $name }
waiting-invite-create = Utwórz link
waiting-invite-close = Zamknij
# $name: the person invited.
waiting-invite-link = Link dla: { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Link działa jeden raz, do { $time }. Żaden e-mail nie zostanie wysłany: link należy samodzielnie przekazać tej osobie ({ $name }).
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] Dodano do tej wizyty: { $name }. Link wysłano tej osobie e-mailem. Ta osoba dołącza przez link, tak jak pacjent.
   *[no] Dodano do tej wizyty: { $name }. Nie podano adresu e-mail: link należy samodzielnie przekazać tej osobie ({ $name }).
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Wizyty
appointments-today = Dzisiaj
appointments-upcoming = Nadchodzące
appointments-today-table =
    .aria-label = Dzisiaj
appointments-upcoming-table =
    .aria-label = Nadchodzące
appointments-column-time = Godzina
appointments-column-client = Klient
appointments-column-with = Z kim
appointments-column-status = Status
appointments-none-today = Brak wizyt na dziś.
appointments-none-upcoming = Brak nadchodzących wizyt.
appointments-first-100 = Pokazano pierwsze 100; aby zobaczyć więcej, należy zawęzić zakres.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
    [few] { $minutes } min
    [many] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = zanonimizowano
appointments-status = { $status ->
    [scheduled] zaplanowana
    [waiting] oczekuje
    [in_progress] w toku
    [completed] zakończona
    [cancelled] odwołana
    [no_show] nieobecność
   *[anonymised] zanonimizowana
}
appointments-start = Rozpocznij konsultację
appointments-resend = Wyślij zaproszenie ponownie
appointments-cancel = Odwołaj
appointments-captions-kept = Zachowane napisy
appointments-kept-captions =
    .aria-label = Zachowane napisy
appointments-kept-captions-heading = Zachowane napisy: { $client }, { $time }
appointments-no-captions-kept = Dla tej wizyty nie zachowano napisów.
# The heading above new invitation links after resending.
appointments-new-links = Nowe linki: { $client }
appointments-new-links-no-emails = Utworzono nowe linki (wysyłanie e-maili jest w tej organizacji wyłączone).
appointments-resent = Zaproszenie wysłano ponownie; wcześniejsze linki nadal działają.
appointments-cancel-confirm = Odwołać wizytę (klient: { $client }, godz. { $time })?
appointments-cancel-confirm-anonymised = Odwołać wizytę tego klienta (godz. { $time })?
appointments-cancelled = Wizyta została odwołana.
appointments-invitation-links = Linki z zaproszeniami
appointments-invitation-links-section =
    .aria-label = Linki z zaproszeniami
appointments-patient-link = Link dla pacjenta
appointments-participant-link = Link dla uczestnika { $number }
appointments-new = Nowa wizyta
appointments-new-form =
    .aria-label = Nowa wizyta
appointments-client = Klient
appointments-choose = Wybierz…
appointments-practitioner = Specjalista
appointments-department-only = — tylko dział —
appointments-department = Dział
appointments-no-department = — brak —
appointments-date = Data
appointments-time = Godzina
appointments-duration-minutes = Czas trwania (minuty)
appointments-external-participants = Uczestnicy zewnętrzni
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (rodzina)
    [interpreter] { $name } (tłumacz)
    [home_care] { $name } (opieka domowa)
    [colleague] { $name } (współpracownik)
   *[other] { $name } (inna osoba)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Dodaj osobę
appointments-add-person-button = Dodaj do tej wizyty
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = Dodano: { $name }. Ta osoba otrzyma zaproszenie.
appointments-message = Wiadomość osobista (w zaproszeniu)
appointments-questionnaire = Ankieta dla pacjenta (wypełniana przed konsultacją)
appointments-no-questionnaire = Brak
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Godziny podano w strefie czasowej placówki: { $timezone }.
appointments-create = Utwórz i zaproś
appointments-quick = Szybka konsultacja: zacznij teraz
    .title = Zaczyna się od razu: zaproszenia zostają wysłane, a gabinet się otwiera
appointments-created = Utworzono wizytę: { $client }, godz. { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Imię i nazwisko
# What the person is to the client (a list of the kinds below).
participant-kind = Kim jest ta osoba
participant-kind-option = { $kind ->
    [family] Rodzina
    [interpreter] Tłumacz
    [home_care] Opieka domowa
    [colleague] Współpracownik
   *[other] Inna osoba
}
participant-email = E-mail (opcjonalnie)
participant-name-needed = Należy wpisać imię i nazwisko osoby.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Pokoje spotkań
rooms-hint = Stałe pokoje dla personelu: może do nich wejść każdy w organizacji, inne osoby tylko z linkiem dla gościa.
rooms-list =
    .aria-label = Pokoje spotkań
rooms-none = Brak pokojów spotkań.
rooms-enter = Wejdź: { $name }
rooms-guest-form =
    .aria-label = Link dla gościa: { $name }
rooms-guest-name = Imię i nazwisko gościa
rooms-create-guest-link = Utwórz link dla gościa
rooms-guest-link-section =
    .aria-label = Link dla gościa
rooms-guest-link-for = Link dla gościa: { $name }
rooms-guest-link = Link dla gościa
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Pozwala wejść jednej osobie, jeden raz, do { $time }. Wpuszcza się ją z listy „Oczekujący na wejście” w pokoju.
rooms-new = Nowy pokój spotkań
rooms-new-form =
    .aria-label = Nowy pokój spotkań
rooms-name = Nazwa
rooms-create = Utwórz
rooms-created = Utworzono pokój spotkań „{ $name }”.

## Clients

clients-heading = Klienci
clients-search-label = Szukaj według nazwiska lub numeru klienta
clients-search = Szukaj
clients-table =
    .aria-label = Klienci
clients-column-name = Nazwisko
clients-column-born = Data urodzenia
clients-column-email = E-mail
clients-column-number = Numer
clients-column-practitioners = Specjaliści
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Edytuj
clients-none-match = Brak pasujących klientów.
clients-none = Brak klientów.
clients-previous = ← Poprzednia
clients-next = Następna →
clients-edit-form =
    .aria-label = Edycja klienta
clients-new-form =
    .aria-label = Nowy klient
clients-edit-heading = Edycja: { $client }
clients-new = Nowy klient
clients-initials = Inicjały
clients-last-name = Nazwisko
clients-date-of-birth = Data urodzenia
clients-email = E-mail
clients-phone = Telefon
clients-client-number = Numer klienta
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Język
clients-language-default = Domyślny język placówki
clients-departments = Działy
clients-practitioners = Specjaliści
clients-save = Zapisz
clients-add = Dodaj klienta
clients-saved = Zapisano dane klienta.
clients-added = Dodano klienta: { $client }.
# A client's record: their appointments, newest first.
clients-appointments-heading = Wizyty: { $client }
clients-appointments-table =
    .aria-label = Wizyty
clients-appointments-column-time = Termin
clients-appointments-column-with = Z kim
clients-appointments-column-status = Status
clients-appointments-column-questionnaire = Ankieta
clients-appointments-none = Brak wizyt.
clients-appointments-no-questionnaire = Bez ankiety

## Availability, walk-in and the bookable slots

availability-heading = Dostępność
availability-whose = Czyja dostępność
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Co tydzień ({ $weekday }) od { $from }
availability-weekly-until = Co tydzień ({ $weekday }) od { $from } do { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
    [few] { $minutes } min
    [many] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min przerwy
    [few] { $minutes } min + { $gap } min przerwy
    [many] { $minutes } min + { $gap } min przerwy
   *[other] { $minutes } min + { $gap } min przerwy
}
availability-remove = Usuń
availability-removed = Usunięto dostępność.
availability-none = Brak ustalonej dostępności.
availability-walk-in-open = Przyjmuje pacjentów bez wcześniejszego umawiania.
availability-walk-in-closed = Nie przyjmuje pacjentów bez wcześniejszego umawiania.
availability-walk-in = { $name } przyjmuje pacjentów bez wcześniejszego umawiania
# A bookable slot's tooltip.
availability-free = wolny
availability-booked = zajęty
# A slot whose time has passed (it cannot be booked).
availability-past = miniony
availability-no-slots = Brak wolnych terminów w ciągu najbliższych siedmiu dni.
availability-once = Jeden dzień
availability-every-week = Co tydzień
availability-until = Do (opcjonalnie, tylko co tydzień)
availability-add-form =
    .aria-label = Dodaj dostępność
availability-add-heading = Dodaj dostępność
availability-repeat = Powtarzanie
availability-first-day = Data (pierwszy dzień)
availability-from = Od
availability-to = Do
availability-slot-minutes = Termin (minuty)
availability-gap-minutes = Przerwa po każdym (minuty)
availability-add = Dodaj
availability-added = Dodano dostępność.
availability-table =
    .aria-label = Dostępność
availability-column-when = Kiedy
availability-column-hours = Godziny
availability-column-slots = Terminy
availability-slots-heading = Terminy do umówienia, najbliższe siedem dni

## Staff and departments

people-heading = Personel i działy
people-role = { $role ->
    [org_admin] Administrator organizacji
    [department_admin] Administrator działu
   *[practitioner] Specjalista
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = aktywne
people-invited = zaproszenie wysłane
people-active-2fa = aktywne · 2FA
people-invited-2fa = zaproszenie wysłane · 2FA
people-reset-2fa-confirm = Zresetować uwierzytelnianie dwuskładnikowe (konto: { $name })? Trzeba będzie skonfigurować je ponownie.
people-reset-2fa-done = Zresetowano uwierzytelnianie dwuskładnikowe; sesje tej osoby zostały zakończone.
people-reset-2fa = Resetuj 2FA
people-add-staff-form =
    .aria-label = Dodaj pracownika
people-add-staff = Dodaj pracownika
people-name = Imię i nazwisko
people-email = E-mail
people-role-label = Rola
people-departments = Działy
people-password-email = Ta osoba otrzyma e-mail z linkiem do ustawienia hasła (ważnym 72 godziny).
people-add = Dodaj
people-added = Dodano: { $name }.
people-password-link = Link do ustawienia hasła (gdyby e-mail nie dotarł)
people-add-department-form =
    .aria-label = Dodaj dział
people-add-department = Dodaj dział
people-department-added = Dodano dział.
people-table =
    .aria-label = Personel
people-column-name = Imię i nazwisko
people-column-role = Rola
people-column-departments = Działy
people-column-account = Konto
people-department-list =
    .aria-label = Działy
people-no-departments = Brak działów.

## Settings: the organisation's settings

settings-heading = Ustawienia
settings-form =
    .aria-label = Ustawienia organizacji
settings-privacy = Prywatność i rozmowy
settings-strict-department-segregation = Ściśle rozdzielone działy (personel widzi tylko klientów swoich działów)
settings-strict-client-segregation = Ściśle rozdzieleni klienci (specjaliści widzą tylko swoich klientów)
settings-chat-in-waiting-area = Czat w poczekalni
settings-chat-after-consultation = Czat pozostaje dostępny po konsultacji
settings-delete-chat-after-consultation = Usuwaj czat po konsultacji
settings-file-sharing = Udostępnianie plików podczas rozmów
settings-screen-sharing = Udostępnianie ekranu podczas rozmów
settings-resolution-change = Uczestnicy mogą zmieniać rozdzielczość wideo
settings-force-start = Specjaliści mogą wymusić rozpoczęcie konsultacji
settings-doorbell-sound = Dźwięk dzwonka, gdy przychodzi pacjent
settings-require-two-factor = Wymagaj uwierzytelniania dwuskładnikowego od całego personelu
settings-no-emails = Nie wysyłaj e-maili (personel sam przekazuje linki)
settings-keep-transcript = Zachowuj napisy z konsultacji razem z wizytą (tylko gdy napisy są włączone; wszyscy uczestnicy rozmowy są o tym informowani)
settings-link-opens = Link otwiera się (minuty przed wizytą)
settings-link-closes = Link zamyka się (minuty po zakończeniu wizyty)
settings-max-participants = Maksymalna liczba uczestników rozmowy
settings-anonymise-after = Anonimizuj wizyty po (dniach; puste: nigdy)
settings-chat-channels = Kanały czatu: pacjenci piszą do swojego specjalisty z portalu pacjenta, także po konsultacji
settings-channel-email-after = Wysyłaj e-mail o nieprzeczytanej wiadomości na czacie po (minutach; puste: nigdy)
settings-chat-retention = Usuwaj wiadomości z czatu po (dniach; puste: zachowuj)
settings-language = Język (np. en, nl, de)
settings-timezone = Strefa czasowa (IANA, np. Europe/Warsaw)
# How patients reach the clinic when they are stuck.
settings-contact = Kontakt z placówką
settings-contact-hint = Pacjenci widzą te dane na swoich stronach i w e-mailach, gdy tylko napotkają problem (niedziałający link, kamera, która się nie włącza).
settings-contact-phone = Telefon
settings-contact-email = E-mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Kolor marki (np. { $example }; puste: niebieski anteroom)
settings-save = Zapisz ustawienia
settings-saved = Zapisano ustawienia.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Nazwa placówki (tak jak widzą ją pacjenci)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo na stronach dla pacjentów (PNG, JPEG lub WebP, maksymalnie 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Obecne logo
settings-logo-remove = Usuń logo
settings-logo-saved = Zapisano logo: pacjenci zobaczą je na swoich stronach.
settings-logo-removed = Usunięto logo.
settings-logo-invalid = Ten plik nie jest obrazem PNG, JPEG ani WebP o rozmiarze do 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Tekst w poczekalni
settings-text-heading = Tekst w poczekalni
settings-text-hint = Wyświetlany pacjentom podczas oczekiwania. Symbole zastępcze: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Tekst dla całej organizacji
settings-text-save = Zapisz tekst
settings-text-saved = Zapisano tekst w poczekalni.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Szablony e-maili
settings-templates-heading = Szablony e-maili
settings-templates-hint = Własny tekst zamiast wbudowanego, który jest pokazywany tam, gdzie własnego brak: należy zachować jego *|symbole zastępcze|*. Pusty temat i tekst usuwają szablon.
settings-templates-none = Brak własnych szablonów: wszystkie e-maile używają wbudowanego tekstu.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Zaproszenie
    [participant_invitation] Zaproszenie uczestnika
    [reminder] Przypomnienie
    [cancellation] Odwołanie
    [portal_pin] Kod PIN do portalu pacjenta
    [channel_unread] Nieprzeczytana wiadomość od pacjenta (do personelu)
    [channel_reply] Nowa wiadomość od placówki (do pacjenta)
   *[password] Link do hasła dla nowego personelu
}
settings-template-whole-organisation = Cała organizacja
settings-template-every-language = Wszystkie języki
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Edytuj
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Symbole zastępcze: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Podgląd
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Temat: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Kowalska
settings-sample-participant = B. Kowalski
settings-sample-message = Prosimy przygotować listę przyjmowanych leków.
settings-template-mail = Który e-mail
settings-template-department = Dla
settings-template-language = Język
settings-template-subject = Temat
settings-template-body = Tekst
settings-template-save = Zapisz szablon
settings-template-saved = Zapisano szablon e-maila.
settings-template-removed = Usunięto szablon e-maila.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Komunikaty serwisowe
settings-announcements-heading = Komunikaty serwisowe
settings-announcement-until = (do { $time })
settings-announcement-remove = Usuń
settings-announcement-removed = Usunięto komunikat.
settings-announcements-none = Obecnie brak.
settings-announcement-new = Nowy komunikat
settings-announcement-shown-until = Wyświetlany do
settings-announcement-publish = Opublikuj
settings-announcement-published = Opublikowano komunikat.

## Settings: API keys

settings-keys-form =
    .aria-label = Klucze API
settings-keys-heading = Klucze API dla integratorów
settings-key-revoked = unieważniony
settings-key-revoke = Unieważnij
settings-key-revoke-confirm = Unieważnić klucz „{ $name }”? Integracje, które go używają, przestaną działać.
settings-key-revoked-notice = Klucz został unieważniony.
settings-keys-none = Brak kluczy.
settings-key-name = Nazwa nowego klucza
settings-key-create = Utwórz klucz
settings-key-created = Utworzono klucz. Należy go teraz skopiować: nie zostanie pokazany ponownie.
settings-key-new = Nowy klucz

## The signed-in person's account: two-factor authentication, logging out

account-heading = Konto
account-must-enrol = Organizacja wymaga uwierzytelniania dwuskładnikowego. Aby kontynuować, należy je skonfigurować.
account-two-factor-section =
    .aria-label = Uwierzytelnianie dwuskładnikowe
account-two-factor = Uwierzytelnianie dwuskładnikowe
account-two-factor-on = Włączone. W razie utraty urządzenia administrator może je zresetować.
account-two-factor-off = Wyłączone.
account-qr =
    .aria-label = Kod QR dla aplikacji uwierzytelniającej
account-confirm-form =
    .aria-label = Potwierdź kod uwierzytelniania dwuskładnikowego
account-code = Kod z aplikacji
account-turn-on = Włącz
account-two-factor-done = Uwierzytelnianie dwuskładnikowe jest włączone.
account-scan = Należy zeskanować ten kod aplikacją uwierzytelniającą lub wpisać klucz ręcznie, a następnie wpisać kod wyświetlony przez aplikację.
account-key = Klucz
account-set-up = Skonfiguruj uwierzytelnianie dwuskładnikowe
account-log-out = Wyloguj się
account-logged-out = Wylogowano.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Wiadomości
messages-hint = Rozmowy z pacjentami, zachowywane po konsultacji. Pacjenci piszą z portalu pacjenta; gdy wiadomość długo pozostaje nieprzeczytana, przychodzi powiadomienie e-mailem.
messages-none = Brak rozmów. Rozmowa zaczyna się wraz z pierwszą wizytą pacjenta u danego specjalisty.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } nieprzeczytana
    [few] { $n } nieprzeczytane
    [many] { $n } nieprzeczytanych
   *[other] { $n } nieprzeczytanej
}
messages-off = (wyłączona)
messages-conversation = Rozmowa: { $client } ({ $with })
messages-log =
    .aria-label = Wiadomości
messages-empty = Brak wiadomości.
messages-write = Wiadomość do pacjenta
messages-send = Wyślij
messages-closed = Ta rozmowa jest wyłączona: pacjent jej nie widzi i nikt nie może pisać.
messages-switch-off = Wyłącz dla pacjenta
messages-switch-on = Włącz dla pacjenta
messages-switched-off = Rozmowa została wyłączona.
messages-switched-on = Rozmowa została włączona.
messages-leave = Opuść tę rozmowę
# $names: the colleagues who joined, joined by commas.
messages-members = W rozmowie uczestniczą też: { $names }
messages-not-joined = Nie dołączono do tej rozmowy. Aby czytać i pisać, należy do niej dołączyć; będzie to widoczne dla specjalisty pacjenta i wszystkich, którzy dołączyli.
messages-join = Dołącz do rozmowy
messages-not-yours = (nie dołączono)
messages-of-client = Rozmowy: { $client }
messages-none-client = Brak rozmów z tym pacjentem.
messages-start-with = Rozpocznij rozmowę ze specjalistą
messages-start = Rozpocznij
messages-back = Wszystkie rozmowy
# The button in the clients list; its accessible name names the client.
clients-messages-of = Wiadomości
    .aria-label = Wiadomości: { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Ankiety
questionnaires-hint = Pytania, na które pacjent odpowiada przed konsultacją, na telefonie lub komputerze. Zmiana ankiety tworzy jej nową wersję: udzielone już odpowiedzi pozostają przy wersji, w której zostały udzielone. Ankieta domyślna jest przypisywana do każdej nowej wizyty (w swoim dziale lub w całej organizacji), dla której nie wybrano innej.
questionnaires-list =
    .aria-label = Ankiety
questionnaires-none = Brak ankiet.
questionnaires-new = Nowa ankieta
questionnaires-whole-organisation = Cała organizacja
questionnaires-version = Wersja { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Zmieniono
questionnaires-asked-by-default = Domyślna
questionnaires-edit = Edytuj
    .aria-label = Edytuj: { $title }
questionnaires-duplicate = Duplikuj
    .aria-label = Duplikuj: { $title }
questionnaires-ask-by-default = Ustaw jako domyślną
questionnaires-stop-asking = Przestań używać jako domyślnej
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Tę ankietę mogą zmieniać tylko jej administratorzy.
questionnaires-duplicated = To jest kopia ankiety „{ $title }”: można ją dowolnie zmienić, a następnie zapisać.
questionnaires-default-set = Ankieta „{ $title }” jest teraz domyślna ({ $scope }).
questionnaires-default-stopped = Ankieta „{ $title }” nie jest już domyślna.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nowa ankieta
questionnaires-edit-heading = Edycja ankiety: { $title }
questionnaires-editor-form =
    .aria-label = Ankieta
questionnaires-about = Wersja { $version } · { $scope }. Zapisanie tworzy nową wersję.
questionnaires-about-new = Po zapisaniu będzie to wersja 1.
questionnaires-title = Tytuł (pacjent widzi go nad pytaniami)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Dla
questionnaires-no-departments = To konto nie ma uprawnień administratora żadnego działu, więc nie można utworzyć ankiety.
questionnaires-fields = Pytania i teksty
questionnaires-new-field-type = Typ następnego pola
questionnaires-add-field = Dodaj pole
questionnaires-save = Zapisz
questionnaires-back = Powrót do ankiet
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Pole { $number }: { $type ->
    [short_text] krótka odpowiedź
    [long_text] długa odpowiedź
    [single_choice] jednokrotny wybór
    [multiple_choice] wielokrotny wybór
    [dropdown] lista rozwijana
    [date] data
    [country] kraj
    [consent] zgoda
    [heading] nagłówek
    [paragraph] tekst
    [image] obraz
   *[other] { $type }
}
questionnaires-field-type = Typ
questionnaires-type = { $type ->
    [short_text] Krótka odpowiedź (jeden wiersz)
    [long_text] Długa odpowiedź (kilka wierszy)
    [single_choice] Jednokrotny wybór (przyciski)
    [multiple_choice] Wielokrotny wybór (pola wyboru)
    [dropdown] Jednokrotny wybór (lista rozwijana)
    [date] Data
    [country] Kraj
    [consent] Zgoda (jedno pole wyboru)
    [heading] Nagłówek
    [paragraph] Tekst (bez odpowiedzi)
    [image] Obraz (bez odpowiedzi)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Nagłówek
    [paragraph] Tekst
    [image] Opis obrazu (odczytywany pacjentom, którzy go nie widzą)
    [consent] Na co pacjent wyraża zgodę
   *[other] Pytanie
}
questionnaires-required = Wymagane
questionnaires-options = Opcje (po jednej w wierszu)
questionnaires-image = Obraz (PNG, JPEG lub WebP, maksymalnie 128 KB)
questionnaires-image-replace = Inny obraz (PNG, JPEG lub WebP, maksymalnie 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = Przesłany obraz
questionnaires-image-done = Obraz został przesłany.
questionnaires-image-invalid = Nie można użyć tego obrazu: należy wybrać plik PNG, JPEG lub WebP o rozmiarze do 128 KB.
questionnaires-condition = Pokazuj tylko, gdy
questionnaires-condition-always = (zawsze widoczne)
questionnaires-condition-equals = ma odpowiedź
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = zaznaczone (tak)
questionnaires-condition-not-ticked = niezaznaczone (nie)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (już niedostępne)
questionnaires-condition-broken = Należy ponownie wybrać, kiedy pokazywać to pole: musi ono następować po pytaniu, od którego zależy, a to pytanie musi być wyborem lub zgodą z tą odpowiedzią.
questionnaires-move-up = W górę
    .aria-label = Przesuń pole { $number } w górę
questionnaires-move-down = W dół
    .aria-label = Przesuń pole { $number } w dół
questionnaires-remove = Usuń
    .aria-label = Usuń pole { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Pole { $from } jest teraz polem { $to }.
questionnaires-removed = Usunięto pole { $number }.
questionnaires-problems = Przed zapisaniem prosimy poprawić zaznaczone elementy.
questionnaires-problem-title = Ankieta musi mieć tytuł w jednym wierszu (maksymalnie 200 znaków).
questionnaires-problem-no-fields = Należy dodać co najmniej jedno pole.
# $max: a whole number.
questionnaires-problem-too-many-fields = Maksymalna liczba pól w ankiecie: { $max }.
questionnaires-problem-too-many-images = Maksymalna liczba obrazów w ankiecie: { $max }.
questionnaires-problem-label = { $type ->
    [heading] Należy wpisać nagłówek.
    [paragraph] Należy wpisać tekst.
    [image] Należy opisać obraz dla pacjentów, którzy go nie widzą.
   *[other] Należy wpisać pytanie.
}
questionnaires-problem-label-long = Ten tekst jest za długi (maksymalna liczba znaków: { $max }).
questionnaires-problem-options = Należy podać co najmniej 2 opcje (maksymalnie { $max }), po jednej w wierszu.
questionnaires-problem-options-twice = Każda opcja może wystąpić tylko raz.
questionnaires-problem-option-long = Jedna z opcji jest za długa (maksymalna liczba znaków: { $max }).
questionnaires-problem-image = Należy przesłać obraz.
questionnaires-problem-characters = Ten tekst zawiera niewidoczny znak, którego nie można zapisać (być może został wklejony z innego miejsca): prosimy wpisać tekst ponownie.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Serwer nie przyjął tego tytułu: tytuł musi mieścić się w jednym wierszu i mieć maksymalnie 200 znaków.
questionnaires-error-fields = Serwer nie przyjął pól: prosimy sprawdzić, czy każde pole ma swój tekst, każdy wybór co najmniej 2 różne opcje, każdy obraz przesłany plik, a każdy warunek wcześniejsze pytanie.
questionnaires-error-department = Tego działu nie można wybrać: należy wybrać jeden z własnych działów.
questionnaires-saved = Zapisano ankietę „{ $title }” jako wersję { $version }.
questionnaires-preview = Podgląd: tak widzi to pacjent
questionnaires-preview-hint = Można tu wypróbować ankietę: żadne wpisane tu odpowiedzi nie są zapisywane ani wysyłane.
questionnaires-preview-again = Wyczyść podgląd

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Dziennik audytu: odpowiedzi na ankiety
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Każde odczytanie lub wyeksportowanie odpowiedzi pacjenta na ankietę jest tu odnotowywane, od najnowszych wpisów. Godziny podano w strefie czasowej placówki: { $timezone }.
audit-table =
    .aria-label = Odczyty odpowiedzi na ankiety
audit-column-when = Kiedy
audit-column-who = Kto
audit-column-what = Co
audit-column-appointment = Wizyta
audit-action = { $action ->
    [read] Odczytanie odpowiedzi
   *[export] Eksport odpowiedzi
}
# Someone no longer among the staff.
audit-staff-gone = Były pracownik
audit-staff-unknown = Nieznana osoba
audit-appointment-gone = Ta wizyta już nie istnieje.
audit-none = Nikt jeszcze nie odczytał odpowiedzi na ankiety.
audit-no-more = Brak starszych wpisów.
audit-pages =
    .aria-label = Strony dziennika audytu
audit-newer = ← Nowsze
audit-older = Starsze →
