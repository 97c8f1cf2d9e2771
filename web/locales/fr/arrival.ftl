# The arrival page (/c/{link}, /g/{guest link}): where an invitation link
# leads. It says whether the waiting room is open, checks camera,
# microphone, speakers and the connection, then lets the patient in.
#
# Variables: $clinic is the clinic's name, $with the practitioner's,
# department's or clinic's name, $time a date and time already written in
# the page's language, $room a meeting room's name, $name the guest's name,
# $ms a number of milliseconds, $error a technical reason.

arrival-heading = Votre consultation vidéo
arrival-title = { $clinic } : votre consultation vidéo
arrival-guest-title = { $clinic } : appel vidéo
arrival-checking-link = Vérification de votre lien…
arrival-language = Langue

## The state of the link

arrival-invalid = Ce lien n’est pas valide. Veuillez utiliser le lien de votre invitation la plus récente, ou contacter le cabinet.
arrival-unreachable = Le serveur du cabinet est injoignable pour le moment ({ $error }). Veuillez réessayer dans un instant.
arrival-walk-in = Consultation sans rendez-vous avec { $with }.
arrival-appointment = Votre rendez-vous avec { $with } : { $time }.
arrival-early = La salle d’attente ouvre le { $time }. Cette page l’ouvrira alors pour vous.
arrival-late = L’heure de votre rendez-vous est passée, mais vous pouvez quand même entrer : le cabinet vous recevra dès que possible.
arrival-open = La salle d’attente est ouverte.
arrival-cancelled = Ce rendez-vous a été annulé. Contactez le cabinet si vous avez des questions.
arrival-expired = Ce lien a expiré. Veuillez contacter le cabinet pour un nouveau rendez-vous.

## A guest link

guest-invalid = Ce lien n’est pas valide. Demandez-en un nouveau à la personne qui vous l’a envoyé.
guest-unreachable = Le serveur est injoignable pour le moment ({ $error }). Veuillez réessayer dans un instant.
guest-meeting-room = On vous invite dans la salle de réunion « { $room } », sous le nom de { $name }.
guest-consultation = On vous invite à une consultation vidéo, sous le nom de { $name }.
guest-used = Ce lien invité a déjà été utilisé : il ne permet d’entrer qu’à une seule personne, une seule fois. Demandez-en un nouveau à la personne qui vous l’a envoyé.
guest-expired = Ce lien invité a expiré. Demandez-en un nouveau à la personne qui vous l’a envoyé.
guest-open = Une personne présente dans l’appel va vous faire entrer. Ce lien ne fonctionne qu’une fois.
guest-join = Rejoindre

## The check before going in

check-heading = Avant d’entrer
check-preview = Votre caméra
check-camera = Caméra :
check-mic = Microphone :
check-speakers = Haut-parleurs :
check-server = Connexion au cabinet :
check-media = Connexion vidéo :
check-pending = vérification…
check-mic-level =
    .aria-label = Niveau du microphone
check-speakers-hint = appuyez sur le bouton et écoutez
check-play = Jouer un son
check-camera-blocked = accès bloqué : autorisez la caméra et le micro dans votre navigateur
check-camera-unavailable = non disponible ({ $error })
check-unavailable = non disponible
check-working = fonctionne
check-none-found = aucun appareil trouvé
check-mic-heard = nous vous entendons
check-mic-found = détecté ; parlez pour voir le niveau bouger
check-speakers-played = avez-vous entendu un son ? Sinon, vérifiez le volume
check-server-good = bonne ({ $ms } ms)
check-server-no-answer = pas de réponse : votre réseau la bloque peut-être
check-server-failed = connexion impossible : votre réseau la bloque peut-être
check-media-untested = non testée : pas de connexion au cabinet
check-media-measuring = connectée ; mesure en cours…
check-media-blocked = pas de connexion : votre réseau bloque les appels vidéo. Essayez un autre réseau (données mobiles, Wi-Fi de la maison), ou demandez à votre service informatique d’autoriser les appels vidéo vers ce cabinet. Vous pouvez quand même entrer : le cabinet le verra et pourra vous téléphoner.
check-media-busy = le cabinet est occupé ; le test aura lieu quand vous entrerez
check-media-error = test impossible

# What the media check measured, in brackets after its verdict:
# "(24 ms, no loss, 1.2 Mbit/s up)". $percent and $mbits are numbers.
check-figure-rtt = { $ms } ms
check-figure-no-loss = aucune perte
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) } % de perte
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s en envoi
# $figures: the figures above, joined; "none" when none were measured.
check-media-good = { $figures ->
    [none] bonne
   *[other] bonne ({ $figures })
}
check-media-slow = { $figures ->
    [none] lente : l’image peut se figer ; un meilleur réseau aiderait
   *[other] lente ({ $figures }) : l’image peut se figer ; un meilleur réseau aiderait
}
check-media-relayed = { $figures ->
    [none] fonctionne via un relais : votre réseau est strict, l’appel peut être un peu plus lent
   *[other] fonctionne via un relais ({ $figures }) : votre réseau est strict, l’appel peut être un peu plus lent
}
check-media-tcp = { $figures ->
    [none] fonctionne uniquement via TCP : votre réseau bloque UDP, l’appel peut parfois être saccadé
   *[other] fonctionne uniquement via TCP ({ $figures }) : votre réseau bloque UDP, l’appel peut parfois être saccadé
}

## Going in

enter = Entrer dans la salle d’attente
enter-failed = Impossible d’entrer dans la salle d’attente : { $reason }
enter-not-open = La salle d’attente n’est pas encore ouverte.
enter-closed = Ce lien a expiré.
enter-invalid = Ce lien n’est pas (ou plus) valide.
