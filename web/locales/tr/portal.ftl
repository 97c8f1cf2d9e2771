# Hasta portalı (/portal/{klinik}): hasta, e-posta adresine gönderilen bir
# PIN ile giriş yapar ve randevularını görür.

portal-title = Hasta portalı
portal-language = Dil
portal-loading = Yükleniyor…
portal-no-clinic = Böyle bir klinik bulunmuyor.
portal-unreachable = Kliniğe şu anda ulaşılamıyor. Lütfen biraz sonra tekrar deneyin.
portal-sign-in = Randevularınızı görmek için giriş yapın
portal-ask-hint = Klinikte kayıtlı e-posta adresinizi girin. Bu adrese bir PIN göndereceğiz.
portal-email = E-posta adresi
portal-send-pin = Bana PIN gönderin
portal-enter-pin = PIN'inizi girin
# $minutes: PIN'in geçerlilik süresi.
portal-sent = Bu adres klinikte kayıtlıysa PIN yola çıktı. PIN { $minutes } dakika geçerlidir.
portal-pin = PIN (6 haneli)
portal-open = Açın
portal-again = Yeni PIN gönderin
portal-check-email = Lütfen e-posta adresinizi kontrol edin.
portal-check-pin = PIN altı hanelidir.
portal-wrong-pin = Bu PIN doğru değil veya süresi dolmuş. Kontrol edin ya da yeni bir PIN isteyin.
portal-too-many = Çok fazla deneme yapıldı. Lütfen on beş dakika bekleyin veya kliniği arayın.
portal-failed = Bir sorun oluştu: { $error }
# The clinic sends no emails, so no PIN can reach the patient.
portal-no-email = Bu klinik e-posta göndermiyor, bu nedenle portal size PIN gönderemiyor. Lütfen kliniği arayın.
portal-signed-out = Çıkış yaptınız.
portal-expired = Oturumunuz sona erdi. Devam etmek için yeniden giriş yapın.
# Adres birden fazla kayıtta bulunduğunda (ör. bir ebeveynin adresi
# çocuklarının kayıtlarında) listenin üstünde. $names: kayıtların adları,
# virgülle ayrılmış.
portal-whose = Şu kişilerin randevuları: { $names }
portal-upcoming = Randevularınız
portal-none = Yaklaşan randevunuz yok.
portal-past = Önceki randevular
portal-no-past = Henüz yok.
portal-sign-out = Çıkış yapın
# $when: zaten yazılmış tarih ve saat; $with: sağlık çalışanı veya bölüm;
# $client: randevunun kime ait olduğu.
portal-appointment = { $when }, { $with } ile
portal-appointment-of = { $client }: { $when }, { $with } ile
# Randevunun durumu. $time: bekleme odasının açılış zamanı.
portal-state = { $state ->
    [early] Bekleme odasının açılış zamanı: { $time }.
    [open] Bekleme odası açık.
    [late] Bekleme odası açık. Geç kaldınız, ancak klinik sizi yine de bekliyor.
    [expired] Kaçırıldı.
    [cancelled] İptal edildi.
   *[ended] Gerçekleşti.
}
portal-walk-in = Randevusuz görüşme
portal-go = Görüşmeye gidin
# Kliniğin, hastadan randevudan önce doldurmasını istediği soru formu:
# $title, kliniğin bu forma verdiği başlıktır.
portal-questionnaire = { $status ->
    [completed] “{ $title }” soru formu: gönderildi. Teşekkür ederiz.
    [started] “{ $title }” soru formu: başlandı, henüz gönderilmedi.
   *[new] Klinik, görüşmeden önce “{ $title }” soru formunu doldurmanızı istiyor.
}
portal-questionnaire-fill = Soru formunu doldurun

## Kliniğe mesajlar (sohbet kanalları); görüşmeden sonra da saklanır.

portal-messages = Kliniğe mesajlar
portal-not-urgent = Acil durumlar için değildir: acil bir durumda kliniği veya acil yardım numarasını arayın.
portal-no-channels = Henüz sohbet yok. İlk randevunuzdan sonra sağlık çalışanınıza buradan yazabilirsiniz.
# Listedeki bir sohbet: $with sağlık çalışanı (veya bölüm); $client, adres
# birden fazla kayıtta bulunduğunda kaydın kime ait olduğu.
portal-channel = { $with } ile sohbet
portal-channel-of = { $client }: { $with } ile sohbet
# $n: klinikten gelen, henüz okunmamış mesajlar.
portal-channel-unread = { $n ->
    [one] 1 yeni mesaj
   *[other] { $n } yeni mesaj
}
portal-channel-open = Okuyun ve yazın
portal-conversation-empty = Henüz mesaj yok. Sorunuzu aşağıya yazın: klinik burada yanıt verir ve yanıt verdiğinde size e-postayla haber verir.
portal-conversation-log =
    .aria-label = Mesajlar
portal-write = Mesajınız
portal-send = Gönderin
portal-back = Randevularınıza dönün
portal-you = Siz
portal-write-something = Lütfen önce mesajınızı yazın.
portal-not-sent = Mesajınız gönderilemedi. Lütfen tekrar deneyin veya kliniği arayın.
