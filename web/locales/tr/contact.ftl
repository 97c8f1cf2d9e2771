### Whom to call, on the patient pages: on the arrival page (also when the
### link no longer works), in the waiting room and after the consultation.
### Shown when the clinic has given its telephone number or email address.

# Heading above the clinic's telephone number and email address. $clinic is
# the clinic's name.
contact-heading = Sorularınız mı var? { $clinic } ile iletişime geçin
contact-phone = Telefon
contact-email = E-posta
# When a link is not valid the page cannot know which clinic sent it.
contact-unknown = Sizi hangi kliniğin davet ettiğini ve kliniğe nasıl ulaşabileceğinizi davet e-postanızda bulabilirsiniz.

## After the consultation: the follow-up page.

followup-next = Sonraki adımlar: sağlık çalışanınız, görüşmede kararlaştırıldığı şekilde sizi takip edecek; örneğin reçete yazarak, sizi sevk ederek veya yeni bir randevu vererek.
followup-questions = Sonrasında anlamadığınız bir şey olursa lütfen klinikle iletişime geçin.
# A link to the clinic's patient portal (signing in there takes a PIN sent
# by email).
followup-portal = Kliniğin hasta portalında randevularınız
