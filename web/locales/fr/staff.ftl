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
# French: "client" is rendered as "patient"; the staff are addressed as
# "vous", buttons use the infinitive.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personnel
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personnel · anteroom
staff-language = Langue
staff-sections =
    .aria-label = Rubriques
staff-nav-waiting = { $n ->
    [0] Salle d’attente
   *[other] Salle d’attente ({ $n })
}
staff-nav-appointments = Rendez-vous
staff-nav-meeting-rooms = Salles de réunion
staff-nav-clients = Patients
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Messages
   *[other] Messages ({ $n })
}
staff-nav-availability = Disponibilités
staff-nav-people = Personnel et services
staff-nav-settings = Paramètres
staff-nav-questionnaires = Questionnaires
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Journal d’audit
staff-nav-account = Compte
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Compte · { $name }
staff-loading = Chargement…
staff-not-found = Introuvable
staff-back-to-appointments = Retour aux rendez-vous
# A button next to a link or key, copying it to the clipboard.
staff-copy = Copier

## Logging in and setting a password

staff-login = Connexion du personnel
staff-email = E-mail
staff-password = Mot de passe
staff-totp-code = Code de votre application d’authentification
staff-log-in = Se connecter
staff-set-password = Définir votre mot de passe
staff-set-password-needs-link = Cette page nécessite le lien reçu par e-mail.
staff-password-hint = Au moins 12 caractères. Une phrase de passe de plusieurs mots est facile à retenir et difficile à deviner.
staff-new-password = Nouveau mot de passe
staff-repeat-password = Confirmer le mot de passe
staff-set-password-button = Définir le mot de passe
staff-passwords-differ = Les deux mots de passe sont différents.
staff-password-set = Votre mot de passe est défini. Connectez-vous maintenant avec celui-ci.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Une erreur s’est produite : { $error }
staff-error-invalid-field = Veuillez vérifier « { $field } » : un champ contient une valeur non acceptée.
staff-error-brand-colour = Veuillez choisir une couleur de marque plus foncée : le texte blanc doit y avoir un contraste d’au moins 4,5 pour 1.
staff-error-invalid-credentials = L’adresse e-mail ou le mot de passe (ou le code) est incorrect.
staff-error-totp-required = Saisissez le code de votre application d’authentification.
staff-error-rate-limited = Trop de tentatives échouées. Patientez quelques minutes, puis réessayez.
staff-error-forbidden = Votre rôle ne permet pas cette action.
staff-error-conflict = Cela entre en conflit avec un enregistrement existant.
staff-error-invalid-token = Ce lien est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau à un administrateur.
staff-error-invalid-state = Ce rendez-vous ne peut plus être modifié de cette façon.
staff-error-not-found = Cet enregistrement n’existe pas (ou plus).
staff-error-unauthenticated = Connectez-vous d’abord.
staff-error-internal = Une erreur s’est produite sur le serveur. Veuillez réessayer.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Salle d’attente
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Un patient attend
waiting-notify-me = M’avertir sur cet ordinateur quand un patient arrive
waiting-connecting = Connexion à la salle d’attente…
waiting-nobody = Personne n’attend.
waiting-table =
    .aria-label = En attente
waiting-column-name = Nom
waiting-column-appointment = Rendez-vous
waiting-column-waiting = Attente
waiting-column-connection = Connexion
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] à l’heure
    [late] en retard
   *[walk_in] sans rendez-vous
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (professionnel de santé)
    [participant] (participant)
   *[guest] (invité)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] bonne
    [tcp_only] TCP uniquement
    [relayed] via un relais
    [poor] faible
   *[failed] pas de vidéo : téléphonez-lui
}
waiting-message = Message
waiting-message-new = Message (nouveau)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Questionnaire non commencé
    [started] Questionnaire commencé
   *[completed] Questionnaire rempli
}
waiting-answers = Réponses
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Réponses de { $name } : { $title }
answers-none = Sans réponse
answers-yes = Oui
answers-no = Non
# Links under a patient's answers: the same answers as a file.
answers-pdf = Télécharger en PDF
answers-text = Télécharger en texte
answers-close = Fermer les réponses
waiting-admit = Faire entrer
waiting-chat-with = Discussion avec { $name }
waiting-chat-form =
    .aria-label = Discussion avec { $name }
