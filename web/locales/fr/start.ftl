# La page d’accueil (/) : entrer dans une salle par son nom (serveurs de
# développement avec salles ouvertes), ou aller à la connexion du personnel.

start-room = Salle
start-name = Votre nom
start-join = Rejoindre l’appel
start-staff = Connexion du personnel
start-language = Langue
