"""Italian news told every way it is written, one grid per event type the project scorer
counts (issue 8, it-ar-paradigms pass, 1 December 2026): active, passive, reflexive and
impersonal; compound past, simple past and the historic present; headlines with no verb or no
auxiliary ("Afghanistan, mina uccide due bambini", "Ferite tre donne da una mina", "Lituania,
il Parlamento approva l'uscita"); the verb first; reported speech ("secondo", "ha denunciato");
numbers in words and digits; dates as news gives them ("il 3 marzo scorso", "lo scorso anno",
"l'altro ieri", weekdays); states by name, adjective, capital and "il governo di X"; each treaty
step (join, entry into force, announcement, parliament, notice, exit). Near misses name coal
mines, quarries, sea mines, cluster munitions, other treaties, plans, conditionals and
anniversaries. Sentences of our own, the claim a reader would file written down; none drawn
from a studied passage. Published Thursday 13 March 2025."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import (
    Claim,
    casualty,
    claims,
    cleared,
    completed,
    destroyed,
    policy,
    step,
    use,
)

PUBLISHED = PartialDate(2025, 3, 13)

CASUALTIES: list[tuple[str, list[Claim]]] = [
    # passive past + weekday
    (
        "Tre bambini sono stati uccisi domenica dall'esplosione di una mina antiuomo in Siria.",
        [casualty("SYR", "2025-03-09", 3, None)],
    ),
    # verb-first + ieri
    (
        "Sono morti ieri due contadini, saltati su una mina nella provincia di Herat, in "
        "Afghanistan.",
        [casualty("AFG", "2025-03-12", 2, None)],
    ),
    # headline historic present
    ("Afghanistan, mina uccide due bambini", [casualty("AFG", "2025-03", 2, None)]),
    # headline nominal
    (
        "Esplode una mina: morto un pastore nel sud del Libano",
        [casualty("LBN", "2025-03", 1, None)],
    ),
    # one injured + weekday
    (
        "Un soldato ucraino è rimasto ferito martedì da una mina nella regione di Kharkiv.",
        [casualty("UKR", "2025-03-11", None, 1)],
    ),
    # secondo + scorso date
    (
        "Secondo la protezione civile, quattro persone sono morte e sei sono rimaste ferite "
        "nell'esplosione di una mina in Ucraina il 3 marzo scorso.",
        [casualty("UKR", "2025-03-03", 4, 6)],
    ),
    # subject after + digits
    (
        "Nell'esplosione di un ordigno inesploso a Mosul, in Iraq, sono rimaste uccise 5 "
        "persone, ha riferito la polizia.",
        [casualty("IRQ", "2025-03", 5, None)],
    ),
    # active mine subject
    (
        "Una mina ha ucciso due bambini e ne ha ferito un terzo vicino a Kandahar, in "
        "Afghanistan, lunedì.",
        [casualty("AFG", "2025-03-10", 2, 1)],
    ),
    # nominal causa la morte + demonym
    (
        "L'esplosione di una mina ha causato la morte di un agricoltore colombiano nel "
        "dipartimento di Antioquia.",
        [casualty("COL", "2025-03", 1, None)],
    ),
    # historic present muore
    (
        "Muore un bambino di 8 anni calpestando una mina in Cambogia.",
        [casualty("KHM", "2025-03", 1, None)],
    ),
    # perso la vita + scorso weekday
    (
        "Due sminatori hanno perso la vita martedì scorso in Angola durante un'operazione di "
        "bonifica.",
        [casualty("AGO", "2025-03-11", 2, None)],
    ),
    # gerund uccidendo
    (
        "Il 5 marzo una mina antiuomo è esplosa al passaggio di un trattore nello Yemen, "
        "uccidendo il conducente.",
        [casualty("YEM", "2025-03-05", 1, None)],
    ),
    # headline participle
    ("Ferite tre donne da una mina nel Tigray, in Etiopia", [casualty("ETH", "2025-03", None, 3)]),
    # bilancio nominal
    (
        "Bilancio di due morti e cinque feriti per lo scoppio di una mina in Siria sabato.",
        [casualty("SYR", "2025-03-08", 2, 5)],
    ),
    # capital dateline
    (
        "Kiev, due civili uccisi da una mina nella regione di Kherson",
        [casualty("UKR", "2025-03", 2, None)],
    ),
    # reflexive: si è ferito
    (
        "Un pastore si è gravemente ferito calpestando una mina in Libano mercoledì.",
        [casualty("LBN", "2025-03-12", None, 1)],
    ),
    # ha denunciato + numbers words
    (
        "Dodici civili sono rimasti uccisi da mine antiuomo in Myanmar a febbraio, ha "
        "denunciato l'ONU.",
        [casualty("MMR", "2025-02", 12, None)],
    ),
    # hanno ucciso, mines subject
    (
        "Le mine hanno ucciso tre pastori nel sud della Libia la settimana scorsa.",
        [casualty("LBY", "2025-03", 3, None)],
    ),
    # vittima di una mina
    (
        "Un bambino di dieci anni è morto vittima di una mina in Marocco l'8 marzo.",
        [casualty("MAR", "2025-03-08", 1, None)],
    ),
    # date slash
    (
        "Un contadino è morto il 24/2/2025 dopo aver calpestato una mina in Bosnia.",
        [casualty("BIH", "2025-02-24", 1, None)],
    ),
    # rimasto mutilato
    (
        "Un ragazzo di 15 anni è rimasto mutilato dall'esplosione di una mina in Cambogia "
        "domenica.",
        [casualty("KHM", "2025-03-09", None, 1)],
    ),
    # hanno perso la vita verb-first
    (
        "Hanno perso la vita tre soldati maliani, saltati su una mina nel centro del Mali, "
        "venerdì.",
        [casualty("MLI", "2025-03-07", 3, None)],
    ),
    # neg coal mine
    ("Tre minatori sono morti nel crollo di una miniera di carbone in Cina.", []),
    # neg sea mine
    ("Una mina navale alla deriva è stata fatta brillare al largo di Odessa.", []),
    # neg artillery
    ("Un soldato è stato ucciso da un colpo di artiglieria in Ucraina domenica.", []),
    # neg quarry blast
    (
        "Due operai sono rimasti feriti dal brillamento di una mina in una cava di marmo a "
        "Carrara.",
        [],
    ),
    # lo scorso + day
    (
        "Lo scorso 8 marzo un contadino è morto su una mina antiuomo in Bosnia.",
        [casualty("BIH", "2025-03-08", 1, None)],
    ),
    # la scorsa settimana
    (
        "Due bambini sono rimasti feriti dall'esplosione di una mina in Libano la scorsa "
        "settimana.",
        [casualty("LBN", "2025-03", None, 2)],
    ),
    # weekday + day + month
    (
        "Giovedì 6 marzo tre civili sono stati uccisi da una mina nella regione di Donetsk, "
        "in Ucraina.",
        [casualty("UKR", "2025-03-06", 3, None)],
    ),
    # l'altro ieri
    (
        "L'altro ieri un pastore ha perso la vita su una mina in Siria.",
        [casualty("SYR", "2025-03-11", 1, None)],
    ),
    # stato ucciso one
    (
        "Un agricoltore è stato ucciso il 2 marzo da una mina in Croazia.",
        [casualty("HRV", "2025-03-02", 1, None)],
    ),
    # numero parole grandi
    (
        "Venticinque persone sono morte su mine in Myanmar a gennaio, secondo l'ONU.",
        [casualty("MMR", "2025-01", 25, None)],
    ),
    # dal governo di
    (
        "Il governo di Kabul ha riferito che due bambini sono morti per lo scoppio di una "
        "mina domenica.",
        [casualty("AFG", "2025-03-09", 2, None)],
    ),
    # neg mafia
    ("La mafia uccide due uomini a Palermo.", []),
    # neg road crash
    ("Ferite tre persone in un incidente stradale in Ucraina.", []),
    # neg coal headline
    ("Muore un operaio in una miniera di carbone in Polonia.", []),
    # neg shelling headline
    ("Kharkiv, bombardamento russo uccide due civili", []),
]

CLEARANCE: list[tuple[str, list[Claim]]] = [
    # active past + year
    (
        "Nel 2024 gli sminatori hanno bonificato 12 chilometri quadrati di terreno in Cambogia.",
        [cleared("KHM", "2024", 12, "km2")],
    ),
    # passive
    (
        "Sono stati bonificati 3.500 ettari di terreni minati in Angola nel corso del 2024.",
        [cleared("AGO", "2024", 3500, "ha")],
    ),
    # passive mines rimosse + month range
    (
        "In Iraq sono state rimosse 1.200 mine antiuomo tra gennaio e febbraio.",
        [cleared("IRQ", "2025-02", 1200, "mines")],
    ),
    # reflexive completion
    (
        "Si è conclusa ieri la bonifica dell'ultimo campo minato del Mozambico.",
        [completed("MOZ", "2025-03-12")],
    ),
    # secondo UNMAS
    (
        "Secondo l'UNMAS, in Libano sono stati distrutti 800 ordigni inesplosi a febbraio.",
        [cleared("LBN", "2025-02", 800, "uxo")],
    ),
    # declared free
    (
        "Il Cile si è dichiarato libero dalle mine antiuomo martedì.",
        [completed("CHL", "2025-03-11")],
    ),
    # headline nominal
    (
        "Croazia, bonificati altri 20 chilometri quadrati di campi minati",
        [cleared("HRV", "2025-03", 20, "km2")],
    ),
    # governo di capital
    (
        "Il governo di Kiev ha annunciato che 30.000 chilometri quadrati sono stati sminati "
        "dall'inizio della guerra.",
        [cleared("UKR", "2025-03", 30000, "km2")],
    ),
    # neutralizzato + settimana scorsa
    (
        "Gli sminatori hanno neutralizzato 25 mine vicino a Tripoli, in Libia, la settimana "
        "scorsa.",
        [cleared("LBY", "2025-03", 25, "mines")],
    ),
    # digits m2 + demonym
    (
        "Le squadre croate hanno sminato 450.000 metri quadrati di terreno nel mese di febbraio.",
        [cleared("HRV", "2025-02", 450000, "m2")],
    ),
    # neg plan
    ("La Croazia prevede di bonificare 100 chilometri quadrati entro il 2026.", []),
    # neg asbestos
    ("La bonifica del sito industriale dall'amianto è stata completata a Taranto.", []),
    # neg coal
    ("I minatori hanno estratto 3.000 tonnellate di carbone dalla miniera in Polonia.", []),
    # neg remains
    ("In Cambogia restano da bonificare 600 chilometri quadrati di terreni minati.", []),
    # neg plan noun
    ("Il governo ha annunciato un piano per la bonifica delle aree minate entro il 2030.", []),
    # neg landfill
    ("Si è conclusa ieri la bonifica della discarica abusiva a Napoli.", []),
]

TREATY_STEPS: list[tuple[str, list[Claim]]] = [
    # join aderito + year
    ("La Somalia ha aderito alla Convenzione di Ottawa nel 2012.", [step("SOM", "2012", "join")]),
    # join ratificato full date
    (
        "Le Isole Marshall hanno ratificato il Trattato di Ottawa il 12 marzo 2025.",
        [step("MHL", "2025-03-12", "join")],
    ),
    # join passive
    (
        "Il trattato sul divieto delle mine è stato ratificato dallo Sri Lanka nel dicembre 2017.",
        [step("LKA", "2017-12", "join")],
    ),
    # join headline nominal
    (
        "Palestina, depositato lo strumento di adesione alla Convenzione di Ottawa",
        [step("PSE", None, "join")],
    ),
    # join historic present
    ("La Somalia aderisce alla Convenzione di Ottawa.", [step("SOM", None, "join")]),
    # join governo di + ieri
    (
        "Il governo di Tuvalu ha depositato ieri lo strumento di adesione alla Convenzione "
        "di Ottawa.",
        [step("TUV", "2025-03-12", "join")],
    ),
    # join nominal adesione
    (
        "L'adesione dell'Oman alla Convenzione di Ottawa è stata formalizzata il 3 marzo.",
        [step("OMN", "2025-03-03", "join")],
    ),
    # eif per + date
    (
        "La Convenzione di Ottawa è entrata in vigore per le Isole Marshall il 1° marzo 2025.",
        [step("MHL", "2025-03-01", "entry_into_force")],
    ),
    # eif fronted per
    (
        "Per la Palestina il trattato di Ottawa è entrato in vigore il 1° giugno 2018.",
        [step("PSE", "2018-06-01", "entry_into_force")],
    ),
    # eif present verb-first
    (
        "Entra in vigore oggi per Tuvalu la Convenzione di Ottawa.",
        [step("TUV", "2025-03-13", "entry_into_force")],
    ),
    # announce che si ritirerà
    (
        "La Lituania ha annunciato martedì che si ritirerà dalla Convenzione di Ottawa.",
        [step("LTU", "2025-03-11", "announce_intent_to_withdraw")],
    ),
    # announce intenzione governo di capital
    (
        "Il governo di Varsavia ha annunciato l'intenzione di ritirarsi dal trattato di Ottawa.",
        [step("POL", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce future + ha annunciato
    (
        "La Finlandia lascerà la Convenzione di Ottawa, ha annunciato mercoledì il primo ministro.",
        [step("FIN", "2025-03-12", "announce_intent_to_withdraw")],
    ),
    # announce headline present
    (
        "Estonia, il governo annuncia l'uscita dalla Convenzione di Ottawa",
        [step("EST", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce intende
    (
        "Il premier ha dichiarato che la Finlandia intende ritirarsi dal Trattato di Ottawa.",
        [step("FIN", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce historic present
    (
        "La Lettonia annuncia il ritiro dalla Convenzione di Ottawa.",
        [step("LVA", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce deciso
    (
        "Il governo polacco ha deciso martedì di uscire dalla Convenzione di Ottawa.",
        [step("POL", "2025-03-11", "announce_intent_to_withdraw")],
    ),
    # parl approvato + demonym
    (
        "Il Parlamento lituano ha approvato giovedì il ritiro dalla Convenzione di Ottawa.",
        [step("LTU", "2025-03-13", "parliament_approves_withdrawal")],
    ),
    # parl Seimas votato
    (
        "Il Seimas ha votato il ritiro della Lituania dalla Convenzione di Ottawa.",
        [step("LTU", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl via libera
    (
        "La Saeima lettone ha dato il via libera all'uscita dal trattato di Ottawa.",
        [step("LVA", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl passive
    (
        "Il ritiro dalla Convenzione di Ottawa è stato approvato dal Parlamento estone con "
        "88 voti favorevoli.",
        [step("EST", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl deputati
    (
        "I deputati polacchi hanno votato a favore del ritiro dal Trattato di Ottawa.",
        [step("POL", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl headline
    (
        "Lituania, il Parlamento approva l'uscita dal trattato di Ottawa",
        [step("LTU", "2025-03", "parliament_approves_withdrawal")],
    ),
    # notified notificato
    (
        "La Lituania ha notificato alle Nazioni Unite il proprio ritiro dalla Convenzione di "
        "Ottawa.",
        [step("LTU", "2025-03", "withdrawal_notified")],
    ),
    # notified strumento di recesso
    (
        "L'Estonia ha depositato lo strumento di recesso dalla Convenzione di Ottawa presso "
        "il segretario generale dell'ONU.",
        [step("EST", "2025-03", "withdrawal_notified")],
    ),
    # notified passive notifica
    (
        "La notifica di ritiro della Finlandia dalla Convenzione di Ottawa è stata "
        "consegnata al segretario generale dell'ONU il 10 marzo.",
        [step("FIN", "2025-03-10", "withdrawal_notified")],
    ),
    # notified informato
    (
        "Il governo di Riga ha informato ufficialmente il segretario generale delle Nazioni "
        "Unite del ritiro dalla Convenzione di Ottawa.",
        [step("LVA", "2025-03", "withdrawal_notified")],
    ),
    # notified comunicato
    (
        "La Polonia ha comunicato formalmente all'ONU la decisione di ritirarsi dalla "
        "Convenzione di Ottawa.",
        [step("POL", "2025-03", "withdrawal_notified")],
    ),
    # eff diventato effettivo
    (
        "Il ritiro della Lituania dalla Convenzione di Ottawa è diventato effettivo il 27 "
        "dicembre.",
        [step("LTU", "2024-12-27", "withdrawal_effective")],
    ),
    # eff non è più parte
    (
        "Da oggi la Finlandia non è più parte del Trattato di Ottawa.",
        [step("FIN", "2025-03-13", "withdrawal_effective")],
    ),
    # eff uscita ufficialmente
    (
        "La Lettonia è uscita ufficialmente dalla Convenzione di Ottawa sabato.",
        [step("LVA", "2025-03-08", "withdrawal_effective")],
    ),
    # eff uscita entrata in vigore
    (
        "L'uscita dell'Estonia dal trattato di Ottawa è entrata in vigore sabato.",
        [step("EST", "2025-03-08", "withdrawal_effective")],
    ),
    # eff headline fuori
    (
        "Lituania fuori dalla Convenzione di Ottawa da oggi",
        [step("LTU", "2025-03-13", "withdrawal_effective")],
    ),
    # eff ha lasciato
    (
        "La Finlandia ha lasciato ufficialmente il Trattato di Ottawa venerdì.",
        [step("FIN", "2025-03-07", "withdrawal_effective")],
    ),
    # neg conditional
    (
        "La Lituania potrebbe ritirarsi dalla Convenzione di Ottawa se la situazione peggiorasse.",
        [],
    ),
    # neg cluster treaty
    ("La Lituania si è ritirata dalla Convenzione sulle munizioni a grappolo.", []),
    # neg debate
    (
        "Il Parlamento ha discusso il ritiro dal Trattato di Ottawa, ma il voto è stato rinviato.",
        [],
    ),
    # neg opposition asks
    ("L'opposizione chiede al governo di uscire dalla Convenzione di Ottawa.", []),
    # neg anniversary
    (
        "Si celebra oggi l'anniversario dell'entrata in vigore della Convenzione di Ottawa, "
        "avvenuta il 1° marzo 1999.",
        [],
    ),
    # neg CFE
    ("La Russia si è ritirata dal trattato CFE nel 2023.", []),
    # neg troops
    ("Il Parlamento ha approvato il ritiro delle truppe dall'Afghanistan.", []),
    # neg will not leave
    ("La Finlandia ha annunciato che non lascerà la Convenzione di Ottawa.", []),
    # neg contract in force
    ("Entra in vigore oggi per tutti i lavoratori il nuovo contratto nazionale.", []),
    # neg budget law
    ("Il Parlamento lituano approva la legge sul bilancio della Difesa.", []),
    # neg treaty own eif
    ("Il trattato di Ottawa è entrato in vigore il 1° marzo 1999.", []),
    # neg troops UN
    ("La Russia ha informato l'ONU del ritiro delle truppe dalla Siria.", []),
    # neg intends budget
    (
        "La Lituania intende aumentare la spesa militare, mentre si discute della "
        "Convenzione di Ottawa.",
        [],
    ),
    # announce detto che future
    (
        "L'Estonia ha detto che si ritirerà dalla Convenzione di Ottawa l'anno prossimo.",
        [step("EST", "2025-03", "announce_intent_to_withdraw")],
    ),
    # neg detto che non
    ("Il ministro ha detto che la Finlandia non si ritirerà dalla Convenzione di Ottawa.", []),
    # neg detto che future other
    ("Il premier ha detto che il governo uscirà rafforzato dal voto sul bilancio.", []),
]

USES: list[tuple[str, list[Claim]]] = [
    # active + secondo
    (
        "L'esercito russo ha posato mine antiuomo nella regione di Kharkiv, secondo Human "
        "Rights Watch.",
        [use("RUS")],
    ),
    # passive agent
    ("Mine antiuomo sono state piazzate dalle forze russe lungo il fiume Dnipro.", [use("RUS")]),
    # accusa capital
    (
        "Kiev accusa Mosca di aver minato i campi agricoli nella regione di Zaporizhzhia.",
        [use("RUS")],
    ),
    # secondo ONU demonym
    (
        "Secondo l'ONU, i militari birmani hanno disseminato mine nei villaggi dello Stato "
        "Rakhine.",
        [use("MMR")],
    ),
    # ha denunciato l'uso da parte
    (
        "Human Rights Watch ha denunciato l'uso di mine antiuomo da parte dell'esercito del "
        "Myanmar.",
        [use("MMR")],
    ),
    # headline present
    ("Myanmar, la giunta semina mine nei villaggi", [use("MMR")]),
    # ha denunciato trailing
    (
        "Le forze ucraine hanno usato mine antiuomo vicino a Izium, ha denunciato Human "
        "Rights Watch.",
        [use("UKR")],
    ),
    # continuano a piazzare
    ("Gli Houthi continuano a piazzare mine nelle zone residenziali dello Yemen.", [use("YEM")]),
    # governo di accusa
    (
        "Il governo di Kiev ha accusato la Russia di aver utilizzato mine antiuomo nel Donbass.",
        [use("RUS")],
    ),
    # demonym soldiers
    ("Soldati russi hanno piazzato mine nei campi di grano, denuncia un rapporto.", [use("RUS")]),
    # impersonal si
    (
        "Secondo il rapporto, nel 2024 si sono usate mine antiuomo in Myanmar da parte "
        "dell'esercito.",
        [use("MMR", "2024")],
    ),
    # reported laid date
    (
        "Secondo Kiev, le truppe russe hanno piazzato mine nei giardini di Bucha nel marzo 2022.",
        [use("RUS", "2022-03")],
    ),
    # neg denies
    ("La Russia nega di aver usato mine antiuomo in Ucraina.", []),
    # neg plan
    ("La Lituania prevede di posare mine lungo il confine in caso di invasione.", []),
    # neg sea mines
    ("Le mine navali russe minacciano il traffico nel Mar Nero.", []),
    # neg cluster
    ("Le forze russe hanno usato bombe a grappolo a Kharkiv.", []),
    # mercenaries by name
    (
        "Il governo di Tripoli accusa i mercenari russi del gruppo Wagner di aver posato "
        "mine nelle case di Ain Zara, in Libia.",
        [use("LBY")],
    ),
    # paramilitaries
    (
        "Secondo l'ONU, i paramilitari hanno piazzato mine nei villaggi del Darfur, in Sudan.",
        [use("SDN")],
    ),
    # Islamic State
    ("Lo Stato islamico ha disseminato mine nelle campagne di Raqqa, in Siria.", [use("SYR")]),
    # group before its nationality
    (
        "Kabul accusa i talebani pakistani di aver disseminato mine lungo il confine, in "
        "Afghanistan.",
        [use("AFG")],
    ),
    # group before its patron
    (
        "Damasco accusa le milizie iraniane di aver piazzato mine vicino a Deir ez-Zor, in Siria.",
        [use("SYR")],
    ),
    # state before group
    (
        "Il governo libico accusa l'esercito russo e i mercenari di aver posato mine a Tripoli.",
        [use("RUS")],
    ),
    # state forces before rebels
    (
        "Kiev accusa le forze russe e i ribelli separatisti di aver posato mine nel Donbass.",
        [use("RUS")],
    ),
    # neg Wagner left
    ("Il gruppo Wagner si è ritirato da Tripoli, in Libia.", []),
]

STOCKS: list[tuple[str, list[Claim]]] = [
    # active + year
    (
        "L'Ucraina ha distrutto 3.000 mine antiuomo delle sue scorte nel 2024.",
        [destroyed("UKR", "2024", 3000)],
    ),
    # passive
    (
        "Sono state distrutte 12.000 mine immagazzinate in Grecia lo scorso anno.",
        [destroyed("GRC", "2024", 12000)],
    ),
    # completata distruzione
    (
        "La Bielorussia ha completato la distruzione delle sue scorte di mine antiuomo.",
        [destroyed("BLR", "2025-03", None)],
    ),
    # fatto brillare + ieri
    (
        "Lo Sri Lanka ha fatto brillare ieri le ultime mine antiuomo delle proprie scorte.",
        [destroyed("LKA", "2025-03-12", None)],
    ),
    # secondo + arsenale
    (
        "Secondo il ministero della Difesa, l'Oman ha distrutto l'intero arsenale di mine "
        "antiuomo.",
        [destroyed("OMN", "2025-03", None)],
    ),
    # headline nominal
    ("Grecia, distrutte le ultime mine antiuomo delle scorte", [destroyed("GRC", "2025-03", None)]),
    # neg duty
    ("La Grecia deve ancora distruggere 400.000 mine delle sue scorte.", []),
    # neg fire
    ("Un incendio ha distrutto un deposito di carbone vicino alla miniera.", []),
    # neg cluster
    ("La Spagna ha completato la distruzione delle scorte di munizioni a grappolo.", []),
    # lo scorso anno
    (
        "La Grecia ha distrutto 5.000 mine delle sue scorte lo scorso anno.",
        [destroyed("GRC", "2024", 5000)],
    ),
    # neg cluster stock headline
    ("Distrutte le ultime bombe a grappolo delle scorte spagnole.", []),
]

POLICIES: list[tuple[str, list[Claim]]] = [
    # revocato divieto
    (
        "Gli Stati Uniti hanno revocato il divieto di usare mine antiuomo.",
        [policy("USA", "2025-03")],
    ),
    # deciso di produrre
    ("La Polonia ha deciso di produrre mine antiuomo.", [policy("POL", "2025-03")]),
    # annunciato ripresa produzione
    (
        "Il governo di Varsavia ha annunciato la ripresa della produzione di mine antiuomo.",
        [policy("POL", "2025-03")],
    ),
    # approvato invio
    ("Washington ha approvato l'invio di mine antiuomo all'Ucraina.", [policy("USA", "2025-03")]),
    # vietato produzione
    (
        "Il Parlamento ucraino ha vietato la produzione di mine antiuomo.",
        [policy("UKR", "2025-03")],
    ),
    # headline present
    ("Finlandia, via libera all'acquisto di mine antiuomo", [policy("FIN", "2025-03")]),
    # neg non intende
    ("La Polonia non intende produrre mine antiuomo.", []),
    # neg coal
    ("Il governo ha vietato l'estrazione di carbone nelle miniere.", []),
    # neg tanks go-ahead
    ("Via libera all'acquisto di nuovi carri armati per l'esercito polacco.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASUALTIES + CLEARANCE + TREATY_STEPS + USES + STOCKS + POLICIES,
)
def test_italian_paradigm_grid(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "it") == expected
