# A questionnaire the clinic asks the patient to fill in before the
# consultation (in the waiting room, and in the patient portal). The
# questions themselves are the clinic's own words.

questionnaire-intro = Le cabinet vous demande de répondre à quelques questions avant la consultation. Vos réponses sont enregistrées au fur et à mesure de votre saisie, et seul le cabinet peut les lire.
questionnaire-required = (obligatoire)
questionnaire-choose = Choisir…
questionnaire-send = Envoyer mes réponses au cabinet
questionnaire-saving = Enregistrement…
questionnaire-saved = Les réponses données jusqu’ici sont enregistrées.
questionnaire-not-saved = Vos réponses n’ont pas pu être enregistrées pour le moment. Elles restent sur cette page ; nous réessaierons dès que vous écrirez à nouveau.
questionnaire-missing = Veuillez répondre aux questions marquées comme obligatoires.
questionnaire-check = Veuillez vérifier vos réponses : l’une d’elles ne peut pas être enregistrée telle quelle.
questionnaire-sent = Merci : vos réponses ont été envoyées au cabinet.
questionnaire-closed = Le questionnaire ne peut plus être modifié.
