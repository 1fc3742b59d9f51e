"""An event told only in the headline takes the day its lead states (issue 8, the page-length
date misses: gold dated to a weekday of the lead, predicted the publication month). A news
story's first sentence retells its headline with the day ("Two deminers wounded in Agdam mine
blast", then "Two employees ... were wounded on Wednesday when ..."); where the lead's own
event is not read (a long subject, a verb no rule knows), the headline's event was dated by
the publication month alone. Every reader: the lead's dates are read by its language's
reader. Not borrowed: a speech day for a harm ("Police said on Tuesday that ..."), a dateline
on a line of its own ("Baku, March 8, APA."), a use allegation's day (dated by the laying
only), and a lead with no day. Every sentence is our own wording; none is copied from a
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, use

PUBLISHED = PartialDate.parse("2024-03-08")  # a Friday


def completion(state: str, date: str) -> Claim:
    return ("clearance_progress", state, date, None, None, None, None, None)


LEADS: list[tuple[str, str, list[Claim]]] = [
    ("en", "Two ANAMA deminers wounded in Agdam mine blast\n\nTwo employees of Azerbaijan's Mine "
     "Action Agency (ANAMA) were wounded on Wednesday when a mine went off during clearance "
     "work in Agdam district.", [casualty("AZE", "2024-03-06", None, 2)]),
    ("en", "Two soldiers hurt by new mine in Surin\nPublished: 8 Mar 2024 at 10:02 | Bangkok "
     "Post\nTwo soldiers from the 2nd Army Region were wounded on Thursday when one of them "
     "stepped on a mine during a patrol in Phanom Dong Rak district of Surin province.\nThe "
     "army accused Cambodia of laying the mine.",
     [casualty("THA", "2024-03-07", None, 2), use("KHM")]),
    ("it", "Libia, tre sminatori feriti vicino a Sirte\n\nTre sminatori del Centro libico per lo "
     "sminamento sono rimasti feriti giovedì mentre bonificavano un terreno agricolo alla "
     "periferia di Sirte.", [casualty("LBY", "2024-03-07", None, 3)]),
    ("it", "Ucraina, due civili feriti da mine 'petalo' a Kherson\n\nDue civili, una donna di 70 "
     "anni e suo figlio, sono rimasti feriti martedì dall'esplosione di una mina antiuomo nel "
     "quartiere di Korabelnyi.", [casualty("UKR", "2024-03-05", None, 2)]),
    ("es", "Dos campesinos heridos por minas en el Catatumbo, Colombia\n\nUn campesino de 40 años "
     "perdió su pierna derecha el miércoles al pisar un artefacto en una finca de Tibú.",
     [casualty("COL", "2024-03-06", None, 2)]),
    # a completion with no figure: the day it was announced
    ("es", "Chile se declara libre de minas antipersonal\n\nEl Gobierno de Chile anunció este "
     "martes el término del desminado humanitario en todo el territorio nacional.",
     [completion("CHL", "2024-03-05")]),
    ("ar", "سوريا: مصرع طفل وإصابة شقيقه في انفجار لغم بإدلب\n\nلقي طفل يبلغ من العمر 9 أعوام "
     "مصرعه وأصيب شقيقه بجروح، يوم الأربعاء، إثر انفجار لغم أرضي قديم أثناء لعبهما قرب قريتهما "
     "في ريف إدلب الجنوبي.", [casualty("SYR", "2024-03-06", 1, None)]),
]  # fmt: skip

KEPT: list[tuple[str, str, list[Claim]]] = [
    # a speech day dates no harm
    ("en", "Two farmers hurt in Cambodia mine blast\n\nPolice in Battambang said on Tuesday "
     "that the farmers were taken to hospital after the explosion in a rice field.",
     [casualty("KHM", "2024-03", None, 2)]),
    # a dateline on a line of its own is no lead, and the lead states no day
    ("en", "Deminer hurt in Fuzuli mine blast\n\nBaku, March 8, APA.\n\nOne deminer of the Mine "
     "Action Agency (ANAMA) was injured when an anti-personnel mine exploded near Ahmadbeyli "
     "in Fuzuli district.", [casualty("AZE", "2024-03", None, 1)]),
    # a use allegation is dated by its laying, never by the day it was told
    ("en", "Army accuses rebels of laying mines in Cauca, Colombia\n\nThe army said on Wednesday "
     "that rebels had planted dozens of mines along paths used by farmers in the region.",
     [use("COL")]),
    # a lead with no day of its own
    ("it", "Siria, due pastori uccisi da una mina a Daraa\n\nSecondo l'Osservatorio, dall'inizio "
     "del 2024 le mine hanno ucciso decine di civili nelle campagne della provincia.",
     [casualty("SYR", "2024-03", 2, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LEADS + KEPT)
def test_headline_event_takes_the_lead_day(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
