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
staff-document-title = anteroom · medewerkers
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Medewerkers · anteroom
staff-language = Taal
staff-sections =
    .aria-label = Onderdelen
staff-nav-waiting = { $n ->
    [0] Wachtkamer
   *[other] Wachtkamer ({ $n })
}
staff-nav-appointments = Afspraken
staff-nav-meeting-rooms = Vergaderruimtes
staff-nav-clients = Cliënten
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Berichten
   *[other] Berichten ({ $n })
}
staff-nav-availability = Beschikbaarheid
staff-nav-people = Medewerkers en afdelingen
staff-nav-settings = Instellingen
staff-nav-questionnaires = Vragenlijsten
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Auditlogboek
staff-nav-account = Account
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Account · { $name }
staff-loading = Laden…
staff-not-found = Niet gevonden
staff-back-to-appointments = Terug naar de afspraken
# A button next to a link or key, copying it to the clipboard.
staff-copy = Kopiëren

## Logging in and setting a password

staff-login = Inloggen voor medewerkers
staff-email = E-mail
staff-password = Wachtwoord
staff-totp-code = Code uit uw authenticator-app
staff-log-in = Inloggen
staff-set-password = Stel uw wachtwoord in
staff-set-password-needs-link = Voor deze pagina heeft u de link uit uw e-mail nodig.
staff-password-hint = Minstens 12 tekens. Een wachtzin van een paar woorden is makkelijk te onthouden en moeilijk te raden.
staff-new-password = Nieuw wachtwoord
staff-repeat-password = Herhaal het wachtwoord
staff-set-password-button = Wachtwoord instellen
staff-passwords-differ = De twee wachtwoorden zijn niet gelijk.
staff-password-set = Uw wachtwoord is ingesteld. Log er nu mee in.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Er ging iets mis: { $error }
staff-error-invalid-field = Controleer “{ $field }”: een veld heeft een ongeldige waarde.
staff-error-brand-colour = Kies een donkerdere huisstijlkleur: witte tekst erop moet een contrast van minstens 4,5 op 1 hebben.
staff-error-invalid-credentials = Het e-mailadres of wachtwoord (of de code) is onjuist.
staff-error-totp-required = Vul de code uit uw authenticator-app in.
staff-error-rate-limited = Te veel mislukte pogingen. Wacht een paar minuten en probeer het opnieuw.
staff-error-forbidden = Uw rol staat dit niet toe.
staff-error-conflict = Dit botst met een bestaand gegeven.
staff-error-invalid-token = Deze link is onbekend, al gebruikt of verlopen. Vraag een beheerder om een nieuwe.
staff-error-invalid-state = De afspraak kan niet meer op deze manier worden gewijzigd.
staff-error-not-found = Dit gegeven bestaat niet (meer).
staff-error-unauthenticated = Log eerst in.
staff-error-internal = Er ging iets mis op de server. Probeer het opnieuw.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Wachtkamer
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Er wacht een patiënt
waiting-notify-me = Geef een melding op deze computer als er een patiënt binnenkomt
waiting-connecting = Verbinden met de wachtkamer…
waiting-nobody = Er wacht niemand.
waiting-table =
    .aria-label = Wachtenden
waiting-column-name = Naam
waiting-column-appointment = Afspraak
waiting-column-waiting = Wacht
waiting-column-connection = Verbinding
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] op tijd
    [late] te laat
   *[walk_in] inloop
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (zorgverlener)
    [participant] (deelnemer)
   *[guest] (gast)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] goed
    [tcp_only] alleen TCP
    [relayed] via een omweg
    [poor] slecht
   *[failed] geen video: bel de patiënt
}
waiting-message = Bericht
waiting-message-new = Bericht (nieuw)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Vragenlijst nog niet begonnen
    [started] Vragenlijst begonnen
   *[completed] Vragenlijst ingevuld
}
waiting-answers = Antwoorden
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Antwoorden van { $name }: { $title }
answers-none = Niet beantwoord
answers-yes = Ja
answers-no = Nee
# Links under a patient's answers: the same answers as a file.
answers-pdf = Downloaden als pdf
answers-text = Downloaden als tekst
answers-close = Antwoorden sluiten
waiting-admit = Binnenlaten
waiting-chat-with = Chat met { $name }
waiting-chat-form =
    .aria-label = Chat met { $name }
