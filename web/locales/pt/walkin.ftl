# A página pública sem marcação prévia (/walk-in/{clinic}): quem está
# disponível agora para consultas sem marcação prévia; o visitante indica o
# nome e a data de nascimento e continua para a página de chegada. $field é
# o nome de um campo do formulário.

walkin-heading = Videoconsulta sem marcação prévia
walkin-language = Idioma
walkin-looking = A procurar quem está disponível…
walkin-no-clinic = Esta clínica não existe.
walkin-unreachable = De momento, não é possível contactar a clínica. Tente novamente daqui a pouco.
walkin-open = Pode agora falar por vídeo com um profissional, sem marcação prévia.
walkin-nobody = De momento, ninguém está disponível para consultas sem marcação prévia. Tente novamente mais tarde.
walkin-whom = Com quem deseja falar?
walkin-initials = Iniciais
walkin-last-name = Apelido
walkin-date-of-birth = Data de nascimento
walkin-terms = Aceito que a clínica utilize o meu nome e a minha data de nascimento para esta consulta. Nenhuma parte da chamada é gravada.
walkin-continue = Continuar
walkin-no-longer = Esse profissional já não está disponível para consultas sem marcação prévia. Escolha novamente.
walkin-check-field = { $field ->
    [initials] Verifique as suas iniciais.
    [last_name] Verifique o seu apelido.
    [date_of_birth] Verifique a sua data de nascimento.
    [accept_terms] Aceite as condições para continuar.
    [practitioner] Escolha com quem deseja falar.
   *[other] Verifique os dados que introduziu.
}
walkin-failed = Ocorreu um problema: { $error }
