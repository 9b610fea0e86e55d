## Texts of the single-page app

app-name = Glokal
