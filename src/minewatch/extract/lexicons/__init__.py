"""Reading French, Russian and Ukrainian sources: casualty incidents, their dates and places.

Each language is one ``Lexicon`` (``french``, ``russian``, ``ukrainian``: months, number words,
victims, verbs of death and injury, mine words); ``reading`` turns a sentence into dates,
counts and casualty drafts with the same rules for all three. State and region names come
from the gazetteer (pycountry's ISO 3166-1/-2 translations; Russian and Ukrainian matched by
stem, so "в Харьковской области" and "на Харківщині" both place an event in Ukraine).
"""
