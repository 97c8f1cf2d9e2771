# La pagina iniziale (/): entrare in una sala tramite il suo nome (server di
# sviluppo con sale aperte) oppure andare all'accesso per il personale.

start-room = Sala
start-name = Il Suo nome
start-join = Partecipa alla chiamata
start-staff = Accesso per il personale
start-language = Lingua
