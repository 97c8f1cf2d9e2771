# Die Startseite (/): einen Raum über seinen Namen betreten (Entwicklungsserver
# mit offenen Räumen) oder zur Anmeldung für Mitarbeitende gehen.

start-room = Raum
start-name = Ihr Name
start-join = Am Gespräch teilnehmen
start-staff = Anmeldung für Mitarbeitende
start-language = Sprache
