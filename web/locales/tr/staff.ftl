# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
# Variables are kept in neutral positions so that names need no suffixes
# ("Sohbet: { $name }", "Düzenle: { $client }").
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · personel
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Personel · anteroom
staff-language = Dil
staff-sections =
    .aria-label = Bölümler
staff-nav-waiting = { $n ->
    [0] Bekleme odası
   *[other] Bekleme odası ({ $n })
}
staff-nav-appointments = Randevular
staff-nav-meeting-rooms = Toplantı odaları
staff-nav-clients = Danışanlar
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Mesajlar
   *[other] Mesajlar ({ $n })
}
staff-nav-availability = Müsaitlik
staff-nav-people = Personel ve bölümler
staff-nav-settings = Ayarlar
staff-nav-questionnaires = Soru formları
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Denetim kaydı
staff-nav-account = Hesap
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Hesap · { $name }
staff-loading = Yükleniyor…
staff-not-found = Bulunamadı
staff-back-to-appointments = Randevulara dön
# A button next to a link or key, copying it to the clipboard.
staff-copy = Kopyala

## Logging in and setting a password

staff-login = Personel girişi
staff-email = E-posta
staff-password = Şifre
staff-totp-code = Kimlik doğrulama uygulamanızdaki kod
staff-log-in = Giriş yap
staff-set-password = Şifrenizi belirleyin
staff-set-password-needs-link = Bu sayfa için e-postanızdaki bağlantı gerekir.
staff-password-hint = En az 12 karakter. Birkaç kelimeden oluşan bir parola cümlesinin hatırlanması kolay, tahmin edilmesi zordur.
staff-new-password = Yeni şifre
staff-repeat-password = Şifreyi tekrarlayın
staff-set-password-button = Şifreyi belirle
staff-passwords-differ = İki şifre birbirinden farklı.
staff-password-set = Şifreniz belirlendi. Şimdi bu şifreyle giriş yapın.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Bir sorun oluştu: { $error }
staff-error-invalid-field = Lütfen “{ $field }” alanını kontrol edin: bir alanda kabul edilemeyen bir değer var.
staff-error-brand-colour = Lütfen daha koyu bir marka rengi seçin: üzerindeki beyaz metnin kontrastı en az 4,5:1 olmalıdır.
staff-error-invalid-credentials = E-posta adresi veya şifre (ya da kod) yanlış.
staff-error-totp-required = Kimlik doğrulama uygulamanızdaki kodu girin.
staff-error-rate-limited = Çok fazla başarısız deneme. Birkaç dakika bekleyip tekrar deneyin.
staff-error-forbidden = Rolünüz buna izin vermiyor.
staff-error-conflict = Bu, mevcut bir kayıtla çakışıyor.
staff-error-invalid-token = Bu bağlantı bilinmiyor, zaten kullanılmış veya süresi dolmuş. Bir yöneticiden yenisini isteyin.
staff-error-invalid-state = Randevu artık bu şekilde değiştirilemez.
staff-error-not-found = Bu kayıt (artık) mevcut değil.
staff-error-unauthenticated = Önce giriş yapın.
staff-error-internal = Sunucuda bir sorun oluştu. Lütfen tekrar deneyin.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Bekleme odası
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = Bekleyen bir hasta var
waiting-notify-me = Bir hasta geldiğinde bu bilgisayarda bana bildir
waiting-connecting = Bekleme odasına bağlanılıyor…
waiting-nobody = Bekleyen kimse yok.
waiting-table =
    .aria-label = Bekleyenler
waiting-column-name = Ad
waiting-column-appointment = Randevu
waiting-column-waiting = Bekleme
waiting-column-connection = Bağlantı
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] zamanında
    [late] geç
   *[walk_in] randevusuz
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (sağlık çalışanı)
    [participant] (katılımcı)
   *[guest] (misafir)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } dk
   *[other] { $minutes } dk
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] iyi
    [tcp_only] yalnızca TCP
    [relayed] aktarma sunucusu üzerinden
    [poor] zayıf
   *[failed] video yok: telefonla arayın
}
waiting-message = Mesaj
waiting-message-new = Mesaj (yeni)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Soru formuna başlanmadı
    [started] Soru formuna başlandı
   *[completed] Soru formu dolduruldu
}
waiting-answers = Yanıtlar
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Yanıtlar: { $name } – { $title }
answers-none = Yanıtlanmadı
answers-yes = Evet
answers-no = Hayır
# Links under a patient's answers: the same answers as a file.
answers-pdf = PDF olarak indir
answers-text = Metin olarak indir
answers-close = Yanıtları kapat
waiting-admit = İçeri al
waiting-chat-with = Sohbet: { $name }
waiting-chat-form =
    .aria-label = Sohbet: { $name }
