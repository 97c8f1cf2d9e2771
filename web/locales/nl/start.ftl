# De startpagina (/): een ruimte binnengaan via de naam (ontwikkelservers met
# open ruimtes), of naar het inloggen voor medewerkers gaan.

start-room = Ruimte
start-name = Uw naam
start-join = Deelnemen aan het gesprek
start-staff = Inloggen voor medewerkers
start-language = Taal
