# Görüşme sayfası (/call/{oda}): bekleme odası, görüşmenin kendisi (video
# kutucukları, kontroller, sohbet, paylaşılan dosyalar, canlı altyazı, arama
# kalitesi, misafir davet etme) ve görüşme bittikten sonra gösterilenler.
#
# Değişkenler: $room bir odanın kodu, $name bir kişinin veya dosyanın adı
# (verildiği şekliyle), $practitioner sağlık çalışanının adı, $reason teknik
# bir neden (çoğunlukla İngilizce), $minutes ve $ahead tam sayılar, $size
# sayfanın dilinde zaten yazılmış bir sayı, $bytes bayt sayısı (yalnızca
# çoğul biçimi için), $ms milisaniye cinsinden bir sayı, $kbps saniyede
# kilobit, $percent bir yüzde (0 ile 100 arası), $width, $height ve $fps
# bir videonun boyutu ve kare hızı, $camera cihazın verdiği kamera adı.
# Adlara ek gelmemesi için değişkenler nötr konumda tutulmuştur
# (ör. "Paylaşılan ekran: { $name }", "{ $name } adlı kişinin dili").
#
# Teknik değerler (kbit/s, milisaniye, video boyutları) binlik ayırıcı
# olmadan yazılır (useGrouping: 0).

call-page-title = Görüşme · anteroom
call-title = Görüşme
call-title-video = Görüntülü görüşme
call-title-room = Görüşme odası: { $room }
# Toplantı odası: personelin kendi arasında veya davet ettiği misafirlerle buluştuğu oda.
call-title-meeting = Toplantı odası
call-page-title-meeting = Toplantı · anteroom
call-language = Dil
call-duration =
    .aria-label = Arama süresi
call-participants =
    .aria-label = Katılımcılar
call-screen-sharing = Ekranınızı paylaşıyorsunuz.
call-enable-sound = Sesi aç

## Bağlantı olmadan katılma: gösterilecek ad

call-name-label = Adınız (diğerleri bu adı görecek)
call-join = Katılın

## Video kutucukları. "Siz" sohbette de sizi belirtir.

call-you = Siz
# Bir kutucuktaki işaretler, liste halinde: "mikrofon kapalı, zayıf bağlantı".
call-flag-microphone-off = mikrofon kapalı
call-flag-camera-off = kamera kapalı
call-flag-video-paused = video duraklatıldı: bağlantınız çok yavaş
call-flag-poor-connection = zayıf bağlantı
call-flag-screen-paused = ekran duraklatıldı: bağlantınız çok yavaş
# Paylaşılan bir ekranın kutucuğu.
call-screen-of = Paylaşılan ekran: { $name }
call-screen-of-someone = Paylaşılan ekran

## Aramanın durumu, sayfanın üstünde

status-new = Başlatılıyor…
status-connecting = Bağlanıyor…
status-connected = Bağlandı
status-reconnecting = Bağlantı kararsız, yeniden bağlanıyor…
status-failed = Bağlantı koptu
status-closed = Arama sona erdi
status-enter-name = Katılmak için adınızı girin
status-waiting = İçeri alınmayı bekliyorsunuz
status-other-window = Bu aramaya başka bir pencerede katıldınız
status-ended-by-server = Arama sunucu tarafından sonlandırıldı
status-ended = Görüşme sona erdi
status-room-not-found = Bu oda mevcut değil
status-token-expired = Görüşmeye ait bu bağlantının süresi doldu: bağlantıyı davetinizden veya personel sayfalarından yeniden açın
status-invalid-token = Görüşmeye ait bu bağlantı geçerli değil
status-room-full = Görüşme dolu
status-join-failed = Katılınamadı: { $reason }
status-share-failed = Ekran paylaşılamadı: { $reason }
status-switch-camera-failed = Kamera değiştirilemedi: { $reason }
status-auto-admit-failed = Değiştirilemedi: { $reason }
status-end-failed = Sonlandırılamadı: { $reason }

## Kontroller

controls-bar =
    .aria-label = Arama kontrolleri
controls-mute = Mikrofonu kapat
controls-unmute = Mikrofonu aç
controls-camera-off = Kamerayı kapat
controls-camera-on = Kamerayı aç
controls-switch-camera = Kamerayı değiştir
# Kamerayı değiştir düğmesinin ipucu: kullanılan kamera.
controls-camera-now = Şu an: { $camera }
controls-camera-now-unnamed = Şu an: kamera
controls-more = Daha fazla
# On a phone: opens the chat over the video.
controls-chat = Sohbet
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Sohbet ({ $count })
controls-share-screen = Ekranı paylaş
controls-stop-sharing = Paylaşımı durdur
# İngilizcede "CC" (closed captions): altyazı.
controls-captions = Altyazı
    .title = Canlı altyazı
