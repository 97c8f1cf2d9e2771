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
staff-document-title = anteroom · Mitarbeitende
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Mitarbeitende · anteroom
staff-language = Sprache
staff-sections =
    .aria-label = Bereiche
staff-nav-waiting = { $n ->
    [0] Wartezimmer
   *[other] Wartezimmer ({ $n })
}
staff-nav-appointments = Termine
staff-nav-meeting-rooms = Besprechungsräume
staff-nav-clients = Klient:innen
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Nachrichten
   *[other] Nachrichten ({ $n })
}
staff-nav-availability = Verfügbarkeit
staff-nav-people = Mitarbeitende und Abteilungen
staff-nav-settings = Einstellungen
staff-nav-questionnaires = Fragebögen
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Audit-Protokoll
staff-nav-account = Konto
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Konto · { $name }
staff-loading = Wird geladen…
staff-not-found = Nicht gefunden
staff-back-to-appointments = Zurück zu den Terminen
# A button next to a link or key, copying it to the clipboard.
staff-copy = Kopieren

## Logging in and setting a password

staff-login = Anmeldung für Mitarbeitende
staff-email = E-Mail
staff-password = Passwort
staff-totp-code = Code aus Ihrer Authenticator-App
staff-log-in = Anmelden
staff-set-password = Passwort festlegen
staff-set-password-needs-link = Für diese Seite brauchen Sie den Link aus Ihrer E-Mail.
staff-password-hint = Mindestens 12 Zeichen. Eine Passphrase aus mehreren Wörtern ist leicht zu merken und schwer zu erraten.
staff-new-password = Neues Passwort
staff-repeat-password = Passwort wiederholen
staff-set-password-button = Passwort festlegen
staff-passwords-differ = Die beiden Passwörter stimmen nicht überein.
staff-password-set = Ihr Passwort ist festgelegt. Melden Sie sich jetzt damit an.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Da ist etwas schiefgegangen: { $error }
staff-error-invalid-field = Bitte prüfen Sie „{ $field }“: Ein Feld hat einen unzulässigen Wert.
staff-error-brand-colour = Bitte wählen Sie eine dunklere Markenfarbe: Weißer Text darauf braucht einen Kontrast von mindestens 4,5 zu 1.
staff-error-invalid-credentials = E-Mail-Adresse oder Passwort (oder Code) sind falsch.
staff-error-totp-required = Geben Sie den Code aus Ihrer Authenticator-App ein.
staff-error-rate-limited = Zu viele fehlgeschlagene Versuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.
staff-error-forbidden = Ihre Rolle erlaubt das nicht.
staff-error-conflict = Das steht im Konflikt mit einem vorhandenen Eintrag.
staff-error-invalid-token = Dieser Link ist unbekannt, bereits verwendet oder abgelaufen. Bitten Sie eine Administratorin oder einen Administrator um einen neuen.
staff-error-invalid-state = Der Termin kann auf diese Weise nicht mehr geändert werden.
staff-error-not-found = Diesen Eintrag gibt es nicht (mehr).
staff-error-unauthenticated = Bitte melden Sie sich zuerst an.
staff-error-internal = Auf dem Server ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Wartezimmer
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Eine Patientin oder ein Patient wartet
waiting-notify-me = Auf diesem Computer benachrichtigen, wenn eine Patientin oder ein Patient ankommt
waiting-connecting = Verbindung zum Wartezimmer wird hergestellt…
waiting-nobody = Niemand wartet.
waiting-table =
    .aria-label = Wartende
waiting-column-name = Name
waiting-column-appointment = Termin
waiting-column-waiting = Wartet seit
waiting-column-connection = Verbindung
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] pünktlich
    [late] verspätet
   *[walk_in] ohne Termin
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (Praxisteam)
    [participant] (eingeladene Person)
   *[guest] (Gast)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } Min.
   *[other] { $minutes } Min.
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] gut
    [tcp_only] nur TCP
    [relayed] über einen Umweg
    [poor] schlecht
   *[failed] kein Video: bitte anrufen
}
waiting-message = Nachricht
waiting-message-new = Nachricht (neu)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Fragebogen noch nicht begonnen
    [started] Fragebogen begonnen
   *[completed] Fragebogen ausgefüllt
}
waiting-answers = Antworten
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Antworten von { $name }: { $title }
answers-none = Nicht beantwortet
answers-yes = Ja
answers-no = Nein
# Links under a patient's answers: the same answers as a file.
answers-pdf = Als PDF herunterladen
answers-text = Als Text herunterladen
answers-close = Antworten schließen
waiting-admit = Hereinlassen
waiting-chat-with = Chat mit { $name }
waiting-chat-form =
    .aria-label = Chat mit { $name }