waiting-no-messages = Henüz mesaj yok.
waiting-send = Gönder
waiting-not-waiting = Bu kişi artık beklemiyor.
waiting-patient-not-present = { $name }, hasta görüşmeye girdiğinde katılabilir.
waiting-room-full = Görüşme dolu.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Birini davet et
waiting-invite-form =
    .aria-label = Görüşmeye birini davet et: { $name }
# $name: the waiting patient.
waiting-invite-heading = Görüşmeye birini davet et: { $name }
waiting-invite-create = Bağlantı oluştur
waiting-invite-close = Kapat
# $name: the person invited.
waiting-invite-link = Bağlantı: { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = Bağlantı bir kez, { $time } saatine kadar çalışır. E-posta gönderilmez; bağlantıyı { $name } adlı kişiye kendiniz iletin.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } bu randevuya eklendi; bağlantı bu kişiye e-postayla gönderildi. Bu kişi de hasta gibi bağlantıdan katılır.
   *[no] { $name } bu randevuya eklendi. E-posta adresi girilmedi; bağlantıyı { $name } adlı kişiye kendiniz iletin.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Randevular
appointments-today = Bugün
appointments-upcoming = Yaklaşan
appointments-today-table =
    .aria-label = Bugün
appointments-upcoming-table =
    .aria-label = Yaklaşan
appointments-column-time = Saat
appointments-column-client = Danışan
appointments-column-with = Kiminle
appointments-column-status = Durum
appointments-none-today = Bugün randevu yok.
appointments-none-upcoming = Yaklaşan randevu yok.
appointments-first-100 = İlk 100 kayıt gösteriliyor; daha fazlasını görmek için aralığı daraltın.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } dk
   *[other] { $minutes } dk
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonimleştirildi
appointments-status = { $status ->
    [scheduled] planlandı
    [waiting] bekliyor
    [in_progress] devam ediyor
    [completed] tamamlandı
    [cancelled] iptal edildi
    [no_show] gelmedi
   *[anonymised] anonimleştirildi
}
appointments-start = Görüşmeyi başlat
appointments-resend = Daveti yeniden gönder
appointments-cancel = İptal et
appointments-captions-kept = Saklanan altyazılar
appointments-kept-captions =
    .aria-label = Saklanan altyazılar
appointments-kept-captions-heading = Saklanan altyazılar: { $client }, { $time }
appointments-no-captions-kept = Bu randevu için altyazı saklanmadı.
# The heading above new invitation links after resending.
appointments-new-links = Yeni bağlantılar: { $client }
appointments-new-links-no-emails = Yeni bağlantılar oluşturuldu (bu kuruluşta e-postalar kapalı).
appointments-resent = Davet yeniden gönderildi; önceki bağlantılar çalışmaya devam ediyor.
appointments-cancel-confirm = Randevu iptal edilsin mi? ({ $client }, { $time })
appointments-cancel-confirm-anonymised = Bu danışanın randevusu iptal edilsin mi? ({ $time })
appointments-cancelled = Randevu iptal edildi.
appointments-invitation-links = Davet bağlantıları
appointments-invitation-links-section =
    .aria-label = Davet bağlantıları
appointments-patient-link = Hasta bağlantısı
appointments-participant-link = Katılımcı { $number } bağlantısı
appointments-new = Yeni randevu
appointments-new-form =
    .aria-label = Yeni randevu
