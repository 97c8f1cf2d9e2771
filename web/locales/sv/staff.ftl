# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personal
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personal · anteroom
staff-language = Språk
staff-sections =
    .aria-label = Avsnitt
staff-nav-waiting = { $n ->
    [0] Väntrum
   *[other] Väntrum ({ $n })
}
staff-nav-appointments = Bokningar
staff-nav-meeting-rooms = Mötesrum
staff-nav-clients = Klienter
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Meddelanden
   *[other] Meddelanden ({ $n })
}
staff-nav-availability = Tillgänglighet
staff-nav-people = Personal och avdelningar
staff-nav-settings = Inställningar
staff-nav-questionnaires = Frågeformulär
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Granskningslogg
staff-nav-account = Konto
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Konto · { $name }
staff-loading = Laddar…
staff-not-found = Hittades inte
staff-back-to-appointments = Tillbaka till bokningarna
# A button next to a link or key, copying it to the clipboard.
staff-copy = Kopiera

## Logging in and setting a password

staff-login = Inloggning för personal
staff-email = E-post
staff-password = Lösenord
staff-totp-code = Kod från din autentiseringsapp
staff-log-in = Logga in
staff-set-password = Skapa ditt lösenord
staff-set-password-needs-link = Den här sidan behöver länken från ditt e-postmeddelande.
staff-password-hint = Minst 12 tecken. En lösenfras med flera ord är lätt att komma ihåg och svår att gissa.
staff-new-password = Nytt lösenord
staff-repeat-password = Upprepa lösenordet
staff-set-password-button = Spara lösenord
staff-passwords-differ = Lösenorden är inte likadana.
staff-password-set = Ditt lösenord är sparat. Logga in med det nu.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Något gick fel: { $error }
staff-error-invalid-field = Kontrollera ”{ $field }”: ett fält har ett ogiltigt värde.
staff-error-brand-colour = Välj en mörkare profilfärg: vit text på den måste ha en kontrast på minst 4,5 till 1.
staff-error-invalid-credentials = E-postadressen eller lösenordet (eller koden) är fel.
staff-error-totp-required = Ange koden från din autentiseringsapp.
staff-error-rate-limited = För många misslyckade försök. Vänta några minuter och försök igen.
staff-error-forbidden = Din roll tillåter inte detta.
staff-error-conflict = Detta krockar med en befintlig post.
staff-error-invalid-token = Den här länken är okänd, redan använd eller har gått ut. Be en administratör om en ny.
staff-error-invalid-state = Bokningen kan inte längre ändras på det här sättet.
staff-error-not-found = Den här posten finns inte (längre).
staff-error-unauthenticated = Logga in först.
staff-error-internal = Något gick fel på servern. Försök igen.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Väntrum
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = En patient väntar
waiting-notify-me = Meddela mig på den här datorn när en patient kommer
waiting-connecting = Ansluter till väntrummet…
waiting-nobody = Ingen väntar.
waiting-table =
    .aria-label = Väntande
waiting-column-name = Namn
waiting-column-appointment = Bokad tid
waiting-column-waiting = Väntat
waiting-column-connection = Anslutning
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] i tid
    [late] sen
   *[walk_in] drop in
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (vårdgivare)
    [participant] (deltagare)
   *[guest] (gäst)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] bra
    [tcp_only] bara TCP
    [relayed] via reläserver
    [poor] dålig
   *[failed] ingen video: ring patienten
}
waiting-message = Meddelande
waiting-message-new = Meddelande (nytt)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Frågeformuläret är inte påbörjat
    [started] Frågeformuläret är påbörjat
   *[completed] Frågeformuläret är ifyllt
}
waiting-answers = Svar
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Svar från { $name }: { $title }
answers-none = Ej besvarad
answers-yes = Ja
answers-no = Nej
# Links under a patient's answers: the same answers as a file.
answers-pdf = Ladda ned som PDF
answers-text = Ladda ned som text
answers-close = Stäng svaren
waiting-admit = Släpp in
waiting-chat-with = Chatta med { $name }
waiting-chat-form =
    .aria-label = Chatta med { $name }
