# La página de inicio (/): entrar en una sala por su nombre (servidores de
# desarrollo con salas abiertas) o ir al acceso del personal.

start-room = Sala
start-name = Su nombre
start-join = Unirse a la llamada
start-staff = Acceso del personal
start-language = Idioma