appointments-client = Danışan
appointments-choose = Seçin…
appointments-practitioner = Sağlık çalışanı
appointments-department-only = — yalnızca bölüm —
appointments-department = Bölüm
appointments-no-department = — yok —
appointments-date = Tarih
appointments-time = Saat
appointments-duration-minutes = Süre (dakika)
appointments-external-participants = Dış katılımcılar
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (aile)
    [interpreter] { $name } (tercüman)
    [home_care] { $name } (evde bakım)
    [colleague] { $name } (meslektaş)
   *[other] { $name } (diğer)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Kişi ekle
appointments-add-person-button = Bu randevuya ekle
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } eklendi ve davet edilecek.
appointments-message = Kişisel mesaj (davette)
appointments-questionnaire = Hasta için soru formu (görüşmeden önce doldurulur)
appointments-no-questionnaire = Yok
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Saatler kliniğin saat dilimindedir: { $timezone }.
appointments-create = Oluştur ve davet et
appointments-quick = Hızlı görüşme: şimdi başlat
    .title = Hemen başlar: davetler gönderilir ve görüşme odası açılır
appointments-created = Randevu oluşturuldu: { $client }, { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Ad
# What the person is to the client (a list of the kinds below).
participant-kind = Kim olduğu
participant-kind-option = { $kind ->
    [family] Aile üyesi
    [interpreter] Tercüman
    [home_care] Evde bakım
    [colleague] Meslektaş
   *[other] Diğer
}
participant-email = E-posta (isteğe bağlı)
participant-name-needed = Kişinin adını girin.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Toplantı odaları
rooms-hint = Personel için kalıcı odalar: kuruluştaki herkes girebilir; diğerleri yalnızca misafir bağlantısıyla.
rooms-list =
    .aria-label = Toplantı odaları
rooms-none = Henüz toplantı odası yok.
rooms-enter = Odaya gir: { $name }
rooms-guest-form =
    .aria-label = Misafir bağlantısı: { $name }
rooms-guest-name = Misafirin adı
rooms-create-guest-link = Misafir bağlantısı oluştur
rooms-guest-link-section =
    .aria-label = Misafir bağlantısı
rooms-guest-link-for = Misafir bağlantısı: { $name }
rooms-guest-link = Misafir bağlantısı
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = Bir kişiyi, bir kez içeri alır; geçerlilik sonu: { $time }. Kişiyi odadaki “Katılmak için bekleyenler” bölümünden içeri alın.
rooms-new = Yeni toplantı odası
rooms-new-form =
    .aria-label = Yeni toplantı odası
rooms-name = Ad
rooms-create = Oluştur
rooms-created = “{ $name }” toplantı odası oluşturuldu.

## Clients

clients-heading = Danışanlar
clients-search-label = Ada veya danışan numarasına göre ara
clients-search = Ara
clients-table =
    .aria-label = Danışanlar
clients-column-name = Ad
clients-column-born = Doğum tarihi
clients-column-email = E-posta
clients-column-number = Numara
clients-column-practitioners = Sağlık çalışanları
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Düzenle
clients-none-match = Eşleşen danışan yok.
clients-none = Henüz danışan yok.
clients-previous = ← Önceki
clients-next = Sonraki →
clients-edit-form =
    .aria-label = Danışanı düzenle
clients-new-form =
    .aria-label = Yeni danışan
clients-edit-heading = Düzenle: { $client }
clients-new = Yeni danışan
clients-initials = Adın baş harfleri
clients-last-name = Soyadı
clients-date-of-birth = Doğum tarihi
clients-email = E-posta
clients-phone = Telefon
clients-client-number = Danışan numarası
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Dil
clients-language-default = Kliniğin varsayılanı
clients-departments = Bölümler
clients-practitioners = Sağlık çalışanları
clients-save = Kaydet
clients-add = Danışan ekle
clients-saved = Danışan kaydedildi.
clients-added = Danışan eklendi: { $client }.
# A client's record: their appointments, newest first.
clients-appointments-heading = Randevular: { $client }
clients-appointments-table =
    .aria-label = Randevular
clients-appointments-column-time = Zaman
clients-appointments-column-with = Kiminle
clients-appointments-column-status = Durum
clients-appointments-column-questionnaire = Soru formu
clients-appointments-none = Henüz randevu yok.
clients-appointments-no-questionnaire = İstenmedi

## Availability, walk-in and the bookable slots

availability-heading = Müsaitlik
availability-whose = Kimin müsaitliği
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Her hafta ({ $weekday }), başlangıç: { $from }
availability-weekly-until = Her hafta ({ $weekday }), { $from } – { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } dk
   *[other] { $minutes } dk
}
availability-slot-gap = { $gap ->
    [one] { $minutes } dk + { $gap } dk ara
   *[other] { $minutes } dk + { $gap } dk ara
}
availability-remove = Kaldır
availability-removed = Müsaitlik kaldırıldı.
availability-none = Henüz müsaitlik yok.
availability-walk-in-open = Randevusuz hastalara açık.
availability-walk-in-closed = Randevusuz hastalara kapalı.
availability-walk-in = { $name }: randevusuz hastalara açık
# A bookable slot's tooltip.
availability-free = boş
availability-booked = dolu
# A slot whose time has passed (it cannot be booked).
availability-past = geçmiş
availability-no-slots = Önümüzdeki yedi gün içinde randevu alınabilecek zaman aralığı yok.
availability-once = Tek gün
availability-every-week = Her hafta
availability-until = Bitiş (isteğe bağlı, yalnızca haftalık)
availability-add-form =
    .aria-label = Müsaitlik ekle