waiting-no-messages = Inga meddelanden än.
waiting-send = Skicka
waiting-not-waiting = Personen väntar inte längre.
waiting-patient-not-present = { $name } kan ansluta när patienten är med i besöket.
waiting-room-full = Besöket är fullt.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Bjud in någon
waiting-invite-form =
    .aria-label = Bjud in någon till besöket med { $name }
# $name: the waiting patient.
waiting-invite-heading = Bjud in någon till besöket med { $name }
waiting-invite-create = Skapa länk
waiting-invite-close = Stäng
# $name: the person invited.
waiting-invite-link = Länk för { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Länken fungerar en gång, fram till { $time }. Ingen e-post skickas: ge länken till { $name } själv.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } är tillagd i den här bokningen; länken har skickats till personen med e-post. Personen ansluter via länken, precis som patienten.
   *[no] { $name } är tillagd i den här bokningen. Ingen e-postadress angavs: ge länken till { $name } själv.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Bokningar
appointments-today = I dag
appointments-upcoming = Kommande
appointments-today-table =
    .aria-label = I dag
appointments-upcoming-table =
    .aria-label = Kommande
appointments-column-time = Tid
appointments-column-client = Klient
appointments-column-with = Hos
appointments-column-status = Status
appointments-none-today = Inga bokningar i dag.
appointments-none-upcoming = Inga kommande bokningar.
appointments-first-100 = De första 100 visas; begränsa perioden för att se fler.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonymiserad
appointments-status = { $status ->
    [scheduled] bokad
    [waiting] väntar
    [in_progress] pågår
    [completed] genomförd
    [cancelled] avbokad
    [no_show] uteblev
   *[anonymised] anonymiserad
}
appointments-start = Starta besöket
appointments-resend = Skicka kallelsen igen
appointments-cancel = Avboka
appointments-captions-kept = Sparad textning
appointments-kept-captions =
    .aria-label = Sparad textning
appointments-kept-captions-heading = Sparad textning: { $client }, { $time }
appointments-no-captions-kept = Ingen textning sparades för den här bokningen.
# The heading above new invitation links after resending.
appointments-new-links = Nya länkar för { $client }
appointments-new-links-no-emails = Nya länkar skapade (e-post är avstängt för den här organisationen).
appointments-resent = Kallelsen skickades igen; de tidigare länkarna fungerar fortfarande.
appointments-cancel-confirm = Avboka tiden för { $client } kl. { $time }?
appointments-cancel-confirm-anonymised = Avboka tiden för den här klienten kl. { $time }?
appointments-cancelled = Bokningen är avbokad.
appointments-invitation-links = Inbjudningslänkar
appointments-invitation-links-section =
    .aria-label = Inbjudningslänkar
appointments-patient-link = Patientens länk
appointments-participant-link = Länk för deltagare { $number }
appointments-new = Ny bokning
appointments-new-form =
    .aria-label = Ny bokning
appointments-client = Klient
appointments-choose = Välj…
appointments-practitioner = Vårdgivare
appointments-department-only = — bara avdelning —
appointments-department = Avdelning
appointments-no-department = — ingen —
appointments-date = Datum
appointments-time = Tid
appointments-duration-minutes = Längd (minuter)
appointments-external-participants = Externa deltagare
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (anhörig)
    [interpreter] { $name } (tolk)
    [home_care] { $name } (hemtjänst)
    [colleague] { $name } (kollega)
   *[other] { $name } (annan)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Lägg till en person
appointments-add-person-button = Lägg till i den här bokningen
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } är tillagd och bjuds in.
appointments-message = Personligt meddelande (i kallelsen)
appointments-questionnaire = Frågeformulär till patienten (fylls i före besöket)
appointments-no-questionnaire = Inget
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Tiderna anges i mottagningens tidszon, { $timezone }.
appointments-create = Skapa och kalla
appointments-quick = Snabbesök: starta nu
    .title = Startar nu: kallelserna skickas och mottagningsrummet öppnas
