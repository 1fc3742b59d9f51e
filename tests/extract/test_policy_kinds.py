"""Treaty steps, national policy, use and stockpile destruction in new wordings, in our own
words (issue 8, the kinds batch 8 showed; each kind tested in several phrasings, none the
passage's own). Publication 2026-05-20, a Wednesday."""

from __future__ import annotations

import pytest

from .test_generalisation import run

Key = tuple[str, str | None, str | None]


def typed(text: str, kind: str) -> list[Key]:
    """(state, action, date) of the candidates of one type, sorted."""
    return sorted((c.actor_iso3 or "", c.action, c.date) for c in run(text) if c.type == kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland's defence ministry signed a contract on Monday with a state arms maker for "
            "300,000 anti-personnel mines.",
            [("POL", None, "2026-05-18")],
        ),
        (
            "Latvia awarded a contract in April to a domestic company to produce anti-personnel "
            "mines for its armed forces.",
            [("LVA", None, "2026-04")],
        ),
        (
            "Estonia's defence investment centre signed a deal on 12 May to buy anti-personnel "
            "mines from South Korea.",
            [("EST", None, "2026-05-12")],
        ),
        # a contract for mine action is no policy
        (
            "Angola signed a contract with the HALO Trust in April to clear mines from 40 fields.",
            [],
        ),
        ("Ukraine signed a contract in April to destroy 300,000 anti-personnel mines.", []),
        (
            "Chile will finish destroying its stock once it signs a new contract with a firm "
            "that will eliminate the last 20,000 mines.",
            [],
        ),
        # "deal with" is a verb
        ("Sappers in Chad learnt on 2 May how to deal with the mines they find.", []),
    ],
)
def test_a_contract_for_mines_is_a_policy(text: str, expected: list[Key]) -> None:
    assert typed(text, "policy_change") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Delegates to the Mine Ban Treaty meeting condemned the withdrawals of five states. "
            "The campaign welcomed the accession of Laos in April and urged others to follow.",
            [("LAO", "join", "2026-04")],
        ),
        (
            "Delegates at the Mine Ban Treaty meeting praised Tonga's ratification last year.",
            [("TON", "join", "2025")],
        ),
        (
            "The ICBL hailed the ratification of the Convention by the Marshall Islands on "
            "12 March.",
            [("MHL", "join", "2026-03-12")],
        ),
        (
            "Palau's accession to the Ottawa Convention on 2 February was the first in years, "
            "and Tuvalu's ratification followed in April.",
            [("PLW", "join", "2026-02-02"), ("TUV", "join", "2026-04")],
        ),
        # background, a wish, a step to come, an undated step: no claim
        ("Since Laos's accession in 2025, no state has joined the Mine Ban Treaty.", []),
        ("The campaign urged the accession of Tuvalu to the Convention on 3 May.", []),
        ("Palau's ratification of the treaty is expected in June, officials said.", []),
        ("The treaty secretariat noted the accession of Laos, the first in years.", []),
    ],
)
def test_joining_told_as_a_noun_is_the_states_step(text: str, expected: list[Key]) -> None:
    assert typed(text, "treaty_action") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Romania is leaving the Ottawa Convention. President Nicusor Dan signed the "
            "withdrawal law last month after both chambers of parliament approved it.",
            [("ROU", "parliament_approves_withdrawal", "2026-04")],
        ),
        (
            "Lithuania's president signed into law on 10 February the bill taking the country "
            "out of the Ottawa Convention.",
            [("LTU", "parliament_approves_withdrawal", "2026-02-10")],
        ),
        (
            "Latvia's president signed the law on withdrawal from the Mine Ban Treaty on "
            "3 February.",
            [("LVA", "parliament_approves_withdrawal", "2026-02-03")],
        ),
        (
            "Poland's president signed legislation on 20 February to withdraw from the Ottawa "
            "Convention.",
            [("POL", "parliament_approves_withdrawal", "2026-02-20")],
        ),
        # a decree is the executive's own decision: the announcement
        (
            "Ukraine's president signed a decree on 29 January on the country's withdrawal from "
            "the Ottawa Convention.",
            [("UKR", "announce_intent_to_withdraw", "2026-01-29")],
        ),
    ],
)
def test_signing_the_withdrawal_law_completes_the_parliaments_step(
    text: str, expected: list[Key]
) -> None:
    assert typed(text, "treaty_action") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A worker was killed on Tuesday in the Libyan capital. The government blamed forces "
            "loyal to a renegade general, which it says mined the area in 2020.",
            [("LBY", None, "2020")],
        ),
        (
            "Fighters loyal to a local warlord mined the roads around Jowhar in Somalia last "
            "year, the UN said.",
            [("SOM", None, "2025")],
        ),
        (
            "Paramilitaries planted mines along the road to El Fasher in May, the Sudanese army "
            "said.",
            [("SDN", None, "2026-05")],
        ),
        (
            "Monitors said the Rapid Support Forces had buried mines on farms outside Omdurman "
            "in April.",
            [("SDN", None, "2026-04")],
        ),
    ],
)
def test_forces_of_no_state_are_placed_in_their_home_or_section(
    text: str, expected: list[Key]
) -> None:
    assert typed(text, "use_allegation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retreating Russian troops left mines in gardens and cellars around Izium in "
            "September 2022, Human Rights Watch said.",
            [("RUS", None, "2022-09")],
        ),
        (
            "Deminers say the Rapid Support Forces had left anti-personnel mines in houses "
            "before pulling out in March.",
            [("SDN", None, "2026-03")],
        ),
        (
            "Islamic State fighters left behind thousands of landmines in Mosul, Iraqi officials "
            "said.",
            [("IRQ", None, None)],
        ),
        # a war leaves mines; no one is accused
        ("Decades of war in Angola left mines in fields across the country.", []),
    ],
)
def test_forces_that_left_mines_behind_used_them(text: str, expected: list[Key]) -> None:
    assert typed(text, "use_allegation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somalia has destroyed 4,000 anti-personnel mines recovered from weapons caches "
            "since 2023, the government told a Convention meeting.",
            [("SOM", 4000, "2026-05")],
        ),
        (
            "Iraq destroyed 2,300 anti-personnel mines seized from arms depots in 2025, the "
            "defence ministry said.",
            [("IRQ", 2300, "2025")],
        ),
        (
            "Mali's army destroyed 600 anti-personnel mines captured from armed groups in May.",
            [("MLI", 600, "2026-05")],
        ),
    ],
)
def test_mines_taken_from_caches_and_groups_are_a_stock_destroyed(
    text: str, expected: list[tuple[str, int | None, str | None]]
) -> None:
    found = [(c.type, c.actor_iso3, c.quantity, c.date) for c in run(text)]
    assert found == [("stockpile_destruction", *key) for key in expected]