waiting-no-messages = Nog geen berichten.
waiting-send = Versturen
waiting-not-waiting = Deze persoon wacht niet meer.
waiting-patient-not-present = { $name } kan deelnemen zodra de patiënt in het consult is.
waiting-room-full = Het consult zit vol.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Iemand uitnodigen
waiting-invite-form =
    .aria-label = Iemand uitnodigen voor het consult van { $name }
# $name: the waiting patient.
waiting-invite-heading = Iemand uitnodigen voor het consult van { $name }
waiting-invite-create = Link maken
waiting-invite-close = Sluiten
# $name: the person invited.
waiting-invite-link = Link voor { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = De link werkt één keer, tot { $time }. Er gaat geen e-mail uit: geef hem zelf door aan { $name }.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } is aan deze afspraak toegevoegd; de link is per e-mail naar deze persoon gestuurd. Net als de patiënt neemt deze persoon deel via de link.
   *[no] { $name } is aan deze afspraak toegevoegd. Er is geen e-mailadres opgegeven: geef de link zelf door aan { $name }.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Afspraken
appointments-today = Vandaag
appointments-upcoming = Komende
appointments-today-table =
    .aria-label = Vandaag
appointments-upcoming-table =
    .aria-label = Komende
appointments-column-time = Tijd
appointments-column-client = Cliënt
appointments-column-with = Met
appointments-column-status = Status
appointments-none-today = Vandaag geen afspraken.
appointments-none-upcoming = Geen komende afspraken.
appointments-first-100 = De eerste 100 worden getoond; maak de periode kleiner om meer te zien.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = geanonimiseerd
appointments-status = { $status ->
    [scheduled] gepland
    [waiting] wacht
    [in_progress] bezig
    [completed] afgerond
    [cancelled] geannuleerd
    [no_show] niet verschenen
   *[anonymised] geanonimiseerd
}
appointments-start = Consult starten
appointments-resend = Uitnodiging opnieuw sturen
appointments-cancel = Annuleren
appointments-captions-kept = Bewaarde ondertiteling
appointments-kept-captions =
    .aria-label = Bewaarde ondertiteling
appointments-kept-captions-heading = Bewaarde ondertiteling: { $client }, { $time }
appointments-no-captions-kept = Voor deze afspraak is geen ondertiteling bewaard.
# The heading above new invitation links after resending.
appointments-new-links = Nieuwe links voor { $client }
appointments-new-links-no-emails = Nieuwe links gemaakt (e-mails staan uit voor deze organisatie).
appointments-resent = Uitnodiging opnieuw verstuurd; de eerdere links blijven werken.
appointments-cancel-confirm = De afspraak met { $client } om { $time } annuleren?
appointments-cancel-confirm-anonymised = De afspraak met deze cliënt om { $time } annuleren?
appointments-cancelled = Afspraak geannuleerd.
appointments-invitation-links = Uitnodigingslinks
appointments-invitation-links-section =
    .aria-label = Uitnodigingslinks
appointments-patient-link = Link voor de patiënt
appointments-participant-link = Link voor deelnemer { $number }
appointments-new = Nieuwe afspraak
appointments-new-form =
    .aria-label = Nieuwe afspraak
appointments-client = Cliënt
appointments-choose = Kies…
appointments-practitioner = Zorgverlener
appointments-department-only = — alleen afdeling —
appointments-department = Afdeling
appointments-no-department = — geen —
appointments-date = Datum
appointments-time = Tijd
appointments-duration-minutes = Duur (minuten)
appointments-external-participants = Externe deelnemers
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (familie)
    [interpreter] { $name } (tolk)
    [home_care] { $name } (thuiszorg)
    [colleague] { $name } (collega)
   *[other] { $name } (anders)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Iemand toevoegen
