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
#
# Italian: "client" is rendered as "paziente"; the staff are addressed with
# "Lei" as in call.ftl, buttons use the usual imperative ("Salva", "Copia").

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personale
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personale · anteroom
staff-language = Lingua
staff-sections =
    .aria-label = Sezioni
staff-nav-waiting = { $n ->
    [0] Sala d'attesa
   *[other] Sala d'attesa ({ $n })
}
staff-nav-appointments = Appuntamenti
staff-nav-meeting-rooms = Sale riunioni
staff-nav-clients = Pazienti
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Messaggi
   *[other] Messaggi ({ $n })
}
staff-nav-availability = Disponibilità
staff-nav-people = Personale e reparti
staff-nav-settings = Impostazioni
staff-nav-questionnaires = Questionari
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Registro di controllo
staff-nav-account = Account
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Account · { $name }
staff-loading = Caricamento…
staff-not-found = Non trovato
staff-back-to-appointments = Torna agli appuntamenti
# A button next to a link or key, copying it to the clipboard.
staff-copy = Copia

## Logging in and setting a password

staff-login = Accesso per il personale
staff-email = E-mail
staff-password = Password
staff-totp-code = Codice dell'app di autenticazione
staff-log-in = Accedi
staff-set-password = Imposti la Sua password
staff-set-password-needs-link = Per questa pagina serve il link ricevuto via e-mail.
staff-password-hint = Almeno 12 caratteri. Una frase di più parole è facile da ricordare e difficile da indovinare.
staff-new-password = Nuova password
staff-repeat-password = Ripeta la password
staff-set-password-button = Imposta password
staff-passwords-differ = Le due password non coincidono.
staff-password-set = La Sua password è stata impostata. Ora può accedere con questa password.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Si è verificato un problema: { $error }
staff-error-invalid-field = Controlli «{ $field }»: un campo contiene un valore non accettato.
staff-error-brand-colour = Scelga un colore del marchio più scuro: il testo bianco su questo colore deve avere un contrasto di almeno 4,5 a 1.
staff-error-invalid-credentials = L'indirizzo e-mail o la password (o il codice) non sono corretti.
staff-error-totp-required = Inserisca il codice dell'app di autenticazione.
staff-error-rate-limited = Troppi tentativi non riusciti. Attenda qualche minuto e riprovi.
staff-error-forbidden = Il Suo ruolo non consente questa operazione.
staff-error-conflict = Questo è in conflitto con un record esistente.
staff-error-invalid-token = Questo link è sconosciuto, già usato o scaduto. Ne chieda uno nuovo a un amministratore.
staff-error-invalid-state = L'appuntamento non può più essere modificato in questo modo.
staff-error-not-found = Questo record non esiste (più).
staff-error-unauthenticated = Effettui prima l'accesso.
staff-error-internal = Si è verificato un problema sul server. Riprovi.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Sala d'attesa
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Un paziente è in attesa
waiting-notify-me = Avvisami su questo computer quando arriva un paziente
waiting-connecting = Connessione alla sala d'attesa in corso…
waiting-nobody = Nessuno è in attesa.
waiting-table =
    .aria-label = In attesa
waiting-column-name = Nome
waiting-column-appointment = Appuntamento
waiting-column-waiting = Attesa
waiting-column-connection = Connessione
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] puntuale
    [late] in ritardo
   *[walk_in] senza appuntamento
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (medico)
    [participant] (partecipante)
   *[guest] (ospite)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] buona
    [tcp_only] solo TCP
    [relayed] tramite server intermedio
    [poor] scarsa
   *[failed] niente video: lo chiami al telefono
}
waiting-message = Messaggio
waiting-message-new = Messaggio (nuovo)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Questionario non iniziato
    [started] Questionario iniziato
   *[completed] Questionario compilato
}
waiting-answers = Risposte
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Risposte di { $name }: { $title }
answers-none = Nessuna risposta
answers-yes = Sì
answers-no = No
# Links under a patient's answers: the same answers as a file.
answers-pdf = Scarica come PDF
answers-text = Scarica come testo
answers-close = Chiudi le risposte
waiting-admit = Fai entrare
waiting-chat-with = Chat con { $name }
waiting-chat-form =
    .aria-label = Chat con { $name }
