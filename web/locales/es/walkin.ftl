# La página pública sin cita previa (/walk-in/{clinic}): quién atiende ahora
# consultas sin cita previa; el visitante indica su nombre y su fecha de
# nacimiento y continúa a la página de llegada. $field es el nombre de un
# campo del formulario.

walkin-heading = Videoconsulta sin cita previa
walkin-language = Idioma
walkin-looking = Buscando quién está disponible…
walkin-no-clinic = Esta clínica no existe.
walkin-unreachable = En este momento no se puede conectar con la clínica. Vuelva a intentarlo dentro de un momento.
walkin-open = Ahora puede hablar por vídeo con un profesional, sin cita previa.
walkin-nobody = En este momento no hay nadie disponible para consultas sin cita previa. Vuelva a intentarlo más tarde.
walkin-whom = ¿Con quién desea hablar?
walkin-initials = Iniciales
walkin-last-name = Apellidos
walkin-date-of-birth = Fecha de nacimiento
walkin-terms = Acepto que la clínica use mi nombre y mi fecha de nacimiento para esta consulta. No se graba nada de la llamada.
walkin-continue = Continuar
walkin-no-longer = Ese profesional ya no está disponible para consultas sin cita previa. Vuelva a elegir.
walkin-check-field = { $field ->
    [initials] Compruebe sus iniciales.
    [last_name] Compruebe sus apellidos.
    [date_of_birth] Compruebe su fecha de nacimiento.
    [accept_terms] Acepte las condiciones para continuar.
    [practitioner] Elija con quién desea hablar.
   *[other] Compruebe los datos que ha introducido.
}
walkin-failed = Algo ha fallado: { $error }