appointments-created = Bokning skapad för { $client } kl. { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Namn
# What the person is to the client (a list of the kinds below).
participant-kind = Vem personen är
participant-kind-option = { $kind ->
    [family] Anhörig
    [interpreter] Tolk
    [home_care] Hemtjänst
    [colleague] Kollega
   *[other] Annan
}
participant-email = E-post (valfritt)
participant-name-needed = Skriv personens namn.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Mötesrum
rooms-hint = Fasta rum för personal: alla i organisationen kan gå in; andra bara med en gästlänk.
rooms-list =
    .aria-label = Mötesrum
rooms-none = Inga mötesrum än.
rooms-enter = Gå in i { $name }
rooms-guest-form =
    .aria-label = Gästlänk till { $name }
rooms-guest-name = Gästens namn
rooms-create-guest-link = Skapa gästlänk
rooms-guest-link-section =
    .aria-label = Gästlänk
rooms-guest-link-for = Gästlänk till { $name }
rooms-guest-link = Gästlänk
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Den släpper in en person, en gång, fram till { $time }. Släpp in personen under ”Väntar på att ansluta” i rummet.
rooms-new = Nytt mötesrum
rooms-new-form =
    .aria-label = Nytt mötesrum
rooms-name = Namn
rooms-create = Skapa
rooms-created = Mötesrummet ”{ $name }” har skapats.

## Clients

clients-heading = Klienter
clients-search-label = Sök på namn eller klientnummer
clients-search = Sök
clients-table =
    .aria-label = Klienter
clients-column-name = Namn
clients-column-born = Född
clients-column-email = E-post
clients-column-number = Nummer
clients-column-practitioners = Vårdgivare
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Redigera
clients-none-match = Ingen klient matchar.
clients-none = Inga klienter än.
clients-previous = ← Föregående
clients-next = Nästa →
clients-edit-form =
    .aria-label = Redigera klient
clients-new-form =
    .aria-label = Ny klient
clients-edit-heading = Redigera { $client }
clients-new = Ny klient
clients-initials = Initialer
clients-last-name = Efternamn
clients-date-of-birth = Födelsedatum
clients-email = E-post
clients-phone = Telefon
clients-client-number = Klientnummer
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Språk
clients-language-default = Mottagningens standard
clients-departments = Avdelningar
clients-practitioners = Vårdgivare
clients-save = Spara
clients-add = Lägg till klient
clients-saved = Klienten har sparats.
clients-added = Klienten { $client } har lagts till.
# A client's record: their appointments, newest first.
clients-appointments-heading = Bokningar för { $client }
clients-appointments-table =
    .aria-label = Bokningar
clients-appointments-column-time = Tid
clients-appointments-column-with = Hos
clients-appointments-column-status = Status
clients-appointments-column-questionnaire = Frågeformulär
clients-appointments-none = Inga bokningar än.
clients-appointments-no-questionnaire = Inget frågeformulär

## Availability, walk-in and the bookable slots

availability-heading = Tillgänglighet
availability-whose = Vems tillgänglighet
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Varje { $weekday } från { $from }
availability-weekly-until = Varje { $weekday } från { $from } till { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min paus
   *[other] { $minutes } min + { $gap } min paus
}
availability-remove = Ta bort
availability-removed = Tillgängligheten har tagits bort.
availability-none = Ingen tillgänglighet än.
availability-walk-in-open = Öppen för drop in-besök.
availability-walk-in-closed = Stängd för drop in-besök.
availability-walk-in = { $name } tar emot drop in-besök
# A bookable slot's tooltip.
availability-free = ledig
availability-booked = bokad
# A slot whose time has passed (it cannot be booked).
availability-past = passerad
availability-no-slots = Inga bokningsbara tider de närmaste sju dagarna.
availability-once = En dag
availability-every-week = Varje vecka
availability-until = Till och med (valfritt, bara varje vecka)
availability-add-form =
    .aria-label = Lägg till tillgänglighet
availability-add-heading = Lägg till tillgänglighet
availability-repeat = Upprepa
availability-first-day = Datum (första dagen)
availability-from = Från
availability-to = Till
availability-slot-minutes = Tidslucka (minuter)
availability-gap-minutes = Paus efter varje (minuter)
availability-add = Lägg till
availability-added = Tillgängligheten har lagts till.
availability-table =
    .aria-label = Tillgänglighet
availability-column-when = När
availability-column-hours = Klockslag
availability-column-slots = Tidsluckor
availability-slots-heading = Bokningsbara tider, de närmaste sju dagarna

## Staff and departments

people-heading = Personal och avdelningar
people-role = { $role ->
    [org_admin] Organisationsadministratör
    [department_admin] Avdelningsadministratör
   *[practitioner] Vårdgivare
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = aktiv
people-invited = inbjuden
people-active-2fa = aktiv · 2FA
people-invited-2fa = inbjuden · 2FA
people-reset-2fa-confirm = Återställa tvåstegsverifieringen för { $name }? Personen måste då konfigurera den igen.
people-reset-2fa-done = Tvåstegsverifieringen har återställts; personens sessioner har avslutats.
people-reset-2fa = Återställ 2FA
people-add-staff-form =
    .aria-label = Lägg till personal
people-add-staff = Lägg till en medarbetare
people-name = Namn
people-email = E-post
people-role-label = Roll
people-departments = Avdelningar
people-password-email = Personen får ett e-postmeddelande med en länk för att skapa sitt lösenord (giltig i 72 timmar).
people-add = Lägg till
people-added = { $name } har lagts till.
people-password-link = Lösenordslänk (om e-postmeddelandet inte kommer fram)
people-add-department-form =
    .aria-label = Lägg till avdelning
people-add-department = Lägg till en avdelning
people-department-added = Avdelningen har lagts till.
people-table =
    .aria-label = Personal
people-column-name = Namn
people-column-role = Roll
people-column-departments = Avdelningar
people-column-account = Konto
people-department-list =
    .aria-label = Avdelningar
people-no-departments = Inga avdelningar än.

## Settings: the organisation's settings

settings-heading = Inställningar
settings-form =
    .aria-label = Organisationens inställningar
settings-privacy = Integritet och samtal
settings-strict-department-segregation = Strikt åtskilda avdelningar (personal ser bara klienter i sina egna avdelningar)
settings-strict-client-segregation = Strikt åtskilda klienter (vårdgivare ser bara sina egna klienter)
settings-chat-in-waiting-area = Chatt i väntrummet
settings-chat-after-consultation = Chatten finns kvar efter besöket
settings-delete-chat-after-consultation = Radera chatten efter besöket
settings-file-sharing = Fildelning i samtal
settings-screen-sharing = Skärmdelning i samtal
settings-resolution-change = Deltagare får ändra sin videoupplösning
settings-force-start = Vårdgivare får tvångsstarta ett besök
settings-doorbell-sound = Dörrklocka när en patient kommer
settings-require-two-factor = Kräv tvåstegsverifiering för all personal
settings-no-emails = Skicka ingen e-post (personalen delar ut länkarna själv)
settings-keep-transcript = Spara textningen av besök med bokningen (bara när textningen är på; alla i samtalet får veta det)
settings-link-opens = Länken öppnas (minuter före den bokade tiden)
settings-link-closes = Länken stängs (minuter efter att den bokade tiden slutar)
settings-max-participants = Högsta antal deltagare per samtal
settings-anonymise-after = Anonymisera bokningar efter (dagar; tomt: aldrig)
settings-chat-channels = Chattkanaler: patienter skriver till sin vårdgivare från patientportalen, även efter besöket
settings-channel-email-after = Skicka ett e-postmeddelande om ett oläst chattmeddelande efter (minuter; tomt: aldrig)
settings-chat-retention = Radera chattmeddelanden efter (dagar; tomt: behåll)
settings-language = Språk (t.ex. en, nl, de)
settings-timezone = Tidszon (IANA, t.ex. Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = Mottagningens kontaktuppgifter
settings-contact-hint = Patienter ser dessa på sina sidor och i e-post när de kör fast (en länk som inte fungerar, en kamera som inte startar).
settings-contact-phone = Telefon
settings-contact-email = E-post
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Profilfärg (som { $example }; tomt: anterooms blå)
settings-save = Spara inställningar
settings-saved = Inställningarna har sparats.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Mottagningens namn (som patienterna ser det)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logotyp på patientsidorna (PNG, JPEG eller WebP, högst 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Nuvarande logotyp
settings-logo-remove = Ta bort logotypen
settings-logo-saved = Logotypen har sparats: patienterna ser den på sina sidor.
settings-logo-removed = Logotypen har tagits bort.
settings-logo-invalid = Filen är ingen PNG-, JPEG- eller WebP-bild på högst 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Text i väntrummet
settings-text-heading = Text i väntrummet
settings-text-hint = Visas för patienterna medan de väntar. Platshållare: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Text för hela organisationen
settings-text-save = Spara texten
settings-text-saved = Texten i väntrummet har sparats.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = E-postmallar
settings-templates-heading = E-postmallar
settings-templates-hint = Er egen text i stället för den inbyggda, som visas där ingen egen finns: behåll dess *|platshållare|*. Ett tomt ämne och en tom text tar bort mallen.
settings-templates-none = Inga egna mallar: all e-post använder den inbyggda texten.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Kallelse
    [participant_invitation] Inbjudan till en deltagare
    [reminder] Påminnelse
    [cancellation] Avbokning
    [portal_pin] PIN-kod för patientportalen
    [channel_unread] Oläst meddelande från en patient (till personalen)
    [channel_reply] Nytt meddelande från mottagningen (till patienten)
   *[password] Lösenordslänk för ny personal
}
settings-template-whole-organisation = Hela organisationen
settings-template-every-language = Alla språk
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Redigera
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Platshållare: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Förhandsvisning
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Ämne: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Andersson
settings-sample-participant = B. Andersson
settings-sample-message = Ha gärna din läkemedelslista till hands.
settings-template-mail = Vilket e-postmeddelande
settings-template-department = För
settings-template-language = Språk
settings-template-subject = Ämne
settings-template-body = Text
settings-template-save = Spara mallen
settings-template-saved = E-postmallen har sparats.
settings-template-removed = E-postmallen har tagits bort.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Driftmeddelanden
settings-announcements-heading = Driftmeddelanden
settings-announcement-until = (till { $time })
settings-announcement-remove = Ta bort
settings-announcement-removed = Meddelandet har tagits bort.
settings-announcements-none = Inga just nu.
settings-announcement-new = Nytt meddelande
settings-announcement-shown-until = Visas till
settings-announcement-publish = Publicera
settings-announcement-published = Meddelandet har publicerats.

## Settings: API keys

settings-keys-form =
    .aria-label = API-nycklar
settings-keys-heading = API-nycklar för integratörer
settings-key-revoked = återkallad
settings-key-revoke = Återkalla
settings-key-revoke-confirm = Återkalla nyckeln ”{ $name }”? Integrationer som använder den slutar fungera.
settings-key-revoked-notice = Nyckeln har återkallats.
settings-keys-none = Inga nycklar än.
settings-key-name = Namn på den nya nyckeln
settings-key-create = Skapa nyckel
settings-key-created = Nyckeln har skapats. Kopiera den nu: den visas inte igen.
settings-key-new = Ny nyckel

## The signed-in person's account: two-factor authentication, logging out

account-heading = Konto
account-must-enrol = Din organisation kräver tvåstegsverifiering. Konfigurera den för att fortsätta.
account-two-factor-section =
    .aria-label = Tvåstegsverifiering
account-two-factor = Tvåstegsverifiering
account-two-factor-on = På. En administratör kan återställa den om du tappar bort din enhet.
account-two-factor-off = Av.
account-qr =
    .aria-label = QR-kod för din autentiseringsapp
account-confirm-form =
    .aria-label = Bekräfta tvåstegskod
account-code = Kod från appen
account-turn-on = Slå på
account-two-factor-done = Tvåstegsverifiering är på.
account-scan = Skanna koden med en autentiseringsapp, eller ange nyckeln manuellt, och skriv sedan in koden som appen visar.
account-key = Nyckel
account-set-up = Konfigurera tvåstegsverifiering
account-log-out = Logga ut
account-logged-out = Du är utloggad.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Meddelanden
messages-hint = Konversationer med dina patienter, som finns kvar efter besöket. Patienterna skriver från patientportalen; du får ett e-postmeddelande när ett meddelande förblir oläst.
messages-none = Inga konversationer än. En konversation börjar med en patients första bokade tid hos dig.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } oläst
   *[other] { $n } olästa
}
messages-off = (avstängd)
messages-conversation = Konversation med { $client } ({ $with })
messages-log =
    .aria-label = Meddelanden
messages-empty = Inga meddelanden än.
messages-write = Meddelande till patienten
messages-send = Skicka
messages-closed = Den här konversationen är avstängd: patienten ser den inte och ingen kan skriva.
messages-switch-off = Stäng av för patienten
messages-switch-on = Slå på för patienten
messages-switched-off = Konversationen är avstängd.
messages-switched-on = Konversationen är påslagen.
messages-leave = Lämna den här konversationen
# $names: the colleagues who joined, joined by commas.
messages-members = Också med i konversationen: { $names }
messages-not-joined = Du är inte med i den här konversationen. Gå med för att läsa och skriva; patientens vårdgivare och alla som har gått med ser att du har gjort det.
messages-join = Gå med i konversationen
messages-not-yours = (inte med)
messages-of-client = Konversationer med { $client }
messages-none-client = Inga konversationer med den här patienten än.
messages-start-with = Starta en konversation med
messages-start = Starta
messages-back = Alla konversationer
# The button in the clients list; its accessible name names the client.
clients-messages-of = Meddelanden
    .aria-label = Meddelanden för { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Frågeformulär
questionnaires-hint = Frågorna som patienten svarar på före besöket, i mobilen eller på datorn. När du ändrar ett frågeformulär skapas en ny version: svar som redan har lämnats behåller den version de lämnades för. Standardformuläret används för varje ny bokning (i dess avdelning, eller i hela organisationen) där inget annat formulär har valts.
questionnaires-list =
    .aria-label = Frågeformulär
questionnaires-none = Inga frågeformulär än.
questionnaires-new = Nytt frågeformulär
questionnaires-whole-organisation = Hela organisationen
questionnaires-version = Version { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Ändrat
questionnaires-asked-by-default = Standard
questionnaires-edit = Redigera
    .aria-label = Redigera { $title }
questionnaires-duplicate = Duplicera
    .aria-label = Duplicera { $title }
questionnaires-ask-by-default = Gör till standard
questionnaires-stop-asking = Sluta använda som standard
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Bara formulärets egna administratörer kan ändra det.
questionnaires-duplicated = Det här är en kopia av ”{ $title }”: ändra det du vill och spara den.
questionnaires-default-set = ”{ $title }” är nu standardformulär ({ $scope }).
questionnaires-default-stopped = ”{ $title }” är inte längre standardformulär.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nytt frågeformulär
questionnaires-edit-heading = Redigera frågeformulär: { $title }
questionnaires-editor-form =
    .aria-label = Frågeformulär
questionnaires-about = Version { $version } · { $scope }. När du sparar skapas en ny version.
questionnaires-about-new = När formuläret sparas blir det version 1.
questionnaires-title = Titel (patienten ser den ovanför frågorna)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = För
questionnaires-no-departments = Du är inte administratör för någon avdelning och kan därför inte skapa ett frågeformulär.
questionnaires-fields = Frågor och texter
questionnaires-new-field-type = Typ av nästa fält
questionnaires-add-field = Lägg till fält
questionnaires-save = Spara
questionnaires-back = Tillbaka till frågeformulären
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Fält { $number }: { $type ->
    [short_text] kort svar
    [long_text] långt svar
    [single_choice] ett val
    [multiple_choice] flera val
    [dropdown] rullgardinslista
    [date] datum
    [country] land
    [consent] samtycke
    [heading] rubrik
    [paragraph] text
    [image] bild
   *[other] { $type }
}
questionnaires-field-type = Typ
questionnaires-type = { $type ->
    [short_text] Kort svar (en rad)
    [long_text] Långt svar (flera rader)
    [single_choice] Ett val (knappar)
    [multiple_choice] Flera val (kryssrutor)
    [dropdown] Ett val (rullgardinslista)
    [date] Datum
    [country] Land
    [consent] Samtycke (en kryssruta)
    [heading] Rubrik
    [paragraph] Text (inget svar)
    [image] Bild (inget svar)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Rubrik
    [paragraph] Text
    [image] Beskrivning av bilden (läses upp för patienter som inte kan se den)
    [consent] Det som patienten samtycker till
   *[other] Fråga
}
questionnaires-required = Obligatorisk
questionnaires-options = Alternativ (ett per rad)
questionnaires-image = Bild (PNG, JPEG eller WebP, högst 128 KB)
questionnaires-image-replace = En annan bild (PNG, JPEG eller WebP, högst 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = Den uppladdade bilden
questionnaires-image-done = Bilden har laddats upp.
questionnaires-image-invalid = Den här bilden kan inte användas: välj en PNG-, JPEG- eller WebP-fil på högst 128 KB.
questionnaires-condition = Visa bara när
questionnaires-condition-always = (visas alltid)
questionnaires-condition-equals = har svaret
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = ikryssad (ja)
questionnaires-condition-not-ticked = inte ikryssad (nej)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (inte längre möjligt)
questionnaires-condition-broken = Välj igen när fältet ska visas: det måste komma efter frågan det beror på, och den frågan måste vara ett val eller ett samtycke med det här svaret.
questionnaires-move-up = Upp
    .aria-label = Flytta upp fält { $number }
questionnaires-move-down = Ned
    .aria-label = Flytta ned fält { $number }
questionnaires-remove = Ta bort
    .aria-label = Ta bort fält { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Fält { $from } är nu fält { $to }.
questionnaires-removed = Fält { $number } har tagits bort.
questionnaires-problems = Rätta det som är markerat innan du sparar.
questionnaires-problem-title = Ge frågeformuläret en titel på en rad (högst 200 tecken).
questionnaires-problem-no-fields = Lägg till minst ett fält.
# $max: a whole number.
questionnaires-problem-too-many-fields = Ett frågeformulär kan ha högst { $max } fält.
questionnaires-problem-too-many-images = Ett frågeformulär kan visa högst { $max } bilder.
questionnaires-problem-label = { $type ->
    [heading] Skriv rubriken.
    [paragraph] Skriv texten.
    [image] Beskriv bilden för patienter som inte kan se den.
   *[other] Skriv frågan.
}
questionnaires-problem-label-long = Texten är för lång: högst { $max } tecken.
questionnaires-problem-options = Ange minst 2 alternativ (högst { $max }), ett per rad.
questionnaires-problem-options-twice = Varje alternativ får bara finnas med en gång.
questionnaires-problem-option-long = Ett alternativ får ha högst { $max } tecken.
questionnaires-problem-image = Ladda upp bilden.
questionnaires-problem-characters = Texten innehåller ett osynligt tecken som inte kan sparas (kanske inklistrat från något annat ställe): skriv texten igen.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Servern godtog inte titeln: ange en titel på en rad, på högst 200 tecken.
questionnaires-error-fields = Servern godtog inte fälten: kontrollera att varje fält har sin text, varje val minst 2 olika alternativ, varje bild en uppladdad fil och varje villkor en tidigare fråga.
questionnaires-error-department = Den här avdelningen kan inte väljas: välj en av dina egna.
questionnaires-saved = ”{ $title }” har sparats som version { $version }.
questionnaires-preview = Förhandsvisning: så ser patienten det
questionnaires-preview-hint = Prova gärna: inget du svarar här sparas eller skickas.
questionnaires-preview-again = Töm förhandsvisningen

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Granskningslogg: svar på frågeformulär
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Varje gång någon läser eller exporterar en patients svar på ett frågeformulär registreras det här, med det senaste först. Tiderna anges i mottagningens tidszon, { $timezone }.
audit-table =
    .aria-label = Läsningar av svar på frågeformulär
audit-column-when = När
audit-column-who = Vem
audit-column-what = Vad
audit-column-appointment = Bokning
audit-action = { $action ->
    [read] Läste svaren
   *[export] Exporterade svaren
}
# Someone no longer among the staff.
audit-staff-gone = En tidigare medarbetare
audit-staff-unknown = Okänd
audit-appointment-gone = Bokningen finns inte längre.
audit-none = Ingen har läst svar på frågeformulär än.
audit-no-more = Inga äldre poster.
audit-pages =
    .aria-label = Sidor i granskningsloggen
audit-newer = ← Nyare
audit-older = Äldre →