waiting-no-messages = Aucun message pour l’instant.
waiting-send = Envoyer
waiting-not-waiting = Cette personne n’attend plus.
waiting-patient-not-present = { $name } pourra entrer dès que le patient sera dans la consultation.
waiting-room-full = La consultation est complète.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Inviter quelqu’un
waiting-invite-form =
    .aria-label = Inviter quelqu’un à la consultation de { $name }
# $name: the waiting patient.
waiting-invite-heading = Inviter quelqu’un à la consultation de { $name }
waiting-invite-create = Créer un lien
waiting-invite-close = Fermer
# $name: the person invited.
waiting-invite-link = Lien pour { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Le lien fonctionne une seule fois, jusqu’à { $time }. Aucun e-mail n’est envoyé : transmettez-le vous-même à { $name }.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } figure désormais parmi les participants de ce rendez-vous ; le lien lui a été envoyé par e-mail. Comme le patient, cette personne rejoint la consultation depuis le lien.
   *[no] { $name } figure désormais parmi les participants de ce rendez-vous. Aucune adresse e-mail n’a été indiquée : transmettez vous-même le lien à { $name }.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Rendez-vous
appointments-today = Aujourd’hui
appointments-upcoming = À venir
appointments-today-table =
    .aria-label = Aujourd’hui
appointments-upcoming-table =
    .aria-label = À venir
appointments-column-time = Heure
appointments-column-client = Patient
appointments-column-with = Avec
appointments-column-status = Statut
appointments-none-today = Aucun rendez-vous aujourd’hui.
appointments-none-upcoming = Aucun rendez-vous à venir.
appointments-first-100 = Affichage des 100 premiers ; réduisez la période pour en voir davantage.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonymisé
appointments-status = { $status ->
    [scheduled] planifié
    [waiting] en attente
    [in_progress] en cours
    [completed] terminé
    [cancelled] annulé
    [no_show] absent
   *[anonymised] anonymisé
}
appointments-start = Démarrer la consultation
appointments-resend = Renvoyer l’invitation
appointments-cancel = Annuler
appointments-captions-kept = Sous-titres conservés
appointments-kept-captions =
    .aria-label = Sous-titres conservés
appointments-kept-captions-heading = Sous-titres conservés : { $client }, { $time }
appointments-no-captions-kept = Aucun sous-titre n’a été conservé pour ce rendez-vous.
# The heading above new invitation links after resending.
appointments-new-links = Nouveaux liens pour { $client }
appointments-new-links-no-emails = Nouveaux liens créés (les e-mails sont désactivés pour cette organisation).
appointments-resent = Invitation renvoyée ; les liens précédents restent valables.
appointments-cancel-confirm = Annuler le rendez-vous avec { $client } du { $time } ?
appointments-cancel-confirm-anonymised = Annuler le rendez-vous avec ce patient du { $time } ?
appointments-cancelled = Rendez-vous annulé.
appointments-invitation-links = Liens d’invitation
appointments-invitation-links-section =
    .aria-label = Liens d’invitation
appointments-patient-link = Lien du patient
appointments-participant-link = Lien du participant { $number }
appointments-new = Nouveau rendez-vous
appointments-new-form =
    .aria-label = Nouveau rendez-vous
