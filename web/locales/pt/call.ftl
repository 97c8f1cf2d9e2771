# A página da chamada (/call/{room}): a sala de espera, a consulta em si
# (imagens de vídeo, controlos, chat, ficheiros partilhados, legendas em
# direto, qualidade da chamada, convite de um convidado) e o que é mostrado
# depois de terminar.
#
# Variáveis: $room é o código de uma sala, $name o nome de uma pessoa ou de
# um ficheiro (tal como foi escrito), $practitioner o nome do profissional,
# $reason um motivo técnico (muitas vezes em inglês), $minutes e $ahead
# números inteiros, $size um número já escrito no idioma da página, $bytes o
# número de bytes (só para o plural), $ms um número de milissegundos, $kbps
# kilobits por segundo, $percent uma percentagem (de 0 a 100), $width,
# $height e $fps o tamanho e a taxa de imagens de um vídeo, $camera o nome
# de uma câmara tal como o dispositivo o indica.
#
# Os valores técnicos (kbit/s, milissegundos, tamanhos de vídeo) são
# escritos sem separadores de milhares (useGrouping: 0).

call-page-title = Consulta · anteroom
call-title = Consulta
call-title-video = Videoconsulta
call-title-room = Sala de consulta { $room }
# Uma sala de reuniões: a equipa entre si, ou com as pessoas que convida.
call-title-meeting = Sala de reuniões
call-page-title-meeting = Reunião · anteroom
call-language = Idioma
call-duration =
    .aria-label = Duração da chamada
call-participants =
    .aria-label = Participantes
call-screen-sharing = Está a partilhar o seu ecrã.
call-enable-sound = Ativar o som

## Entrar sem link: o nome a mostrar

call-name-label = O seu nome, tal como os outros o vão ver
call-join = Entrar

## As imagens de vídeo. «Você» também o identifica no chat.

call-you = Você
# Os indicadores de uma imagem, juntos numa lista: «microfone desligado, conexão fraca».
call-flag-microphone-off = microfone desligado
call-flag-camera-off = câmara desligada
call-flag-video-paused = vídeo em pausa: a sua conexão é demasiado lenta
call-flag-poor-connection = conexão fraca
call-flag-screen-paused = ecrã em pausa: a sua conexão é demasiado lenta
# A imagem de um ecrã partilhado.
call-screen-of = Ecrã de { $name }
call-screen-of-someone = Ecrã de um participante

## O estado da chamada, no topo da página

status-new = A iniciar…
status-connecting = A conectar…
status-connected = Conexão estabelecida
status-reconnecting = Conexão instável, a reconectar…
status-failed = Conexão perdida
status-closed = Chamada terminada
status-enter-name = Introduza o seu nome para entrar
status-waiting = À espera de autorização para entrar
status-other-window = Entrou nesta chamada noutra janela
status-ended-by-server = A chamada foi terminada pelo servidor
status-ended = A consulta terminou
status-room-not-found = Esta sala não existe
status-token-expired = Este link para a consulta expirou: abra-o novamente a partir do seu convite ou das páginas da equipa
status-invalid-token = Este link para a consulta não é válido
status-room-full = A consulta está completa
status-join-failed = Não foi possível entrar: { $reason }
status-share-failed = Não foi possível partilhar o ecrã: { $reason }
status-switch-camera-failed = Não foi possível mudar de câmara: { $reason }
status-auto-admit-failed = Não foi possível alterar: { $reason }
status-end-failed = Não foi possível terminar: { $reason }

## Os controlos

controls-bar =
    .aria-label = Controlos da chamada
controls-mute = Silenciar microfone
controls-unmute = Ativar microfone
controls-camera-off = Desligar câmara
controls-camera-on = Ligar câmara
controls-switch-camera = Mudar de câmara
# A dica do botão para mudar de câmara: a câmara em uso.
controls-camera-now = Em uso: { $camera }
controls-camera-now-unnamed = Em uso: câmara
controls-more = Mais
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Partilhar ecrã
controls-stop-sharing = Parar partilha
# «CC»: legendas (closed captions).
controls-captions = CC
    .title = Legendas em direto
