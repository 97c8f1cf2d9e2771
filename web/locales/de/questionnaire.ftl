# A questionnaire the clinic asks the patient to fill in before the
# consultation (in the waiting room, and in the patient portal). The
# questions themselves are the clinic's own words.

questionnaire-intro = Die Praxis bittet Sie, vor der Sprechstunde einige Fragen zu beantworten. Ihre Antworten werden beim Tippen gespeichert, und nur die Praxis kann sie lesen.
questionnaire-required = (erforderlich)
questionnaire-choose = Auswählen…
questionnaire-send = Meine Antworten an die Praxis senden
questionnaire-saving = Wird gespeichert…
questionnaire-saved = Ihre bisherigen Antworten sind gespeichert.
questionnaire-not-saved = Ihre Antworten konnten gerade nicht gespeichert werden. Auf dieser Seite bleiben sie erhalten; wir versuchen es erneut, sobald Sie weitertippen.
questionnaire-missing = Bitte beantworten Sie die als erforderlich markierten Fragen.
questionnaire-check = Bitte prüfen Sie Ihre Antworten: Eine davon kann so nicht gespeichert werden.
questionnaire-sent = Vielen Dank: Ihre Antworten wurden an die Praxis gesendet.
questionnaire-closed = Der Fragebogen kann nicht mehr geändert werden.
