# Strona startowa (/): wejście do pokoju po jego nazwie (serwery
# deweloperskie z otwartymi pokojami) lub przejście do logowania personelu.

start-room = Pokój
start-name = Imię i nazwisko
start-join = Dołącz do rozmowy
start-staff = Logowanie dla personelu
start-language = Język