controls-quality = Qualidade da chamada
# Seguido de uma escolha entre 720p, 540p, 360p e 180p.
controls-send-video = Enviar vídeo em
controls-pip = Imagem na imagem
controls-fullscreen = Ecrã inteiro
# Equipa: se o paciente entra sem ter de ser admitido.
controls-auto-admit = Deixar o paciente entrar diretamente
controls-auto-admit-on = O paciente entra diretamente (ativado)
controls-leave = Sair
controls-end = Terminar consulta
controls-end-confirm = Terminar a consulta para todos?

## A sala de espera (a do paciente)

waiting-title = Está na sala de espera
waiting-who = A clínica vai permitir a sua entrada em breve. Mantenha esta página aberta.
waiting-who-practitioner = { $practitioner } vai permitir a sua entrada em breve. Mantenha esta página aberta.
waiting-announcements =
    .aria-label = Avisos
waiting-since-now = Acabou de chegar.
waiting-since = { $minutes ->
    [one] Está à espera há { NUMBER($minutes) } minuto.
   *[other] Está à espera há { NUMBER($minutes) } minutos.
}
# $ahead: quantos pacientes estão antes deste; $minutes: quanto tempo falta,
# aproximadamente, até à sua vez (0: agora).
waiting-estimate = { $ahead ->
    [0] Não há ninguém à sua frente.
    [one] Há { NUMBER($ahead) } paciente à sua frente.
   *[other] Há { NUMBER($ahead) } pacientes à sua frente.
} { $minutes ->
    [0] Chegou a sua vez: vai entrar logo que a clínica esteja pronta.
    [one] A sua vez chega daqui a cerca de { NUMBER($minutes) } minuto.
   *[other] A sua vez chega daqui a cerca de { NUMBER($minutes) } minutos.
}

## A equipa na chamada: quem está à espera para entrar

waiting-join-title = À espera para entrar
waiting-admit = Admitir
    .aria-label = Admitir { $name }
# $role: o que é a pessoa que está à espera.
waiting-role = { $role ->
    [patient] paciente
    [participant] participante com convite
    [guest] convidado
    [practitioner] equipa
   *[other] { $role }
}
waiting-admit-not-present = { $name } pode entrar quando o paciente estiver presente.
waiting-admit-full = A consulta está completa.
waiting-admit-failed = Não foi possível admitir: { $reason }

## Qualidade da chamada (equipa)