waiting-no-messages = Noch keine Nachrichten.
waiting-send = Senden
waiting-not-waiting = Diese Person wartet nicht mehr.
waiting-patient-not-present = { $name } kann teilnehmen, sobald die Patientin oder der Patient in der Sprechstunde ist.
waiting-room-full = Die Videosprechstunde ist voll.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Jemanden einladen
waiting-invite-form =
    .aria-label = Jemanden zur Sprechstunde von { $name } einladen
# $name: the waiting patient.
waiting-invite-heading = Jemanden zur Sprechstunde von { $name } einladen
waiting-invite-create = Link erstellen
waiting-invite-close = Schließen
# $name: the person invited.
waiting-invite-link = Link für { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Der Link funktioniert einmal, bis { $time }. Es wird keine E-Mail verschickt: Geben Sie ihn selbst an { $name } weiter.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } ist zu diesem Termin hinzugefügt; der Link wurde der Person per E-Mail geschickt. Wie die Patientin oder der Patient kommt sie über den Link in die Sprechstunde.
   *[no] { $name } ist zu diesem Termin hinzugefügt. Es wurde keine E-Mail-Adresse angegeben: Geben Sie den Link selbst an { $name } weiter.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Termine
appointments-today = Heute
appointments-upcoming = Demnächst
appointments-today-table =
    .aria-label = Heute
appointments-upcoming-table =
    .aria-label = Demnächst
appointments-column-time = Uhrzeit
appointments-column-client = Klient:in
appointments-column-with = Bei
appointments-column-status = Status
appointments-none-today = Heute keine Termine.
appointments-none-upcoming = Keine anstehenden Termine.
appointments-first-100 = Die ersten 100 werden angezeigt; grenzen Sie den Zeitraum ein, um mehr zu sehen.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } Min.
   *[other] { $minutes } Min.
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonymisiert
appointments-status = { $status ->
    [scheduled] geplant
    [waiting] wartet
    [in_progress] läuft
    [completed] abgeschlossen
    [cancelled] abgesagt
    [no_show] nicht erschienen
   *[anonymised] anonymisiert
}
appointments-start = Sprechstunde starten
appointments-resend = Einladung erneut senden
appointments-cancel = Absagen
appointments-captions-kept = Gespeicherte Untertitel
appointments-kept-captions =
    .aria-label = Gespeicherte Untertitel
appointments-kept-captions-heading = Gespeicherte Untertitel: { $client }, { $time }
appointments-no-captions-kept = Für diesen Termin wurden keine Untertitel gespeichert.
# The heading above new invitation links after resending.
appointments-new-links = Neue Links für { $client }
appointments-new-links-no-emails = Neue Links erstellt (E-Mails sind für diese Organisation ausgeschaltet).
appointments-resent = Einladung erneut gesendet; die bisherigen Links funktionieren weiterhin.
appointments-cancel-confirm = Den Termin mit { $client } um { $time } absagen?
appointments-cancel-confirm-anonymised = Den Termin mit dieser Person um { $time } absagen?
appointments-cancelled = Termin abgesagt.
appointments-invitation-links = Einladungslinks
appointments-invitation-links-section =
    .aria-label = Einladungslinks
appointments-patient-link = Link für die Patientin/den Patienten
appointments-participant-link = Link für teilnehmende Person { $number }
appointments-new = Neuer Termin
appointments-new-form =
    .aria-label = Neuer Termin
appointments-client = Klient:in
appointments-choose = Auswählen…
appointments-practitioner = Behandler:in
appointments-department-only = — nur Abteilung —
appointments-department = Abteilung
appointments-no-department = — keine —
appointments-date = Datum
appointments-time = Uhrzeit
appointments-duration-minutes = Dauer (Minuten)
appointments-external-participants = Externe Teilnehmende
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (Familie)
    [interpreter] { $name } (Dolmetscher:in)
    [home_care] { $name } (häusliche Pflege)
    [colleague] { $name } (Kolleg:in)
   *[other] { $name } (Sonstige)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Person hinzufügen
