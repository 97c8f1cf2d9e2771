### Emails to patients, the people they invite, and new staff, with their
### calendar attachments. The server reads this file (the pages do not).
### Clinics may replace the subject and body of each mail with their own in
### the staff pages, where the variables below appear as *|clinic|*,
### *|date|* and so on. A translation keeps every variable of the English
### text (moved wherever the language needs it) and adds none.

## Dates and times in a mail, in the clinic's time zone.

# $weekday: 1 (Monday) to 7 (Sunday).
email-weekday = { $weekday ->
    [1] Pazartesi
    [2] Salı
    [3] Çarşamba
    [4] Perşembe
    [5] Cuma
    [6] Cumartesi
   *[7] Pazar
}
# $month: 1 (January) to 12 (December), in the form the date below needs.
email-month = { $month ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
}
# A whole date, such as "Monday 23 November 2026": $day is 1 to 31,
# $year the year; the names come from the two messages above.
email-date = { $day } { email-month } { $year } { email-weekday }
# Haftanın günü olmadan bir tarih, örneğin "1 Kasım 2026" (doğum tarihi).
email-day = { $day } { email-month } { $year }
# A time of day on the 24-hour clock: $hour is 00 to 23, $minute 00 to 59.
email-time = { $hour }:{ $minute }

## The invitation to the patient, when the appointment is made, moved or
## the invitation is sent again. Variables: $clinic (the clinic's name),
## $client_name, $practitioner (or the department), $department, $date,
## $time, $timezone (such as Europe/Amsterdam), $duration (minutes),
## $message (the clinic's own words for this appointment, may be empty),
## $consult_deeplink (the patient's personal link), $portal_deeplink.

email-invitation-subject = { $clinic } ile görüntülü görüşmeniz: { $date }, saat { $time }
email-invitation-body =
    Sayın { $client_name },

    { $practitioner } ({ $clinic }) ile görüntülü görüşmeniz { $date }, saat { $time } ({ $timezone }) için planlandı. Görüşme süresi: { $duration } dakika.

    Tarayıcınızdan bu kişisel bağlantıyla katılabilirsiniz; bağlantı randevudan kısa bir süre önce açılır:
    { $consult_deeplink }

    Hesaba veya uygulamaya ihtiyacınız yok; yalnızca bir kamera ve bir mikrofon yeterli.

    { $message }

    { $clinic }
    { $portal_deeplink }

## The invitation to someone the patient or clinic invited (family, an
## interpreter, a colleague). $participant_name is their name; the other
## variables as above.

email-participant-invitation-subject = Davet: { $clinic } ile görüntülü görüşme, { $date }, saat { $time }
email-participant-invitation-body =
    Sayın { $participant_name },

    { $practitioner } ({ $clinic }) ile { $date }, saat { $time } ({ $timezone }) için planlanan görüntülü görüşmeye katılmaya davet edildiniz.

    Tarayıcınızdan bu kişisel bağlantıyla katılabilirsiniz:
    { $consult_deeplink }

    { $clinic }

## The reminder on the day of the appointment.

email-reminder-subject = Hatırlatma: bugün saat { $time } görüntülü görüşmeniz var
email-reminder-body =
    Sayın { $client_name },

    { $practitioner } ({ $clinic }) ile bugün saat { $time } ({ $timezone }) görüntülü görüşmeniz olduğunu hatırlatırız.

    Tarayıcınızdan bu bağlantıyla katılabilirsiniz:
    { $consult_deeplink }

    { $clinic }

## When the appointment is cancelled (to the patient and to everyone
## invited).

email-cancellation-subject = İptal edildi: görüntülü görüşmeniz ({ $date }, saat { $time })
email-cancellation-body =
    Sayın { $client_name },

    { $practitioner } ({ $clinic }) ile { $date }, saat { $time } ({ $timezone }) için planlanan görüntülü görüşmeniz iptal edildi. Bağlantı artık çalışmıyor.

    { $clinic }
    { $portal_deeplink }

## To a new staff member: the link to set a password. Variables:
## $staff_name, $clinic, $password_link.

email-password-subject = { $clinic } için anteroom şifrenizi belirleyin
email-password-body =
    Sayın { $staff_name },

    { $clinic } bünyesinde sizin için bir hesap oluşturuldu. Şifrenizi 72 saat içinde bu bağlantıyla belirleyin:
    { $password_link }

## To a patient who asked to open the patient portal: the PIN that opens
## it. Variables: $pin (six digits), $minutes (how long it is valid),
## $clinic, $portal_deeplink (the portal's address).

email-portal-pin-subject = { $clinic } için PIN'iniz: { $pin }
email-portal-pin-body =
    Merhaba,

    Randevularınızı görmek için bu PIN'i { $clinic } hasta portalına girin:

    { $pin }

    PIN { $minutes } dakika boyunca ve yalnızca bir kez geçerlidir. Bu PIN'i siz istemediyseniz bu e-postayı dikkate almayabilirsiniz: PIN olmadan kimse portalı açamaz.

    { $portal_deeplink }

## To a practitioner (or a colleague who joined the conversation): a
## patient wrote in a chat channel and nobody has read it yet. Never the
## words, nor who the patient is: the link (behind the staff login) shows
## them. Variables: $staff_name, $clinic, $messages_link.

email-channel-unread-subject = Bir hasta size yazdı ({ $clinic })
email-channel-unread-body =
    Sayın { $staff_name },

    Bir hasta size henüz kimsenin okumadığı bir mesaj gönderdi. Mesajı anteroom'da okuyup yanıtlayın:
    { $messages_link }

    { $clinic }

## To a patient: the clinic wrote to them in a chat channel. Never the
## words: they read them in the patient portal. Variables: $clinic,
## $portal_deeplink.

email-channel-reply-subject = { $clinic } size bir mesaj gönderdi
email-channel-reply-body =
    Merhaba,

    { $clinic } size bir mesaj gönderdi. Gizliliğiniz için mesaj bu e-postada yer almıyor: mesajı hasta portalında okuyun. Portala, bu adrese gönderilen bir PIN ile giriş yaparsınız.
    { $portal_deeplink }

    { $clinic }

## Added to the invitation and the reminder when the clinic asks the
## patient to fill in a questionnaire. $clinic is the clinic's name, $title
## the questionnaire's (the clinic's own words).

email-questionnaire-note = { $clinic }, görüntülü görüşmeden önce birkaç soruyu yanıtlamanızı istiyor (“{ $title }”). Bunu, bağlantınızın randevudan kısa bir süre önce açtığı bekleme odasında yapabilirsiniz. Yanıtlarınızı yalnızca klinik okuyabilir.

## Added under every mail when the clinic has given its contact details, so
## that someone who is stuck knows whom to call. $phone and $email are the
## clinic's.

email-contact-phone-and-email = Sorularınız mı var? { $phone } numarasını arayın veya { $email } adresine yazın.
email-contact-phone = Sorularınız mı var? { $phone } numarasını arayın.
email-contact-email = Sorularınız mı var? { $email } adresine yazın.

## The calendar attachment. $clinic is the clinic's name; $link the
## personal link.

email-calendar-summary = Görüntülü görüşme, { $clinic }
email-calendar-join = Tarayıcınızdan katılın: { $link }
email-calendar-cancelled = İptal edildi.
