# Başlangıç sayfası (/): adıyla bir odaya girme (açık odaları olan
# geliştirme sunucuları) veya personel girişine gitme.

start-room = Oda
start-name = Adınız
start-join = Aramaya katılın
start-staff = Personel girişi
start-language = Dil