appointments-add-person-button = Zu diesem Termin hinzufügen
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } ist hinzugefügt und wird eingeladen.
appointments-message = Persönliche Nachricht (in der Einladung)
appointments-questionnaire = Fragebogen für die Patientin/den Patienten (vor der Sprechstunde auszufüllen)
appointments-no-questionnaire = Keiner
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Uhrzeiten gelten in der Zeitzone der Praxis, { $timezone }.
appointments-create = Erstellen und einladen
appointments-quick = Schnelle Sprechstunde: jetzt starten
    .title = Startet sofort: Die Einladungen werden verschickt und das Sprechzimmer öffnet sich
appointments-created = Termin für { $client } um { $time } erstellt.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Name
# What the person is to the client (a list of the kinds below).
participant-kind = Wer ist es
participant-kind-option = { $kind ->
    [family] Angehörige:r
    [interpreter] Dolmetscher:in
    [home_care] Häusliche Pflege
    [colleague] Kolleg:in
   *[other] Sonstige
}
participant-email = E-Mail (optional)
participant-name-needed = Geben Sie den Namen der Person ein.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Besprechungsräume
rooms-hint = Feste Räume für Mitarbeitende: Alle in der Organisation können hinein, andere nur mit einem Gastlink.
rooms-list =
    .aria-label = Besprechungsräume
rooms-none = Noch keine Besprechungsräume.
rooms-enter = { $name } betreten
rooms-guest-form =
    .aria-label = Gastlink für { $name }
rooms-guest-name = Name des Gastes
rooms-create-guest-link = Gastlink erstellen
rooms-guest-link-section =
    .aria-label = Gastlink
rooms-guest-link-for = Gastlink für { $name }
rooms-guest-link = Gastlink
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Er lässt eine Person einmal herein, bis { $time }. Lassen Sie sie im Raum unter „Warten auf Einlass“ herein.
rooms-new = Neuer Besprechungsraum
rooms-new-form =
    .aria-label = Neuer Besprechungsraum
rooms-name = Name
rooms-create = Erstellen
rooms-created = Besprechungsraum „{ $name }“ erstellt.

## Clients

clients-heading = Klient:innen
clients-search-label = Nach Name oder Klientennummer suchen
clients-search = Suchen
clients-table =
    .aria-label = Klient:innen
clients-column-name = Name
clients-column-born = Geboren
clients-column-email = E-Mail
clients-column-number = Nummer
clients-column-practitioners = Behandelnde
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Bearbeiten
clients-none-match = Keine Treffer.
clients-none = Noch keine Klient:innen.
clients-previous = ← Zurück
clients-next = Weiter →
clients-edit-form =
    .aria-label = Klient:in bearbeiten
clients-new-form =
    .aria-label = Neue:r Klient:in
clients-edit-heading = { $client } bearbeiten
clients-new = Neue:r Klient:in
clients-initials = Initialen
clients-last-name = Nachname
clients-date-of-birth = Geburtsdatum
clients-email = E-Mail
clients-phone = Telefon
clients-client-number = Klientennummer
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Sprache
clients-language-default = Standard der Praxis
clients-departments = Abteilungen
clients-practitioners = Behandelnde
clients-save = Speichern
clients-add = Klient:in hinzufügen
clients-saved = Klient:in gespeichert.
clients-added = Klient:in { $client } hinzugefügt.
# A client's record: their appointments, newest first.
clients-appointments-heading = Termine von { $client }
clients-appointments-table =
    .aria-label = Termine
clients-appointments-column-time = Zeitpunkt
clients-appointments-column-with = Bei
clients-appointments-column-status = Status
clients-appointments-column-questionnaire = Fragebogen
clients-appointments-none = Noch keine Termine.
clients-appointments-no-questionnaire = Keiner angefordert

## Availability, walk-in and the bookable slots

