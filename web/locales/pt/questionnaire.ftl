# Um questionário que a clínica pede ao paciente para preencher antes da
# consulta (na sala de espera e no portal do paciente). As perguntas são
# escritas pela própria clínica.

questionnaire-intro = A clínica pede-lhe que responda a algumas perguntas antes da consulta. As suas respostas são guardadas à medida que escreve e só a clínica as pode ler.
questionnaire-required = (obrigatória)
questionnaire-choose = Escolher…
questionnaire-send = Enviar as minhas respostas à clínica
questionnaire-saving = A guardar…
questionnaire-saved = As respostas que deu até agora estão guardadas.
questionnaire-not-saved = Não foi possível guardar as suas respostas neste momento. Continuam nesta página; vamos tentar novamente quando voltar a escrever.
questionnaire-missing = Responda às perguntas assinaladas como obrigatórias.
questionnaire-check = Verifique as suas respostas: uma delas não pode ser guardada tal como está.
questionnaire-sent = Obrigado: as suas respostas foram enviadas à clínica.
questionnaire-closed = O questionário já não pode ser alterado.
