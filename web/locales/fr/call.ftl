# La page de l’appel (/call/{room}) : la salle d’attente, la consultation
# elle-même (vignettes vidéo, commandes, discussion, fichiers partagés,
# sous-titres en direct, qualité de l’appel, invitation d’une personne) et ce
# qui s’affiche quand elle est terminée.
#
# Variables : $room est le code d’une salle, $name le nom d’une personne ou
# d’un fichier (tel qu’il a été donné), $practitioner le nom du professionnel
# de santé, $reason une raison technique (souvent en anglais), $minutes et
# $ahead des nombres entiers, $size un nombre déjà écrit dans la langue de la
# page, $bytes le nombre d’octets (seulement pour le pluriel), $ms un nombre de
# millisecondes, $kbps des kilobits par seconde, $percent un pourcentage
# (0 à 100), $width, $height et $fps la taille et la fréquence d’images d’une
# vidéo, $camera le nom d’une caméra tel que l’appareil le donne.
#
# Les valeurs techniques (kbit/s, millisecondes, tailles de vidéo) s’écrivent
# sans séparateur de milliers (useGrouping: 0).

call-page-title = Consultation · anteroom
call-title = Consultation
call-title-video = Consultation vidéo
call-title-room = Salle de consultation { $room }
# Une salle de réunion : le personnel entre collègues, ou avec les personnes qu’il invite.
call-title-meeting = Salle de réunion
call-page-title-meeting = Réunion · anteroom
call-language = Langue
call-duration =
    .aria-label = Durée de l’appel
call-participants =
    .aria-label = Participants
call-screen-sharing = Vous partagez votre écran.
call-enable-sound = Activer le son

## Rejoindre sans lien : le nom à afficher

call-name-label = Votre nom, tel que les autres le verront
call-join = Rejoindre

## Les vignettes vidéo. « Vous » vous désigne aussi dans la discussion.

call-you = Vous
# Les indications sur une vignette, réunies en liste : « micro coupé, connexion faible ».
call-flag-microphone-off = micro coupé
call-flag-camera-off = caméra coupée
call-flag-video-paused = vidéo en pause : votre connexion est trop lente
call-flag-poor-connection = connexion faible
call-flag-screen-paused = écran en pause : votre connexion est trop lente
# La vignette d’un écran partagé.
call-screen-of = Écran partagé par { $name }
call-screen-of-someone = Écran partagé par quelqu’un

## L’état de l’appel, en haut de la page

status-new = Démarrage…
status-connecting = Connexion…
status-connected = Connecté
status-reconnecting = Connexion instable, reconnexion…
status-failed = Connexion perdue
status-closed = Appel terminé
status-enter-name = Saisissez votre nom pour rejoindre l’appel
status-waiting = En attente de l’autorisation d’entrer
status-other-window = Vous avez rejoint cet appel dans une autre fenêtre
status-ended-by-server = L’appel a été terminé par le serveur
status-ended = La consultation est terminée
status-room-not-found = Cette salle n’existe pas
status-token-expired = Ce lien vers la consultation a expiré : ouvrez-le à nouveau depuis votre invitation ou depuis les pages du personnel
status-invalid-token = Ce lien vers la consultation n’est pas valide
status-room-full = La consultation est complète
status-join-failed = Impossible de rejoindre l’appel : { $reason }
status-share-failed = Impossible de partager l’écran : { $reason }
status-switch-camera-failed = Impossible de changer de caméra : { $reason }
status-auto-admit-failed = Impossible de modifier ce réglage : { $reason }
status-end-failed = Impossible de terminer : { $reason }

## Les commandes

controls-bar =
    .aria-label = Commandes de l’appel
controls-mute = Couper le micro
controls-unmute = Activer le micro
controls-camera-off = Couper la caméra
controls-camera-on = Activer la caméra
controls-switch-camera = Changer de caméra
# L’infobulle du bouton « Changer de caméra » : la caméra utilisée.
controls-camera-now = Caméra actuelle : { $camera }
controls-camera-now-unnamed = Caméra actuelle
controls-more = Plus
# On a phone: opens the chat over the video.
controls-chat = Discussion
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Discussion ({ $count })
controls-share-screen = Partager l’écran
controls-stop-sharing = Arrêter le partage
# « CC » : sous-titres (closed captions).
controls-captions = CC
    .title = Sous-titres en direct
