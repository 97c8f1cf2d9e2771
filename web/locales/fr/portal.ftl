# The patient portal (/portal/{clinic}): a patient signs in with a PIN sent
# to their email address and sees their appointments.

portal-title = Portail patient
portal-language = Langue
portal-loading = Chargement…
portal-no-clinic = Ce cabinet n’existe pas.
portal-unreachable = Le cabinet est injoignable pour le moment. Veuillez réessayer dans un instant.
portal-sign-in = Connectez-vous pour voir vos rendez-vous
portal-ask-hint = Saisissez l’adresse e-mail que le cabinet a enregistrée pour vous. Nous y enverrons un code PIN.
portal-email = Adresse e-mail
portal-send-pin = M’envoyer un code PIN
portal-enter-pin = Saisissez votre code PIN
# $minutes: how long the PIN is valid.
portal-sent = Si le cabinet connaît cette adresse, un code PIN vous a été envoyé. Il est valable { $minutes } minutes.
portal-pin = Code PIN (6 chiffres)
portal-open = Ouvrir
portal-again = Envoyer un nouveau code PIN
portal-check-email = Veuillez vérifier votre adresse e-mail.
portal-check-pin = Le code PIN comporte six chiffres.
portal-wrong-pin = Ce code PIN n’est pas correct, ou il a expiré. Vérifiez-le, ou demandez-en un nouveau.
portal-too-many = Trop de tentatives. Veuillez patienter un quart d’heure, ou appelez le cabinet.
portal-failed = Une erreur s’est produite : { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Ce cabinet n’envoie pas d’e-mails, le portail ne peut donc pas vous envoyer de code PIN. Veuillez appeler le cabinet.
portal-signed-out = Vous êtes maintenant déconnecté(e).
portal-expired = Votre session a pris fin. Reconnectez-vous pour continuer.
# Above the list when the address is on more than one record (a parent's
# on their children's). $names: the records' names, joined by commas.
portal-whose = Rendez-vous de { $names }
portal-upcoming = Vos rendez-vous
portal-none = Vous n’avez aucun rendez-vous à venir.
portal-past = Rendez-vous passés
portal-no-past = Aucun pour l’instant.
portal-sign-out = Se déconnecter
# $when: the date and time, already written out; $with: the practitioner or
# department; $client: whose appointment it is.
portal-appointment = { $when }, avec { $with }
portal-appointment-of = { $client } : { $when }, avec { $with }
# Where an appointment stands. $time: when its waiting room opens.
portal-state = { $state ->
    [early] La salle d’attente ouvre le { $time }.
    [open] La salle d’attente est ouverte.
    [late] La salle d’attente est ouverte. Vous êtes en retard ; le cabinet vous attend toujours.
    [expired] Manqué.
    [cancelled] Annulé.
   *[ended] A eu lieu.
}
portal-walk-in = Consultation sans rendez-vous
portal-go = Accéder à la consultation
# The questionnaire the clinic asks the patient to fill in before the
# appointment: $title is the clinic's title for it.
portal-questionnaire = { $status ->
    [completed] Questionnaire « { $title } » : envoyé. Merci.
    [started] Questionnaire « { $title } » : commencé, pas encore envoyé.
   *[new] Le cabinet vous demande de remplir « { $title } » avant la consultation.
}
portal-questionnaire-fill = Remplir le questionnaire

## Messages to the clinic (chat channels), kept after the consultation.

portal-messages = Messages au cabinet
portal-not-urgent = Pas pour les urgences : pour tout problème urgent, appelez le cabinet ou le numéro d’urgence.
portal-no-channels = Aucune conversation pour l’instant. Après votre premier rendez-vous, vous pourrez écrire ici à votre professionnel de santé.
# A conversation in the list: $with is the practitioner (or department);
# $client whose record it is, when the address is on more than one.
portal-channel = Conversation avec { $with }
portal-channel-of = { $client } : conversation avec { $with }
# $n: messages from the clinic not read yet.
portal-channel-unread = { $n ->
    [one] { $n } nouveau message
    [many] { $n } de nouveaux messages
   *[other] { $n } nouveaux messages
}
portal-channel-open = Lire et écrire
portal-conversation-empty = Aucun message pour l’instant. Écrivez votre question ci-dessous : le cabinet vous répond ici, et vous prévient par e-mail lorsqu’il l’a fait.
portal-conversation-log =
    .aria-label = Messages
portal-write = Votre message
portal-send = Envoyer
portal-back = Retour à vos rendez-vous
portal-you = Vous
portal-write-something = Veuillez d’abord écrire votre message.
portal-not-sent = Votre message n’a pas pu être envoyé. Veuillez réessayer, ou appelez le cabinet.
