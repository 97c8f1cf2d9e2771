### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Sim
questionnaires-no = Não

## The intake form.

questionnaires-intake-title = Antes da sua consulta
questionnaires-intake-heading = Motivo da consulta
questionnaires-intake-reason = Sobre o que gostaria de falar na consulta?
questionnaires-intake-since = Desde quando tem estas queixas?
questionnaires-intake-medication = Toma algum medicamento?
questionnaires-intake-medication-which = Que medicamentos, e em que dose?
questionnaires-intake-allergies = Tem alergia a algum medicamento?
questionnaires-intake-allergies-which = A que medicamentos?

## The consent form.

questionnaires-consent-title = Consentimento para a videoconsulta
questionnaires-consent-text = A consulta decorre por vídeo, entre si, o seu profissional de saúde e as pessoas que convidar. Nenhuma parte da chamada é gravada.
questionnaires-consent-video = Aceito que esta consulta se realize por vídeo.
questionnaires-consent-share = Aceito que aquilo que partilhar na consulta (imagens, ficheiros) seja utilizado pelo meu profissional de saúde para os meus cuidados.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Paciente: { $name }
questionnaires-export-born = Data de nascimento: { $date }
questionnaires-export-appointment = Consulta: { $when }
questionnaires-export-practitioner = Profissional: { $name }
questionnaires-export-completed = Enviado pelo paciente em { $when }
questionnaires-export-started = Iniciado pelo paciente, ainda não enviado
questionnaires-export-new = Ainda não aberto pelo paciente
questionnaires-export-version = Versão { $version } do questionário
questionnaires-export-yes = Sim
questionnaires-export-no = Não
questionnaires-export-not-answered = Sem resposta
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Imagem: { $description }
questionnaires-export-footer = Informação clínica confidencial de { $organisation }. Página { $page } de { $pages }.
