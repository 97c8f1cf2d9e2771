# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · equipa
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Equipa · anteroom
staff-language = Idioma
staff-sections =
    .aria-label = Secções
staff-nav-waiting = { $n ->
    [0] Sala de espera
   *[other] Sala de espera ({ $n })
}
staff-nav-appointments = Consultas
staff-nav-meeting-rooms = Salas de reuniões
staff-nav-clients = Clientes
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Mensagens
   *[other] Mensagens ({ $n })
}
staff-nav-availability = Disponibilidade
staff-nav-people = Equipa e serviços
staff-nav-settings = Definições
staff-nav-questionnaires = Questionários
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Registo de auditoria
staff-nav-account = Conta
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Conta · { $name }
staff-loading = A carregar…
staff-not-found = Não encontrado
staff-back-to-appointments = Voltar às consultas
# A button next to a link or key, copying it to the clipboard.
staff-copy = Copiar

## Logging in and setting a password

staff-login = Acesso da equipa
staff-email = E-mail
staff-password = Palavra-passe
staff-totp-code = Código da sua aplicação de autenticação
staff-log-in = Iniciar sessão
staff-set-password = Defina a sua palavra-passe
staff-set-password-needs-link = Esta página precisa do link que recebeu por e-mail.
staff-password-hint = Pelo menos 12 caracteres. Uma frase-passe de várias palavras é fácil de memorizar e difícil de adivinhar.
staff-new-password = Nova palavra-passe
staff-repeat-password = Repita-a
staff-set-password-button = Definir palavra-passe
staff-passwords-differ = As duas palavras-passe não coincidem.
staff-password-set = A sua palavra-passe está definida. Inicie sessão com ela agora.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Ocorreu um problema: { $error }
staff-error-invalid-field = Verifique «{ $field }»: um campo tem um valor que não é aceite.
staff-error-brand-colour = Escolha uma cor da marca mais escura: o texto branco sobre ela deve ter um contraste de pelo menos 4,5 para 1.
staff-error-invalid-credentials = O endereço de e-mail ou a palavra-passe (ou o código) está incorreto.
staff-error-totp-required = Introduza o código da sua aplicação de autenticação.
staff-error-rate-limited = Demasiadas tentativas falhadas. Aguarde alguns minutos e tente novamente.
staff-error-forbidden = A sua função não permite esta ação.
staff-error-conflict = Isto entra em conflito com um registo existente.
staff-error-invalid-token = Este link é desconhecido, já foi utilizado ou expirou. Peça um novo a um administrador.
staff-error-invalid-state = A consulta já não pode ser alterada desta forma.
staff-error-not-found = Este registo não existe (ou já não existe).
staff-error-unauthenticated = Inicie sessão primeiro.
staff-error-internal = Ocorreu um problema no servidor. Tente novamente.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Sala de espera
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Um paciente está à espera
waiting-notify-me = Notificar-me neste computador quando chegar um paciente
waiting-connecting = A ligar à sala de espera…
waiting-nobody = Ninguém está à espera.
waiting-table =
    .aria-label = À espera
waiting-column-name = Nome
waiting-column-appointment = Consulta
waiting-column-waiting = À espera
waiting-column-connection = Conexão
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] a horas
    [late] com atraso
   *[walk_in] sem marcação
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (profissional)
    [participant] (participante)
   *[guest] (convidado)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] boa
    [tcp_only] só TCP
    [relayed] via servidor intermédio
    [poor] fraca
   *[failed] sem vídeo: telefone-lhe
}
waiting-message = Mensagem
waiting-message-new = Mensagem (nova)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Questionário não iniciado
    [started] Questionário iniciado
   *[completed] Questionário preenchido
}
waiting-answers = Respostas
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Respostas de { $name }: { $title }
answers-none = Sem resposta
answers-yes = Sim
answers-no = Não
# Links under a patient's answers: the same answers as a file.
answers-pdf = Descarregar em PDF
answers-text = Descarregar em texto
answers-close = Fechar as respostas
waiting-admit = Admitir
waiting-chat-with = Chat com { $name }
waiting-chat-form =
    .aria-label = Chat com { $name }
