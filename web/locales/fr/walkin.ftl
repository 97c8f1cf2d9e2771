# La page publique sans rendez-vous (/walk-in/{clinic}) : qui reçoit sans
# rendez-vous en ce moment ; le visiteur indique son nom et sa date de
# naissance, puis continue vers la page d’arrivée. $field est le nom d’un
# champ du formulaire.

walkin-heading = Consultation vidéo sans rendez-vous
walkin-language = Langue
walkin-looking = Nous cherchons qui est disponible…
walkin-no-clinic = Ce cabinet n’existe pas.
walkin-unreachable = Le cabinet est injoignable pour le moment. Veuillez réessayer dans un instant.
walkin-open = Vous pouvez consulter un professionnel de santé en vidéo dès maintenant, sans rendez-vous.
walkin-nobody = Personne n’est disponible pour une consultation sans rendez-vous en ce moment. Veuillez réessayer plus tard.
walkin-whom = Qui souhaitez-vous consulter ?
walkin-initials = Initiales
walkin-last-name = Nom de famille
walkin-date-of-birth = Date de naissance
walkin-terms = J’accepte que le cabinet utilise mon nom et ma date de naissance pour cette consultation. Rien n’est enregistré pendant l’appel.
walkin-continue = Continuer
walkin-no-longer = Cette personne n’est plus disponible pour une consultation sans rendez-vous. Veuillez faire un autre choix.
walkin-check-field = { $field ->
    [initials] Veuillez vérifier vos initiales.
    [last_name] Veuillez vérifier votre nom de famille.
    [date_of_birth] Veuillez vérifier votre date de naissance.
    [accept_terms] Veuillez accepter les conditions pour continuer.
    [practitioner] Veuillez choisir qui vous souhaitez consulter.
   *[other] Veuillez vérifier ce que vous avez saisi.
}
walkin-failed = Une erreur s’est produite : { $error }