availability-heading = Verfügbarkeit
availability-whose = Verfügbarkeit von
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Jeden { $weekday } ab { $from }
availability-weekly-until = Jeden { $weekday } vom { $from } bis { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } Min.
   *[other] { $minutes } Min.
}
availability-slot-gap = { $gap ->
    [one] { $minutes } Min. + { $gap } Min. Pause
   *[other] { $minutes } Min. + { $gap } Min. Pause
}
availability-remove = Entfernen
availability-removed = Verfügbarkeit entfernt.
availability-none = Noch keine Verfügbarkeit.
availability-walk-in-open = Offene Sprechstunde: geöffnet.
availability-walk-in-closed = Offene Sprechstunde: geschlossen.
availability-walk-in = { $name } ist für die offene Sprechstunde da
# A bookable slot's tooltip.
availability-free = frei
availability-booked = gebucht
# A slot whose time has passed (it cannot be booked).
availability-past = vorbei
availability-no-slots = In den nächsten sieben Tagen keine buchbaren Zeiten.
availability-once = Ein Tag
availability-every-week = Jede Woche
availability-until = Bis (optional, nur wöchentlich)
availability-add-form =
    .aria-label = Verfügbarkeit hinzufügen
availability-add-heading = Verfügbarkeit hinzufügen
availability-repeat = Wiederholen
availability-first-day = Datum (erster Tag)
availability-from = Von
availability-to = Bis
availability-slot-minutes = Zeitfenster (Minuten)
availability-gap-minutes = Pause danach (Minuten)
availability-add = Hinzufügen
availability-added = Verfügbarkeit hinzugefügt.
availability-table =
    .aria-label = Verfügbarkeit
availability-column-when = Wann
availability-column-hours = Uhrzeit
availability-column-slots = Zeitfenster
availability-slots-heading = Buchbare Zeiten, nächste sieben Tage

## Staff and departments