waiting-no-messages = Ainda não há mensagens.
waiting-send = Enviar
waiting-not-waiting = Já não está à espera.
waiting-patient-not-present = { $name } pode entrar quando o paciente estiver na consulta.
waiting-room-full = A consulta está completa.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Convidar alguém
waiting-invite-form =
    .aria-label = Convidar alguém para a consulta de { $name }
# $name: the waiting patient.
waiting-invite-heading = Convidar alguém para a consulta de { $name }
waiting-invite-create = Criar link
waiting-invite-close = Fechar
# $name: the person invited.
waiting-invite-link = Link para { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = O link funciona uma única vez, até { $time }. Não é enviado nenhum e-mail: faça-o chegar a { $name } pelos seus próprios meios.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } passou a fazer parte desta consulta; o link foi-lhe enviado por e-mail. Tal como o paciente, entra a partir do link.
   *[no] { $name } passou a fazer parte desta consulta. Não foi indicado nenhum endereço de e-mail: faça chegar o link a { $name } pelos seus próprios meios.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Consultas
appointments-today = Hoje
appointments-upcoming = Próximas
appointments-today-table =
    .aria-label = Hoje
appointments-upcoming-table =
    .aria-label = Próximas
appointments-column-time = Hora
appointments-column-client = Cliente
appointments-column-with = Com
appointments-column-status = Estado
appointments-none-today = Não há consultas hoje.
appointments-none-upcoming = Não há próximas consultas.
appointments-first-100 = A mostrar as primeiras 100; restrinja o intervalo para ver mais.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonimizado
appointments-status = { $status ->
    [scheduled] marcada
    [waiting] em espera
    [in_progress] a decorrer
    [completed] concluída
    [cancelled] cancelada
    [no_show] falta
   *[anonymised] anonimizada
}
appointments-start = Iniciar consulta
appointments-resend = Reenviar convite
appointments-cancel = Cancelar
appointments-captions-kept = Legendas guardadas
appointments-kept-captions =
    .aria-label = Legendas guardadas
appointments-kept-captions-heading = Legendas guardadas: { $client }, { $time }
appointments-no-captions-kept = Não foram guardadas legendas desta consulta.
# The heading above new invitation links after resending.
appointments-new-links = Novos links para { $client }
appointments-new-links-no-emails = Novos links criados (os e-mails estão desativados nesta organização).
appointments-resent = Convite reenviado; os links anteriores continuam a funcionar.
appointments-cancel-confirm = Cancelar a consulta com { $client } às { $time }?
appointments-cancel-confirm-anonymised = Cancelar a consulta com este cliente às { $time }?
appointments-cancelled = Consulta cancelada.
appointments-invitation-links = Links de convite
appointments-invitation-links-section =
    .aria-label = Links de convite
appointments-patient-link = Link do paciente
appointments-participant-link = Link do participante { $number }
appointments-new = Nova consulta
appointments-new-form =
    .aria-label = Nova consulta
appointments-client = Cliente
appointments-choose = Escolher…
appointments-practitioner = Profissional
appointments-department-only = — só o serviço —
appointments-department = Serviço
appointments-no-department = — nenhum —
appointments-date = Data
appointments-time = Hora
appointments-duration-minutes = Duração (minutos)
appointments-external-participants = Participantes externos
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (familiar)
    [interpreter] { $name } (intérprete)
    [home_care] { $name } (apoio domiciliário)
    [colleague] { $name } (colega)
   *[other] { $name } (outro)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Adicionar uma pessoa
appointments-add-person-button = Adicionar a esta consulta
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } está na lista e vai receber o convite.
appointments-message = Mensagem pessoal (no convite)
appointments-questionnaire = Questionário para o paciente (preenchido antes da consulta)
appointments-no-questionnaire = Nenhum
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = As horas estão no fuso horário da clínica, { $timezone }.
appointments-create = Criar e convidar
appointments-quick = Consulta rápida: iniciar agora
    .title = Começa já: os convites são enviados e a sala de consulta abre