controls-quality = Qualité de l’appel
# Suivi d’un choix entre 720p, 540p, 360p et 180p.
controls-send-video = Envoyer la vidéo en
controls-pip = Image dans l’image
controls-fullscreen = Plein écran
# Personnel : si le patient entre sans qu’on le fasse entrer.
controls-auto-admit = Faire entrer le patient directement
controls-auto-admit-on = Le patient entre directement (activé)
controls-leave = Quitter
controls-end = Terminer la consultation
controls-end-confirm = Terminer la consultation pour tout le monde ?

## La salle d’attente (celle du patient)

waiting-title = Vous êtes dans la salle d’attente
waiting-who = Le cabinet va vous faire entrer dans quelques instants. Veuillez garder cette page ouverte.
waiting-who-practitioner = { $practitioner } va vous faire entrer dans quelques instants. Veuillez garder cette page ouverte.
waiting-announcements =
    .aria-label = Annonces
waiting-since-now = Vous venez d’arriver.
waiting-since = { $minutes ->
    [one] Vous attendez depuis { NUMBER($minutes) } minute.
    [many] Vous attendez depuis { NUMBER($minutes) } de minutes.
   *[other] Vous attendez depuis { NUMBER($minutes) } minutes.
}
# $ahead : combien de patients passent avant celui-ci ; $minutes : dans combien
# de temps, environ, ce sera son tour (0 : maintenant).
waiting-estimate = { $ahead ->
    [0] Personne n’attend avant vous.
    [one] { NUMBER($ahead) } patient avant vous.
    [many] { NUMBER($ahead) } de patients avant vous.
   *[other] { NUMBER($ahead) } patients avant vous.
} { $minutes ->
    [0] C’est votre tour : vous entrerez dès que le cabinet sera prêt.
    [one] Votre tour dans environ { NUMBER($minutes) } minute.
    [many] Votre tour dans environ { NUMBER($minutes) } de minutes.
   *[other] Votre tour dans environ { NUMBER($minutes) } minutes.
}

## Le personnel dans l’appel : qui attend d’entrer

waiting-join-title = En attente d’entrer
waiting-admit = Faire entrer
    .aria-label = Faire entrer { $name }
# $role : ce qu’est la personne qui attend.
waiting-role = { $role ->
    [patient] patient
    [participant] participant invité
    [guest] invité
    [practitioner] membre du personnel
   *[other] { $role }
}
waiting-admit-not-present = { $name } pourra entrer dès que le patient sera là.
waiting-admit-full = La consultation est complète.
waiting-admit-failed = Impossible de faire entrer cette personne : { $reason }

## Qualité de l’appel (personnel)

quality-connection = Connexion :
# La connexion en un mot, dans l’en-tête et dans le tableau.
quality-level = { $level ->
    [good] bonne
    [fair] moyenne
   *[poor] faible
}
quality-tooltip = aller-retour { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } % de perte
quality-title = Qualité de l’appel
quality-table =
    .aria-label = Qualité de l’appel par participant
quality-participant = Participant
quality-receiving = Réception
quality-video = Vidéo
quality-lost = Perte
quality-state = État
# $path : comment passent le son et l’image : udp, tcp, relay (via un relais) ou pas encore.
quality-summary = Médias : { $path ->
        [udp] en direct (UDP)
        [tcp] via TCP
        [relay] via un relais
       *[other] connexion en cours
    }, aller-retour { NUMBER($ms, useGrouping: 0) } ms, envoi { NUMBER($kbps, useGrouping: 0) } kbit/s.
# La même chose, tant que l’aller-retour n’est pas connu.
quality-summary-no-rtt = Médias : { $path ->
        [udp] en direct (UDP)
        [tcp] via TCP
        [relay] via un relais
       *[other] connexion en cours
    }, envoi { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = aucune
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) } %

## Inviter une personne (personnel)

invite-title = Inviter quelqu’un
invite-name-label = Son nom, tel que les autres le verront
invite-create = Créer un lien invité
invite-created = Envoyez-lui ce lien : il permet à une seule personne d’entrer, une seule fois, dans l’heure qui suit. Vous la ferez entrer depuis « En attente d’entrer ».
invite-url =
    .aria-label = Lien invité
invite-copy = Copier
invite-sign-in = Connectez-vous aux pages du personnel dans ce navigateur pour inviter des personnes.
invite-check-name = Veuillez vérifier le nom.
invite-over = Cette consultation est terminée.
invite-failed = Impossible de créer le lien : { $reason }