people-heading = Mitarbeitende und Abteilungen
people-role = { $role ->
    [org_admin] Admin der Organisation
    [department_admin] Admin der Abteilung
   *[practitioner] Behandler:in
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = aktiv
people-invited = eingeladen
people-active-2fa = aktiv · 2FA
people-invited-2fa = eingeladen · 2FA
people-reset-2fa-confirm = Zwei-Faktor-Authentifizierung für { $name } zurücksetzen? Sie muss dann neu eingerichtet werden.
people-reset-2fa-done = Zwei-Faktor-Authentifizierung zurückgesetzt; die Sitzungen dieser Person wurden beendet.
people-reset-2fa = 2FA zurücksetzen
people-add-staff-form =
    .aria-label = Mitarbeitende hinzufügen
people-add-staff = Mitarbeitende hinzufügen
people-name = Name
people-email = E-Mail
people-role-label = Rolle
people-departments = Abteilungen
people-password-email = Die Person erhält eine E-Mail mit einem Link, um ihr Passwort festzulegen (72 Stunden gültig).
people-add = Hinzufügen
people-added = { $name } hinzugefügt.
people-password-link = Passwort-Link (falls die E-Mail nicht ankommt)
people-add-department-form =
    .aria-label = Abteilung hinzufügen
people-add-department = Abteilung hinzufügen
people-department-added = Abteilung hinzugefügt.
people-table =
    .aria-label = Mitarbeitende
people-column-name = Name
people-column-role = Rolle
people-column-departments = Abteilungen
people-column-account = Konto
people-department-list =
    .aria-label = Abteilungen
people-no-departments = Noch keine Abteilungen.

## Settings: the organisation's settings

settings-heading = Einstellungen
settings-form =
    .aria-label = Einstellungen der Organisation
settings-privacy = Datenschutz und Gespräche
settings-strict-department-segregation = Streng getrennte Abteilungen (Mitarbeitende sehen nur Klient:innen ihrer Abteilungen)
settings-strict-client-segregation = Streng getrennte Klient:innen (Behandelnde sehen nur ihre eigenen Klient:innen)
settings-chat-in-waiting-area = Chat im Wartezimmer
settings-chat-after-consultation = Chat bleibt nach der Sprechstunde verfügbar
settings-delete-chat-after-consultation = Chat nach der Sprechstunde löschen
settings-file-sharing = Dateien teilen in Gesprächen
settings-screen-sharing = Bildschirm teilen in Gesprächen
settings-resolution-change = Teilnehmende dürfen ihre Videoauflösung ändern
settings-force-start = Behandelnde dürfen den Start einer Sprechstunde erzwingen
settings-doorbell-sound = Türklingel, wenn eine Patientin oder ein Patient ankommt
settings-require-two-factor = Zwei-Faktor-Authentifizierung für alle Mitarbeitenden verlangen
settings-no-emails = Keine E-Mails senden (Mitarbeitende geben die Links selbst weiter)
settings-keep-transcript = Untertitel der Sprechstunden beim Termin speichern (nur solange Untertitel eingeschaltet sind; alle im Gespräch werden darauf hingewiesen)
settings-link-opens = Link öffnet (Minuten vor dem Termin)
settings-link-closes = Link schließt (Minuten nach Ende des Termins)
settings-max-participants = Höchstzahl Teilnehmende pro Gespräch
settings-anonymise-after = Termine anonymisieren nach (Tagen; leer: nie)
settings-chat-channels = Chat-Kanäle: Patientinnen und Patienten schreiben ihren Behandelnden aus dem Patientenportal, auch nach der Sprechstunde
settings-channel-email-after = Hinweis per E-Mail auf eine ungelesene Chat-Nachricht nach (Minuten; leer: nie)
settings-chat-retention = Chat-Nachrichten löschen nach (Tagen; leer: behalten)
settings-language = Sprache (z. B. en, nl, de)
settings-timezone = Zeitzone (IANA, z. B. Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = Kontakt zur Praxis
settings-contact-hint = Patientinnen und Patienten sehen diese Angaben auf ihren Seiten und in E-Mails, wenn sie nicht weiterkommen (ein Link, der nicht funktioniert, eine Kamera, die nicht startet).
settings-contact-phone = Telefon
settings-contact-email = E-Mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Markenfarbe (wie { $example }; leer: das Blau von anteroom)
settings-save = Einstellungen speichern
settings-saved = Einstellungen gespeichert.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Name der Praxis (wie Patientinnen und Patienten ihn sehen)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo auf den Seiten für Patientinnen und Patienten (PNG, JPEG oder WebP, höchstens 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Aktuelles Logo
settings-logo-remove = Logo entfernen
settings-logo-saved = Logo gespeichert: Patientinnen und Patienten sehen es auf ihren Seiten.
settings-logo-removed = Logo entfernt.
settings-logo-invalid = Diese Datei ist kein PNG-, JPEG- oder WebP-Bild von höchstens 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Text im Wartezimmer
settings-text-heading = Text im Wartezimmer
settings-text-hint = Wird Patientinnen und Patienten angezeigt, während sie warten. Platzhalter: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Text für die ganze Organisation
settings-text-save = Text speichern
settings-text-saved = Text im Wartezimmer gespeichert.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = E-Mail-Vorlagen
settings-templates-heading = E-Mail-Vorlagen
settings-templates-hint = Ihr eigener Text statt des eingebauten, der angezeigt wird, wo es keinen gibt: Behalten Sie seine *|Platzhalter|* bei. Ein leerer Betreff und Text entfernen die Vorlage.
settings-templates-none = Keine eigenen Vorlagen: Jede E-Mail verwendet den eingebauten Text.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Einladung
    [participant_invitation] Einladung einer teilnehmenden Person
    [reminder] Erinnerung
    [cancellation] Absage
    [portal_pin] PIN für das Patientenportal
    [channel_unread] Ungelesene Nachricht einer Patientin/eines Patienten (an Mitarbeitende)
    [channel_reply] Neue Nachricht der Praxis (an die Patientin/den Patienten)
   *[password] Passwort-Link für neue Mitarbeitende
}
settings-template-whole-organisation = Ganze Organisation
settings-template-every-language = Alle Sprachen
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Bearbeiten
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Platzhalter: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Vorschau
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Betreff: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Müller
settings-sample-participant = B. Müller
settings-sample-message = Bitte halten Sie Ihren Medikationsplan bereit.
settings-template-mail = Welche E-Mail
settings-template-department = Für
settings-template-language = Sprache
settings-template-subject = Betreff
settings-template-body = Text
settings-template-save = Vorlage speichern
settings-template-saved = E-Mail-Vorlage gespeichert.
settings-template-removed = E-Mail-Vorlage entfernt.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Servicemitteilungen
settings-announcements-heading = Servicemitteilungen
settings-announcement-until = (bis { $time })
settings-announcement-remove = Entfernen
settings-announcement-removed = Mitteilung entfernt.
settings-announcements-none = Zurzeit keine.
settings-announcement-new = Neue Mitteilung
settings-announcement-shown-until = Angezeigt bis
settings-announcement-publish = Veröffentlichen
settings-announcement-published = Mitteilung veröffentlicht.

## Settings: API keys

settings-keys-form =
    .aria-label = API-Schlüssel
settings-keys-heading = API-Schlüssel für Integrationen
settings-key-revoked = widerrufen
settings-key-revoke = Widerrufen
settings-key-revoke-confirm = Den Schlüssel „{ $name }“ widerrufen? Integrationen, die ihn verwenden, funktionieren dann nicht mehr.
settings-key-revoked-notice = Schlüssel widerrufen.
settings-keys-none = Noch keine Schlüssel.
settings-key-name = Name des neuen Schlüssels
settings-key-create = Schlüssel erstellen
settings-key-created = Schlüssel erstellt. Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.
settings-key-new = Neuer Schlüssel

## The signed-in person's account: two-factor authentication, logging out

account-heading = Konto
account-must-enrol = Ihre Organisation verlangt Zwei-Faktor-Authentifizierung. Richten Sie sie ein, um fortzufahren.
account-two-factor-section =
    .aria-label = Zwei-Faktor-Authentifizierung
account-two-factor = Zwei-Faktor-Authentifizierung
account-two-factor-on = Ein. Wenn Sie Ihr Gerät verlieren, kann ein Admin sie zurücksetzen.
account-two-factor-off = Aus.
account-qr =
    .aria-label = QR-Code für Ihre Authenticator-App
account-confirm-form =
    .aria-label = Zwei-Faktor-Code bestätigen
account-code = Code aus der App
account-turn-on = Einschalten
account-two-factor-done = Zwei-Faktor-Authentifizierung ist eingeschaltet.
account-scan = Scannen Sie diesen Code mit einer Authenticator-App oder geben Sie den Schlüssel von Hand ein, und tippen Sie dann den angezeigten Code ein.
account-key = Schlüssel
account-set-up = Zwei-Faktor-Authentifizierung einrichten
account-log-out = Abmelden
account-logged-out = Sie sind abgemeldet.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Nachrichten
messages-hint = Unterhaltungen mit Ihren Patientinnen und Patienten, die auch nach der Sprechstunde erhalten bleiben. Patientinnen und Patienten schreiben aus dem Patientenportal; wenn eine Nachricht ungelesen bleibt, erhalten Sie eine E-Mail.
messages-none = Noch keine Unterhaltungen. Eine Unterhaltung beginnt mit dem ersten Termin einer Patientin oder eines Patienten bei Ihnen.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] 1 ungelesen
   *[other] { $n } ungelesen
}
messages-off = (ausgeschaltet)
messages-conversation = Unterhaltung mit { $client } ({ $with })
messages-log =
    .aria-label = Nachrichten