availability-add-heading = Müsaitlik ekle
availability-repeat = Tekrar
availability-first-day = Tarih (ilk gün)
availability-from = Başlangıç
availability-to = Bitiş
availability-slot-minutes = Zaman aralığı (dakika)
availability-gap-minutes = Her birinden sonra ara (dakika)
availability-add = Ekle
availability-added = Müsaitlik eklendi.
availability-table =
    .aria-label = Müsaitlik
availability-column-when = Ne zaman
availability-column-hours = Saatler
availability-column-slots = Zaman aralıkları
availability-slots-heading = Randevu alınabilecek zaman aralıkları, önümüzdeki yedi gün

## Staff and departments

people-heading = Personel ve bölümler
people-role = { $role ->
    [org_admin] Kuruluş yöneticisi
    [department_admin] Bölüm yöneticisi
   *[practitioner] Sağlık çalışanı
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = etkin
people-invited = davet edildi
people-active-2fa = etkin · 2FA
people-invited-2fa = davet edildi · 2FA
people-reset-2fa-confirm = İki faktörlü kimlik doğrulama sıfırlansın mı? ({ $name }) Kişinin yeniden kurulum yapması gerekecek.
people-reset-2fa-done = İki faktörlü kimlik doğrulama sıfırlandı; kişinin oturumları sonlandırıldı.
people-reset-2fa = 2FA'yı sıfırla
people-add-staff-form =
    .aria-label = Personel ekle
people-add-staff = Personel ekle
people-name = Ad
people-email = E-posta
people-role-label = Rol
people-departments = Bölümler
people-password-email = Kişiye, şifresini belirlemesi için bir bağlantı içeren e-posta gönderilir (72 saat geçerli).
people-add = Ekle
people-added = Eklendi: { $name }.
people-password-link = Şifre bağlantısı (e-posta ulaşmazsa)
people-add-department-form =
    .aria-label = Bölüm ekle
people-add-department = Bölüm ekle
people-department-added = Bölüm eklendi.
people-table =
    .aria-label = Personel
people-column-name = Ad
people-column-role = Rol
people-column-departments = Bölümler
people-column-account = Hesap
people-department-list =
    .aria-label = Bölümler
people-no-departments = Henüz bölüm yok.

## Settings: the organisation's settings

settings-heading = Ayarlar
settings-form =
    .aria-label = Kuruluş ayarları
settings-privacy = Gizlilik ve aramalar
settings-strict-department-segregation = Bölümler kesin olarak ayrı (personel yalnızca kendi bölümlerinin danışanlarını görür)
settings-strict-client-segregation = Danışanlar kesin olarak ayrı (sağlık çalışanları yalnızca kendi danışanlarını görür)
settings-chat-in-waiting-area = Bekleme odasında sohbet
settings-chat-after-consultation = Sohbet, görüşmeden sonra da kullanılabilir kalır
settings-delete-chat-after-consultation = Görüşmeden sonra sohbeti sil
settings-file-sharing = Aramalarda dosya paylaşımı
settings-screen-sharing = Aramalarda ekran paylaşımı
settings-resolution-change = Katılımcılar video çözünürlüklerini değiştirebilir
settings-force-start = Sağlık çalışanları bir görüşmeyi zorla başlatabilir
settings-doorbell-sound = Bir hasta geldiğinde kapı zili sesi
settings-require-two-factor = Tüm personel için iki faktörlü kimlik doğrulamayı zorunlu kıl
settings-no-emails = E-posta gönderme (bağlantıları personel kendisi iletir)
settings-keep-transcript = Görüşmelerin altyazılarını randevuyla birlikte sakla (yalnızca altyazı açıkken; aramadaki herkes bilgilendirilir)
settings-link-opens = Bağlantının açılması (randevudan kaç dakika önce)
settings-link-closes = Bağlantının kapanması (randevu bittikten kaç dakika sonra)
settings-max-participants = Arama başına en fazla katılımcı sayısı
settings-anonymise-after = Randevuları anonimleştirme süresi (gün; boş: hiçbir zaman)
settings-chat-channels = Sohbet kanalları: hastalar hasta portalından sağlık çalışanlarına yazabilir, görüşmeden sonra da
settings-channel-email-after = Okunmamış sohbet mesajı için e-posta bildirimi gönderme süresi (dakika; boş: hiçbir zaman)
settings-chat-retention = Sohbet mesajlarını silme süresi (gün; boş: silinmez)
settings-language = Dil (ör. en, nl, de)
settings-timezone = Saat dilimi (IANA, ör. Europe/Istanbul)
# How patients reach the clinic when they are stuck.
settings-contact = Klinik iletişim bilgileri
settings-contact-hint = Hastalar bir sorunla karşılaştıklarında (çalışmayan bir bağlantı, açılmayan bir kamera) bu bilgileri sayfalarında ve e-postalarda görür.
settings-contact-phone = Telefon
settings-contact-email = E-posta
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Marka rengi (ör. { $example }; boş: anteroom mavisi)
settings-save = Ayarları kaydet
settings-saved = Ayarlar kaydedildi.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Klinik adı (hastaların gördüğü şekliyle)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Hasta sayfalarındaki logo (PNG, JPEG veya WebP, en fazla 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Mevcut logo
settings-logo-remove = Logoyu kaldır
settings-logo-saved = Logo kaydedildi: hastalar logoyu kendi sayfalarında görür.
settings-logo-removed = Logo kaldırıldı.
settings-logo-invalid = Bu dosya en fazla 128 KB boyutunda bir PNG, JPEG veya WebP resmi değil.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Bekleme odası metni
settings-text-heading = Bekleme odası metni
settings-text-hint = Hastalara beklerken gösterilir. Yer tutucular: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Tüm kuruluş için metin
settings-text-save = Metni kaydet
settings-text-saved = Bekleme odası metni kaydedildi.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = E-posta şablonları
settings-templates-heading = E-posta şablonları
settings-templates-hint = Yerleşik metin yerine kendi metniniz; kendi metniniz olmayan yerde yerleşik metin gösterilir: yerleşik metindeki yer tutucularını (*|...|*) koruyun. Konu ve metin boş bırakılırsa şablon kaldırılır.
settings-templates-none = Kendi şablonunuz yok: tüm e-postalar yerleşik metni kullanıyor.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Davet
    [participant_invitation] Katılımcı daveti
    [reminder] Hatırlatma
    [cancellation] İptal
    [portal_pin] Hasta portalı için PIN
    [channel_unread] Hastadan okunmamış mesaj (personele)
    [channel_reply] Klinikten yeni mesaj (hastaya)
   *[password] Yeni personel için şifre bağlantısı
}
settings-template-whole-organisation = Tüm kuruluş
settings-template-every-language = Tüm diller
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Düzenle
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Yer tutucular: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Önizleme
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Konu: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Yılmaz
settings-sample-participant = B. Yılmaz
settings-sample-message = Lütfen kullandığınız ilaçların listesini yanınızda bulundurun.
settings-template-mail = Hangi e-posta
settings-template-department = Kimin için
settings-template-language = Dil
settings-template-subject = Konu
settings-template-body = Metin
settings-template-save = Şablonu kaydet
settings-template-saved = E-posta şablonu kaydedildi.
settings-template-removed = E-posta şablonu kaldırıldı.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Hizmet duyuruları
settings-announcements-heading = Hizmet duyuruları
settings-announcement-until = (bitiş: { $time })
settings-announcement-remove = Kaldır
settings-announcement-removed = Duyuru kaldırıldı.
settings-announcements-none = Şu anda duyuru yok.
settings-announcement-new = Yeni duyuru
settings-announcement-shown-until = Gösterim bitişi
settings-announcement-publish = Yayınla
settings-announcement-published = Duyuru yayınlandı.

## Settings: API keys

settings-keys-form =
    .aria-label = API anahtarları
settings-keys-heading = Entegratörler için API anahtarları
settings-key-revoked = iptal edildi
settings-key-revoke = İptal et
settings-key-revoke-confirm = “{ $name }” anahtarı iptal edilsin mi? Bu anahtarı kullanan entegrasyonlar çalışmayı durdurur.
settings-key-revoked-notice = Anahtar iptal edildi.
settings-keys-none = Henüz anahtar yok.
settings-key-name = Yeni anahtarın adı
settings-key-create = Anahtar oluştur
settings-key-created = Anahtar oluşturuldu. Şimdi kopyalayın: bir daha gösterilmeyecek.
settings-key-new = Yeni anahtar

## The signed-in person's account: two-factor authentication, logging out

account-heading = Hesap
account-must-enrol = Kuruluşunuz iki faktörlü kimlik doğrulamayı zorunlu kılıyor. Devam etmek için kurulumu yapın.
account-two-factor-section =
    .aria-label = İki faktörlü kimlik doğrulama
account-two-factor = İki faktörlü kimlik doğrulama
account-two-factor-on = Açık. Cihazınızı kaybederseniz bir yönetici sıfırlayabilir.
account-two-factor-off = Kapalı.
account-qr =
    .aria-label = Kimlik doğrulama uygulamanız için QR kodu
account-confirm-form =
    .aria-label = İki faktörlü doğrulama kodunu onayla
account-code = Uygulamadaki kod
account-turn-on = Aç
account-two-factor-done = İki faktörlü kimlik doğrulama açık.
account-scan = Bu kodu bir kimlik doğrulama uygulamasıyla tarayın veya anahtarı elle girin; ardından uygulamanın gösterdiği kodu yazın.
account-key = Anahtar
account-set-up = İki faktörlü kimlik doğrulamayı kur
account-log-out = Çıkış yap
account-logged-out = Çıkış yaptınız.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Mesajlar
messages-hint = Hastalarınızla sohbetler; görüşmeden sonra da saklanır. Hastalar hasta portalından yazar; bir mesaj okunmadan kalırsa size e-posta gelir.
messages-none = Henüz sohbet yok. Sohbet, hastanın sizinle ilk randevusuyla başlar.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] 1 okunmamış
   *[other] { $n } okunmamış
}
messages-off = (kapalı)
messages-conversation = Sohbet: { $client } ({ $with })
messages-log =
    .aria-label = Mesajlar
