# Giriş sayfası (/c/{bağlantı}, /g/{misafir bağlantısı}): davet bağlantısının
# açtığı sayfa. Bekleme odasının açık olup olmadığını söyler; kamerayı,
# mikrofonu, hoparlörleri ve bağlantıyı kontrol eder, sonra hastayı içeri alır.
#
# Değişkenler: $clinic kliniğin adı, $with sağlık çalışanının, bölümün veya
# kliniğin adı, $time sayfanın dilinde zaten yazılmış bir tarih ve saat,
# $room bir toplantı odasının adı, $name misafirin adı, $ms milisaniye
# cinsinden bir sayı, $error teknik bir neden.
# Adlara ek gelmemesi için değişkenler nötr konumda tutulmuştur
# (ör. "Randevunuz: { $with }", "{ $name } olarak").

arrival-heading = Görüntülü görüşmeniz
arrival-title = { $clinic }: görüntülü görüşmeniz
arrival-guest-title = { $clinic }: görüntülü arama
arrival-checking-link = Bağlantınız kontrol ediliyor…
arrival-language = Dil

## Bağlantının durumu

arrival-invalid = Bu bağlantı geçerli değil. Lütfen en son davetinizdeki bağlantıyı kullanın veya klinikle iletişime geçin.
arrival-unreachable = Kliniğin sunucusuna şu anda ulaşılamıyor ({ $error }). Lütfen biraz sonra tekrar deneyin.
arrival-walk-in = Randevusuz görüşme: { $with }.
arrival-appointment = Randevunuz: { $with }, { $time }.
arrival-early = Bekleme odasının açılış zamanı: { $time }. Bu sayfa o zaman odayı sizin için açacak.
arrival-late = Randevu saatiniz geçti, ancak yine de girebilirsiniz: klinik sizinle en kısa sürede ilgilenecek.
arrival-open = Bekleme odası açık.
arrival-cancelled = Bu randevu iptal edildi. Sorularınız varsa lütfen klinikle iletişime geçin.
arrival-expired = Bu bağlantının süresi doldu. Yeni bir randevu için lütfen klinikle iletişime geçin.

## Misafir bağlantısı

guest-invalid = Bu bağlantı geçerli değil. Bağlantıyı size gönderen kişiden yenisini isteyin.
guest-unreachable = Sunucuya şu anda ulaşılamıyor ({ $error }). Lütfen biraz sonra tekrar deneyin.
guest-meeting-room = “{ $room }” toplantı odasına { $name } olarak davet edildiniz.
guest-consultation = Görüntülü bir görüşmeye { $name } olarak davet edildiniz.
guest-used = Bu misafir bağlantısı zaten kullanıldı: yalnızca bir kişiyi, bir kez içeri alır. Bağlantıyı size gönderen kişiden yenisini isteyin.
guest-expired = Bu misafir bağlantısının süresi doldu. Bağlantıyı size gönderen kişiden yenisini isteyin.
guest-open = Görüşmedeki biri sizi içeri alacak. Bu bağlantı yalnızca bir kez çalışır.
guest-join = Katılın

## Girmeden önceki kontrol

check-heading = Girmeden önce
check-preview = Kameranız
check-camera = Kamera:
check-mic = Mikrofon:
check-speakers = Hoparlörler:
check-server = Kliniğe bağlantı:
check-media = Video bağlantısı:
check-pending = kontrol ediliyor…
check-mic-level =
    .aria-label = Mikrofon seviyesi
check-speakers-hint = düğmeye basın ve dinleyin
check-play = Ses çal
check-camera-blocked = engellendi: tarayıcınızda kameraya ve mikrofona izin verin
check-camera-unavailable = kullanılamıyor ({ $error })
check-unavailable = kullanılamıyor
check-working = çalışıyor
check-none-found = bulunamadı
check-mic-heard = sesinizi duyabiliyoruz
check-mic-found = bulundu; seviye göstergesinin hareket ettiğini görmek için konuşun
check-speakers-played = bir ses duydunuz mu? Duymadıysanız ses düzeyini kontrol edin
check-server-good = iyi ({ $ms } ms)
check-server-no-answer = yanıt yok: ağınız bağlantıyı engelliyor olabilir
check-server-failed = bağlanılamıyor: ağınız bağlantıyı engelliyor olabilir
check-media-untested = test edilmedi: klinikle bağlantı yok
check-media-measuring = bağlandı; ölçülüyor…
check-media-blocked = bağlantı yok: ağınız görüntülü aramaları engelliyor. Başka bir ağ deneyin (mobil veri, evdeki Wi-Fi) veya BT bölümünüzden bu kliniğe görüntülü aramalara izin vermesini isteyin. Yine de girebilirsiniz: klinik bunu görür ve sizi telefonla arayabilir.
check-media-busy = klinik şu anda meşgul; bağlantı siz girdiğinizde test edilecek
check-media-error = test edilemedi

# Medya kontrolünün ölçtükleri, sonucun ardından parantez içinde:
# "(24 ms, kayıp yok, 1,2 Mbit/s yükleme)". $percent ve $mbits sayıdır.
check-figure-rtt = { $ms } ms
check-figure-no-loss = kayıp yok
check-figure-loss = %{ NUMBER($percent, maximumFractionDigits: 1) } kayıp
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s yükleme
# $figures: yukarıdaki değerler, birleştirilmiş; hiçbir şey ölçülmediyse "none".
check-media-good = { $figures ->
    [none] iyi
   *[other] iyi ({ $figures })
}
check-media-slow = { $figures ->
    [none] yavaş: görüntü donabilir; daha iyi bir ağ yardımcı olur
   *[other] yavaş ({ $figures }): görüntü donabilir; daha iyi bir ağ yardımcı olur
}
check-media-relayed = { $figures ->
    [none] bir aktarma sunucusu üzerinden çalışıyor: ağınız kısıtlayıcı, görüşme biraz daha yavaş olabilir
   *[other] bir aktarma sunucusu üzerinden çalışıyor ({ $figures }): ağınız kısıtlayıcı, görüşme biraz daha yavaş olabilir
}
check-media-tcp = { $figures ->
    [none] yalnızca TCP üzerinden çalışıyor: ağınız UDP trafiğini engelliyor, görüşme zaman zaman takılabilir
   *[other] yalnızca TCP üzerinden çalışıyor ({ $figures }): ağınız UDP trafiğini engelliyor, görüşme zaman zaman takılabilir
}

## İçeri girme

enter = Bekleme odasına girin
enter-failed = Bekleme odasına girilemedi: { $reason }
enter-not-open = Bekleme odası henüz açık değil.
enter-closed = Bu bağlantının süresi doldu.
enter-invalid = Bu bağlantı (artık) geçerli değil.
