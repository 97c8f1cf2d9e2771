# La pagina pubblica senza appuntamento (/walk-in/{clinic}): chi è
# disponibile ora per visite senza appuntamento; il visitatore indica nome e
# data di nascita e prosegue alla pagina di arrivo. $field è il nome di un
# campo del modulo.

walkin-heading = Videovisita senza appuntamento
walkin-language = Lingua
walkin-looking = Stiamo verificando chi è disponibile…
walkin-no-clinic = Questo ambulatorio non esiste.
walkin-unreachable = Al momento l'ambulatorio non è raggiungibile. Riprovi tra qualche istante.
walkin-open = Ora può parlare in video con un medico, senza appuntamento.
walkin-nobody = Al momento nessuno è disponibile per visite senza appuntamento. Riprovi più tardi.
walkin-whom = Con chi desidera parlare?
walkin-initials = Iniziali
walkin-last-name = Cognome
walkin-date-of-birth = Data di nascita
walkin-terms = Accetto che l'ambulatorio usi il mio nome e la mia data di nascita per questa visita. Nessuna parte della chiamata viene registrata.
walkin-continue = Continua
walkin-no-longer = Questo medico non è più disponibile per visite senza appuntamento. Scelga di nuovo.
walkin-check-field = { $field ->
    [initials] Controlli le Sue iniziali.
    [last_name] Controlli il Suo cognome.
    [date_of_birth] Controlli la Sua data di nascita.
    [accept_terms] Per continuare, accetti le condizioni.
    [practitioner] Scelga con chi desidera parlare.
   *[other] Controlli i dati inseriti.
}
walkin-failed = Si è verificato un problema: { $error }
