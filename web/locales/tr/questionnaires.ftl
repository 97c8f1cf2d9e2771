### The questionnaires every organisation starts with (an intake form and a
### consent form), made in the organisation's language the first time its
### staff list their questionnaires. The server reads this file (the pages
### do not); clinics change the questionnaires made from it as they like.
### The answers "Yes" and "No" are both what the patient chooses and what
### the follow-up questions are shown for.

questionnaires-yes = Evet
questionnaires-no = Hayır

## The intake form.

questionnaires-intake-title = Görüşmenizden önce
questionnaires-intake-heading = Başvuru nedeniniz
questionnaires-intake-reason = Görüşmede neyi konuşmak istersiniz?
questionnaires-intake-since = Bu şikâyetleriniz ne zamandan beri var?
questionnaires-intake-medication = Herhangi bir ilaç kullanıyor musunuz?
questionnaires-intake-medication-which = Hangi ilaçları ve ne kadar kullanıyorsunuz?
questionnaires-intake-allergies = Herhangi bir ilaca alerjiniz var mı?
questionnaires-intake-allergies-which = Hangi ilaçlara alerjiniz var?

## The consent form.

questionnaires-consent-title = Görüntülü görüşme için onay
questionnaires-consent-text = Görüşme; siz, sağlık çalışanınız ve davet ettiğiniz kişiler arasında görüntülü olarak yapılır. Görüşmenin hiçbir bölümü kaydedilmez.
questionnaires-consent-video = Bu görüşmenin görüntülü olarak yapılmasını kabul ediyorum.
questionnaires-consent-share = Görüşmede paylaştıklarımın (fotoğraflar, dosyalar) sağlık çalışanım tarafından tedavim için kullanılmasını kabul ediyorum.

## A patient's answers downloaded by staff as PDF or text (in the
## patient's language). $name is the patient's or practitioner's name,
## $when a date and time (2026-12-07 14:30), $date a date (1980-04-01).

questionnaires-export-patient = Hasta: { $name }
questionnaires-export-born = Doğum tarihi: { $date }
questionnaires-export-appointment = Randevu: { $when }
questionnaires-export-practitioner = Sağlık çalışanı: { $name }
questionnaires-export-completed = Hasta tarafından gönderildi: { $when }
questionnaires-export-started = Hasta doldurmaya başladı, henüz göndermedi
questionnaires-export-new = Hasta henüz açmadı
questionnaires-export-version = Soru formu sürümü: { $version }
questionnaires-export-yes = Evet
questionnaires-export-no = Hayır
questionnaires-export-not-answered = Yanıtlanmadı
# An image the questionnaire showed; $description is the clinic's text for it.
questionnaires-export-image = Görsel: { $description }
questionnaires-export-footer = Gizli tıbbi bilgiler – { $organisation }. Sayfa { $page } / { $pages }.
