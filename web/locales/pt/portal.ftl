# O portal do paciente (/portal/{clinic}): o paciente inicia sessão com um
# PIN enviado para o seu endereço de e-mail e vê as suas consultas.

portal-title = Portal do paciente
portal-language = Idioma
portal-loading = A carregar…
portal-no-clinic = Esta clínica não existe.
portal-unreachable = De momento, não é possível contactar a clínica. Tente novamente daqui a pouco.
portal-sign-in = Inicie sessão para ver as suas consultas
portal-ask-hint = Introduza o endereço de e-mail que a clínica tem registado para si. Vamos enviar um PIN para esse endereço.
portal-email = Endereço de e-mail
portal-send-pin = Enviar-me um PIN
portal-enter-pin = Introduza o seu PIN
# $minutes: durante quanto tempo o PIN é válido.
portal-sent = Se a clínica tiver este endereço, vai receber um PIN em breve. É válido durante { $minutes } minutos.
portal-pin = PIN (6 dígitos)
portal-open = Entrar
portal-again = Enviar um novo PIN
portal-check-email = Verifique o seu endereço de e-mail.
portal-check-pin = O PIN tem seis dígitos.
portal-wrong-pin = Esse PIN não está correto ou já expirou. Verifique-o ou peça um novo.
portal-too-many = Demasiadas tentativas. Aguarde um quarto de hora ou ligue para a clínica.
portal-failed = Ocorreu um problema: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Esta clínica não envia e-mails, por isso o portal não lhe pode enviar um PIN. Ligue para a clínica.
portal-signed-out = Terminou a sessão.
portal-expired = A sua sessão terminou. Inicie sessão novamente para continuar.
# Por cima da lista quando o endereço consta de mais do que uma ficha (o de
# um pai ou mãe nas fichas dos filhos). $names: os nomes, separados por vírgulas.
portal-whose = Consultas de { $names }
portal-upcoming = As suas consultas
portal-none = Não tem consultas marcadas.
portal-past = Consultas anteriores
portal-no-past = Ainda não há nenhuma.
portal-sign-out = Terminar sessão
# $when: a data e a hora, já escritas por extenso; $with: o profissional ou
# o serviço; $client: de quem é a consulta.
portal-appointment = { $when }, com { $with }
portal-appointment-of = { $client }: { $when }, com { $with }
# O estado de uma consulta. $time: quando abre a sua sala de espera.
portal-state = { $state ->
    [early] A sala de espera abre às { $time }.
    [open] A sala de espera está aberta.
    [late] A sala de espera está aberta. A hora da consulta já passou, mas a clínica continua à sua espera.
    [expired] Não compareceu.
    [cancelled] Cancelada.
   *[ended] Realizada.
}
portal-walk-in = Consulta sem marcação prévia
portal-go = Ir para a consulta
# O questionário que a clínica pede ao paciente que preencha antes da
# consulta: $title é o título que a clínica lhe deu.
portal-questionnaire = { $status ->
    [completed] Questionário «{ $title }»: enviado. Obrigado.
    [started] Questionário «{ $title }»: iniciado, ainda não enviado.
   *[new] A clínica pede-lhe que preencha «{ $title }» antes da consulta.
}
portal-questionnaire-fill = Preencher o questionário

## Mensagens para a clínica (canais de chat), guardadas depois da consulta.

portal-messages = Mensagens para a clínica
portal-not-urgent = Não se destina a emergências: para qualquer assunto urgente, ligue para a clínica ou para o número de emergência.
portal-no-channels = Ainda não há conversas. Depois da sua primeira consulta, pode escrever aqui ao seu profissional de saúde.
# Uma conversa na lista: $with é o profissional (ou o serviço); $client: de
# quem é a ficha, quando o endereço consta de mais do que uma.
portal-channel = Conversa com { $with }
portal-channel-of = { $client }: conversa com { $with }
# $n: mensagens da clínica ainda não lidas.
portal-channel-unread = { $n ->
    [one] { $n } mensagem nova
   *[other] { $n } mensagens novas
}
portal-channel-open = Ler e escrever
portal-conversation-empty = Ainda não há mensagens. Escreva a sua pergunta abaixo: a clínica responde aqui e envia-lhe um e-mail a avisar quando tiver respondido.
portal-conversation-log =
    .aria-label = Mensagens
portal-write = A sua mensagem
portal-send = Enviar
portal-back = Voltar às suas consultas
portal-you = Eu
portal-write-something = Escreva primeiro a sua mensagem.
portal-not-sent = Não foi possível enviar a sua mensagem. Tente novamente ou ligue para a clínica.
