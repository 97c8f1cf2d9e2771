# Herkese açık randevusuz görüşme sayfası (/walk-in/{klinik}): şu anda
# kimlerin randevusuz görüşme için müsait olduğunu gösterir; ziyaretçi
# adını ve doğum tarihini girer ve giriş sayfasına geçer. $field bir form
# alanının adıdır.

walkin-heading = Randevusuz görüntülü görüşme
walkin-language = Dil
walkin-looking = Kimlerin müsait olduğuna bakılıyor…
walkin-no-clinic = Böyle bir klinik bulunmuyor.
walkin-unreachable = Kliniğe şu anda ulaşılamıyor. Lütfen biraz sonra tekrar deneyin.
walkin-open = Şu anda randevu almadan bir sağlık çalışanıyla görüntülü görüşebilirsiniz.
walkin-nobody = Şu anda randevusuz görüşme için müsait kimse yok. Lütfen daha sonra tekrar deneyin.
walkin-whom = Kiminle görüşmek istersiniz?
walkin-initials = Adınızın baş harfleri
walkin-last-name = Soyadınız
walkin-date-of-birth = Doğum tarihiniz
walkin-terms = Kliniğin bu görüşme için adımı ve doğum tarihimi kullanmasını kabul ediyorum. Görüşmenin hiçbir bölümü kaydedilmez.
walkin-continue = Devam edin
walkin-no-longer = Bu sağlık çalışanı artık randevusuz görüşme için müsait değil. Lütfen yeniden seçin.
walkin-check-field = { $field ->
    [initials] Lütfen adınızın baş harflerini kontrol edin.
    [last_name] Lütfen soyadınızı kontrol edin.
    [date_of_birth] Lütfen doğum tarihinizi kontrol edin.
    [accept_terms] Devam etmek için lütfen koşulları kabul edin.
    [practitioner] Lütfen kiminle görüşmek istediğinizi seçin.
   *[other] Lütfen girdiğiniz bilgileri kontrol edin.
}
walkin-failed = Bir sorun oluştu: { $error }