def test_mines_found_in_a_field_and_destroyed_are_still_clearance() -> None:
    found = run("Sappers in Ukraine found and destroyed 300 mines in a field near Izium in May.")
    assert [(c.type, c.actor_iso3, c.quantity) for c in found] == [
        ("clearance_progress", "UKR", 300)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two States Parties reported completing clearance of all known mined areas this "
            "year: Chile in February and Mauritania in April.",
            [("CHL", None, "2026-02"), ("MRT", None, "2026-04")],
        ),
        (
            "Two states completed clearance of all mined areas in 2025: Chile in February and "
            "Mauritania in September.",
            [("CHL", None, "2025-02"), ("MRT", None, "2025-09")],
        ),
        (
            "Chile (in February) and Mauritania (in September) declared themselves free of mines "
            "in 2025.",
            [("CHL", None, "2025-02"), ("MRT", None, "2025-09")],
        ),
        # one state, one date: unchanged
        (
            "Chile completed clearance of all known mined areas in March.",
            [("CHL", None, "2026-03")],
        ),
    ],
)
def test_completions_of_listed_states_each_take_their_own_date(
    text: str, expected: list[Key]
) -> None:
    assert typed(text, "clearance_progress") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year's border fighting with Thailand brought new mines, villagers say.\n"
            '"Nobody walks there at night," said a farmer.\n'
            "A Cambodian deminer lost a hand on 2 May, the mine action centre said. It accuses "
            "Thai troops of laying the mine during the clashes.",
            [("THA", None, "2025")],
        ),
        (
            "Armenia and Azerbaijan fought a six-week war in 2020. Azerbaijan accuses Armenian "
            "forces of laying mines during the war.",
            [("ARM", None, "2020")],
        ),
        (
            "Clashes broke out along the border in July 2025. Monitors say Cambodian soldiers "
            "planted mines in the disputed area during those clashes.",
            [("KHM", None, "2025-07")],
        ),
        # a war that began (a period start) dates no use laid during it
        (
            "Russia's full-scale invasion of Ukraine began in February 2022. Human Rights Watch "
            "says Russian forces laid mines during the war.",
            [("RUS", None, None)],
        ),
    ],
)
def test_use_during_fighting_dated_earlier_takes_its_date(text: str, expected: list[Key]) -> None:
    assert typed(text, "use_allegation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers in Battambang say Khmer Rouge guerrillas had laid mines in the area in the "
            "1980s after the regime was toppled by Vietnamese troops.",
            [("KHM", None, None)],
        ),
        ("The mines laid near the border were later cleared by Thai deminers.", []),
        (
            "Mines planted in the valley after the town was captured by Chadian troops were "
            "found on Monday.",
            [],
        ),
        # the use verb's own agent is still read
        ("Mines were laid across the district by Russian forces in 2022.", [("RUS", None, "2022")]),
    ],
)
def test_the_agent_of_another_verb_is_not_the_user(text: str, expected: list[Key]) -> None:
    assert typed(text, "use_allegation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Norwegian minister visited a de-mining field in Angola on Monday.", []),
        ("A French team has de-mined the fields around the village in Chad since March.", []),
        # laying, with its auxiliary, is still read
        (
            "Rebels have been mining the roads around the town in Mali since March.",
            [("MLI", None, "2026-03")],
        ),
    ],
)
def test_de_mining_is_clearance_not_laying(text: str, expected: list[Key]) -> None:
    assert typed(text, "use_allegation") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus has demilitarised 300,000 stockpiled PFM-1 mines since 2020, the defence "
            "ministry said.",
            [("stockpile_destruction", "BLR", 300000)],
        ),
        (
            "Between 2024 and March 2026, more than 200,000 anti-personnel mines from Ukraine's "
            "stockpile were demilitarized, the ministry said.",
            [("stockpile_destruction", "UKR", 200000)],
        ),
        (
            "Sri Lanka decommissioned its last 12,000 stockpiled anti-personnel mines in April.",
            [("stockpile_destruction", "LKA", 12000)],
        ),
        ("The navy decommissioned two minesweepers in April.", []),
    ],
)
def test_demilitarised_stocks_are_destroyed(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    assert [(c.type, c.actor_iso3, c.quantity) for c in run(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # production begun or restarted, in any tense
        (
            "Norway's defence ministry said on Monday it would begin manufacturing "
            "anti-personnel mines at a state plant.",
            [("NOR", None, "2026-05-18")],
        ),
        (
            "Hungary will restart production of anti-personnel mines, its defence minister told "
            "reporters on Tuesday.",
            [("HUN", None, "2026-05-19")],
        ),
        (
            "Croatia has resumed making anti-personnel mines for its army, the government said "
            "in April.",
            [("HRV", None, "2026-04")],
        ),
        # an export moratorium kept in force
        (
            "Malaysia extended its moratorium on the export of anti-personnel mines in March.",
            [("MYS", None, "2026-03")],
        ),
        (
            "Israel renewed its export moratorium on anti-personnel mines on 4 May.",
            [("ISR", None, "2026-05-04")],
        ),
        # a plan to produce or buy adopted
        (
            "Slovakia's cabinet approved a plan on Tuesday to produce 400,000 anti-personnel "
            "mines.",
            [("SVK", None, "2026-05-19")],
        ),
        (
            "Romania's government adopted a programme in April to buy anti-personnel mines.",
            [("ROU", None, "2026-04")],
        ),
        # asked for, imagined or about other weapons: no policy
        ("Campaigners urged Hungary on Monday not to begin manufacturing mines.", []),
        ("Croatia will restart production of artillery shells, the minister said in April.", []),
        ("Malaysia extended its moratorium on logging in March.", []),
        ("Slovakia's cabinet approved a plan on Tuesday to clear mines from 40 fields.", []),
    ],
)
def test_production_restarted_or_a_moratorium_kept_is_a_policy(
    text: str, expected: list[Key]
) -> None:
    assert typed(text, "policy_change") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malawi blew up the last of its stockpiled anti-personnel mines at an army range on "
            "6 May.",
            [("MWI", None, "2026-05-06")],
        ),
        (
            "Zambia's army incinerated 2,500 stockpiled anti-personnel mines in April.",
            [("ZMB", None, "2026-04")],
        ),
        (
            "Kenya burned its remaining stock of anti-personnel mines on Monday, the defence "
            "ministry said.",
            [("KEN", None, "2026-05-18")],
        ),
        # not a stock: a house, a field, a fire
        ("Rebels burned houses in a village in Mali on 6 May.", []),
        ("Villagers blew up a bridge near the border in April.", []),
        ("Farmers burned the stubble in fields cleared of mines in Angola in April.", []),
    ],
)
def test_a_stock_blown_up_or_burned_is_destroyed(text: str, expected: list[Key]) -> None:
    assert typed(text, "stockpile_destruction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia signed a deal in April to buy anti-tank mines from a Polish firm.", []),
        ("Latvia ordered 20,000 anti-vehicle mines on 4 May, the ministry said.", []),
        ("Finland will restart production of anti-tank landmines, its minister said in May.", []),
        (
            "Estonia signed a deal in April to buy anti-personnel and anti-tank mines.",
            [("EST", None, "2026-04")],
        ),
        (
            "Latvia ordered 20,000 anti-vehicle mines and 5,000 anti-personnel mines on 4 May.",
            [("LVA", None, "2026-05-04")],
        ),
        (
            "Finland will restart production of anti-tank and anti-personnel mines, its minister "
            "said in May.",
            [("FIN", None, "2026-05")],
        ),
    ],
)
def test_a_policy_on_anti_tank_mines_only_is_no_policy(text: str, expected: list[Key]) -> None:
    assert typed(text, "policy_change") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a moratorium or ban lifted, a transfer of mines allowed, in French, Spanish, German,
        # Russian: the state that decides, not the one that receives
        (
            "Le Danemark a levé son moratoire sur les mines antipersonnel le 11 mai.",
            [("DNK", None, "2026-05-11")],
        ),
        (
            "La Norvège a autorisé l'exportation de mines antipersonnel vers la Finlande en avril.",
            [("NOR", None, "2026-04")],
        ),
        (
            "Suecia levantó el 11 de mayo su moratoria sobre las minas antipersona.",
            [("SWE", None, "2026-05-11")],
        ),
        (
            "Estados Unidos autorizó en abril la entrega de minas antipersona a Ucrania.",
            [("USA", None, "2026-04")],
        ),
        (
            "Dänemark hat im April das Moratorium für Antipersonenminen aufgehoben.",
            [("DNK", None, "2026-04")],
        ),
        (
            "Die Vereinigten Staaten genehmigten am 11. Mai die Lieferung von Antipersonenminen "
            "an die Ukraine.",
            [("USA", None, "2026-05-11")],
        ),
        (
            "В апреле Байден разрешил передачу противопехотных мин Украине.",
            [("USA", None, "2026-04")],
        ),
        ("США одобрили поставки противопехотных мин Украине в апреле.", [("USA", None, "2026-04")]),
        # a transfer of deminers, detectors or found mines is no policy
        (
            "La France a autorisé l'envoi de démineurs pour retirer les mines au Liban en avril.",
            [],
        ),
        ("Colombia autorizó en abril el envío de desminadores para retirar minas.", []),
        ("Las autoridades de Perú ordenaron el uso de detectores para buscar minas en abril.", []),
        ("Deutschland hat das Verbot von Antipersonenminen im Mai bekräftigt.", []),
    ],
)
def test_a_ban_lifted_or_transfer_allowed_in_other_languages(
    text: str, expected: list[Key]
) -> None:
    assert typed(text, "policy_change") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stock held by a force, told in the passive
        (
            "Anti-personnel mines held by the Sudanese army were destroyed near Khartoum in April.",
            [("stockpile_destruction", "SDN", None)],
        ),
        # the destruction reported or confirmed as done
        (
            "Oman reported the destruction of 6,500 stockpiled anti-personnel mines in April.",
            [("stockpile_destruction", "OMN", 6500)],
        ),
        (
            "Inspectors confirmed the destruction of 3,200 mines from Niger's stockpile on 4 May.",
            [("stockpile_destruction", "NER", 3200)],
        ),
        # mines kept back for training are not destroyed
        (
            "Jordan destroyed its remaining stockpile in April, keeping 700 mines for training.",
            [("stockpile_destruction", "JOR", None)],
        ),
        (
            "Chad, retaining 300 mines for training, destroyed 4,000 stockpiled mines in April.",
            [("stockpile_destruction", "TCD", 4000)],
        ),
        (
            "Nepal destroyed all stockpiled mines in April except 250 it retains for training.",
            [("stockpile_destruction", "NPL", None)],
        ),
        # not a destruction of stock: mines held in a town, a destruction planned
        ("Villagers held by rebels in Mali were freed in April after mines were cleared.", []),
        ("Oman reported the discovery of 6,500 mines in a field in April.", []),
        ("Jordan will keep 700 mines for training, the army said in April.", []),
        # mines kept in a depot are the stock destroyed
        (
            "Some 4,000 mines kept in army depots in Yemen were destroyed in April.",
            [("stockpile_destruction", "YEM", 4000)],
        ),
    ],
)
def test_stocks_held_reported_or_kept_back(
    text: str, expected: list[tuple[str, str | None, int | None]]
) -> None:
    found = [(c.type, c.actor_iso3, c.quantity) for c in run(text)]
    assert [f for f in found if f[0] == "stockpile_destruction"] == expected
