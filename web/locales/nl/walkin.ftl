# De openbare inlooppagina (/walk-in/{clinic}): wie er nu open is voor het
# inloopspreekuur; de bezoeker vult naam en geboortedatum in en gaat verder
# naar de aankomstpagina. $field is de naam van een formulierveld.

walkin-heading = Inloopspreekuur via video
walkin-language = Taal
walkin-looking = We kijken wie er beschikbaar is…
walkin-no-clinic = Deze praktijk bestaat niet.
walkin-unreachable = De praktijk is op dit moment niet bereikbaar. Probeer het zo nog eens.
walkin-open = U kunt nu zonder afspraak via video bij een zorgverlener terecht.
walkin-nobody = Er is op dit moment niemand beschikbaar voor het inloopspreekuur. Probeer het later nog eens.
walkin-whom = Wie wilt u spreken?
walkin-initials = Voorletters
walkin-last-name = Achternaam
walkin-date-of-birth = Geboortedatum
walkin-terms = Ik ga ermee akkoord dat de praktijk mijn naam en geboortedatum gebruikt voor dit consult. Van het gesprek wordt niets opgenomen.
walkin-continue = Verder
walkin-no-longer = Deze zorgverlener is niet meer beschikbaar voor het inloopspreekuur. Maak een nieuwe keuze.
walkin-check-field = { $field ->
    [initials] Controleer uw voorletters.
    [last_name] Controleer uw achternaam.
    [date_of_birth] Controleer uw geboortedatum.
    [accept_terms] Ga akkoord met de voorwaarden om verder te gaan.
    [practitioner] Kies wie u wilt spreken.
   *[other] Controleer wat u heeft ingevuld.
}
walkin-failed = Er ging iets mis: { $error }