appointments-created = Consulta criada para { $client } às { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Nome
# What the person is to the client (a list of the kinds below).
participant-kind = Quem é
participant-kind-option = { $kind ->
    [family] Familiar
    [interpreter] Intérprete
    [home_care] Apoio domiciliário
    [colleague] Colega
   *[other] Outro
}
participant-email = E-mail (opcional)
participant-name-needed = Introduza o nome da pessoa.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Salas de reuniões
rooms-hint = Salas permanentes para a equipa: todos na organização podem entrar; outras pessoas só com um link de convidado.
rooms-list =
    .aria-label = Salas de reuniões
rooms-none = Ainda não há salas de reuniões.
rooms-enter = Entrar em { $name }
rooms-guest-form =
    .aria-label = Link de convidado para { $name }
rooms-guest-name = Nome do convidado
rooms-create-guest-link = Criar link de convidado
rooms-guest-link-section =
    .aria-label = Link de convidado
rooms-guest-link-for = Link de convidado para { $name }
rooms-guest-link = Link de convidado
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Permite a entrada de uma pessoa, uma única vez, até { $time }. Deixe-a entrar a partir de «À espera para entrar», na sala.
rooms-new = Nova sala de reuniões
rooms-new-form =
    .aria-label = Nova sala de reuniões
rooms-name = Nome
rooms-create = Criar
rooms-created = Sala de reuniões «{ $name }» criada.

## Clients

clients-heading = Clientes
clients-search-label = Pesquisar por nome ou número de cliente
clients-search = Pesquisar
clients-table =
    .aria-label = Clientes
clients-column-name = Nome
clients-column-born = Nascimento
clients-column-email = E-mail
clients-column-number = Número
clients-column-practitioners = Profissionais
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Editar
clients-none-match = Nenhum cliente corresponde.
clients-none = Ainda não há clientes.
clients-previous = ← Anterior
clients-next = Seguinte →
clients-edit-form =
    .aria-label = Editar cliente
clients-new-form =
    .aria-label = Novo cliente
clients-edit-heading = Editar { $client }
clients-new = Novo cliente
clients-initials = Iniciais
clients-last-name = Apelido
clients-date-of-birth = Data de nascimento
clients-email = E-mail
clients-phone = Telefone
clients-client-number = Número de cliente
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Idioma
clients-language-default = Predefinição da clínica
clients-departments = Serviços
clients-practitioners = Profissionais
clients-save = Guardar
clients-add = Adicionar cliente
clients-saved = Cliente guardado.
clients-added = Cliente { $client } adicionado.
# A client's record: their appointments, newest first.
clients-appointments-heading = Consultas de { $client }
clients-appointments-table =
    .aria-label = Consultas
clients-appointments-column-time = Data e hora
clients-appointments-column-with = Com
clients-appointments-column-status = Estado
clients-appointments-column-questionnaire = Questionário
clients-appointments-none = Ainda não há consultas.
clients-appointments-no-questionnaire = Sem questionário

## Availability, walk-in and the bookable slots

availability-heading = Disponibilidade
availability-whose = Disponibilidade de
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Todas as semanas ({ $weekday }), a partir de { $from }
availability-weekly-until = Todas as semanas ({ $weekday }), de { $from } até { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min de intervalo
   *[other] { $minutes } min + { $gap } min de intervalo
}
availability-remove = Remover
availability-removed = Disponibilidade removida.
availability-none = Ainda não há disponibilidade.
availability-walk-in-open = Disponível para consultas sem marcação prévia.
availability-walk-in-closed = Indisponível para consultas sem marcação prévia.
availability-walk-in = { $name } está disponível para consultas sem marcação prévia
# A bookable slot's tooltip.
availability-free = livre
availability-booked = marcado
# A slot whose time has passed (it cannot be booked).
availability-past = passado
availability-no-slots = Não há horários disponíveis para marcação nos próximos sete dias.
availability-once = Um dia
availability-every-week = Todas as semanas
availability-until = Até (opcional, só semanal)
availability-add-form =
    .aria-label = Adicionar disponibilidade
availability-add-heading = Adicionar disponibilidade
availability-repeat = Repetir
availability-first-day = Data (primeiro dia)
availability-from = De
availability-to = Até
availability-slot-minutes = Vaga (minutos)
availability-gap-minutes = Intervalo após cada vaga (minutos)
availability-add = Adicionar
availability-added = Disponibilidade adicionada.
availability-table =
    .aria-label = Disponibilidade
availability-column-when = Quando
availability-column-hours = Horário
availability-column-slots = Vagas
availability-slots-heading = Horários disponíveis para marcação, próximos sete dias

## Staff and departments

people-heading = Equipa e serviços
people-role = { $role ->
    [org_admin] Administrador da organização
    [department_admin] Administrador do serviço
   *[practitioner] Profissional
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = ativa
people-invited = convite enviado
people-active-2fa = ativa · 2FA
people-invited-2fa = convite enviado · 2FA
people-reset-2fa-confirm = Repor a autenticação de dois fatores de { $name }? Terá de a configurar novamente.
people-reset-2fa-done = Autenticação de dois fatores reposta; as sessões desta pessoa foram terminadas.
people-reset-2fa = Repor 2FA
people-add-staff-form =
    .aria-label = Adicionar membro da equipa
people-add-staff = Adicionar um membro da equipa
people-name = Nome
people-email = E-mail
people-role-label = Função
people-departments = Serviços
people-password-email = Esta pessoa recebe um e-mail com um link para definir a palavra-passe (válido durante 72 horas).
people-add = Adicionar
people-added = Membro da equipa adicionado: { $name }.
people-password-link = Link da palavra-passe (se o e-mail não chegar)
people-add-department-form =
    .aria-label = Adicionar serviço
people-add-department = Adicionar um serviço
people-department-added = Serviço adicionado.
people-table =
    .aria-label = Equipa
people-column-name = Nome
people-column-role = Função
people-column-departments = Serviços
people-column-account = Conta
people-department-list =
    .aria-label = Serviços
people-no-departments = Ainda não há serviços.

## Settings: the organisation's settings

settings-heading = Definições
settings-form =
    .aria-label = Definições da organização
settings-privacy = Privacidade e chamadas
settings-strict-department-segregation = Serviços estritamente separados (a equipa só vê os clientes dos seus serviços)
settings-strict-client-segregation = Clientes estritamente separados (os profissionais só veem os seus próprios clientes)
settings-chat-in-waiting-area = Chat na sala de espera
settings-chat-after-consultation = O chat continua disponível depois da consulta
settings-delete-chat-after-consultation = Eliminar o chat depois da consulta
settings-file-sharing = Partilha de ficheiros nas chamadas
settings-screen-sharing = Partilha de ecrã nas chamadas
settings-resolution-change = Os participantes podem alterar a resolução do vídeo
settings-force-start = Os profissionais podem forçar o início de uma consulta
settings-doorbell-sound = Som de campainha quando chega um paciente
settings-require-two-factor = Exigir autenticação de dois fatores a toda a equipa
settings-no-emails = Não enviar e-mails (a equipa entrega os links)
settings-keep-transcript = Guardar as legendas das consultas com a consulta (só enquanto as legendas estão ativadas; todos na chamada são informados)
settings-link-opens = O link abre (minutos antes da consulta)
settings-link-closes = O link fecha (minutos depois do fim da consulta)
settings-max-participants = Número máximo de participantes por chamada
settings-anonymise-after = Anonimizar consultas após (dias; vazio: nunca)
settings-chat-channels = Canais de chat: os pacientes escrevem ao seu profissional a partir do portal do paciente, também depois da consulta
settings-channel-email-after = Enviar um aviso por e-mail de uma mensagem de chat não lida após (minutos; vazio: nunca)
settings-chat-retention = Eliminar as mensagens de chat após (dias; vazio: manter)
settings-language = Idioma (p. ex., en, nl, de)
settings-timezone = Fuso horário (IANA, p. ex., Europe/Lisbon)
# How patients reach the clinic when they are stuck.
settings-contact = Contacto da clínica
settings-contact-hint = Os pacientes veem estes dados nas suas páginas e nos e-mails sempre que têm um problema (um link que não funciona, uma câmara que não liga).
settings-contact-phone = Telefone
settings-contact-email = E-mail
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Cor da marca (como { $example }; vazio: o azul do anteroom)
settings-save = Guardar definições
settings-saved = Definições guardadas.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Nome da clínica (tal como os pacientes o veem)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logótipo nas páginas dos pacientes (PNG, JPEG ou WebP, no máximo 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Logótipo atual
settings-logo-remove = Remover logótipo
settings-logo-saved = Logótipo guardado: os pacientes veem-no nas suas páginas.
settings-logo-removed = Logótipo removido.
settings-logo-invalid = Este ficheiro não é uma imagem PNG, JPEG ou WebP com no máximo 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Texto da sala de espera
settings-text-heading = Texto da sala de espera
settings-text-hint = Mostrado aos pacientes enquanto esperam. Marcadores: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Texto para toda a organização
settings-text-save = Guardar texto
settings-text-saved = Texto da sala de espera guardado.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Modelos de e-mail
settings-templates-heading = Modelos de e-mail
settings-templates-hint = O seu próprio texto em vez do texto predefinido, que é mostrado onde não houver nenhum: mantenha os seus *|marcadores|*. Um assunto e um texto vazios removem o modelo.
settings-templates-none = Não há modelos próprios: todos os e-mails usam o texto predefinido.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Convite
    [participant_invitation] Convite de um participante
    [reminder] Lembrete
    [cancellation] Cancelamento
    [portal_pin] PIN para o portal do paciente
    [channel_unread] Mensagem não lida de um paciente (para a equipa)
    [channel_reply] Nova mensagem da clínica (para o paciente)
   *[password] Link da palavra-passe para novos membros da equipa
}
settings-template-whole-organisation = Toda a organização
settings-template-every-language = Todos os idiomas
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Editar
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Marcadores: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Pré-visualização
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Assunto: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Silva
settings-sample-participant = B. Silva
settings-sample-message = Tenha à mão a sua lista de medicamentos.
settings-template-mail = Que e-mail
settings-template-department = Para
settings-template-language = Idioma
settings-template-subject = Assunto
settings-template-body = Texto
settings-template-save = Guardar modelo
settings-template-saved = Modelo de e-mail guardado.
settings-template-removed = Modelo de e-mail removido.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Avisos de serviço
settings-announcements-heading = Avisos de serviço
settings-announcement-until = (até { $time })
settings-announcement-remove = Remover
settings-announcement-removed = Aviso removido.
settings-announcements-none = Nenhum de momento.
settings-announcement-new = Novo aviso
settings-announcement-shown-until = Mostrado até
settings-announcement-publish = Publicar
settings-announcement-published = Aviso publicado.

## Settings: API keys

settings-keys-form =
    .aria-label = Chaves de API
settings-keys-heading = Chaves de API para integradores
settings-key-revoked = revogada
settings-key-revoke = Revogar
settings-key-revoke-confirm = Revogar a chave «{ $name }»? As integrações que a usam deixam de funcionar.
settings-key-revoked-notice = Chave revogada.
settings-keys-none = Ainda não há chaves.
settings-key-name = Nome da nova chave
settings-key-create = Criar chave
settings-key-created = Chave criada. Copie-a agora: não voltará a ser mostrada.
settings-key-new = Nova chave

## The signed-in person's account: two-factor authentication, logging out

account-heading = Conta
account-must-enrol = A sua organização exige autenticação de dois fatores. Configure-a para continuar.
account-two-factor-section =
    .aria-label = Autenticação de dois fatores
account-two-factor = Autenticação de dois fatores
account-two-factor-on = Ativada. Um administrador pode repô-la se perder o seu dispositivo.
account-two-factor-off = Desativada.
account-qr =
    .aria-label = Código QR para a sua aplicação de autenticação
account-confirm-form =
    .aria-label = Confirmar código de dois fatores
account-code = Código da aplicação
account-turn-on = Ativar
account-two-factor-done = A autenticação de dois fatores está ativada.
account-scan = Leia este código com uma aplicação de autenticação, ou introduza a chave manualmente, e depois escreva o código que a aplicação mostra.
account-key = Chave
account-set-up = Configurar a autenticação de dois fatores
account-log-out = Terminar sessão
account-logged-out = Sessão terminada.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Mensagens
messages-hint = Conversas com os seus pacientes, guardadas depois da consulta. Os pacientes escrevem a partir do portal do paciente; recebe um e-mail quando uma mensagem fica por ler.
messages-none = Ainda não há conversas. Uma conversa começa com a primeira consulta de um paciente consigo.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] { $n } não lida
   *[other] { $n } não lidas
}
messages-off = (desativada)
messages-conversation = Conversa com { $client } ({ $with })
messages-log =
    .aria-label = Mensagens