waiting-no-messages = Ancora nessun messaggio.
waiting-send = Invia
waiting-not-waiting = Non è più in attesa.
waiting-patient-not-present = { $name } potrà entrare quando il paziente sarà nella visita.
waiting-room-full = La visita è al completo.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Invita qualcuno
waiting-invite-form =
    .aria-label = Invita qualcuno alla visita di { $name }
# $name: the waiting patient.
waiting-invite-heading = Invita qualcuno alla visita di { $name }
waiting-invite-create = Crea link
waiting-invite-close = Chiudi
# $name: the person invited.
waiting-invite-link = Link per { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Il link funziona una sola volta, fino alle { $time }. Non viene inviata nessuna e-mail: inoltri Lei il link a { $name }.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } è ora tra i partecipanti di questo appuntamento; il link è stato inviato via e-mail. Come il paziente, potrà entrare dal link.
   *[no] { $name } è ora tra i partecipanti di questo appuntamento. Non è stato indicato nessun indirizzo e-mail: inoltri Lei il link a { $name }.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Appuntamenti
appointments-today = Oggi
appointments-upcoming = Prossimi
appointments-today-table =
    .aria-label = Oggi
appointments-upcoming-table =
    .aria-label = Prossimi
appointments-column-time = Ora
appointments-column-client = Paziente
appointments-column-with = Con
appointments-column-status = Stato
appointments-none-today = Nessun appuntamento oggi.
appointments-none-upcoming = Nessun appuntamento in programma.
appointments-first-100 = Sono mostrati i primi 100; restringa l'intervallo per vederne altri.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonimizzato
appointments-status = { $status ->
    [scheduled] programmato
    [waiting] in attesa
    [in_progress] in corso
    [completed] concluso
    [cancelled] annullato
    [no_show] non presentato
   *[anonymised] anonimizzato
}
appointments-start = Avvia visita
appointments-resend = Invia di nuovo l'invito
appointments-cancel = Annulla
appointments-captions-kept = Sottotitoli conservati
appointments-kept-captions =
    .aria-label = Sottotitoli conservati
appointments-kept-captions-heading = Sottotitoli conservati: { $client }, { $time }
appointments-no-captions-kept = Per questo appuntamento non è stato conservato alcun sottotitolo.
# The heading above new invitation links after resending.
appointments-new-links = Nuovi link per { $client }
appointments-new-links-no-emails = Nuovi link creati (le e-mail sono disattivate per questa organizzazione).
appointments-resent = Invito inviato di nuovo; i link precedenti continuano a funzionare.
appointments-cancel-confirm = Annullare l'appuntamento con { $client } del { $time }?
appointments-cancel-confirm-anonymised = Annullare l'appuntamento con questo paziente del { $time }?
appointments-cancelled = Appuntamento annullato.
appointments-invitation-links = Link di invito
appointments-invitation-links-section =
    .aria-label = Link di invito
appointments-patient-link = Link del paziente
appointments-participant-link = Link del partecipante { $number }
appointments-new = Nuovo appuntamento
appointments-new-form =
    .aria-label = Nuovo appuntamento
appointments-client = Paziente
appointments-choose = Scegli…
appointments-practitioner = Medico
appointments-department-only = — solo reparto —
appointments-department = Reparto
appointments-no-department = — nessuno —
appointments-date = Data
appointments-time = Ora
appointments-duration-minutes = Durata (minuti)
appointments-external-participants = Partecipanti esterni
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (familiare)
    [interpreter] { $name } (interprete)
    [home_care] { $name } (assistenza domiciliare)
    [colleague] { $name } (collega)
   *[other] { $name } (altro)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Aggiungi una persona
