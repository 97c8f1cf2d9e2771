# Ett frågeformulär som mottagningen ber patienten fylla i före besöket (i
# väntrummet och i patientportalen). Själva frågorna är mottagningens egna
# formuleringar.

questionnaire-intro = Mottagningen ber dig svara på några frågor före besöket. Dina svar sparas medan du skriver och bara mottagningen kan läsa dem.
questionnaire-required = (obligatorisk)
questionnaire-choose = Välj…
questionnaire-send = Skicka mina svar till mottagningen
questionnaire-saving = Sparar…
questionnaire-saved = Dina svar hittills är sparade.
questionnaire-not-saved = Dina svar kunde inte sparas just nu. De finns kvar på den här sidan; vi försöker igen när du skriver.
questionnaire-missing = Svara på frågorna som är markerade som obligatoriska.
questionnaire-check = Kontrollera dina svar: ett av dem kan inte sparas som det är.
questionnaire-sent = Tack! Dina svar har skickats till mottagningen.
questionnaire-closed = Frågeformuläret kan inte längre ändras.