messages-empty = Noch keine Nachrichten.
messages-write = Nachricht an die Patientin/den Patienten
messages-send = Senden
messages-closed = Diese Unterhaltung ist ausgeschaltet: Die Patientin oder der Patient sieht sie nicht, und niemand kann schreiben.
messages-switch-off = Für die Patientin/den Patienten ausschalten
messages-switch-on = Für die Patientin/den Patienten einschalten
messages-switched-off = Die Unterhaltung ist ausgeschaltet.
messages-switched-on = Die Unterhaltung ist eingeschaltet.
messages-leave = Diese Unterhaltung verlassen
# $names: the colleagues who joined, joined by commas.
messages-members = Ebenfalls in dieser Unterhaltung: { $names }
messages-not-joined = Sie sind dieser Unterhaltung nicht beigetreten. Treten Sie bei, um zu lesen und zu schreiben; die behandelnde Person der Patientin oder des Patienten und alle, die beigetreten sind, sehen das.
messages-join = Der Unterhaltung beitreten
messages-not-yours = (nicht beigetreten)
messages-of-client = Unterhaltungen mit { $client }
messages-none-client = Noch keine Unterhaltungen mit dieser Patientin oder diesem Patienten.
messages-start-with = Unterhaltung beginnen mit
messages-start = Beginnen
messages-back = Alle Unterhaltungen
# The button in the clients list; its accessible name names the client.
clients-messages-of = Nachrichten
    .aria-label = Nachrichten von { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Fragebögen
questionnaires-hint = Die Fragen, die Patientinnen und Patienten vor der Sprechstunde auf dem Smartphone oder Computer beantworten. Wenn Sie einen Fragebogen ändern, entsteht eine neue Version: Bereits gegebene Antworten behalten die Version, für die sie gegeben wurden. Der standardmäßig verwendete Fragebogen gilt für jeden neuen Termin (seiner Abteilung oder der ganzen Organisation), für den kein anderer ausgewählt ist.
questionnaires-list =
    .aria-label = Fragebögen
questionnaires-none = Noch keine Fragebögen.
questionnaires-new = Neuer Fragebogen
questionnaires-whole-organisation = Ganze Organisation
questionnaires-version = Version { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Geändert
questionnaires-asked-by-default = Standardmäßig verwendet
questionnaires-edit = Bearbeiten
    .aria-label = { $title } bearbeiten
questionnaires-duplicate = Duplizieren
    .aria-label = { $title } duplizieren
questionnaires-ask-by-default = Standardmäßig verwenden
questionnaires-stop-asking = Nicht mehr standardmäßig verwenden
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Nur die eigenen Admins dieses Fragebogens können ihn ändern.
questionnaires-duplicated = Dies ist eine Kopie von „{ $title }“: Ändern Sie, was Sie möchten, und speichern Sie sie.
questionnaires-default-set = „{ $title }“ wird jetzt standardmäßig verwendet ({ $scope }).
questionnaires-default-stopped = „{ $title }“ wird nicht mehr standardmäßig verwendet.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Neuer Fragebogen
questionnaires-edit-heading = Fragebogen bearbeiten: { $title }
questionnaires-editor-form =
    .aria-label = Fragebogen
questionnaires-about = Version { $version } · { $scope }. Beim Speichern entsteht eine neue Version.
questionnaires-about-new = Nach dem Speichern ist dies Version 1.
questionnaires-title = Titel (die Patientin oder der Patient sieht ihn über den Fragen)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Für
questionnaires-no-departments = Sie sind in keiner Abteilung Admin und können daher keinen Fragebogen erstellen.
questionnaires-fields = Fragen und Texte
questionnaires-new-field-type = Typ des nächsten Felds
questionnaires-add-field = Feld hinzufügen
questionnaires-save = Speichern
questionnaires-back = Zurück zu den Fragebögen
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Feld { $number }: { $type ->
    [short_text] Kurze Antwort
    [long_text] Lange Antwort
    [single_choice] Einfachauswahl
    [multiple_choice] Mehrfachauswahl
    [dropdown] Auswahlliste
    [date] Datum
    [country] Land
    [consent] Einwilligung
    [heading] Überschrift
    [paragraph] Text
    [image] Bild
   *[other] { $type }
}
questionnaires-field-type = Typ
questionnaires-type = { $type ->
    [short_text] Kurze Antwort (eine Zeile)
    [long_text] Lange Antwort (mehrere Zeilen)
    [single_choice] Einfachauswahl (Schaltflächen)
    [multiple_choice] Mehrfachauswahl (Kontrollkästchen)
    [dropdown] Einfachauswahl (Auswahlliste)
    [date] Datum
    [country] Land
    [consent] Einwilligung (ein Kontrollkästchen)
    [heading] Überschrift
    [paragraph] Text (keine Antwort)
    [image] Bild (keine Antwort)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Überschrift
    [paragraph] Text
    [image] Beschreibung des Bildes (wird Patientinnen und Patienten vorgelesen, die es nicht sehen können)
    [consent] Worin die Patientin oder der Patient einwilligt
   *[other] Frage
}
questionnaires-required = Erforderlich
questionnaires-options = Optionen (eine pro Zeile)
questionnaires-image = Bild (PNG, JPEG oder WebP, höchstens 128 KB)
questionnaires-image-replace = Anderes Bild (PNG, JPEG oder WebP, höchstens 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = Das hochgeladene Bild
questionnaires-image-done = Das Bild ist hochgeladen.
questionnaires-image-invalid = Dieses Bild kann nicht verwendet werden: Wählen Sie eine PNG-, JPEG- oder WebP-Datei von höchstens 128 KB.
questionnaires-condition = Nur anzeigen bei
questionnaires-condition-always = (immer angezeigt)
questionnaires-condition-equals = mit der Antwort
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = angekreuzt (ja)
questionnaires-condition-not-ticked = nicht angekreuzt (nein)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (nicht mehr möglich)
questionnaires-condition-broken = Wählen Sie erneut, wann dieses Feld angezeigt wird: Es muss nach der Frage stehen, von der es abhängt, und diese Frage muss eine Auswahl oder Einwilligung mit dieser Antwort sein.
questionnaires-move-up = Nach oben
    .aria-label = Feld { $number } nach oben verschieben
questionnaires-move-down = Nach unten
    .aria-label = Feld { $number } nach unten verschieben
questionnaires-remove = Entfernen
    .aria-label = Feld { $number } entfernen
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Feld { $from } ist jetzt Feld { $to }.
questionnaires-removed = Feld { $number } ist entfernt.
questionnaires-problems = Bitte korrigieren Sie vor dem Speichern, was markiert ist.
questionnaires-problem-title = Geben Sie dem Fragebogen einen einzeiligen Titel (höchstens 200 Zeichen).
questionnaires-problem-no-fields = Fügen Sie mindestens ein Feld hinzu.
# $max: a whole number.
questionnaires-problem-too-many-fields = Ein Fragebogen hat höchstens { $max } Felder.
questionnaires-problem-too-many-images = Ein Fragebogen zeigt höchstens { $max } Bilder.
questionnaires-problem-label = { $type ->
    [heading] Schreiben Sie die Überschrift.
    [paragraph] Schreiben Sie den Text.
    [image] Beschreiben Sie das Bild für Patientinnen und Patienten, die es nicht sehen können.
   *[other] Schreiben Sie die Frage.
}
questionnaires-problem-label-long = Dieser Text ist zu lang: höchstens { $max } Zeichen.
questionnaires-problem-options = Geben Sie mindestens 2 Optionen an (höchstens { $max }), eine pro Zeile.
questionnaires-problem-options-twice = Jede Option darf nur einmal vorkommen.
questionnaires-problem-option-long = Eine Option hat höchstens { $max } Zeichen.
questionnaires-problem-image = Laden Sie das Bild hoch.
questionnaires-problem-characters = Dieser Text enthält ein unsichtbares Zeichen, das nicht gespeichert werden kann (vielleicht von anderswo eingefügt): Tippen Sie ihn neu ein.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Der Server hat diesen Titel nicht angenommen: Geben Sie einen einzeiligen Titel von höchstens 200 Zeichen ein.
questionnaires-error-fields = Der Server hat die Felder nicht angenommen: Prüfen Sie, ob jedes Feld seinen Text hat, jede Auswahl mindestens 2 verschiedene Optionen, jedes Bildfeld ein hochgeladenes Bild und jede Bedingung eine vorhergehende Frage.
questionnaires-error-department = Diese Abteilung kann nicht ausgewählt werden: Wählen Sie eine Ihrer Abteilungen.
questionnaires-saved = „{ $title }“ ist als Version { $version } gespeichert.
questionnaires-preview = Vorschau: So sieht es die Patientin oder der Patient
questionnaires-preview-hint = Probieren Sie es aus: Nichts, was Sie hier beantworten, wird gespeichert oder gesendet.
questionnaires-preview-again = Vorschau leeren

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Audit-Protokoll: Antworten auf Fragebögen
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Jedes Mal, wenn jemand die Antworten einer Patientin oder eines Patienten auf einen Fragebogen liest oder exportiert, wird das hier festgehalten, das Neueste zuerst. Uhrzeiten gelten in der Zeitzone der Praxis, { $timezone }.
audit-table =
    .aria-label = Zugriffe auf Antworten zu Fragebögen
audit-column-when = Wann
audit-column-who = Wer
audit-column-what = Was
audit-column-appointment = Termin
audit-action = { $action ->
    [read] Antworten gelesen
   *[export] Antworten exportiert
}
# Someone no longer among the staff.
audit-staff-gone = Ehemalige:r Kolleg:in
audit-staff-unknown = Unbekannt
audit-appointment-gone = Den Termin gibt es nicht mehr.
audit-none = Bisher hat niemand Antworten auf Fragebögen gelesen.
audit-no-more = Keine älteren Einträge.
audit-pages =
    .aria-label = Seiten des Audit-Protokolls
audit-newer = ← Neuere
audit-older = Ältere →
