# Publiczna strona konsultacji bez umawiania (/walk-in/{placówka}): kto
# przyjmuje teraz bez wcześniejszego umawiania; odwiedzający podaje swoje
# dane i datę urodzenia, a potem przechodzi na stronę przyjścia.
# $field to nazwa pola formularza.

walkin-heading = Konsultacja wideo bez wcześniejszego umawiania
walkin-language = Język
walkin-looking = Sprawdzanie, kto jest dostępny…
walkin-no-clinic = Taka placówka nie istnieje.
walkin-unreachable = Nie można teraz połączyć się z placówką. Prosimy spróbować ponownie za chwilę.
walkin-open = Można teraz odbyć konsultację wideo ze specjalistą, bez wcześniejszego umawiania wizyty.
walkin-nobody = W tej chwili nikt nie przyjmuje bez wcześniejszego umawiania. Prosimy spróbować ponownie później.
walkin-whom = Z kim chce Pan/Pani porozmawiać?
walkin-initials = Inicjały
walkin-last-name = Nazwisko
walkin-date-of-birth = Data urodzenia
walkin-terms = Zgadzam się, aby placówka wykorzystała moje imię i nazwisko oraz datę urodzenia na potrzeby tej konsultacji. Rozmowa nie jest w żaden sposób nagrywana.
walkin-continue = Dalej
walkin-no-longer = Wybrana osoba nie przyjmuje już bez wcześniejszego umawiania. Prosimy wybrać ponownie.
walkin-check-field = { $field ->
    [initials] Prosimy sprawdzić inicjały.
    [last_name] Prosimy sprawdzić nazwisko.
    [date_of_birth] Prosimy sprawdzić datę urodzenia.
    [accept_terms] Aby przejść dalej, prosimy zaznaczyć zgodę.
    [practitioner] Prosimy wybrać, z kim chce Pan/Pani porozmawiać.
   *[other] Prosimy sprawdzić wprowadzone dane.
}
walkin-failed = Coś poszło nie tak: { $error }
