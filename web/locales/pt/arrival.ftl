# A página de chegada (/c/{link}, /g/{guest link}): para onde leva um link
# de convite. Indica se a sala de espera está aberta, verifica a câmara, o
# microfone, os altifalantes e a conexão, e depois deixa o paciente entrar.
#
# Variáveis: $clinic é o nome da clínica, $with o nome do profissional, do
# serviço ou da clínica, $time uma data e hora já escritas no idioma da
# página, $room o nome de uma sala de reuniões, $name o nome do convidado,
# $ms um número de milissegundos, $error um motivo técnico.

arrival-heading = A sua videoconsulta
arrival-title = { $clinic }: a sua videoconsulta
arrival-guest-title = { $clinic }: videochamada
arrival-checking-link = A verificar o seu link…
arrival-language = Idioma

## O estado do link

arrival-invalid = Este link não é válido. Use o link do seu convite mais recente ou contacte a clínica.
arrival-unreachable = De momento, não é possível contactar o servidor da clínica ({ $error }). Tente novamente daqui a pouco.
arrival-walk-in = Consulta sem marcação prévia com { $with }.
arrival-appointment = A sua consulta com { $with }: { $time }.
arrival-early = A sala de espera abre { $time }. Quando chegar a hora, esta página abre-a automaticamente.
arrival-late = A hora da sua consulta já passou, mas ainda pode entrar: a clínica fará o atendimento logo que possível.
arrival-open = A sala de espera está aberta.
arrival-cancelled = Esta consulta foi cancelada. Se tiver dúvidas, contacte a clínica.
arrival-expired = Este link expirou. Contacte a clínica para marcar uma nova consulta.

## Um link de convidado

guest-invalid = Este link não é válido. Peça um novo à pessoa que o enviou.
guest-unreachable = De momento, não é possível contactar o servidor ({ $error }). Tente novamente daqui a pouco.
guest-meeting-room = Recebeu um convite para a sala de reuniões «{ $room }», como { $name }.
guest-consultation = Recebeu um convite para uma videoconsulta, como { $name }.
guest-used = Este link de convidado já foi utilizado: permite a entrada de uma pessoa, uma única vez. Peça um novo à pessoa que o enviou.
guest-expired = Este link de convidado expirou. Peça um novo à pessoa que o enviou.
guest-open = Alguém na chamada vai permitir a sua entrada. Este link só funciona uma vez.
guest-join = Entrar

## A verificação antes de entrar

check-heading = Antes de entrar
check-preview = A sua câmara
check-camera = Câmara:
check-mic = Microfone:
check-speakers = Altifalantes:
check-server = Conexão com a clínica:
check-media = Conexão de vídeo:
check-pending = a verificar…
check-mic-level =
    .aria-label = Nível do microfone
check-speakers-hint = prima o botão e ouça
check-play = Reproduzir um som
check-camera-blocked = bloqueada: autorize a câmara e o microfone no seu navegador
check-camera-unavailable = indisponível ({ $error })
check-unavailable = indisponível
check-working = funciona
check-none-found = nenhum dispositivo encontrado
check-mic-heard = ouvimos a sua voz
check-mic-found = encontrado; fale para ver o nível a variar
check-speakers-played = ouviu um som? Se não, verifique o volume
check-server-good = boa ({ $ms } ms)
check-server-no-answer = sem resposta: a sua rede pode estar a bloqueá-la
check-server-failed = não é possível conectar: a sua rede pode estar a bloqueá-la
check-media-untested = não testada: sem conexão com a clínica
check-media-measuring = conectada; a medir…
check-media-blocked = sem conexão: a sua rede bloqueia as videochamadas. Experimente outra rede (dados móveis, Wi-Fi de casa) ou peça ao seu departamento de informática que permita as videochamadas com esta clínica. Pode entrar na mesma: a clínica vê esta informação e pode telefonar-lhe.
check-media-busy = a clínica está ocupada; será testada quando entrar
check-media-error = não foi possível testar

# O que a verificação de vídeo mediu, entre parênteses depois do resultado:
# "(24 ms, sem perdas, 1,2 Mbit/s de envio)". $percent e $mbits são números.
check-figure-rtt = { $ms } ms
check-figure-no-loss = sem perdas
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) }% de perdas
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s de envio
# $figures: os valores acima, juntos; "none" quando nenhum foi medido.
check-media-good = { $figures ->
    [none] boa
   *[other] boa ({ $figures })
}
check-media-slow = { $figures ->
    [none] lenta: a imagem pode congelar; uma rede melhor ajuda
   *[other] lenta ({ $figures }): a imagem pode congelar; uma rede melhor ajuda
}
check-media-relayed = { $figures ->
    [none] funciona através de um servidor intermédio: a sua rede é restritiva, a chamada pode ficar um pouco mais lenta
   *[other] funciona através de um servidor intermédio ({ $figures }): a sua rede é restritiva, a chamada pode ficar um pouco mais lenta
}
check-media-tcp = { $figures ->
    [none] só funciona por TCP: a sua rede bloqueia UDP, a chamada pode ter pequenas falhas de vez em quando
   *[other] só funciona por TCP ({ $figures }): a sua rede bloqueia UDP, a chamada pode ter pequenas falhas de vez em quando
}

## Entrar

enter = Entrar na sala de espera
enter-failed = Não foi possível entrar na sala de espera: { $reason }
enter-not-open = A sala de espera ainda não está aberta.
enter-closed = Este link expirou.
enter-invalid = Este link (já) não é válido.