quality-connection = Conexão:
# A conexão numa palavra, no cabeçalho e na tabela.
quality-level = { $level ->
    [good] boa
    [fair] razoável
   *[poor] fraca
}
quality-tooltip = ida e volta { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% de perdas
quality-title = Qualidade da chamada
quality-table =
    .aria-label = Qualidade da chamada por participante
quality-participant = Participante
quality-receiving = Receção
quality-video = Vídeo
quality-lost = Perdas
quality-state = Estado
# $path: como circulam o áudio e o vídeo: udp, tcp, relay (servidor
# intermédio) ou nenhum ainda.
quality-summary = Áudio e vídeo: { $path ->
        [udp] conexão direta (UDP)
        [tcp] por TCP
        [relay] através de um servidor intermédio
       *[other] a conectar
    }, ida e volta { NUMBER($ms, useGrouping: 0) } ms, envio { NUMBER($kbps, useGrouping: 0) } kbit/s.
# O mesmo, antes de se conhecer o tempo de ida e volta.
quality-summary-no-rtt = Áudio e vídeo: { $path ->
        [udp] conexão direta (UDP)
        [tcp] por TCP
        [relay] através de um servidor intermédio
       *[other] a conectar
    }, envio { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = nenhum
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Convidar alguém (equipa)

invite-title = Convidar alguém
invite-name-label = O nome da pessoa, tal como os outros o vão ver
invite-create = Criar link de convidado
invite-created = Envie este link à pessoa: permite a entrada de uma pessoa, uma única vez, no prazo de uma hora. Depois, deixe-a entrar a partir de «À espera para entrar».
invite-url =
    .aria-label = Link de convidado
invite-copy = Copiar
invite-sign-in = Para convidar outras pessoas, inicie sessão nas páginas da equipa neste navegador.
invite-check-name = Verifique o nome.
invite-over = Esta consulta terminou.
invite-failed = Não foi possível criar o link: { $reason }

## O questionário do paciente (equipa numa consulta). $title é o título do
## questionário da clínica.

call-answers-title = Questionário: { $title }
call-answers-status = { $status ->
    [new] O paciente ainda não o começou.
    [started] O paciente já o começou, mas ainda não o enviou.
   *[completed] O paciente já o enviou.
}
call-answers-show = Mostrar as respostas
call-answers-failed = Não foi possível carregar as respostas.
call-answers-none = Sem resposta
call-answers-yes = Sim
call-answers-no = Não
# Descarregamentos das respostas (cada descarregamento fica registado no registo
# de auditoria da clínica).
call-answers-pdf = Descarregar em PDF
call-answers-text = Descarregar em texto

## Chat

chat-title = Chat
chat-title-waiting = Chat com a clínica
chat-message-label = Mensagem
chat-input =
    .placeholder = Escreva uma mensagem
chat-send = Enviar
# Closes the chat over the video (on a phone).
chat-close = Fechar
chat-too-long = Essa mensagem é demasiado longa (máximo de 2000 caracteres).
chat-rate-limited = Não enviada: demasiadas mensagens seguidas. Aguarde um momento e tente novamente.
chat-failed = Não enviada: { $reason }

## Ficheiros partilhados

files-share = Partilhar um ficheiro
files-gone = Os ficheiros partilhados na consulta foram eliminados.
files-sending = A enviar { $name }…
files-too-large = Não foi possível partilhar { $name }: tem mais de 20 MB.
files-invalid-name = Não foi possível partilhar { $name }: o nome tem caracteres não permitidos; mude o nome e tente novamente.
files-storage-full = Não foi possível partilhar { $name }: já não há espaço para ficheiros nesta consulta.
files-not-shared = Não foi possível partilhar { $name }: { $reason }.
# No chat, depois do nome de quem envia: «partilhou Análises ao sangue.pdf (146 KB)».
files-shared = partilhou { $name } ({ $size })
files-download = Descarregar { $name }
files-download-ended = A consulta terminou; os ficheiros foram eliminados.
files-download-failed = Não foi possível descarregar: { $reason }
# O tamanho de um ficheiro; $size é o número, já escrito no idioma da página.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } bytes
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Legendas em direto

captions-region =
    .aria-label = Legendas em direto
captions-read-in = Ler as legendas em
# A primeira opção de «Ler as legendas em»; as outras são idiomas, cada um
# escrito no próprio idioma.
captions-language-spoken = o idioma falado
captions-speakers = Idiomas falados
# Antes de uma escolha de idioma.
captions-you-speak = Você fala
captions-speaks = { $name } fala
# Antes das palavras que alguém disse.
captions-speaker = { $name }:
captions-delayed = As legendas estão com atraso.
captions-words-missed = [faltam algumas palavras]
captions-in-language = ({ $language })
captions-translated-from = (traduzido de: { $language })
captions-unavailable = As legendas não estão disponíveis neste servidor. A chamada continua.
captions-failed = Não foi possível ativar as legendas.
captions-untranslated = Neste servidor, as legendas não podem ser traduzidas; ficam no idioma falado.
captions-unheard = Neste servidor, as legendas não conseguem reconhecer esse idioma.
captions-kept = Quando as legendas estão ativadas, esta clínica guarda-as com a consulta.

## Depois da chamada

ended-title = A consulta terminou
ended-thanks = Obrigado. Já pode fechar esta página.
# Ao profissional que terminou a consulta.
ended-thanks-staff = A consulta terminou para todos. Pode fechar este separador.
ended-chat-note = O chat da consulta fica nesta página até a fechar.
ended-left = Saiu da chamada.
ended-rejoin = Voltar a entrar

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Abriu esta consulta noutra janela
elsewhere-hint = A consulta continua lá. Para a continuar aqui, recupere-a.
elsewhere-take-back = Continuar aqui