## Le questionnaire du patient (personnel dans une consultation). $title est
## le titre du questionnaire du cabinet.

call-answers-title = Questionnaire : { $title }
call-answers-status = { $status ->
    [new] Le patient ne l’a pas encore commencé.
    [started] Le patient l’a commencé mais ne l’a pas encore envoyé.
   *[completed] Le patient l’a envoyé.
}
call-answers-show = Afficher les réponses
call-answers-failed = Impossible de charger les réponses.
call-answers-none = Sans réponse
call-answers-yes = Oui
call-answers-no = Non
# Téléchargements des réponses (chaque téléchargement est consigné dans le
# journal d’audit du cabinet).
call-answers-pdf = Télécharger en PDF
call-answers-text = Télécharger en texte

## Discussion

chat-title = Discussion
chat-title-waiting = Discussion avec le cabinet
chat-message-label = Message
chat-input =
    .placeholder = Écrivez un message
chat-send = Envoyer
# Closes the chat over the video (on a phone).
chat-close = Fermer
chat-too-long = Ce message est trop long (2000 caractères au maximum).
chat-rate-limited = Non envoyé : trop de messages à la fois. Patientez un instant, puis réessayez.
chat-failed = Non envoyé : { $reason }

## Fichiers partagés

files-share = Partager un fichier
files-gone = Les fichiers partagés pendant la consultation ont été supprimés.
files-sending = Envoi en cours : { $name }…
files-too-large = { $name } n’a pas été partagé : le fichier dépasse 20 MB.
files-invalid-name = { $name } n’a pas été partagé : son nom contient des caractères non autorisés ; renommez le fichier et réessayez.
files-storage-full = { $name } n’a pas été partagé : il n’y a plus de place pour les fichiers dans cette consultation.
files-not-shared = { $name } n’a pas été partagé : { $reason }.
# Dans la discussion, après le nom de la personne qui l’a envoyé (ou « Vous ») :
# « Fichier partagé : Prise de sang.pdf (146 KB) ».
files-shared = Fichier partagé : { $name } ({ $size })
files-download = Télécharger { $name }
files-download-ended = La consultation est terminée ; ses fichiers ont été supprimés.
files-download-failed = Échec du téléchargement : { $reason }
# La taille d’un fichier ; $size est le nombre, déjà écrit dans la langue de la page.
files-size-bytes = { $bytes ->
    [one] { $size } octet
    [many] { $size } d’octets
   *[other] { $size } octets
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Sous-titres en direct

captions-region =
    .aria-label = Sous-titres en direct
captions-read-in = Langue des sous-titres
# Le premier choix sous « Langue des sous-titres » ; les autres sont des
# langues, chacune nommée dans sa propre langue.
captions-language-spoken = Langue parlée
captions-speakers = Langues parlées
# Avant un choix de langue.
captions-you-speak = Vous parlez
captions-speaks = { $name } parle
# Avant les paroles de quelqu’un.
captions-speaker = { $name } :
captions-delayed = Les sous-titres ont du retard.
captions-words-missed = [quelques mots manquent]
captions-in-language = ({ $language })
captions-translated-from = (traduit de : { $language })
captions-unavailable = Les sous-titres ne sont pas disponibles sur ce serveur. L’appel continue.
captions-failed = Impossible d’activer les sous-titres.
captions-untranslated = Les sous-titres ne peuvent pas être traduits sur ce serveur ; ils restent dans la langue parlée.
captions-unheard = Sur ce serveur, les sous-titres ne reconnaissent pas cette langue.
captions-kept = Quand les sous-titres sont activés, ce cabinet les conserve avec le rendez-vous.

## Après l’appel

ended-title = La consultation est terminée
ended-thanks = Merci. Vous pouvez maintenant fermer cette page.
# Au professionnel de santé qui a terminé la consultation.
ended-thanks-staff = La consultation est terminée pour tout le monde. Vous pouvez fermer cet onglet.
ended-chat-note = La discussion de la consultation reste affichée sur cette page jusqu’à ce que vous fermiez la page.
ended-left = Vous avez quitté l’appel.
ended-rejoin = Rejoindre à nouveau

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Vous avez ouvert cette consultation dans une autre fenêtre
elsewhere-hint = Elle se poursuit là-bas. Pour la continuer plutôt ici, reprenez-la.
elsewhere-take-back = Continuer ici