messages-empty = Henüz mesaj yok.
messages-write = Hastaya mesaj
messages-send = Gönder
messages-closed = Bu sohbet kapalı: hasta sohbeti görmez ve kimse yazamaz.
messages-switch-off = Hasta için kapat
messages-switch-on = Hasta için aç
messages-switched-off = Sohbet kapatıldı.
messages-switched-on = Sohbet açıldı.
messages-leave = Bu sohbetten ayrıl
# $names: the colleagues who joined, joined by commas.
messages-members = Bu sohbette ayrıca: { $names }
messages-not-joined = Bu sohbete katılmadınız. Okumak ve yazmak için sohbete katılın; hastanın sağlık çalışanı ve katılan herkes katıldığınızı görür.
messages-join = Sohbete katıl
messages-not-yours = (katılmadınız)
messages-of-client = Sohbetler: { $client }
messages-none-client = Bu hastayla henüz sohbet yok.
messages-start-with = Kiminle sohbet başlatılsın
messages-start = Başlat
messages-back = Tüm sohbetler
# The button in the clients list; its accessible name names the client.
clients-messages-of = Mesajlar
    .aria-label = Mesajlar: { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Soru formları
questionnaires-hint = Hastanın görüşmeden önce telefonunda veya bilgisayarında yanıtladığı sorular. Bir soru formunu değiştirmek yeni bir sürüm oluşturur: önceden verilmiş yanıtlar, verildikleri sürüme bağlı kalır. Varsayılan olarak istenen soru formu, başka bir form seçilmemiş her yeni randevuda (kendi bölümünde ya da tüm kuruluşta) istenir.
questionnaires-list =
    .aria-label = Soru formları
questionnaires-none = Henüz soru formu yok.
questionnaires-new = Yeni soru formu
questionnaires-whole-organisation = Tüm kuruluş
questionnaires-version = Sürüm { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Son değişiklik:
questionnaires-asked-by-default = Varsayılan olarak isteniyor
questionnaires-edit = Düzenle
    .aria-label = Düzenle: { $title }
questionnaires-duplicate = Çoğalt
    .aria-label = Çoğalt: { $title }
questionnaires-ask-by-default = Varsayılan olarak iste
questionnaires-stop-asking = Varsayılan olarak istemeyi bırak
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Bu soru formunu yalnızca kendi yöneticileri değiştirebilir.
questionnaires-duplicated = Bu, “{ $title }” soru formunun bir kopyası: istediğinizi değiştirip kaydedin.
questionnaires-default-set = “{ $title }” artık varsayılan olarak isteniyor ({ $scope }).
questionnaires-default-stopped = “{ $title }” artık varsayılan olarak istenmiyor.

## The questionnaire editor and its live preview.

questionnaires-new-heading = Yeni soru formu
questionnaires-edit-heading = Soru formunu düzenle: { $title }
questionnaires-editor-form =
    .aria-label = Soru formu
questionnaires-about = Sürüm { $version } · { $scope }. Kaydetmek yeni bir sürüm oluşturur.
questionnaires-about-new = Kaydedildiğinde sürüm 1 olur.
questionnaires-title = Başlık (hasta bunu soruların üstünde görür)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = Kimin için
questionnaires-no-departments = Hiçbir bölümün yöneticisi değilsiniz, bu nedenle soru formu oluşturamazsınız.
questionnaires-fields = Sorular ve metinler
questionnaires-new-field-type = Sonraki alanın türü
questionnaires-add-field = Alan ekle
questionnaires-save = Kaydet
questionnaires-back = Soru formlarına dön
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Alan { $number }: { $type ->
    [short_text] kısa yanıt
    [long_text] uzun yanıt
    [single_choice] tek seçim
    [multiple_choice] çoklu seçim
    [dropdown] açılır liste
    [date] tarih
    [country] ülke
    [consent] onay
    [heading] başlık
    [paragraph] metin
    [image] görsel
   *[other] { $type }
}
questionnaires-field-type = Tür
questionnaires-type = { $type ->
    [short_text] Kısa yanıt (tek satır)
    [long_text] Uzun yanıt (birkaç satır)
    [single_choice] Tek seçim (düğmeler)
    [multiple_choice] Çoklu seçim (onay kutuları)
    [dropdown] Tek seçim (açılır liste)
    [date] Tarih
    [country] Ülke
    [consent] Onay (tek onay kutusu)
    [heading] Başlık
    [paragraph] Metin (yanıtsız)
    [image] Görsel (yanıtsız)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Başlık
    [paragraph] Metin
    [image] Görselin açıklaması (göremeyen hastalara sesli okunur)
    [consent] Hastanın neyi kabul ettiği
   *[other] Soru
}
questionnaires-required = Zorunlu
questionnaires-options = Seçenekler (her satıra bir tane)
questionnaires-image = Görsel (PNG, JPEG veya WebP, en fazla 128 KB)
questionnaires-image-replace = Başka bir görsel (PNG, JPEG veya WebP, en fazla 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = Yüklenen görsel
questionnaires-image-done = Görsel yüklendi.
questionnaires-image-invalid = Bu görsel kullanılamaz: en fazla 128 KB boyutunda bir PNG, JPEG veya WebP dosyası seçin.
questionnaires-condition = Yalnızca şu sorunun yanıtına göre göster
questionnaires-condition-always = (her zaman gösterilir)
questionnaires-condition-equals = Yanıt şu olduğunda
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = işaretli (evet)
questionnaires-condition-not-ticked = işaretsiz (hayır)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (artık mümkün değil)
questionnaires-condition-broken = Bu alanın ne zaman gösterileceğini yeniden seçin: alan, bağlı olduğu sorudan sonra gelmeli; o soru da bu yanıtı içeren bir seçim veya onay sorusu olmalıdır.
questionnaires-move-up = Yukarı
    .aria-label = Alan { $number }: yukarı taşı
questionnaires-move-down = Aşağı
    .aria-label = Alan { $number }: aşağı taşı
questionnaires-remove = Kaldır
    .aria-label = Alan { $number }: kaldır
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Alan { $from } taşındı: artık alan { $to }.
questionnaires-removed = Alan { $number } kaldırıldı.
questionnaires-problems = Lütfen kaydetmeden önce işaretlenen yerleri düzeltin.
questionnaires-problem-title = Soru formuna tek satırlık bir başlık verin (en fazla 200 karakter).
questionnaires-problem-no-fields = En az bir alan ekleyin.
# $max: a whole number.
questionnaires-problem-too-many-fields = Bir soru formunda en fazla { $max } alan olabilir.
questionnaires-problem-too-many-images = Bir soru formunda en fazla { $max } görsel gösterilebilir.
questionnaires-problem-label = { $type ->
    [heading] Başlığı yazın.
    [paragraph] Metni yazın.
    [image] Görseli, göremeyen hastalar için açıklayın.
   *[other] Soruyu yazın.
}
questionnaires-problem-label-long = Bu metin çok uzun: en fazla { $max } karakter olabilir.
questionnaires-problem-options = En az 2 seçenek girin (en fazla { $max }), her satıra bir tane.
questionnaires-problem-options-twice = Her seçenek yalnızca bir kez yer alabilir.
questionnaires-problem-option-long = Bir seçenek en fazla { $max } karakter olabilir.
questionnaires-problem-image = Görseli yükleyin.
questionnaires-problem-characters = Bu metin, kaydedilemeyen görünmez bir karakter içeriyor (belki başka bir yerden yapıştırıldı): metni yeniden yazın.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = Sunucu bu başlığı kabul etmedi: en fazla 200 karakterlik, tek satırlık bir başlık girin.
questionnaires-error-fields = Sunucu alanları kabul etmedi: her alanın metni olduğunu, her seçim sorusunun en az 2 farklı seçeneği olduğunu, her görselin yüklendiğini ve her koşulun daha önceki bir soruya bağlı olduğunu kontrol edin.
questionnaires-error-department = Bu bölüm seçilemez: kendi bölümlerinizden birini seçin.
questionnaires-saved = “{ $title }”, sürüm { $version } olarak kaydedildi.
questionnaires-preview = Önizleme: hastanın gördüğü şekliyle
questionnaires-preview-hint = Deneyin: burada verdiğiniz yanıtlar kaydedilmez ve gönderilmez.
questionnaires-preview-again = Önizlemeyi temizle

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Denetim kaydı: soru formu yanıtları
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Bir hastanın soru formu yanıtları her okunduğunda veya dışa aktarıldığında burada kayda geçer; en yenisi en üsttedir. Saatler kliniğin saat dilimindedir: { $timezone }.
audit-table =
    .aria-label = Soru formu yanıtlarının okunma kayıtları
audit-column-when = Ne zaman
audit-column-who = Kim
audit-column-what = Ne
audit-column-appointment = Randevu
audit-action = { $action ->
    [read] Yanıtları okudu
   *[export] Yanıtları dışa aktardı
}
# Someone no longer among the staff.
audit-staff-gone = Eski bir meslektaş
audit-staff-unknown = Bilinmiyor
audit-appointment-gone = Randevu artık mevcut değil.
audit-none = Henüz kimse soru formu yanıtlarını okumadı.
audit-no-more = Daha eski kayıt yok.
audit-pages =
    .aria-label = Denetim kaydı sayfaları
audit-newer = ← Daha yeni
audit-older = Daha eski →
