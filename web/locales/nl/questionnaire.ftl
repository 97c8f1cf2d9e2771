# A questionnaire the clinic asks the patient to fill in before the
# consultation (in the waiting room, and in the patient portal). The
# questions themselves are the clinic's own words.

questionnaire-intro = De praktijk vraagt u om vóór het consult een paar vragen te beantwoorden. Uw antwoorden worden opgeslagen terwijl u typt, en alleen de praktijk kan ze lezen.
questionnaire-required = (verplicht)
questionnaire-choose = Kies…
questionnaire-send = Stuur mijn antwoorden naar de praktijk
questionnaire-saving = Opslaan…
questionnaire-saved = Uw antwoorden tot nu toe zijn opgeslagen.
questionnaire-not-saved = Uw antwoorden konden zojuist niet worden opgeslagen. Ze blijven op deze pagina staan; we proberen het opnieuw als u verder typt.
questionnaire-missing = Beantwoord de vragen die als verplicht zijn gemarkeerd.
questionnaire-check = Controleer uw antwoorden: één ervan kan niet worden opgeslagen zoals het nu is.
questionnaire-sent = Dank u wel: uw antwoorden zijn naar de praktijk verstuurd.
questionnaire-closed = De vragenlijst kan niet meer worden gewijzigd.
