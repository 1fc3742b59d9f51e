"""Reading Spanish sources (Colombia's mine action publishes in Spanish).

``lexicon`` holds the words (months, weekdays, numbers, cue phrases by event type); ``reading``
turns a Spanish sentence into dates, counts and draft events with the English engine's rules.
State names in Spanish come from pycountry's translations plus ``data/gazetteer/states_es.csv``.
"""