appointments-add-person-button = Aggiungi a questo appuntamento
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } è nell'elenco e riceverà l'invito.
appointments-message = Messaggio personale (nell'invito)
appointments-questionnaire = Questionario per il paziente (da compilare prima della visita)
appointments-no-questionnaire = Nessuno
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Gli orari sono nel fuso orario dell'ambulatorio, { $timezone }.
appointments-create = Crea e invita
appointments-quick = Visita rapida: inizia ora
    .title = Inizia subito: gli inviti vengono inviati e la sala visite si apre
appointments-created = Appuntamento creato per { $client }: { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Nome
# What the person is to the client (a list of the kinds below).
participant-kind = Chi è
participant-kind-option = { $kind ->
    [family] Familiare
    [interpreter] Interprete
    [home_care] Assistenza domiciliare
    [colleague] Collega
   *[other] Altro
}
participant-email = E-mail (facoltativa)
participant-name-needed = Inserisca il nome della persona.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Sale riunioni
rooms-hint = Sale permanenti per il personale: chiunque nell'organizzazione può entrare; gli altri solo con un link per ospiti.
rooms-list =
    .aria-label = Sale riunioni
rooms-none = Ancora nessuna sala riunioni.
rooms-enter = Entra in { $name }
rooms-guest-form =
    .aria-label = Link per ospiti per { $name }
rooms-guest-name = Nome dell'ospite
rooms-create-guest-link = Crea link per ospiti
rooms-guest-link-section =
    .aria-label = Link per ospiti
rooms-guest-link-for = Link per ospiti per { $name }
rooms-guest-link = Link per ospiti
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Fa entrare una sola persona, una sola volta, fino a { $time }. La faccia entrare da «In attesa di entrare» nella sala.
rooms-new = Nuova sala riunioni
rooms-new-form =
    .aria-label = Nuova sala riunioni
rooms-name = Nome
rooms-create = Crea
rooms-created = Sala riunioni «{ $name }» creata.

## Clients

clients-heading = Pazienti
clients-search-label = Cerca per nome o numero paziente
clients-search = Cerca
clients-table =
    .aria-label = Pazienti
clients-column-name = Nome
clients-column-born = Data di nascita
clients-column-email = E-mail
clients-column-number = Numero
clients-column-practitioners = Medici
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Modifica
clients-none-match = Nessun paziente corrisponde.
clients-none = Ancora nessun paziente.
clients-previous = ← Precedente
clients-next = Successivo →
clients-edit-form =
    .aria-label = Modifica paziente
clients-new-form =
    .aria-label = Nuovo paziente
clients-edit-heading = Modifica { $client }
clients-new = Nuovo paziente
clients-initials = Iniziali
clients-last-name = Cognome
clients-date-of-birth = Data di nascita
clients-email = E-mail
clients-phone = Telefono
clients-client-number = Numero paziente
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Lingua
clients-language-default = Predefinita dell'ambulatorio
clients-departments = Reparti
clients-practitioners = Medici
clients-save = Salva
clients-add = Aggiungi paziente
clients-saved = Paziente salvato.
clients-added = Paziente { $client } aggiunto.
# A client's record: their appointments, newest first.
clients-appointments-heading = Appuntamenti di { $client }
clients-appointments-table =
    .aria-label = Appuntamenti
clients-appointments-column-time = Data e ora
clients-appointments-column-with = Con
clients-appointments-column-status = Stato
clients-appointments-column-questionnaire = Questionario
clients-appointments-none = Ancora nessun appuntamento.
clients-appointments-no-questionnaire = Nessuno richiesto

## Availability, walk-in and the bookable slots

availability-heading = Disponibilità
availability-whose = Disponibilità di
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Ogni { $weekday } dal { $from }
availability-weekly-until = Ogni { $weekday } dal { $from } al { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min di pausa
   *[other] { $minutes } min + { $gap } min di pausa
}
availability-remove = Rimuovi
availability-removed = Disponibilità rimossa.
availability-none = Ancora nessuna disponibilità.
availability-walk-in-open = Aperto ai pazienti senza appuntamento.
availability-walk-in-closed = Chiuso ai pazienti senza appuntamento.
availability-walk-in = { $name } riceve pazienti senza appuntamento
# A bookable slot's tooltip.
availability-free = libero
availability-booked = prenotato
# A slot whose time has passed (it cannot be booked).
availability-past = passato
availability-no-slots = Nessuna fascia prenotabile nei prossimi sette giorni.
availability-once = Un solo giorno
availability-every-week = Ogni settimana
availability-until = Fino al (facoltativo, solo settimanale)
availability-add-form =
    .aria-label = Aggiungi disponibilità
availability-add-heading = Aggiungi disponibilità
availability-repeat = Ripetizione
availability-first-day = Data (primo giorno)
availability-from = Dalle
availability-to = Alle
availability-slot-minutes = Fascia (minuti)
availability-gap-minutes = Pausa dopo ogni fascia (minuti)
availability-add = Aggiungi
availability-added = Disponibilità aggiunta.
availability-table =
    .aria-label = Disponibilità
availability-column-when = Quando
availability-column-hours = Orario
availability-column-slots = Fasce
availability-slots-heading = Fasce prenotabili, prossimi sette giorni

## Staff and departments

people-heading = Personale e reparti
people-role = { $role ->
    [org_admin] Amministratore dell'organizzazione
    [department_admin] Amministratore di reparto
   *[practitioner] Medico
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = attivo
people-invited = invitato
people-active-2fa = attivo · 2FA
people-invited-2fa = invitato · 2FA
people-reset-2fa-confirm = Reimpostare l'autenticazione a due fattori per { $name }? Dovrà configurarla di nuovo.
people-reset-2fa-done = Autenticazione a due fattori reimpostata; le sue sessioni sono state chiuse.
people-reset-2fa = Reimposta 2FA
people-add-staff-form =
    .aria-label = Aggiungi personale
people-add-staff = Aggiungi un membro del personale
people-name = Nome
people-email = E-mail
people-role-label = Ruolo
people-departments = Reparti
people-password-email = Riceverà un'e-mail con un link per impostare la password (valido 72 ore).
people-add = Aggiungi
people-added = { $name } aggiunto.
people-password-link = Link per la password (se l'e-mail non arriva)
people-add-department-form =
    .aria-label = Aggiungi reparto
people-add-department = Aggiungi un reparto
people-department-added = Reparto aggiunto.
people-table =
    .aria-label = Personale
people-column-name = Nome
people-column-role = Ruolo
people-column-departments = Reparti
people-column-account = Account
people-department-list =
    .aria-label = Reparti
people-no-departments = Ancora nessun reparto.

## Settings: the organisation's settings

settings-heading = Impostazioni
settings-form =
    .aria-label = Impostazioni dell'organizzazione
settings-privacy = Privacy e chiamate
settings-strict-department-segregation = Reparti rigorosamente separati (il personale vede solo i pazienti dei propri reparti)
settings-strict-client-segregation = Pazienti rigorosamente separati (i medici vedono solo i propri pazienti)
settings-chat-in-waiting-area = Chat nella sala d'attesa
settings-chat-after-consultation = La chat resta disponibile dopo la visita
settings-delete-chat-after-consultation = Elimina la chat dopo la visita
settings-file-sharing = Condivisione di file nelle chiamate
settings-screen-sharing = Condivisione dello schermo nelle chiamate
settings-resolution-change = I partecipanti possono cambiare la risoluzione del proprio video
settings-force-start = I medici possono forzare l'avvio di una visita
settings-doorbell-sound = Suono di campanello quando arriva un paziente
settings-require-two-factor = Richiedi l'autenticazione a due fattori per tutto il personale
settings-no-emails = Non inviare e-mail (il personale consegna i link di persona)
settings-keep-transcript = Conserva i sottotitoli delle visite insieme all'appuntamento (solo quando i sottotitoli sono attivi; tutti i partecipanti alla chiamata ne vengono informati)
settings-link-opens = Apertura del link (minuti prima dell'appuntamento)
settings-link-closes = Chiusura del link (minuti dopo la fine dell'appuntamento)
settings-max-participants = Numero massimo di partecipanti per chiamata
settings-anonymise-after = Anonimizza gli appuntamenti dopo (giorni; vuoto: mai)
settings-chat-channels = Canali di chat: i pazienti scrivono al proprio medico dal portale pazienti, anche dopo la visita
settings-channel-email-after = Invia un avviso via e-mail per un messaggio di chat non letto dopo (minuti; vuoto: mai)
settings-chat-retention = Elimina i messaggi di chat dopo (giorni; vuoto: conserva)
settings-language = Lingua (ad es. it, en, de)
settings-timezone = Fuso orario (IANA, ad es. Europe/Rome)
# How patients reach the clinic when they are stuck.
settings-contact = Contatti dell'ambulatorio
settings-contact-hint = I pazienti li vedono nelle loro pagine e nelle e-mail quando incontrano un problema (un link che non funziona, una fotocamera che non si avvia).
settings-contact-phone = Telefono
settings-contact-email = E-mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Colore del marchio (come { $example }; vuoto: il blu di anteroom)
settings-save = Salva impostazioni
settings-saved = Impostazioni salvate.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Nome dell'ambulatorio (come lo vedono i pazienti)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo nelle pagine dei pazienti (PNG, JPEG o WebP, al massimo 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Logo attuale
settings-logo-remove = Rimuovi logo
settings-logo-saved = Logo salvato: i pazienti lo vedono nelle loro pagine.
settings-logo-removed = Logo rimosso.
settings-logo-invalid = Questo file non è un'immagine PNG, JPEG o WebP di al massimo 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Testo della sala d'attesa
settings-text-heading = Testo della sala d'attesa
settings-text-hint = Mostrato ai pazienti durante l'attesa. Segnaposto: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Testo per tutta l'organizzazione
settings-text-save = Salva testo
settings-text-saved = Testo della sala d'attesa salvato.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Modelli di e-mail
settings-templates-heading = Modelli di e-mail
settings-templates-hint = Un testo Suo al posto di quello predefinito, che viene mostrato se non ce n'è uno: mantenga i suoi *|segnaposto|*. Oggetto e testo vuoti rimuovono il modello.
settings-templates-none = Nessun modello personalizzato: ogni e-mail usa il testo predefinito.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Invito
    [participant_invitation] Invito di un partecipante
    [reminder] Promemoria
    [cancellation] Annullamento
    [portal_pin] PIN per il portale pazienti
    [channel_unread] Messaggio non letto di un paziente (al personale)
    [channel_reply] Nuovo messaggio dall'ambulatorio (al paziente)
   *[password] Link per la password del nuovo personale
}
settings-template-whole-organisation = Tutta l'organizzazione
settings-template-every-language = Tutte le lingue
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Modifica
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Segnaposto: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Anteprima
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Oggetto: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Rossi
settings-sample-participant = B. Rossi
settings-sample-message = Tenga a portata di mano l'elenco dei Suoi farmaci.
settings-template-mail = Quale e-mail
settings-template-department = Per
settings-template-language = Lingua
settings-template-subject = Oggetto
settings-template-body = Testo
settings-template-save = Salva modello
settings-template-saved = Modello di e-mail salvato.
settings-template-removed = Modello di e-mail rimosso.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Avvisi di servizio
settings-announcements-heading = Avvisi di servizio
settings-announcement-until = (fino a { $time })
settings-announcement-remove = Rimuovi
settings-announcement-removed = Avviso rimosso.
settings-announcements-none = Nessuno al momento.
settings-announcement-new = Nuovo avviso
settings-announcement-shown-until = Visibile fino a
settings-announcement-publish = Pubblica
settings-announcement-published = Avviso pubblicato.

## Settings: API keys

settings-keys-form =
    .aria-label = Chiavi API
settings-keys-heading = Chiavi API per gli integratori
settings-key-revoked = revocata
settings-key-revoke = Revoca
settings-key-revoke-confirm = Revocare la chiave «{ $name }»? Le integrazioni che la usano smetteranno di funzionare.
settings-key-revoked-notice = Chiave revocata.
settings-keys-none = Ancora nessuna chiave.
settings-key-name = Nome della nuova chiave
settings-key-create = Crea chiave
settings-key-created = Chiave creata. La copi ora: non verrà più mostrata.
settings-key-new = Nuova chiave

## The signed-in person's account: two-factor authentication, logging out

account-heading = Account
account-must-enrol = La Sua organizzazione richiede l'autenticazione a due fattori. La configuri per continuare.
account-two-factor-section =
    .aria-label = Autenticazione a due fattori
account-two-factor = Autenticazione a due fattori
account-two-factor-on = Attiva. Se perde il dispositivo, un amministratore può reimpostarla.
account-two-factor-off = Non attiva.
account-qr =
    .aria-label = Codice QR per l'app di autenticazione
account-confirm-form =
    .aria-label = Conferma il codice a due fattori
account-code = Codice dell'app
account-turn-on = Attiva
account-two-factor-done = L'autenticazione a due fattori è attiva.
account-scan = Scansioni questo codice con un'app di autenticazione, oppure inserisca la chiave a mano, poi digiti il codice che l'app mostra.
account-key = Chiave
account-set-up = Configura l'autenticazione a due fattori
account-log-out = Esci
account-logged-out = Ha effettuato la disconnessione.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Messaggi
messages-hint = Conversazioni con i Suoi pazienti, conservate dopo la visita. I pazienti scrivono dal portale pazienti; Lei riceve un'e-mail quando un messaggio resta non letto.
messages-none = Ancora nessuna conversazione. Una conversazione inizia con il primo appuntamento di un paziente con Lei.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } non letto
   *[other] { $n } non letti
}
messages-off = (disattivata)
messages-conversation = Conversazione con { $client } ({ $with })
messages-log =
    .aria-label = Messaggi
messages-empty = Ancora nessun messaggio.
messages-write = Messaggio al paziente
messages-send = Invia
messages-closed = Questa conversazione è disattivata: il paziente non la vede e nessuno può scrivere.
messages-switch-off = Disattiva per il paziente
messages-switch-on = Attiva per il paziente
messages-switched-off = La conversazione è disattivata.
messages-switched-on = La conversazione è attivata.
messages-leave = Lascia questa conversazione
# $names: the colleagues who joined, joined by commas.
messages-members = Partecipano anche a questa conversazione: { $names }
messages-not-joined = Non partecipa a questa conversazione. Vi partecipi per leggere e scrivere: il medico del paziente e gli altri partecipanti lo vedranno.
messages-join = Partecipa alla conversazione
messages-not-yours = (non partecipa)
messages-of-client = Conversazioni con { $client }
messages-none-client = Ancora nessuna conversazione con questo paziente.
messages-start-with = Avvia una conversazione con
messages-start = Avvia
messages-back = Tutte le conversazioni
# The button in the clients list; its accessible name names the client.
clients-messages-of = Messaggi
    .aria-label = Messaggi di { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Questionari
questionnaires-hint = Le domande a cui il paziente risponde prima della visita, dal telefono o dal computer. Modificare un questionario ne crea una nuova versione: le risposte già date restano legate alla versione per cui sono state date. Il questionario predefinito viene richiesto per ogni nuovo appuntamento (del suo reparto o di tutta l'organizzazione) per cui non se ne sceglie un altro.
questionnaires-list =
    .aria-label = Questionari
questionnaires-none = Ancora nessun questionario.
questionnaires-new = Nuovo questionario
questionnaires-whole-organisation = Tutta l'organizzazione
questionnaires-version = Versione { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Modificato
questionnaires-asked-by-default = Predefinito
questionnaires-edit = Modifica
    .aria-label = Modifica { $title }
questionnaires-duplicate = Duplica
    .aria-label = Duplica { $title }
questionnaires-ask-by-default = Imposta come predefinito
questionnaires-stop-asking = Non usare più come predefinito
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Questo questionario può essere modificato solo dai suoi amministratori.
questionnaires-duplicated = Questa è una copia di «{ $title }»: modifichi ciò che desidera e la salvi.
questionnaires-default-set = «{ $title }» è ora il questionario predefinito ({ $scope }).
questionnaires-default-stopped = «{ $title }» non è più il questionario predefinito.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nuovo questionario
questionnaires-edit-heading = Modifica questionario: { $title }
questionnaires-editor-form =
    .aria-label = Questionario
questionnaires-about = Versione { $version } · { $scope }. Salvando si crea una nuova versione.
questionnaires-about-new = Una volta salvato, sarà la versione 1.
questionnaires-title = Titolo (il paziente lo vede sopra le domande)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Per
questionnaires-no-departments = Non è amministratore di nessun reparto, quindi non può creare un questionario.
questionnaires-fields = Domande e testi
questionnaires-new-field-type = Tipo del prossimo campo
questionnaires-add-field = Aggiungi campo
questionnaires-save = Salva
questionnaires-back = Torna ai questionari
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Campo { $number }: { $type ->
    [short_text] risposta breve
    [long_text] risposta lunga
    [single_choice] scelta singola
    [multiple_choice] scelta multipla
    [dropdown] elenco a discesa
    [date] data
    [country] paese
    [consent] consenso
    [heading] intestazione
    [paragraph] testo
    [image] immagine
   *[other] { $type }
}
questionnaires-field-type = Tipo
questionnaires-type = { $type ->
    [short_text] Risposta breve (una riga)
    [long_text] Risposta lunga (più righe)
    [single_choice] Scelta singola (pulsanti)
    [multiple_choice] Scelta multipla (caselle di spunta)
    [dropdown] Scelta singola (elenco a discesa)
    [date] Data
    [country] Paese
    [consent] Consenso (una casella di spunta)
    [heading] Intestazione
    [paragraph] Testo (senza risposta)
    [image] Immagine (senza risposta)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Intestazione
    [paragraph] Testo
    [image] Descrizione dell'immagine (letta ad alta voce ai pazienti che non possono vederla)
    [consent] Ciò a cui il paziente acconsente
   *[other] Domanda
}
questionnaires-required = Risposta obbligatoria
questionnaires-options = Opzioni (una per riga)
questionnaires-image = Immagine (PNG, JPEG o WebP, al massimo 128 KB)
questionnaires-image-replace = Un'altra immagine (PNG, JPEG o WebP, al massimo 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = L'immagine caricata
questionnaires-image-done = L'immagine è stata caricata.
questionnaires-image-invalid = Questa immagine non può essere usata: scelga un file PNG, JPEG o WebP di al massimo 128 KB.
questionnaires-condition = Mostra solo se
questionnaires-condition-always = (sempre visibile)
questionnaires-condition-equals = ha come risposta
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = spuntato (sì)
questionnaires-condition-not-ticked = non spuntato (no)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (non più disponibile)
questionnaires-condition-broken = Scelga di nuovo quando mostrare questo campo: deve venire dopo la domanda da cui dipende, e quella domanda deve essere una scelta o un consenso con questa risposta.
questionnaires-move-up = Su
    .aria-label = Sposta su il campo { $number }
questionnaires-move-down = Giù
    .aria-label = Sposta giù il campo { $number }
questionnaires-remove = Rimuovi
    .aria-label = Rimuovi il campo { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Il campo { $from } è ora il campo { $to }.
questionnaires-removed = Il campo { $number } è stato rimosso.
questionnaires-problems = Corregga ciò che è segnalato prima di salvare.
questionnaires-problem-title = Dia al questionario un titolo di una sola riga (al massimo 200 caratteri).
questionnaires-problem-no-fields = Aggiunga almeno un campo.
# $max: a whole number.
questionnaires-problem-too-many-fields = Un questionario ha al massimo { $max } campi.
questionnaires-problem-too-many-images = Un questionario mostra al massimo { $max } immagini.
questionnaires-problem-label = { $type ->
    [heading] Scriva l'intestazione.
    [paragraph] Scriva il testo.
    [image] Descriva l'immagine per i pazienti che non possono vederla.
   *[other] Scriva la domanda.
}
questionnaires-problem-label-long = Questo testo è troppo lungo: al massimo { $max } caratteri.
questionnaires-problem-options = Indichi almeno 2 opzioni (al massimo { $max }), una per riga.
questionnaires-problem-options-twice = Ogni opzione può comparire una sola volta.
questionnaires-problem-option-long = Un'opzione ha al massimo { $max } caratteri.
questionnaires-problem-image = Carichi l'immagine.
questionnaires-problem-characters = Questo testo contiene un carattere invisibile che non può essere salvato (forse è stato incollato da altrove): riscriva il testo.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Il server non ha accettato questo titolo: indichi un titolo di una sola riga, di al massimo 200 caratteri.
questionnaires-error-fields = Il server non ha accettato i campi: controlli che ogni campo abbia il suo testo, ogni scelta almeno 2 opzioni diverse, ogni immagine un file caricato e ogni condizione una domanda precedente.
questionnaires-error-department = Questo reparto non può essere scelto: ne scelga uno dei Suoi.
questionnaires-saved = «{ $title }» è stato salvato come versione { $version }.
questionnaires-preview = Anteprima: come la vede il paziente
questionnaires-preview-hint = Lo provi pure: nulla di ciò che risponde qui viene salvato o inviato.
questionnaires-preview-again = Svuota l'anteprima

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Registro di controllo: risposte ai questionari
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Ogni volta che qualcuno legge o esporta le risposte di un paziente a un questionario, viene annotato qui, con le voci più recenti in cima. Gli orari sono nel fuso orario dell'ambulatorio, { $timezone }.
audit-table =
    .aria-label = Letture delle risposte ai questionari
audit-column-when = Quando
audit-column-who = Chi
audit-column-what = Cosa
audit-column-appointment = Appuntamento
audit-action = { $action ->
    [read] Ha letto le risposte
   *[export] Ha esportato le risposte
}
# Someone no longer among the staff.
audit-staff-gone = Un ex membro del personale
audit-staff-unknown = Sconosciuto
audit-appointment-gone = L'appuntamento non esiste più.
audit-none = Nessuno ha ancora letto risposte ai questionari.
audit-no-more = Nessuna voce meno recente.
audit-pages =
    .aria-label = Pagine del registro di controllo
audit-newer = ← Più recenti
audit-older = Meno recenti →
