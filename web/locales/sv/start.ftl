# Startsidan (/): gå in i ett rum med dess namn (utvecklingsservrar med
# öppna rum), eller gå till inloggningen för personal.

start-room = Rum
start-name = Ditt namn
start-join = Anslut till samtalet
start-staff = Inloggning för personal
start-language = Språk