messages-empty = Ainda não há mensagens.
messages-write = Mensagem para o paciente
messages-send = Enviar
messages-closed = Esta conversa está desativada: o paciente não a vê e ninguém pode escrever.
messages-switch-off = Desativar para o paciente
messages-switch-on = Ativar para o paciente
messages-switched-off = A conversa está desativada.
messages-switched-on = A conversa está ativada.
messages-leave = Sair desta conversa
# $names: the colleagues who joined, joined by commas.
messages-members = Também nesta conversa: { $names }
messages-not-joined = Não participa nesta conversa. Junte-se a ela para ler e escrever; o profissional do paciente e todos os que se juntaram verão que o fez.
messages-join = Juntar-se à conversa
messages-not-yours = (não participa)
messages-of-client = Conversas com { $client }
messages-none-client = Ainda não há conversas com este paciente.
messages-start-with = Iniciar uma conversa com
messages-start = Iniciar
messages-back = Todas as conversas
# The button in the clients list; its accessible name names the client.
clients-messages-of = Mensagens
    .aria-label = Mensagens de { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Questionários
questionnaires-hint = As perguntas a que o paciente responde antes da consulta, no telemóvel ou no computador. Alterar um questionário cria uma nova versão: as respostas já dadas mantêm a versão para a qual foram dadas. O questionário predefinido é pedido em todas as novas consultas (do seu serviço ou de toda a organização) para as quais não seja escolhido outro.
questionnaires-list =
    .aria-label = Questionários
questionnaires-none = Ainda não há questionários.
questionnaires-new = Novo questionário
questionnaires-whole-organisation = Toda a organização
questionnaires-version = Versão { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Alterado
questionnaires-asked-by-default = Predefinido
questionnaires-edit = Editar
    .aria-label = Editar { $title }
questionnaires-duplicate = Duplicar
    .aria-label = Duplicar { $title }
questionnaires-ask-by-default = Tornar predefinido
questionnaires-stop-asking = Deixar de usar como predefinido
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Este questionário só pode ser alterado pelos seus próprios administradores.
questionnaires-duplicated = Isto é uma cópia de «{ $title }»: altere o que quiser e guarde-a.
questionnaires-default-set = «{ $title }» é agora o questionário predefinido ({ $scope }).
questionnaires-default-stopped = «{ $title }» deixou de ser o questionário predefinido.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Novo questionário
questionnaires-edit-heading = Editar questionário: { $title }
questionnaires-editor-form =
    .aria-label = Questionário
questionnaires-about = Versão { $version } · { $scope }. Ao guardar, é criada uma nova versão.
questionnaires-about-new = Depois de guardado, será a versão 1.
questionnaires-title = Título (o paciente vê-o por cima das perguntas)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Para
questionnaires-no-departments = Não é administrador de nenhum serviço, por isso não pode criar um questionário.
questionnaires-fields = Perguntas e textos
questionnaires-new-field-type = Tipo do próximo campo
questionnaires-add-field = Adicionar campo
questionnaires-save = Guardar
questionnaires-back = Voltar aos questionários
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Campo { $number }: { $type ->
    [short_text] resposta curta
    [long_text] resposta longa
    [single_choice] escolha única
    [multiple_choice] escolha múltipla
    [dropdown] lista pendente
    [date] data
    [country] país
    [consent] consentimento
    [heading] cabeçalho
    [paragraph] texto
    [image] imagem
   *[other] { $type }
}
questionnaires-field-type = Tipo
questionnaires-type = { $type ->
    [short_text] Resposta curta (uma linha)
    [long_text] Resposta longa (várias linhas)
    [single_choice] Escolha única (botões)
    [multiple_choice] Escolha múltipla (caixas de verificação)
    [dropdown] Escolha única (lista pendente)
    [date] Data
    [country] País
    [consent] Consentimento (uma caixa de verificação)
    [heading] Cabeçalho
    [paragraph] Texto (sem resposta)
    [image] Imagem (sem resposta)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Cabeçalho
    [paragraph] Texto
    [image] Descrição da imagem (lida em voz alta aos pacientes que não a podem ver)
    [consent] Aquilo com que o paciente concorda
   *[other] Pergunta
}
questionnaires-required = Resposta obrigatória
questionnaires-options = Opções (uma por linha)
questionnaires-image = Imagem (PNG, JPEG ou WebP, no máximo 128 KB)
questionnaires-image-replace = Outra imagem (PNG, JPEG ou WebP, no máximo 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = A imagem carregada
questionnaires-image-done = A imagem foi carregada.
questionnaires-image-invalid = Não é possível usar esta imagem: escolha um ficheiro PNG, JPEG ou WebP com no máximo 128 KB.
questionnaires-condition = Mostrar só quando
questionnaires-condition-always = (sempre mostrado)
questionnaires-condition-equals = tem a resposta
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = assinalado (sim)
questionnaires-condition-not-ticked = não assinalado (não)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (já não disponível)
questionnaires-condition-broken = Escolha novamente quando mostrar este campo: tem de vir depois da pergunta de que depende, e essa pergunta tem de ser uma escolha ou um consentimento com esta resposta.
questionnaires-move-up = Subir
    .aria-label = Subir o campo { $number }
questionnaires-move-down = Descer
    .aria-label = Descer o campo { $number }
questionnaires-remove = Remover
    .aria-label = Remover o campo { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = O campo { $from } é agora o campo { $to }.
questionnaires-removed = O campo { $number } foi removido.
questionnaires-problems = Corrija o que está assinalado antes de guardar.
questionnaires-problem-title = Dê ao questionário um título de uma só linha (no máximo 200 caracteres).
questionnaires-problem-no-fields = Adicione pelo menos um campo.
# $max: a whole number.
questionnaires-problem-too-many-fields = Um questionário tem no máximo { $max } campos.
questionnaires-problem-too-many-images = Um questionário mostra no máximo { $max } imagens.
questionnaires-problem-label = { $type ->
    [heading] Escreva o cabeçalho.
    [paragraph] Escreva o texto.
    [image] Descreva a imagem para os pacientes que não a podem ver.
   *[other] Escreva a pergunta.
}
questionnaires-problem-label-long = Este texto é demasiado longo: no máximo { $max } caracteres.
questionnaires-problem-options = Indique pelo menos 2 opções (no máximo { $max }), uma por linha.
questionnaires-problem-options-twice = Cada opção só pode aparecer uma vez.
questionnaires-problem-option-long = Uma opção tem no máximo { $max } caracteres.
questionnaires-problem-image = Carregue a imagem.
questionnaires-problem-characters = Este texto contém um carácter invisível que não pode ser guardado (talvez colado de outro sítio): volte a escrever o texto.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = O servidor não aceitou este título: indique um título de uma só linha, com no máximo 200 caracteres.
questionnaires-error-fields = O servidor não aceitou os campos: verifique se todos os campos têm o seu texto, todas as escolhas pelo menos 2 opções diferentes, todas as imagens um ficheiro carregado e todas as condições uma pergunta anterior.
questionnaires-error-department = Não é possível escolher este serviço: escolha um dos seus.
questionnaires-saved = «{ $title }» foi guardado como versão { $version }.
questionnaires-preview = Pré-visualização: como o paciente o vê
questionnaires-preview-hint = Experimente: nada do que responder aqui é guardado ou enviado.
questionnaires-preview-again = Limpar a pré-visualização

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Registo de auditoria: respostas a questionários
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Sempre que alguém lê ou exporta as respostas de um paciente a um questionário, isso fica registado aqui, das entradas mais recentes para as mais antigas. As horas estão no fuso horário da clínica, { $timezone }.
audit-table =
    .aria-label = Leituras de respostas a questionários
audit-column-when = Quando
audit-column-who = Quem
audit-column-what = O quê
audit-column-appointment = Consulta
audit-action = { $action ->
    [read] Leu as respostas
   *[export] Exportou as respostas
}
# Someone no longer among the staff.
audit-staff-gone = Um antigo membro da equipa
audit-staff-unknown = Desconhecido
audit-appointment-gone = A consulta já não existe.
audit-none = Ainda ninguém leu respostas a questionários.
audit-no-more = Não há entradas mais antigas.
audit-pages =
    .aria-label = Páginas do registo de auditoria
audit-newer = ← Mais recentes
audit-older = Mais antigas →
