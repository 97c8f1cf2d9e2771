# Die öffentliche Seite der offenen Sprechstunde (/walk-in/{clinic}): wer gerade
# ohne Termin erreichbar ist; die Besucherin oder der Besucher gibt Name und
# Geburtsdatum an und geht weiter zur Ankunftsseite. $field ist der Name eines
# Formularfelds.

walkin-heading = Offene Videosprechstunde
walkin-language = Sprache
walkin-looking = Wir sehen nach, wer gerade verfügbar ist…
walkin-no-clinic = Diese Praxis gibt es nicht.
walkin-unreachable = Die Praxis ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.
walkin-open = Sie können jetzt ohne Termin per Video in die Sprechstunde kommen.
walkin-nobody = Gerade ist niemand für die offene Sprechstunde verfügbar. Bitte versuchen Sie es später noch einmal.
walkin-whom = Mit wem möchten Sie sprechen?
walkin-initials = Initialen
walkin-last-name = Nachname
walkin-date-of-birth = Geburtsdatum
walkin-terms = Ich bin einverstanden, dass die Praxis meinen Namen und mein Geburtsdatum für diese Sprechstunde verwendet. Vom Gespräch wird nichts aufgezeichnet.
walkin-continue = Weiter
walkin-no-longer = Diese Person ist nicht mehr für die offene Sprechstunde verfügbar. Bitte wählen Sie erneut.
walkin-check-field = { $field ->
    [initials] Bitte prüfen Sie Ihre Initialen.
    [last_name] Bitte prüfen Sie Ihren Nachnamen.
    [date_of_birth] Bitte prüfen Sie Ihr Geburtsdatum.
    [accept_terms] Bitte stimmen Sie den Bedingungen zu, um fortzufahren.
    [practitioner] Bitte wählen Sie aus, mit wem Sie sprechen möchten.
   *[other] Bitte prüfen Sie Ihre Angaben.
}
walkin-failed = Da ist etwas schiefgegangen: { $error }
