# Ankieta, którą placówka prosi pacjenta wypełnić przed konsultacją (w
# poczekalni i w portalu pacjenta). Same pytania są sformułowane przez
# placówkę.

questionnaire-intro = Placówka prosi o odpowiedź na kilka pytań przed konsultacją. Odpowiedzi są zapisywane na bieżąco podczas wpisywania i może je przeczytać tylko placówka.
questionnaire-required = (wymagane)
questionnaire-choose = Wybierz…
questionnaire-send = Wyślij odpowiedzi do placówki
questionnaire-saving = Zapisywanie…
questionnaire-saved = Dotychczasowe odpowiedzi zostały zapisane.
questionnaire-not-saved = Nie udało się teraz zapisać odpowiedzi. Pozostają na tej stronie; spróbujemy ponownie przy dalszym wpisywaniu.
questionnaire-missing = Prosimy odpowiedzieć na pytania oznaczone jako wymagane.
questionnaire-check = Prosimy sprawdzić odpowiedzi: jednej z nich nie można zapisać w obecnej postaci.
questionnaire-sent = Dziękujemy: odpowiedzi zostały wysłane do placówki.
questionnaire-closed = Tej ankiety nie można już zmienić.
