# Un questionario che l'ambulatorio chiede al paziente di compilare prima
# della visita (nella sala d'attesa e nel portale pazienti). Le domande sono
# scritte dall'ambulatorio stesso.

questionnaire-intro = L'ambulatorio Le chiede di rispondere ad alcune domande prima della visita. Le Sue risposte vengono salvate mentre scrive e solo l'ambulatorio può leggerle.
questionnaire-required = (obbligatoria)
questionnaire-choose = Scegli…
questionnaire-send = Invia le mie risposte all'ambulatorio
questionnaire-saving = Salvataggio in corso…
questionnaire-saved = Le risposte date finora sono state salvate.
questionnaire-not-saved = Al momento non è stato possibile salvare le Sue risposte. Restano su questa pagina; riproveremo quando riprenderà a scrivere.
questionnaire-missing = Risponda alle domande contrassegnate come obbligatorie.
questionnaire-check = Controlli le Sue risposte: una di esse non può essere salvata così com'è.
questionnaire-sent = Grazie: le Sue risposte sono state inviate all'ambulatorio.
questionnaire-closed = Il questionario non può più essere modificato.
