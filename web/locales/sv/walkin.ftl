# Den öppna drop in-sidan (/walk-in/{mottagning}): vem som tar emot
# drop in-besök via video just nu; besökaren anger sitt namn och
# födelsedatum och går vidare till ankomstsidan. $field är namnet på ett
# fält i formuläret.

walkin-heading = Drop in-besök via video
walkin-language = Språk
walkin-looking = Kontrollerar vem som är tillgänglig…
walkin-no-clinic = Den här mottagningen finns inte.
walkin-unreachable = Mottagningen går inte att nå just nu. Försök igen om en stund.
walkin-open = Du kan träffa en vårdgivare via video nu, utan att boka tid.
walkin-nobody = Ingen tar emot drop in-besök just nu. Försök igen senare.
walkin-whom = Vem vill du träffa?
walkin-initials = Initialer
walkin-last-name = Efternamn
walkin-date-of-birth = Födelsedatum
walkin-terms = Jag godkänner att mottagningen använder mitt namn och mitt födelsedatum för det här besöket. Inget från samtalet spelas in.
walkin-continue = Fortsätt
walkin-no-longer = Den vårdgivaren tar inte längre emot drop in-besök. Välj igen.
walkin-check-field = { $field ->
    [initials] Kontrollera dina initialer.
    [last_name] Kontrollera ditt efternamn.
    [date_of_birth] Kontrollera ditt födelsedatum.
    [accept_terms] Godkänn villkoren för att fortsätta.
    [practitioner] Välj vem du vill träffa.
   *[other] Kontrollera det du har fyllt i.
}
walkin-failed = Något gick fel: { $error }