controls-quality = Arama kalitesi
# Ardından 720p, 540p, 360p ve 180p arasında bir seçim gelir.
controls-send-video = Gönderilen video kalitesi
controls-pip = Resim içinde resim
controls-fullscreen = Tam ekran
# Personel: hastanın içeri alınmadan doğrudan girip girmediği.
controls-auto-admit = Hastayı doğrudan içeri al
controls-auto-admit-on = Hasta doğrudan girer (açık)
controls-leave = Ayrıl
controls-end = Görüşmeyi bitir
controls-end-confirm = Görüşme herkes için bitirilsin mi?

## Bekleme odası (hastanın)

waiting-title = Bekleme odasındasınız
waiting-who = Klinik sizi birazdan içeri alacak. Lütfen bu sayfayı açık tutun.
waiting-who-practitioner = { $practitioner } sizi birazdan içeri alacak. Lütfen bu sayfayı açık tutun.
waiting-announcements =
    .aria-label = Duyurular
waiting-since-now = Az önce geldiniz.
waiting-since = { $minutes ->
    [one] { NUMBER($minutes) } dakikadır bekliyorsunuz.
   *[other] { NUMBER($minutes) } dakikadır bekliyorsunuz.
}
# $ahead: bu hastadan önce kaç hasta olduğu; $minutes: sırası gelene kadar
# yaklaşık ne kadar süre kaldığı (0: şimdi).
waiting-estimate = { $ahead ->
    [0] Sıradaki sizsiniz.
    [one] Sizden önce { NUMBER($ahead) } hasta var.
   *[other] Sizden önce { NUMBER($ahead) } hasta var.
} { $minutes ->
    [0] Sıra sizde: klinik hazır olur olmaz içeri alınacaksınız.
    [one] Yaklaşık { NUMBER($minutes) } dakika sonra sıra sizde.
   *[other] Yaklaşık { NUMBER($minutes) } dakika sonra sıra sizde.
}

## Aramadaki personel: katılmak için kimin beklediği

waiting-join-title = Katılmak için bekleyenler
waiting-admit = İçeri al
    .aria-label = İçeri al: { $name }
# $role: bekleyen kişinin kim olduğu.
waiting-role = { $role ->
    [patient] hasta
    [participant] davetli katılımcı
    [guest] misafir
    [practitioner] personel
   *[other] { $role }
}
waiting-admit-not-present = { $name }, hasta geldiğinde katılabilir.
waiting-admit-full = Görüşme dolu.
waiting-admit-failed = İçeri alınamadı: { $reason }

## Arama kalitesi (personel)

quality-connection = Bağlantı:
# Bağlantı tek kelimeyle, başlıkta ve tabloda.
quality-level = { $level ->
    [good] iyi
    [fair] orta
   *[poor] zayıf
}
quality-tooltip = gidiş-dönüş { NUMBER($ms, useGrouping: 0) } ms, %{ NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) } kayıp
quality-title = Arama kalitesi
quality-table =
    .aria-label = Katılımcılara göre arama kalitesi
quality-participant = Katılımcı
quality-receiving = Alınan
quality-video = Video
quality-lost = Kayıp
quality-state = Durum
# $path: medyanın nasıl iletildiği: udp, tcp, relay (aktarma sunucusu) veya
# none (henüz yok).
quality-summary = Medya: { $path ->
        [udp] doğrudan (UDP)
        [tcp] TCP
        [relay] bir aktarma sunucusu üzerinden
       *[other] bağlanıyor
    }, gidiş-dönüş { NUMBER($ms, useGrouping: 0) } ms, gönderim { NUMBER($kbps, useGrouping: 0) } kbit/s.
