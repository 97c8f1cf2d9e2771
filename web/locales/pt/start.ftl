# A página inicial (/): entrar numa sala pelo nome (servidores de
# desenvolvimento com salas abertas) ou ir para o acesso da equipa.

start-room = Sala
start-name = O seu nome
start-join = Entrar na chamada
start-staff = Acesso da equipa
start-language = Idioma