appointments-add-person-button = Aan deze afspraak toevoegen
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } is toegevoegd en wordt uitgenodigd.
appointments-message = Persoonlijk bericht (in de uitnodiging)
appointments-questionnaire = Vragenlijst voor de patiënt (in te vullen vóór het consult)
appointments-no-questionnaire = Geen
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Tijden zijn in de tijdzone van de praktijk, { $timezone }.
appointments-create = Aanmaken en uitnodigen
appointments-quick = Snel consult: nu starten
    .title = Start nu: de uitnodigingen worden verstuurd en de spreekkamer gaat open
appointments-created = Afspraak gemaakt voor { $client } om { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Naam
# What the person is to the client (a list of the kinds below).
participant-kind = Wie het is
participant-kind-option = { $kind ->
    [family] Familielid
    [interpreter] Tolk
    [home_care] Thuiszorg
    [colleague] Collega
   *[other] Anders
}
participant-email = E-mail (optioneel)
participant-name-needed = Vul de naam van de persoon in.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Vergaderruimtes
rooms-hint = Vaste ruimtes voor medewerkers: iedereen in de organisatie kan naar binnen; anderen alleen met een gastlink.
rooms-list =
    .aria-label = Vergaderruimtes
rooms-none = Nog geen vergaderruimtes.
rooms-enter = Naar { $name }
rooms-guest-form =
    .aria-label = Gastlink voor { $name }
rooms-guest-name = Naam van de gast
rooms-create-guest-link = Gastlink maken
rooms-guest-link-section =
    .aria-label = Gastlink
rooms-guest-link-for = Gastlink voor { $name }
rooms-guest-link = Gastlink
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = De link laat één persoon één keer binnen, tot { $time }. U laat de gast binnen via “Wachten op toegang” in de ruimte.
rooms-new = Nieuwe vergaderruimte
rooms-new-form =
    .aria-label = Nieuwe vergaderruimte
rooms-name = Naam
rooms-create = Aanmaken
rooms-created = Vergaderruimte “{ $name }” aangemaakt.

## Clients

clients-heading = Cliënten
clients-search-label = Zoeken op naam of cliëntnummer
clients-search = Zoeken
clients-table =
    .aria-label = Cliënten
clients-column-name = Naam
clients-column-born = Geboren
clients-column-email = E-mail
clients-column-number = Nummer
clients-column-practitioners = Zorgverleners
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Bewerken
clients-none-match = Geen cliënt gevonden.
clients-none = Nog geen cliënten.
clients-previous = ← Vorige
clients-next = Volgende →
clients-edit-form =
    .aria-label = Cliënt bewerken
clients-new-form =
    .aria-label = Nieuwe cliënt
clients-edit-heading = { $client } bewerken
clients-new = Nieuwe cliënt
clients-initials = Voorletters
clients-last-name = Achternaam
clients-date-of-birth = Geboortedatum
clients-email = E-mail
clients-phone = Telefoon
clients-client-number = Cliëntnummer
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Taal
clients-language-default = Standaard van de praktijk
clients-departments = Afdelingen
clients-practitioners = Zorgverleners
clients-save = Opslaan
clients-add = Cliënt toevoegen
clients-saved = Cliënt opgeslagen.
clients-added = Cliënt { $client } toegevoegd.
# A client's record: their appointments, newest first.
clients-appointments-heading = Afspraken van { $client }
clients-appointments-table =
    .aria-label = Afspraken
clients-appointments-column-time = Tijdstip
clients-appointments-column-with = Met
clients-appointments-column-status = Status
clients-appointments-column-questionnaire = Vragenlijst
clients-appointments-none = Nog geen afspraken.
clients-appointments-no-questionnaire = Niet gevraagd

## Availability, walk-in and the bookable slots

availability-heading = Beschikbaarheid
availability-whose = Beschikbaarheid van
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Elke { $weekday } vanaf { $from }
availability-weekly-until = Elke { $weekday } van { $from } tot { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min pauze
   *[other] { $minutes } min + { $gap } min pauze
}
availability-remove = Verwijderen
availability-removed = Beschikbaarheid verwijderd.
availability-none = Nog geen beschikbaarheid.
availability-walk-in-open = Open voor het inloopspreekuur.
availability-walk-in-closed = Gesloten voor het inloopspreekuur.
availability-walk-in = { $name } is open voor het inloopspreekuur
# A bookable slot's tooltip.
availability-free = vrij
availability-booked = geboekt
# A slot whose time has passed (it cannot be booked).
availability-past = verstreken
availability-no-slots = Geen boekbare tijden in de komende zeven dagen.
availability-once = Eén dag
availability-every-week = Elke week
availability-until = Tot (optioneel, alleen wekelijks)
availability-add-form =
    .aria-label = Beschikbaarheid toevoegen
availability-add-heading = Beschikbaarheid toevoegen
availability-repeat = Herhalen
availability-first-day = Datum (eerste dag)
availability-from = Van
availability-to = Tot
availability-slot-minutes = Tijdslot (minuten)
availability-gap-minutes = Pauze na elk slot (minuten)
availability-add = Toevoegen
availability-added = Beschikbaarheid toegevoegd.
availability-table =
    .aria-label = Beschikbaarheid
availability-column-when = Wanneer
availability-column-hours = Uren
availability-column-slots = Tijdsloten
availability-slots-heading = Boekbare tijden, komende zeven dagen

## Staff and departments

people-heading = Medewerkers en afdelingen
people-role = { $role ->
    [org_admin] Beheerder organisatie
    [department_admin] Beheerder afdeling
   *[practitioner] Zorgverlener
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = actief
people-invited = uitgenodigd
people-active-2fa = actief · 2FA
people-invited-2fa = uitgenodigd · 2FA
people-reset-2fa-confirm = Tweestapsverificatie van { $name } resetten? Deze persoon moet die dan opnieuw instellen.
people-reset-2fa-done = Tweestapsverificatie gereset; de sessies van deze persoon zijn beëindigd.
people-reset-2fa = 2FA resetten
people-add-staff-form =
    .aria-label = Medewerker toevoegen
people-add-staff = Een medewerker toevoegen
people-name = Naam
people-email = E-mail
people-role-label = Rol
people-departments = Afdelingen
people-password-email = De medewerker krijgt een e-mail met een link om een wachtwoord in te stellen (72 uur geldig).
people-add = Toevoegen
people-added = { $name } toegevoegd.
people-password-link = Wachtwoordlink (als de e-mail niet aankomt)
people-add-department-form =
    .aria-label = Afdeling toevoegen
people-add-department = Een afdeling toevoegen
people-department-added = Afdeling toegevoegd.
people-table =
    .aria-label = Medewerkers
people-column-name = Naam
people-column-role = Rol
people-column-departments = Afdelingen
people-column-account = Account
people-department-list =
    .aria-label = Afdelingen
people-no-departments = Nog geen afdelingen.

## Settings: the organisation's settings

settings-heading = Instellingen
settings-form =
    .aria-label = Instellingen van de organisatie
settings-privacy = Privacy en gesprekken
settings-strict-department-segregation = Strikt gescheiden afdelingen (medewerkers zien alleen cliënten van hun eigen afdelingen)
settings-strict-client-segregation = Strikt gescheiden cliënten (zorgverleners zien alleen hun eigen cliënten)
settings-chat-in-waiting-area = Chat in de wachtkamer
settings-chat-after-consultation = Chat blijft beschikbaar na het consult
settings-delete-chat-after-consultation = Chat na het consult verwijderen
settings-file-sharing = Bestanden delen in gesprekken
settings-screen-sharing = Scherm delen in gesprekken
settings-resolution-change = Deelnemers mogen hun videoresolutie wijzigen
settings-force-start = Zorgverleners mogen een consult geforceerd starten
settings-doorbell-sound = Deurbelgeluid als er een patiënt binnenkomt
settings-require-two-factor = Tweestapsverificatie verplicht voor alle medewerkers
settings-no-emails = Geen e-mails versturen (medewerkers geven de links zelf door)
settings-keep-transcript = Ondertiteling van consulten bij de afspraak bewaren (alleen als de ondertiteling aan staat; iedereen in het gesprek krijgt dat te horen)
settings-link-opens = Link gaat open (minuten voor de afspraak)
settings-link-closes = Link sluit (minuten na het einde van de afspraak)
settings-max-participants = Maximaal aantal deelnemers per gesprek
settings-anonymise-after = Afspraken anonimiseren na (dagen; leeg: nooit)
settings-chat-channels = Chatkanalen: patiënten sturen hun zorgverlener berichten vanuit het patiëntenportaal, ook na het consult
settings-channel-email-after = Een e-mail sturen over een ongelezen chatbericht na (minuten; leeg: nooit)
settings-chat-retention = Chatberichten verwijderen na (dagen; leeg: bewaren)
settings-language = Taal (bijv. en, nl, de)
settings-timezone = Tijdzone (IANA, bijv. Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = Contact met de praktijk
settings-contact-hint = Patiënten zien deze gegevens op hun pagina’s en in e-mails als ze vastlopen (een link die niet werkt, een camera die niet start).
settings-contact-phone = Telefoon
settings-contact-email = E-mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Huisstijlkleur (zoals { $example }; leeg: het blauw van anteroom)
settings-save = Instellingen opslaan
settings-saved = Instellingen opgeslagen.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Naam van de praktijk (zoals patiënten die zien)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo op de patiëntpagina’s (PNG, JPEG of WebP, maximaal 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Huidig logo
settings-logo-remove = Logo verwijderen
settings-logo-saved = Logo opgeslagen: patiënten zien het op hun pagina’s.
settings-logo-removed = Logo verwijderd.
settings-logo-invalid = Dit bestand is geen PNG-, JPEG- of WebP-afbeelding van maximaal 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Tekst in de wachtkamer
settings-text-heading = Tekst in de wachtkamer
settings-text-hint = Patiënten zien deze tekst terwijl ze wachten. Plaatshouders: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Tekst voor de hele organisatie
settings-text-save = Tekst opslaan
settings-text-saved = Tekst voor de wachtkamer opgeslagen.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = E-mailsjablonen
settings-templates-heading = E-mailsjablonen
settings-templates-hint = Uw eigen tekst in plaats van de standaardtekst, die wordt getoond waar er geen eigen tekst is: behoud de *|plaatshouders|* erin. Met een leeg onderwerp en een lege tekst verwijdert u het sjabloon.
settings-templates-none = Geen eigen sjablonen: elke e-mail gebruikt de standaardtekst.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Uitnodiging
    [participant_invitation] Uitnodiging van een deelnemer
    [reminder] Herinnering
    [cancellation] Annulering
    [portal_pin] Pincode voor het patiëntenportaal
    [channel_unread] Ongelezen bericht van een patiënt (aan medewerkers)
    [channel_reply] Nieuw bericht van de praktijk (aan de patiënt)
   *[password] Wachtwoordlink voor nieuwe medewerkers
}
settings-template-whole-organisation = Hele organisatie
settings-template-every-language = Elke taal
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Bewerken
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Plaatshouders: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Voorbeeld
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Onderwerp: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Jansen
settings-sample-participant = B. Jansen
settings-sample-message = Wilt u uw medicijnoverzicht bij de hand houden?
settings-template-mail = Welke e-mail
settings-template-department = Voor
settings-template-language = Taal
settings-template-subject = Onderwerp
settings-template-body = Tekst
settings-template-save = Sjabloon opslaan
settings-template-saved = E-mailsjabloon opgeslagen.
settings-template-removed = E-mailsjabloon verwijderd.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Servicemededelingen
settings-announcements-heading = Servicemededelingen
settings-announcement-until = (tot { $time })
settings-announcement-remove = Verwijderen
settings-announcement-removed = Mededeling verwijderd.
settings-announcements-none = Op dit moment geen.
settings-announcement-new = Nieuwe mededeling
settings-announcement-shown-until = Tonen tot
settings-announcement-publish = Publiceren
settings-announcement-published = Mededeling gepubliceerd.

## Settings: API keys

settings-keys-form =
    .aria-label = API-sleutels
settings-keys-heading = API-sleutels voor integraties
settings-key-revoked = ingetrokken
settings-key-revoke = Intrekken
settings-key-revoke-confirm = De sleutel “{ $name }” intrekken? Koppelingen die hem gebruiken, werken dan niet meer.
settings-key-revoked-notice = Sleutel ingetrokken.
settings-keys-none = Nog geen sleutels.
settings-key-name = Naam van de nieuwe sleutel
settings-key-create = Sleutel maken
settings-key-created = Sleutel gemaakt. Kopieer hem nu: hij wordt niet nog eens getoond.
settings-key-new = Nieuwe sleutel

## The signed-in person's account: two-factor authentication, logging out

account-heading = Account
account-must-enrol = Uw organisatie vereist tweestapsverificatie. Stel die in om verder te gaan.
account-two-factor-section =
    .aria-label = Tweestapsverificatie
account-two-factor = Tweestapsverificatie
account-two-factor-on = Aan. Een beheerder kan deze resetten als u uw apparaat kwijtraakt.
account-two-factor-off = Uit.
account-qr =
    .aria-label = QR-code voor uw authenticator-app
account-confirm-form =
    .aria-label = Code voor tweestapsverificatie bevestigen
account-code = Code uit de app
account-turn-on = Aanzetten
account-two-factor-done = Tweestapsverificatie staat aan.
account-scan = Scan deze code met een authenticator-app of voer de sleutel met de hand in, en typ dan de code die de app toont.
account-key = Sleutel
account-set-up = Tweestapsverificatie instellen
account-log-out = Uitloggen
account-logged-out = U bent uitgelogd.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Berichten
messages-hint = Gesprekken met uw patiënten, die ook na het consult bewaard blijven. Patiënten schrijven vanuit het patiëntenportaal; u krijgt een e-mail als een bericht ongelezen blijft.
messages-none = Nog geen gesprekken. Een gesprek begint bij de eerste afspraak van een patiënt met u.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] 1 ongelezen
   *[other] { $n } ongelezen
}
messages-off = (uitgeschakeld)
messages-conversation = Gesprek met { $client } ({ $with })
messages-log =
    .aria-label = Berichten
messages-empty = Nog geen berichten.
messages-write = Bericht aan de patiënt
messages-send = Versturen
messages-closed = Dit gesprek is uitgeschakeld: de patiënt ziet het niet, en niemand kan schrijven.
messages-switch-off = Uitschakelen voor de patiënt
messages-switch-on = Inschakelen voor de patiënt
messages-switched-off = Het gesprek is uitgeschakeld.
messages-switched-on = Het gesprek is ingeschakeld.
messages-leave = Dit gesprek verlaten
# $names: the colleagues who joined, joined by commas.
messages-members = Ook in dit gesprek: { $names }
messages-not-joined = U neemt niet deel aan dit gesprek. Neem deel om te lezen en te schrijven; de zorgverlener van de patiënt en iedereen die deelneemt, ziet dat u dat gedaan heeft.
messages-join = Deelnemen aan het gesprek
messages-not-yours = (geen deelnemer)
messages-of-client = Gesprekken met { $client }
messages-none-client = Nog geen gesprekken met deze patiënt.
messages-start-with = Een gesprek beginnen met
messages-start = Beginnen
messages-back = Alle gesprekken
# The button in the clients list; its accessible name names the client.
clients-messages-of = Berichten
    .aria-label = Berichten van { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Vragenlijsten
questionnaires-hint = De vragen die een patiënt vóór het consult beantwoordt, op telefoon of computer. Als u een vragenlijst wijzigt, ontstaat er een nieuwe versie: antwoorden die al gegeven zijn, houden de versie waarvoor ze gegeven zijn. De vragenlijst die standaard wordt gevraagd, wordt gevraagd bij elke nieuwe afspraak (van de betreffende afdeling, of van de hele organisatie) waarvoor geen andere is gekozen.
questionnaires-list =
    .aria-label = Vragenlijsten
questionnaires-none = Nog geen vragenlijsten.
questionnaires-new = Nieuwe vragenlijst
questionnaires-whole-organisation = Hele organisatie
questionnaires-version = Versie { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Gewijzigd
questionnaires-asked-by-default = Standaard gevraagd
questionnaires-edit = Bewerken
    .aria-label = { $title } bewerken
questionnaires-duplicate = Dupliceren
    .aria-label = { $title } dupliceren
questionnaires-ask-by-default = Standaard vragen
questionnaires-stop-asking = Niet meer standaard vragen
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Alleen de eigen beheerders van deze vragenlijst kunnen hem wijzigen.
questionnaires-duplicated = Dit is een kopie van “{ $title }”: wijzig wat u wilt en sla hem op.
questionnaires-default-set = “{ $title }” wordt nu standaard gevraagd ({ $scope }).
questionnaires-default-stopped = “{ $title }” wordt niet meer standaard gevraagd.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nieuwe vragenlijst
questionnaires-edit-heading = Vragenlijst bewerken: { $title }
questionnaires-editor-form =
    .aria-label = Vragenlijst
questionnaires-about = Versie { $version } · { $scope }. Opslaan maakt een nieuwe versie.
questionnaires-about-new = Na het opslaan is dit versie 1.
questionnaires-title = Titel (de patiënt ziet die boven de vragen)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Voor
questionnaires-no-departments = U bent van geen enkele afdeling beheerder, dus u kunt geen vragenlijst maken.
questionnaires-fields = Vragen en teksten
questionnaires-new-field-type = Soort van het volgende veld
questionnaires-add-field = Veld toevoegen
questionnaires-save = Opslaan
questionnaires-back = Terug naar de vragenlijsten
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Veld { $number }: { $type ->
    [short_text] kort antwoord
    [long_text] lang antwoord
    [single_choice] één keuze
    [multiple_choice] meerdere keuzes
    [dropdown] uitklaplijst
    [date] datum
    [country] land
    [consent] toestemming
    [heading] kop
    [paragraph] tekst
    [image] afbeelding
   *[other] { $type }
}
questionnaires-field-type = Soort
questionnaires-type = { $type ->
    [short_text] Kort antwoord (één regel)
    [long_text] Lang antwoord (meerdere regels)
    [single_choice] Eén keuze (knoppen)
    [multiple_choice] Meerdere keuzes (selectievakjes)
    [dropdown] Eén keuze (uitklaplijst)
    [date] Datum
    [country] Land
    [consent] Toestemming (één selectievakje)
    [heading] Kop
    [paragraph] Tekst (geen antwoord)
    [image] Afbeelding (geen antwoord)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Kop
    [paragraph] Tekst
    [image] Beschrijving van de afbeelding (wordt voorgelezen aan patiënten die haar niet kunnen zien)
    [consent] Waarmee de patiënt instemt
   *[other] Vraag
}
questionnaires-required = Verplicht
questionnaires-options = Opties (één per regel)
questionnaires-image = Afbeelding (PNG, JPEG of WebP, maximaal 128 KB)
questionnaires-image-replace = Een andere afbeelding (PNG, JPEG of WebP, maximaal 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = De geüploade afbeelding
questionnaires-image-done = De afbeelding is geüpload.
questionnaires-image-invalid = Deze afbeelding kan niet worden gebruikt: kies een PNG-, JPEG- of WebP-bestand van maximaal 128 KB.
questionnaires-condition = Alleen tonen bij
questionnaires-condition-always = (altijd getoond)
questionnaires-condition-equals = met het antwoord
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = aangevinkt (ja)
questionnaires-condition-not-ticked = niet aangevinkt (nee)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (niet meer mogelijk)
questionnaires-condition-broken = Kies opnieuw wanneer dit veld getoond wordt: het moet na de vraag komen waarvan het afhangt, en die vraag moet een keuze of toestemming zijn met dit antwoord.
questionnaires-move-up = Omhoog
    .aria-label = Veld { $number } omhoog verplaatsen
questionnaires-move-down = Omlaag
    .aria-label = Veld { $number } omlaag verplaatsen
questionnaires-remove = Verwijderen
    .aria-label = Veld { $number } verwijderen
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Veld { $from } is nu veld { $to }.
questionnaires-removed = Veld { $number } is verwijderd.
questionnaires-problems = Verbeter wat gemarkeerd is voordat u opslaat.
questionnaires-problem-title = Geef de vragenlijst een titel van één regel (maximaal 200 tekens).
questionnaires-problem-no-fields = Voeg minstens één veld toe.
# $max: a whole number.
questionnaires-problem-too-many-fields = Een vragenlijst heeft maximaal { $max } velden.
questionnaires-problem-too-many-images = Een vragenlijst toont maximaal { $max } afbeeldingen.
questionnaires-problem-label = { $type ->
    [heading] Vul de kop in.
    [paragraph] Vul de tekst in.
    [image] Beschrijf de afbeelding voor patiënten die haar niet kunnen zien.
   *[other] Vul de vraag in.
}
questionnaires-problem-label-long = Deze tekst is te lang: maximaal { $max } tekens.
questionnaires-problem-options = Geef minstens 2 opties (maximaal { $max }), één per regel.
questionnaires-problem-options-twice = Elke optie mag maar één keer voorkomen.
questionnaires-problem-option-long = Een optie heeft maximaal { $max } tekens.
questionnaires-problem-image = Upload de afbeelding.
questionnaires-problem-characters = Deze tekst bevat een onzichtbaar teken dat niet kan worden opgeslagen (misschien ergens anders vandaan geplakt): typ de tekst opnieuw.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = De server heeft deze titel niet geaccepteerd: geef een titel van één regel, van maximaal 200 tekens.
questionnaires-error-fields = De server heeft de velden niet geaccepteerd: controleer of elk veld zijn tekst heeft, elke keuze minstens 2 verschillende opties, elke afbeelding een geüpload bestand, en elke voorwaarde een eerdere vraag.
questionnaires-error-department = Deze afdeling kan niet worden gekozen: kies een van uw eigen afdelingen.
questionnaires-saved = “{ $title }” is opgeslagen als versie { $version }.
questionnaires-preview = Voorbeeld: zo ziet de patiënt het
questionnaires-preview-hint = Probeer het uit: niets wat u hier invult, wordt opgeslagen of verstuurd.
questionnaires-preview-again = Voorbeeld leegmaken

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Auditlogboek: antwoorden op vragenlijsten
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Elke keer dat iemand de antwoorden van een patiënt op een vragenlijst leest of exporteert, wordt dat hier vastgelegd, nieuwste eerst. Tijden zijn in de tijdzone van de praktijk, { $timezone }.
audit-table =
    .aria-label = Inzage in antwoorden op vragenlijsten
audit-column-when = Wanneer
audit-column-who = Wie
audit-column-what = Wat
audit-column-appointment = Afspraak
audit-action = { $action ->
    [read] Antwoorden gelezen
   *[export] Antwoorden geëxporteerd
}
# Someone no longer among the staff.
audit-staff-gone = Een oud-collega
audit-staff-unknown = Onbekend
audit-appointment-gone = De afspraak bestaat niet meer.
audit-none = Nog niemand heeft antwoorden op vragenlijsten gelezen.
audit-no-more = Geen oudere vermeldingen.
audit-pages =
    .aria-label = Pagina’s van het auditlogboek
audit-newer = ← Nieuwere
audit-older = Oudere →