appointments-client = Patient
appointments-choose = Choisir…
appointments-practitioner = Professionnel de santé
appointments-department-only = — service uniquement —
appointments-department = Service
appointments-no-department = — aucun —
appointments-date = Date
appointments-time = Heure
appointments-duration-minutes = Durée (minutes)
appointments-external-participants = Participants externes
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (famille)
    [interpreter] { $name } (interprète)
    [home_care] { $name } (soins à domicile)
    [colleague] { $name } (collègue)
   *[other] { $name } (autre)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Ajouter une personne
appointments-add-person-button = Ajouter à ce rendez-vous
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } figure dans la liste et recevra l’invitation.
appointments-message = Message personnel (dans l’invitation)
appointments-questionnaire = Questionnaire pour le patient (à remplir avant la consultation)
appointments-no-questionnaire = Aucun
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Les heures sont dans le fuseau horaire du cabinet, { $timezone }.
appointments-create = Créer et inviter
appointments-quick = Consultation rapide : démarrer maintenant
    .title = Démarre maintenant : les invitations partent et la salle de consultation s’ouvre
appointments-created = Rendez-vous créé pour { $client } le { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Nom
# What the person is to the client (a list of the kinds below).
participant-kind = Qui est-ce
participant-kind-option = { $kind ->
    [family] Membre de la famille
    [interpreter] Interprète
    [home_care] Aide à domicile
    [colleague] Collègue
   *[other] Autre
}
participant-email = E-mail (facultatif)
participant-name-needed = Saisissez le nom de la personne.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Salles de réunion
rooms-hint = Salles permanentes pour le personnel : tous les membres de l’organisation peuvent y entrer ; les autres uniquement avec un lien invité.
rooms-list =
    .aria-label = Salles de réunion
rooms-none = Aucune salle de réunion pour l’instant.
rooms-enter = Entrer dans { $name }
rooms-guest-form =
    .aria-label = Lien invité pour { $name }
rooms-guest-name = Nom de l’invité
rooms-create-guest-link = Créer un lien invité
rooms-guest-link-section =
    .aria-label = Lien invité
rooms-guest-link-for = Lien invité pour { $name }
rooms-guest-link = Lien invité
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Il permet à une seule personne d’entrer, une seule fois, jusqu’à { $time }. Faites-la entrer depuis « En attente d’entrer » dans la salle.
rooms-new = Nouvelle salle de réunion
rooms-new-form =
    .aria-label = Nouvelle salle de réunion
rooms-name = Nom
rooms-create = Créer
rooms-created = Salle de réunion « { $name } » créée.

## Clients

clients-heading = Patients
clients-search-label = Rechercher par nom ou numéro de patient
clients-search = Rechercher
clients-table =
    .aria-label = Patients
clients-column-name = Nom
clients-column-born = Date de naissance
clients-column-email = E-mail
clients-column-number = Numéro
clients-column-practitioners = Professionnels de santé
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Modifier
clients-none-match = Aucun patient ne correspond.
clients-none = Aucun patient pour l’instant.
clients-previous = ← Précédent
clients-next = Suivant →
clients-edit-form =
    .aria-label = Modifier le patient
clients-new-form =
    .aria-label = Nouveau patient
clients-edit-heading = Modifier { $client }
clients-new = Nouveau patient
clients-initials = Initiales
clients-last-name = Nom de famille
clients-date-of-birth = Date de naissance
clients-email = E-mail
clients-phone = Téléphone
clients-client-number = Numéro de patient
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Langue
clients-language-default = Langue par défaut du cabinet
clients-departments = Services
clients-practitioners = Professionnels de santé
clients-save = Enregistrer
clients-add = Ajouter le patient
clients-saved = Patient enregistré.
clients-added = Patient { $client } ajouté.
# A client's record: their appointments, newest first.
clients-appointments-heading = Rendez-vous de { $client }
clients-appointments-table =
    .aria-label = Rendez-vous
clients-appointments-column-time = Date et heure
clients-appointments-column-with = Avec
clients-appointments-column-status = Statut
clients-appointments-column-questionnaire = Questionnaire
clients-appointments-none = Aucun rendez-vous pour l’instant.
clients-appointments-no-questionnaire = Aucun demandé

## Availability, walk-in and the bookable slots

availability-heading = Disponibilités
availability-whose = Disponibilités de
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Chaque { $weekday } à partir du { $from }
availability-weekly-until = Chaque { $weekday } du { $from } au { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min de pause
   *[other] { $minutes } min + { $gap } min de pause
}
availability-remove = Supprimer
availability-removed = Disponibilité supprimée.
availability-none = Aucune disponibilité pour l’instant.
availability-walk-in-open = Ouvert aux patients sans rendez-vous.
availability-walk-in-closed = Fermé aux patients sans rendez-vous.
availability-walk-in = { $name } reçoit les patients sans rendez-vous
# A bookable slot's tooltip.
availability-free = libre
availability-booked = réservé
# A slot whose time has passed (it cannot be booked).
availability-past = passé
availability-no-slots = Aucun créneau réservable dans les sept prochains jours.
availability-once = Un seul jour
availability-every-week = Chaque semaine
availability-until = Jusqu’au (facultatif, hebdomadaire uniquement)
availability-add-form =
    .aria-label = Ajouter une disponibilité
availability-add-heading = Ajouter une disponibilité
availability-repeat = Répétition
availability-first-day = Date (premier jour)
availability-from = De
availability-to = À
availability-slot-minutes = Créneau (minutes)
availability-gap-minutes = Pause après chaque créneau (minutes)
availability-add = Ajouter
availability-added = Disponibilité ajoutée.
availability-table =
    .aria-label = Disponibilités
availability-column-when = Quand
availability-column-hours = Horaires
availability-column-slots = Créneaux
availability-slots-heading = Créneaux réservables, sept prochains jours

## Staff and departments

people-heading = Personnel et services
people-role = { $role ->
    [org_admin] Administrateur de l’organisation
    [department_admin] Administrateur de service
   *[practitioner] Professionnel de santé
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = actif
people-invited = invité
people-active-2fa = actif · 2FA
people-invited-2fa = invité · 2FA
people-reset-2fa-confirm = Réinitialiser l’authentification à deux facteurs de { $name } ? Cette personne devra la configurer à nouveau.
people-reset-2fa-done = Authentification à deux facteurs réinitialisée ; ses sessions ont été fermées.
people-reset-2fa = Réinitialiser la 2FA
people-add-staff-form =
    .aria-label = Ajouter un membre du personnel
people-add-staff = Ajouter un membre du personnel
people-name = Nom
people-email = E-mail
people-role-label = Rôle
people-departments = Services
people-password-email = Cette personne reçoit un e-mail avec un lien pour définir son mot de passe (valable 72 heures).
people-add = Ajouter
people-added = { $name } ajouté(e).
people-password-link = Lien du mot de passe (si l’e-mail n’arrive pas)
people-add-department-form =
    .aria-label = Ajouter un service
people-add-department = Ajouter un service
people-department-added = Service ajouté.
people-table =
    .aria-label = Personnel
people-column-name = Nom
people-column-role = Rôle
people-column-departments = Services
people-column-account = Compte
people-department-list =
    .aria-label = Services
people-no-departments = Aucun service pour l’instant.

## Settings: the organisation's settings

settings-heading = Paramètres
settings-form =
    .aria-label = Paramètres de l’organisation
settings-privacy = Confidentialité et appels
settings-strict-department-segregation = Services strictement cloisonnés (le personnel ne voit que les patients de ses services)
settings-strict-client-segregation = Patients strictement cloisonnés (les professionnels de santé ne voient que leurs propres patients)
settings-chat-in-waiting-area = Discussion dans la salle d’attente
settings-chat-after-consultation = La discussion reste disponible après la consultation
settings-delete-chat-after-consultation = Supprimer la discussion après la consultation
settings-file-sharing = Partage de fichiers pendant les appels
settings-screen-sharing = Partage d’écran pendant les appels
settings-resolution-change = Les participants peuvent changer la résolution de leur vidéo
settings-force-start = Les professionnels de santé peuvent forcer le démarrage d’une consultation
settings-doorbell-sound = Sonnette à l’arrivée d’un patient
settings-require-two-factor = Exiger l’authentification à deux facteurs pour tout le personnel
settings-no-emails = N’envoyer aucun e-mail (le personnel transmet lui-même les liens)
settings-keep-transcript = Conserver les sous-titres des consultations avec le rendez-vous (uniquement lorsque les sous-titres sont activés ; tous les participants à l’appel en sont informés)
settings-link-opens = Ouverture du lien (minutes avant le rendez-vous)
settings-link-closes = Fermeture du lien (minutes après la fin du rendez-vous)
settings-max-participants = Nombre maximal de participants par appel
settings-anonymise-after = Anonymiser les rendez-vous après (jours ; vide : jamais)
settings-chat-channels = Canaux de discussion : les patients écrivent à leur professionnel de santé depuis le portail patient, y compris après la consultation
settings-channel-email-after = Prévenir par e-mail d’un message de discussion non lu après (minutes ; vide : jamais)
settings-chat-retention = Supprimer les messages de discussion après (jours ; vide : conserver)
settings-language = Langue (p. ex. fr, en, de)
settings-timezone = Fuseau horaire (IANA, p. ex. Europe/Paris)
# How patients reach the clinic when they are stuck.
settings-contact = Contact du cabinet
settings-contact-hint = Les patients voient ces coordonnées sur leurs pages et dans les e-mails lorsqu’ils sont bloqués (un lien qui ne fonctionne pas, une caméra qui ne démarre pas).
settings-contact-phone = Téléphone
settings-contact-email = E-mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Couleur de marque (comme { $example } ; vide : le bleu d’anteroom)
settings-save = Enregistrer les paramètres
settings-saved = Paramètres enregistrés.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Nom du cabinet (tel que les patients le voient)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo sur les pages des patients (PNG, JPEG ou WebP, 128 KB au maximum)
# The alternative text of the current logo's picture.
settings-logo-current = Logo actuel
settings-logo-remove = Supprimer le logo
settings-logo-saved = Logo enregistré : les patients le voient sur leurs pages.
settings-logo-removed = Logo supprimé.
settings-logo-invalid = Ce fichier n’est pas une image PNG, JPEG ou WebP de 128 KB au maximum.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Texte de la salle d’attente
settings-text-heading = Texte de la salle d’attente
settings-text-hint = Affiché aux patients pendant qu’ils attendent. Espaces réservés : *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Texte pour toute l’organisation
settings-text-save = Enregistrer le texte
settings-text-saved = Texte de la salle d’attente enregistré.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Modèles d’e-mail
settings-templates-heading = Modèles d’e-mail
settings-templates-hint = Votre propre texte à la place du texte intégré, qui s’affiche lorsqu’il n’y en a pas : conservez ses *|espaces réservés|*. Un objet et un texte vides suppriment le modèle.
settings-templates-none = Aucun modèle personnalisé : chaque e-mail utilise le texte intégré.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Invitation
    [participant_invitation] Invitation d’un participant
    [reminder] Rappel
    [cancellation] Annulation
    [portal_pin] Code PIN pour le portail patient
    [channel_unread] Message non lu d’un patient (au personnel)
    [channel_reply] Nouveau message du cabinet (au patient)
   *[password] Lien de mot de passe pour un nouveau membre du personnel
}
settings-template-whole-organisation = Toute l’organisation
settings-template-every-language = Toutes les langues
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language } : { $subject }
settings-template-edit = Modifier
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Espaces réservés : { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Aperçu
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Objet : { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Martin
settings-sample-participant = B. Martin
settings-sample-message = Veuillez avoir la liste de vos médicaments à portée de main.
settings-template-mail = Quel e-mail
settings-template-department = Pour
settings-template-language = Langue
settings-template-subject = Objet
settings-template-body = Texte
settings-template-save = Enregistrer le modèle
settings-template-saved = Modèle d’e-mail enregistré.
settings-template-removed = Modèle d’e-mail supprimé.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Annonces de service
settings-announcements-heading = Annonces de service
settings-announcement-until = (jusqu’au { $time })
settings-announcement-remove = Supprimer
settings-announcement-removed = Annonce supprimée.
settings-announcements-none = Aucune pour le moment.
settings-announcement-new = Nouvelle annonce
settings-announcement-shown-until = Affichée jusqu’au
settings-announcement-publish = Publier
settings-announcement-published = Annonce publiée.

## Settings: API keys

settings-keys-form =
    .aria-label = Clés API
settings-keys-heading = Clés API pour les intégrateurs
settings-key-revoked = révoquée
settings-key-revoke = Révoquer
settings-key-revoke-confirm = Révoquer la clé « { $name } » ? Les intégrations qui l’utilisent cesseront de fonctionner.
settings-key-revoked-notice = Clé révoquée.
settings-keys-none = Aucune clé pour l’instant.
settings-key-name = Nom de la nouvelle clé
settings-key-create = Créer une clé
settings-key-created = Clé créée. Copiez-la maintenant : elle ne sera plus affichée.
settings-key-new = Nouvelle clé

## The signed-in person's account: two-factor authentication, logging out

account-heading = Compte
account-must-enrol = Votre organisation exige l’authentification à deux facteurs. Configurez-la pour continuer.
account-two-factor-section =
    .aria-label = Authentification à deux facteurs
account-two-factor = Authentification à deux facteurs
account-two-factor-on = Activée. Un administrateur peut la réinitialiser si vous perdez votre appareil.
account-two-factor-off = Désactivée.
account-qr =
    .aria-label = Code QR pour votre application d’authentification
account-confirm-form =
    .aria-label = Confirmer le code à deux facteurs
account-code = Code de l’application
account-turn-on = Activer
account-two-factor-done = L’authentification à deux facteurs est activée.
account-scan = Scannez ce code avec une application d’authentification, ou saisissez la clé manuellement, puis tapez le code qu’elle affiche.
account-key = Clé
account-set-up = Configurer l’authentification à deux facteurs
account-log-out = Se déconnecter
account-logged-out = Vous êtes déconnecté.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Messages
messages-hint = Conversations avec vos patients, conservées après la consultation. Les patients écrivent depuis le portail patient ; vous recevez un e-mail lorsqu’un message reste non lu.
messages-none = Aucune conversation pour l’instant. Une conversation commence avec le premier rendez-vous d’un patient avec vous.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } non lu
   *[other] { $n } non lus
}
messages-off = (désactivée)
messages-conversation = Conversation avec { $client } ({ $with })
messages-log =
    .aria-label = Messages
