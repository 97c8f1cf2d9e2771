# Kliniğin, görüşmeden önce hastadan doldurmasını istediği bir soru formu
# (bekleme odasında ve hasta portalında). Soruların kendisi kliniğin kendi
# ifadeleridir.

questionnaire-intro = Klinik, görüşmeden önce birkaç soruyu yanıtlamanızı istiyor. Yanıtlarınız siz yazarken kaydedilir ve yalnızca klinik tarafından okunabilir.
questionnaire-required = (zorunlu)
questionnaire-choose = Seçin…
questionnaire-send = Yanıtlarımı kliniğe gönderin
questionnaire-saving = Kaydediliyor…
questionnaire-saved = Şu ana kadarki yanıtlarınız kaydedildi.
questionnaire-not-saved = Yanıtlarınız şu anda kaydedilemedi. Bu sayfada duruyorlar; yazdığınızda yeniden deneyeceğiz.
questionnaire-missing = Lütfen zorunlu olarak işaretlenmiş soruları yanıtlayın.
questionnaire-check = Lütfen yanıtlarınızı kontrol edin: bunlardan biri bu haliyle kaydedilemiyor.
questionnaire-sent = Teşekkür ederiz: yanıtlarınız kliniğe gönderildi.
questionnaire-closed = Soru formu artık değiştirilemez.