# Gidiş-dönüş süresi bilinmeden önce aynısı.
quality-summary-no-rtt = Medya: { $path ->
        [udp] doğrudan (UDP)
        [tcp] TCP
        [relay] bir aktarma sunucusu üzerinden
       *[other] bağlanıyor
    }, gönderim { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = yok
quality-loss = %{ NUMBER($percent, maximumFractionDigits: 1) }

## Misafir davet etme (personel)

invite-title = Birini davet et
invite-name-label = Kişinin adı (diğerleri bu adı görecek)
invite-create = Misafir bağlantısı oluştur
invite-created = Bu bağlantıyı kişiye gönderin; bir saat içinde, bir kez, bir kişiyi içeri alır. Kişiyi “Katılmak için bekleyenler” bölümünden içeri alırsınız.
invite-url =
    .aria-label = Misafir bağlantısı
invite-copy = Kopyala
invite-sign-in = Misafir davet etmek için bu tarayıcıda personel sayfalarına giriş yapın.
invite-check-name = Lütfen adı kontrol edin.
invite-over = Bu görüşme sona erdi.
invite-failed = Bağlantı oluşturulamadı: { $reason }

## Hastanın soru formu (görüşmedeki personel). $title, kliniğin soru formunun
## başlığıdır.

call-answers-title = Soru formu: { $title }
call-answers-status = { $status ->
    [new] Hasta soru formunu doldurmaya henüz başlamadı.
    [started] Hasta soru formunu doldurmaya başladı ama henüz göndermedi.
   *[completed] Hasta soru formunu gönderdi.
}
call-answers-show = Yanıtları göster
call-answers-failed = Yanıtlar yüklenemedi.
call-answers-none = Yanıtlanmadı
call-answers-yes = Evet
call-answers-no = Hayır
# Yanıtların indirilmesi (her indirme kliniğin denetim kaydına yazılır).
call-answers-pdf = PDF olarak indir
call-answers-text = Metin olarak indir

## Sohbet

chat-title = Sohbet
chat-title-waiting = Klinikle sohbet
chat-message-label = Mesaj
chat-input =
    .placeholder = Bir mesaj yazın
chat-send = Gönder
# Closes the chat over the video (on a phone).
chat-close = Kapat
chat-too-long = Bu mesaj çok uzun (en fazla 2000 karakter).
chat-rate-limited = Gönderilmedi: aynı anda çok fazla mesaj. Biraz bekleyip tekrar deneyin.
chat-failed = Gönderilmedi: { $reason }

## Paylaşılan dosyalar

files-share = Dosya paylaş
files-gone = Görüşmede paylaşılan dosyalar silindi.
files-sending = Gönderiliyor: { $name }…
files-too-large = { $name } paylaşılamadı: dosya 20 MB sınırını aşıyor.
files-invalid-name = { $name } paylaşılamadı: dosya adında izin verilmeyen karakterler var. Dosyanın adını değiştirip tekrar deneyin.
files-storage-full = { $name } paylaşılamadı: bu görüşmede dosyalar için yer kalmadı.
files-not-shared = { $name } paylaşılamadı: { $reason }.
# Sohbette, gönderenin adından sonra: "paylaşılan dosya: Kan tahlili.pdf (146 KB)".
# Fiil çekimi olmadan, hem "Siz" hem de diğer kişilerle uyumlu olsun diye.
files-shared = paylaşılan dosya: { $name } ({ $size })
files-download = İndir: { $name }
files-download-ended = Görüşme sona erdi; dosyaları silindi.
files-download-failed = İndirme başarısız oldu: { $reason }
# Bir dosyanın boyutu; $size sayfanın dilinde zaten yazılmış sayıdır.
files-size-bytes = { $bytes ->
    [one] { $size } bayt
   *[other] { $size } bayt
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Canlı altyazı

captions-region =
    .aria-label = Canlı altyazı
captions-read-in = Altyazı dili
# "Altyazı dili" altındaki ilk seçenek; diğerleri, her biri kendi dilinde
# adlandırılmış dillerdir.
captions-language-spoken = konuşulan dil
captions-speakers = Konuşulan diller
# Bir dil seçiminden önce.
captions-you-speak = Sizin diliniz
captions-speaks = { $name } adlı kişinin dili
# Birinin söylediği sözlerden önce.
captions-speaker = { $name }:
captions-delayed = Altyazılar geriden geliyor.
captions-words-missed = [bazı sözcükler kaçırıldı]
captions-in-language = ({ $language })
captions-translated-from = ({ $language } dilinden çevrildi)
captions-unavailable = Bu sunucuda altyazı kullanılamıyor. Görüşme devam ediyor.
captions-failed = Altyazı açılamadı.
captions-untranslated = Bu sunucuda altyazılar çevrilemiyor; konuşulan dilde kalıyor.
captions-unheard = Bu sunucuda altyazı bu dili tanıyamıyor.
captions-kept = Altyazı açıkken bu klinik altyazıları randevu kaydıyla birlikte saklar.

## Aramadan sonra

ended-title = Görüşme sona erdi
ended-thanks = Teşekkür ederiz. Artık bu sayfayı kapatabilirsiniz.
# Görüşmeyi bitiren sağlık çalışanına.
ended-thanks-staff = Görüşme herkes için sona erdi. Bu sekmeyi kapatabilirsiniz.
ended-chat-note = Görüşmenin sohbeti, siz bu sayfayı kapatana kadar burada kalır.
ended-left = Aramadan ayrıldınız.
ended-rejoin = Yeniden katılın

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = Bu görüşmeyi başka bir pencerede açtınız
elsewhere-hint = Görüşme orada devam ediyor. Bunun yerine burada devam etmek için görüşmeyi bu pencereye geri alın.
elsewhere-take-back = Burada devam edin