messages-empty = Aucun message pour l’instant.
messages-write = Message au patient
messages-send = Envoyer
messages-closed = Cette conversation est désactivée : le patient ne la voit pas, et personne ne peut écrire.
messages-switch-off = Désactiver pour le patient
messages-switch-on = Activer pour le patient
messages-switched-off = La conversation est désactivée.
messages-switched-on = La conversation est activée.
messages-leave = Quitter cette conversation
# $names: the colleagues who joined, joined by commas.
messages-members = Également dans cette conversation : { $names }
messages-not-joined = Vous n’avez pas rejoint cette conversation. Rejoignez-la pour lire et écrire ; le professionnel de santé du patient et toutes les personnes qui l’ont rejointe le verront.
messages-join = Rejoindre la conversation
messages-not-yours = (non rejointe)
messages-of-client = Conversations avec { $client }
messages-none-client = Aucune conversation avec ce patient pour l’instant.
messages-start-with = Démarrer une conversation avec
messages-start = Démarrer
messages-back = Toutes les conversations
# The button in the clients list; its accessible name names the client.
clients-messages-of = Messages
    .aria-label = Messages de { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Questionnaires
questionnaires-hint = Les questions auxquelles un patient répond avant la consultation, sur son téléphone ou son ordinateur. Modifier un questionnaire en crée une nouvelle version : les réponses déjà données gardent la version pour laquelle elles ont été données. Le questionnaire demandé par défaut s’applique à chaque nouveau rendez-vous (de son service, ou de toute l’organisation) pour lequel aucun autre n’est choisi.
questionnaires-list =
    .aria-label = Questionnaires
questionnaires-none = Aucun questionnaire pour l’instant.
questionnaires-new = Nouveau questionnaire
questionnaires-whole-organisation = Toute l’organisation
questionnaires-version = Version { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Modifié
questionnaires-asked-by-default = Demandé par défaut
questionnaires-edit = Modifier
    .aria-label = Modifier { $title }
questionnaires-duplicate = Dupliquer
    .aria-label = Dupliquer { $title }
questionnaires-ask-by-default = Demander par défaut
questionnaires-stop-asking = Ne plus demander par défaut
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Seuls ses propres administrateurs peuvent modifier celui-ci.
questionnaires-duplicated = Ceci est une copie de « { $title } » : modifiez ce que vous voulez, puis enregistrez-la.
questionnaires-default-set = « { $title } » est désormais demandé par défaut ({ $scope }).
questionnaires-default-stopped = « { $title } » n’est plus demandé par défaut.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Nouveau questionnaire
questionnaires-edit-heading = Modifier le questionnaire : { $title }
questionnaires-editor-form =
    .aria-label = Questionnaire
questionnaires-about = Version { $version } · { $scope }. Enregistrer crée une nouvelle version.
questionnaires-about-new = Une fois enregistré, ce sera la version 1.
questionnaires-title = Titre (le patient le voit au-dessus des questions)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Pour
questionnaires-no-departments = Vous n’êtes administrateur d’aucun service : vous ne pouvez donc pas créer de questionnaire.
questionnaires-fields = Questions et textes
questionnaires-new-field-type = Type du prochain champ
questionnaires-add-field = Ajouter un champ
questionnaires-save = Enregistrer
questionnaires-back = Retour aux questionnaires
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Champ { $number } : { $type ->
    [short_text] réponse courte
    [long_text] réponse longue
    [single_choice] choix unique
    [multiple_choice] choix multiples
    [dropdown] liste déroulante
    [date] date
    [country] pays
    [consent] consentement
    [heading] titre
    [paragraph] texte
    [image] image
   *[other] { $type }
}
questionnaires-field-type = Type
questionnaires-type = { $type ->
    [short_text] Réponse courte (une ligne)
    [long_text] Réponse longue (plusieurs lignes)
    [single_choice] Choix unique (boutons)
    [multiple_choice] Choix multiples (cases à cocher)
    [dropdown] Choix unique (liste déroulante)
    [date] Date
    [country] Pays
    [consent] Consentement (une case à cocher)
    [heading] Titre
    [paragraph] Texte (sans réponse)
    [image] Image (sans réponse)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Titre
    [paragraph] Texte
    [image] Description de l’image (lue aux patients qui ne peuvent pas la voir)
    [consent] Ce que le patient accepte
   *[other] Question
}
questionnaires-required = Obligatoire
questionnaires-options = Options (une par ligne)
questionnaires-image = Image (PNG, JPEG ou WebP, 128 KB au maximum)
questionnaires-image-replace = Autre image (PNG, JPEG ou WebP, 128 KB au maximum)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = L’image importée
questionnaires-image-done = L’image est importée.
questionnaires-image-invalid = Cette image ne peut pas être utilisée : choisissez un fichier PNG, JPEG ou WebP de 128 KB au maximum.
questionnaires-condition = Afficher seulement si
questionnaires-condition-always = (toujours affiché)
questionnaires-condition-equals = a pour réponse
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = cochée (oui)
questionnaires-condition-not-ticked = non cochée (non)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (plus possible)
questionnaires-condition-broken = Choisissez à nouveau quand afficher ce champ : il doit suivre la question dont il dépend, et cette question doit être un choix ou un consentement ayant cette réponse.
questionnaires-move-up = Monter
    .aria-label = Monter le champ { $number }
questionnaires-move-down = Descendre
    .aria-label = Descendre le champ { $number }
questionnaires-remove = Supprimer
    .aria-label = Supprimer le champ { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Le champ { $from } est maintenant le champ { $to }.
questionnaires-removed = Le champ { $number } est supprimé.
questionnaires-problems = Veuillez corriger ce qui est signalé avant d’enregistrer.
questionnaires-problem-title = Donnez au questionnaire un titre d’une seule ligne (200 caractères au maximum).
questionnaires-problem-no-fields = Ajoutez au moins un champ.
# $max: a whole number.
questionnaires-problem-too-many-fields = Un questionnaire compte au maximum { $max } champs.
questionnaires-problem-too-many-images = Un questionnaire affiche au maximum { $max } images.
questionnaires-problem-label = { $type ->
    [heading] Écrivez le titre.
    [paragraph] Écrivez le texte.
    [image] Décrivez l’image pour les patients qui ne peuvent pas la voir.
   *[other] Écrivez la question.
}
questionnaires-problem-label-long = Ce texte est trop long : { $max } caractères au maximum.
questionnaires-problem-options = Indiquez au moins 2 options ({ $max } au maximum), une par ligne.
questionnaires-problem-options-twice = Chaque option ne peut figurer qu’une seule fois.
questionnaires-problem-option-long = Une option compte au maximum { $max } caractères.
questionnaires-problem-image = Importez l’image.
questionnaires-problem-characters = Ce texte contient un caractère invisible qui ne peut pas être enregistré (collé depuis ailleurs, peut-être) : saisissez-le à nouveau.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Le serveur n’a pas accepté ce titre : donnez un titre d’une seule ligne, de 200 caractères au maximum.
questionnaires-error-fields = Le serveur n’a pas accepté les champs : vérifiez que chaque champ a son texte, chaque choix au moins 2 options différentes, chaque image un fichier importé, et chaque condition une question précédente.
questionnaires-error-department = Ce service ne peut pas être choisi : choisissez l’un des vôtres.
questionnaires-saved = « { $title } » est enregistré en version { $version }.
questionnaires-preview = Aperçu : ce que voit le patient
questionnaires-preview-hint = Essayez : rien de ce que vous répondez ici n’est enregistré ni envoyé.
questionnaires-preview-again = Vider l’aperçu

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Journal d’audit : réponses aux questionnaires
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Chaque fois que quelqu’un lit ou exporte les réponses d’un patient à un questionnaire, cela est consigné ici, les entrées les plus récentes en premier. Les heures sont dans le fuseau horaire du cabinet, { $timezone }.
audit-table =
    .aria-label = Consultations des réponses aux questionnaires
audit-column-when = Quand
audit-column-who = Qui
audit-column-what = Quoi
audit-column-appointment = Rendez-vous
audit-action = { $action ->
    [read] A lu les réponses
   *[export] A exporté les réponses
}
# Someone no longer among the staff.
audit-staff-gone = Un ancien membre du personnel
audit-staff-unknown = Inconnu
audit-appointment-gone = Le rendez-vous n’existe plus.
audit-none = Personne n’a encore lu de réponses à un questionnaire.
audit-no-more = Aucune entrée plus ancienne.
audit-pages =
    .aria-label = Pages du journal d’audit
audit-newer = ← Plus récentes
audit-older = Plus anciennes →
