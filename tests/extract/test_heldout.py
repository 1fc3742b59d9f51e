"""The team-written held-out passages (``data/heldout.jsonl``), one test per passage.

Each batch was annotated before the extractor was first run on it; its first-run score is the
held-out figure in docs/extraction-log.md, and the fixes that followed made the passages tests.
A passage passes as the project scorer (``../shared/eval-dev/score.py``) would give it full
marks: every required event is matched by a candidate of the same type, state and treaty step
whose date agrees at the gold's granularity, and every other candidate matches an event of
the passage (an optional one included). Passages still failing are listed in ``KNOWN_GAPS``
with the reason, as strict expected failures: one that starts passing fails the run, so the
list cannot go stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract import extract, parse_text

DATA = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
KNOWN_GAPS = {
    "h27": "use by a state's forces and by armed groups in the same state (Myanmar) are two "
    "claims on purpose (the reference data, apm_use.csv, keeps a state's use and armed groups' "
    "use apart by actor_kind); the gold, written before the run, lists one",
    # Batch 7, measured on its first run (docs/extraction-log.md) and not fixed; gold frozen first.
    "h113": "'Baku blames the mines on Armenian forces, who it says laid them before withdrawing"
    " from the area in 2020' is read as use by Armenia, dated 2020: a date after 'before "
    "withdrawing' bounds the laying (h54's gold dates 'planted mines ... before withdrawing last "
    "week' so); this gold leaves it undated",
    # Batch 8, sealed until the end of the session of 30 November 2026: its two gaps (h152,
    # h155: clearance of "items of unexploded ordnance" and in present-tense headlines) were
    # closed by whole-kind fixes after the seal was lifted (docs/extraction-log.md).
    # Batch 9, written blind and sealed until the end of the session of 30 November 2026 (second
    # session); first run at 3463eba: F1 0.636, date 0.844; after the session's general fixes
    # (b79715b): 0.664 / 0.863 (docs/extraction-log.md).
    "h184": "Russian: the ВСУ use ('отступающие подразделения ВСУ массово применяли "
    "противопехотные мины') is read undated, where the gold dates it the report month",
    # Batch 10, written blind and sealed until the end of the session of 30 November 2026
    # (third session); first run at 14a5435: F1 0.697, date 0.794; after the session's general
    # fixes (9a8250a): 0.754 / 0.756 (docs/extraction-log.md). Reasons as the run gave them
    # (type, state, treaty step, date: gold missed, gold matched but misdated, extra candidates).
    "h211": "extra: other CHL 2001 (the extension 'had been granted an extension of its "
    "clearance deadline', which this gold does not list, dated by the join's year before it)",
    # Batch 11, written blind by the team (fourth session of 30 November 2026) and released
    # after its first run: F1 0.763, date 0.848 at 7d88463 (docs/extraction-log.md). Reasons as
    # the run gave them (gold missed, gold matched but misdated, extra candidates).
    "h248": "extra: other TCD 2024-04 (the extension 'a obtenu une prolongation de son délai', "
    "which this gold does not list)",
    "h251": "missed: stockpile_destruction ITA 2002-11; use_allegation RUS None",
    "h273": "misdated: policy_change USA 2022-06-21 dated 2020",
    "h279": "misdated: clearance_progress KHM None dated 1996-06; clearance_progress KHM None"
    " dated 1996-06",
    # Batch 12, written blind and sealed until the end of the session of 30 November 2026 (fourth
    # session); first run at 04ddf26 (session start): F1 0.677, date 0.776; at the session's end
    # (cd5e2b4), unseen by anyone fixing: 0.726 / 0.792 (docs/extraction-log.md). Reasons as the run
    # gave them (type, state, treaty step, date: gold missed, gold matched but misdated, extra
    # candidates).
    "h285": "misdated: clearance_progress UKR 2024-06 dated 2024-05; clearance_progress UKR "
    "2024-06 dated 2024-05 ('протягом минулого тижня' read as the week before publication)",
    "h302": "extra: clearance_progress THA 2025-09",
    "h317": "misdated: policy_change USA 2024-11 dated 2024-12",
    "h318": "extra: stockpile_destruction KOR 2024-06; policy_change KOR 2018-10",
    # Batches 15 and 16 (h401-h480), written blind on 1 December 2026 by helpers who never read
    # the code, scored sealed at 3cc2033 (batch 15: F1 0.844, date 0.705; batch 16: 0.862 /
    # 0.699), then released for study (docs/extraction-log.md). Reasons as that run gave them. Note:
    # their writers date a "since X" total with no stated end null (README dates rule 5); the
    # dev gold dates it the publication month where the page has a date (d61, d78, d82, d83).
    "h408": "misdated: casualty_incident BIH None dated 2025-08",
    "h410": "extra: stockpile_destruction YEM 1998",
    "h413": (
        "misdated: casualty_incident AZE None dated 2026-02 (the 'Since November 2020' total, "
        "which this gold leaves undated)"
    ),
    "h415": "missed: clearance_progress ZWE 2025-05-27",
    "h416": "misdated: casualty_incident SYR None dated 2025-10",
    "h417": "extra: clearance_progress SEN 2025-06; other SEN 2025-07",
    "h419": "misdated: casualty_incident UKR None dated 2025-04",
    "h429": (
        "misdated: use_allegation COL 2026-02 dated None ('grupos armados ... siguen instalando "
        "minas'; h104's gold leaves the same 'siguen sembrando minas' undated)"
    ),
    "h434": (
        "misdated: casualty_incident UKR None dated 2025-09 (a total 'з початку повномасштабного "
        "вторгнення' with no end: this gold leaves it undated, the dev gold dates such totals the "
        "publication month, d61, d78, d82, d83)"
    ),
    "h442": (
        "missed: treaty_action MHL announce_intent_to_join 2026-03-10 | extra: policy_change MHL "
        "2026-03"
    ),
    "h444": (
        "misdated: casualty_incident UKR 2025-09-03 dated 2025-09 | extra: casualty_incident UKR "
        "2025-09"
    ),
    "h447": "missed: casualty_incident MMR 2025-06",
    "h453": "misdated: use_allegation KHM 2025-10 dated 2025-11 ('cleared in October, meaning "
    "newly laid in recent weeks': the gold dates the laying by the check)",
    "h455": (
        "misdated: casualty_incident YEM 2021-02-27 dated 2021-03 | extra: clearance_progress YEM "
        "2021-02; clearance_progress YEM 2021-03"
    ),
    "h464": "misdated: clearance_progress SEN None dated 2024-12",
    "h469": (
        "misdated: clearance_progress PER 2025-03 dated 2025-04 (twice: 'Desde 2014, ... "
        "despejaron' after the completion of 28 March; a running total from its start ends at "
        "publication, as test_impact_paradigms' Chilean total)"
    ),
    "h471": (
        "misdated: use_allegation UKR 2024-09 dated None ('продолжают минировать' is undated by "
        "README rule 6, as h254, h236 and h699's gold have the same wording)"
    ),
    "h479": (
        "misdated: clearance_progress YEM 2024-09 dated 2024-10; use_allegation YEM None dated "
        "2024-10-19"
    ),
    # Batch 19 (h561-h600: 14 French, 14 Spanish, 12 Russian), written blind on 1 December 2026
    # and scored sealed at 07f0b51 (F1 0.788, date 0.806; session-start code 3cc2033: 0.793 /
    # 0.806), then released for study. Reasons as that run gave them.
    # Batch 22 (h681-h720: 9 French, 8 Spanish, 7 Russian, 4 Ukrainian, 4 German, 3 Italian,
    # 3 Portuguese, 2 Arabic), written blind on 1 December 2026 and scored sealed at 86cff10
    # (F1 0.743, date 0.885), then released for study. Reasons as the first run gave them.
    "h685": (
        "misdated: stockpile_destruction GRC 2019 dated 2020-02-17 | extra: stockpile_destruction"
        " BGR 2008"
    ),
    "h695": "missed: clearance_progress LBN 2019-10",
    "h696": (
        "misdated: stockpile_destruction LKA 2021-10 dated 2021-11 | extra: clearance_progress "
        "LKA 2021-10"
    ),
    "h700": "misdated: clearance_progress AZE 2023-07 dated 2023-08",
    "h712": "extra: casualty_incident IRN 2023-04",
    # Batches 20, 21 (mixed languages, 22 English passages each; h601-h680) and 23 (30 English,
    # German, Portuguese, Ukrainian; h721-h760), written blind on 1 December 2026 (third
    # session) and never studied: sealed at the session start 86cff10 (F1 0.812, date 0.863 on
    # the 120) and at its end 6bc77e9 (F1 0.832, date 0.889), then released for the next
    # session to study. Reasons as that end-of-session run gave them.
    "h609": "misdated: use_allegation RUS 2026-03 dated None ('напередодні' of the laying)",
    "h617": (
        "misdated: casualty_incident AGO 2026-03 dated 2025 ('no mesmo período, contra 17 "
        "vítimas em todo o ano de 2025': the compared year's figure read into the count)"
    ),
    "h619": "missed: policy_change USA 2014-09",
    "h649": "extra: policy_change FIN 2026",
    "h666": "extra: stockpile_destruction GRC 2025-03",
    "h674": "missed: stockpile_destruction UKR 2019-12",
    "h724": "misdated: use_allegation MMR 2025-10 dated None",
    # Batch 26 (h841-h880: 30 English, 4 Spanish, 3 Arabic, 3 Italian), written blind on
    # 1 December 2026 (fourth session) by a helper who never read the code; scored sealed at
    # the session start 0af7095 (F1 0.783, date 0.862), then released for study. Reasons as
    # the run at 107e42f gave them.
    "h849": "misdated: use_allegation YEM 2017-04 dated None",
    "h854": (
        "misdated: clearance_progress CHL 2020-02-28 dated 2020-03-01; clearance_progress CHL "
        "2020-02-28 dated 2020-03; clearance_progress CHL 2020-02-28 dated 2020-03"
    ),
    "h864": (
        "missed: clearance_progress COL 2023-04-04; clearance_progress COL 2023-04-04 | "
        "misdated: clearance_progress COL 2023-04-04 dated 2023-04"
    ),
    "h869": (
        "misdated: casualty_incident UKR None dated 2023-01; use_allegation RUS 2023-01 dated None"
    ),
    # Batches 24 and 25 (h761-h840: 23 English, 4 French, 3 Spanish, 3 Russian, 2 Ukrainian,
    # 2 German, 1 Portuguese, 1 Arabic, 1 Italian each), written blind on 1 December 2026
    # (fourth session) and never studied: sealed at the session start 0af7095 (F1 0.797, date
    # 0.904 on the 80) and at its end 03114b6 (F1 0.831, date 0.909), then released for the
    # next session to study. Reasons as that end-of-session run gave them.
    "h761": "missed: use_allegation LBY None | extra: use_allegation RUS None",
    "h763": "missed: use_allegation RUS 2022",
    "h765": "missed: clearance_progress MOZ 2015-09 | extra: stockpile_destruction MOZ 2015-09",
    "h768": "missed: casualty_incident HRV 2019-08-17",
    "h769": "misdated: use_allegation ARM None dated 2021",
    "h772": "misdated: use_allegation RUS 2023-01 dated None",
    "h773": (
        "misdated: stockpile_destruction UKR 2019-01 dated 2018 | extra: stockpile_destruction "
        "UKR 2010-06-01"
    ),
    "h776": "misdated: use_allegation UKR 2023-08-13 dated None",
    "h790": "missed: clearance_progress UKR 2024-04; clearance_progress UKR 2024-04",
    "h791": (
        "misdated: clearance_progress DZA 2016-12-04 dated 2016-12 | missed: clearance_progress "
        "DZA 2016-12; clearance_progress DZA 2016-12 | extra: clearance_progress FRA 1959 (x3)"
    ),
    "h795": "extra: policy_change USA 2020-02",
    "h808": "missed: casualty_incident UKR 2024-05-18",
    "h811": "missed: use_allegation LBY None",
    "h817": "misdated: casualty_incident BIH 2023-10-15 dated 2023-10",
    "h818": "missed: use_allegation UKR 2022-07-30; clearance_progress UKR 2022-08",
    "h820": "missed: use_allegation RUS 2025-07",
    "h821": (
        "missed: clearance_progress CHL 2020-03 | misdated: clearance_progress CHL 2020-02 "
        "dated 2020-03 | extra: other CHL 2020-03"
    ),
    "h829": "misdated: stockpile_destruction ESH 2019-01 dated 2005",
    "h830": (
        "misdated: use_allegation IRQ None dated 2015-11 (laid 'before they were driven out ... "
        "last November': h54's gold dates a bound so, this gold leaves it undated)"
    ),
    # Batch 27, written blind by the team at the start of the session of 1 December 2026 (fifth
    # session) and released for study after its first run at 44d65a4: F1 0.804 (P 0.816,
    # R 0.792), date 0.838 (docs/extraction-log.md). Reasons as the run gave them.
    "h884": (
        "misdated: clearance_progress YEM 2022-02 dated 2018; use_allegation YEM None dated 2022-02"
    ),
    "h886": "extra: casualty_incident None 2024-11-20",
    "h887": "missed: clearance_progress LKA 2011-06",
    "h890": (
        "misdated: clearance_progress CHL 2020-02 dated 2020-03 (the 179,815 mines destroyed "
        "'desde el inicio de las operaciones en 2004', a running total this gold ends at the "
        "completion's month and h821's gold, the same story, at publication)"
    ),
    "h896": (
        "misdated: clearance_progress VEN 2013-10-18 dated 2013-10 (the 1,074 mines destroyed "
        "'durante los trabajos' since 2011, which this gold ends at the completion's day)"
    ),
    "h903": (
        "missed: use_allegation LBY 2020-05; casualty_incident LBY 2020-06 | misdated: "
        "casualty_incident LBY 2020-06-27 dated 2020-06"
    ),
    "h906": (
        "misdated: clearance_progress AZE 2023-05 dated 2023-06; use_allegation ARM None dated "
        "2023-05"
    ),
    "h907": "extra: other TJK 2018-03 (the extension 'has been extended to 2025', which "
    "this gold does not list; most golds list an Article 5 extension as optional other)",
    "h915": "extra: other IRQ 2022-01 (the extension request, which this gold does not list)",
    "h920": "missed: policy_change USA 2022-06-21 | extra: use_allegation KOR 2014",
    # Batches 28 and 29, written blind by the team at the start of the session of 1 December 2026
    # (fifth session) and sealed until its end: first run at 44d65a4 F1 0.817, date 0.902; at the
    # end (53ae47f), unseen by anyone fixing: 0.827 / 0.905 (docs/extraction.md). Reasons as the
    # run gave them.
    "h921": (
        "missed: treaty_action LVA withdrawal_effective 2025-12-27; treaty_action EST "
        "withdrawal_effective 2025-12-27 | extra: stockpile_destruction LTU 2003-05-12; "
        "policy_change LVA 2025-12"
    ),
    "h922": "extra: policy_change FIN 2025",
    "h928": "missed: clearance_progress GEO 2011-11",
    "h935": "missed: clearance_progress AZE 2025-08",
    "h940": "extra: policy_change BLR None",
    "h941": (
        "extra: treaty_action MNE join 2003-09-18; treaty_action GRC join 2003-09; "
        "treaty_action TUR join 2003-09; other MNE 2003-09"
    ),
    "h942": (
        "missed: casualty_incident UKR 2023-10-19 | misdated: use_allegation RUS 2022-09 dated None"
    ),
    "h943": (
        "missed: clearance_progress ALB 2009-10; clearance_progress ALB 2009-10 | misdated: "
        "clearance_progress ALB 2009-10 dated 2009-12 | extra: clearance_progress COL "
        "2009-12-02; clearance_progress SRB 2009-12; clearance_progress SRB 2009-12"
    ),
    "h944": (
        "missed: clearance_progress MRT 2018-11 | misdated: clearance_progress MRT 2018-11-29 "
        "dated 2018-11 | extra: stockpile_destruction MRT 2018-11-29; treaty_action MRT "
        "entry_into_force 2018-11"
    ),
    "h946": "missed: casualty_incident SDN 2025-05",
    "h952": (
        "misdated: clearance_progress CHL 2020-02 dated 2020-03; clearance_progress CHL 2020-02"
        " dated 2020-03 | extra: casualty_incident CHL 2020-03"
    ),
    "h953": "missed: clearance_progress None 2022 | extra: casualty_incident None 2022",
    "h955": "misdated: use_allegation YEM None dated 2018",
    "h957": "missed: treaty_action POL withdrawal_notified 2025-08-20",
    "h958": "misdated: stockpile_destruction ITA 2002-12 dated 1999",
    "h959": (
        "missed: use_allegation MMR 2024-10 | extra: casualty_incident MMR 2023; use_allegation "
        "None None"
    ),
    "h960": "misdated: treaty_action LVA parliament_approves_withdrawal 2025-04-16 dated 2025-04",
    "h961": "misdated: use_allegation UKR 2022-07-30 dated None",
    "h963": "missed: clearance_progress None 2023 | extra: casualty_incident None None",
    "h966": "missed: casualty_incident HRV 2024-10",
    "h967": "extra: casualty_incident UKR 2023-04",
    "h971": (
        "missed: casualty_incident SYR 2025-03; use_allegation SYR None | extra: use_allegation"
        " IRN None"
    ),
    "h978": "misdated: clearance_progress MOZ 2015-09 dated 1993",
    "h984": "extra: clearance_progress JPN 2000-01",
    "h985": (
        "misdated: treaty_action LTU withdrawal_notified 2025-06 dated 2025-12-27; "
        "treaty_action LVA withdrawal_notified 2025-06 dated 2025-12-27; treaty_action EST "
        "withdrawal_notified 2025-06 dated 2025-12-27"
    ),
    "h988": "misdated: use_allegation SEN None dated 2021-01",
    "h992": "missed: treaty_action OMN join 2014-08-20",
    "h993": "misdated: use_allegation LBY 2020-05 dated None | extra: use_allegation RUS None",
    "h995": "missed: treaty_action FIN withdrawal_notified 2025-07",
    # Batch 36 (h1241-h1280: 28 English, 5 Spanish, 4 Arabic, 3 Italian, 900-1,400 characters
    # each), written blind at the start of the session of 1 December 2026 16:30 UTC (sixth
    # session) and released for study: first run at 71cc5e0 F1 0.832, date 0.862. Reasons as
    # the run gave them.
    "h1245": "missed: treaty_action MHL join 2025-03",
    "h1248": (
        "misdated: clearance_progress LKA None dated 2025-10; clearance_progress LKA None "
        "dated 2025-10"
    ),
    "h1250": "missed: casualty_incident AZE 2026-04 | extra: casualty_incident ARM None",
    "h1251": (
        "misdated: clearance_progress ZWE 2026-01 dated 2026-02; clearance_progress ZWE "
        "2026-01 dated 2026-02 | extra: clearance_progress ZWE 2026-02"
    ),
    "h1252": "misdated: casualty_incident IRQ 2026-05-03 dated 2026-05",
    "h1254": (
        "misdated: use_allegation KHM 2026-05 dated 2026-06 (the 'Since July last year' "
        "total is dated since the dates pass)"
    ),
    "h1258": "missed: casualty_incident SEN 2025-11-08",
    "h1262": "missed: treaty_action POL parliament_approves_withdrawal 2025-06-26",
    "h1266": (
        "missed: casualty_incident IND 2026-01-13 | misdated: casualty_incident IND "
        "2026-01-18 dated 2026-01-13"
    ),
    "h1267": "missed: treaty_action MNG announce_intent_to_join 2026-03",
    "h1268": (
        "misdated: use_allegation SDN 2025 dated None | extra: clearance_progress SDN 2023 "
        "(the total 'since ... retook the capital in March' is dated since the dates pass)"
    ),
    "h1271": (
        "missed: clearance_progress PER 2024; clearance_progress PER 2024 | misdated: "
        "clearance_progress PER 2025-06 dated 2024"
    ),
    "h1272": "misdated: use_allegation RUS 2025 dated None",
    "h1273": "misdated: use_allegation COL None dated 2026-02-01",
    "h1276": "misdated: clearance_progress LBY 2025-03 dated 2025",
    "h1277": (
        "missed: clearance_progress EGY 2025-10 | misdated: clearance_progress EGY 2025-10 "
        "dated 1942 | extra: clearance_progress None 2025-11; treaty_action EGY None"
    ),
    "h1278": "missed: use_allegation RUS 2022-11",
    "h1279": "misdated: casualty_incident AFG 2025-03-30 dated 2025-04-04",
    "h1280": "missed: clearance_progress LBN 2025-12-10",
    # Batches 30-35 (h1001-h1240: 28 English, 5 Spanish, 4 Arabic, 3 Italian each; 30-32 are
    # 550-800 characters a passage, 33-35 900-1,500), written blind at the start of the session
    # of 1 December 2026 16:30 UTC (sixth session) and sealed until its end: first run at 71cc5e0
    # F1 0.876, date 0.871; at the end (ee758d2), unseen by anyone fixing: 0.885 / 0.885
    # (docs/extraction.md). Reasons as the run at ee758d2 gave them.
    "h1001": "misdated: casualty_incident AFG 2024-12 dated 2024-03",
    "h1007": "misdated: use_allegation LBY 2020 dated None",
    "h1009": (
        "missed: clearance_progress ZWE 2022-10-03; clearance_progress ZWE 2022-10-03 | "
        "extra: clearance_progress NAM 2022-10-03; clearance_progress NAM 2022-10-03; "
        "clearance_progress NAM 2022-10-03"
    ),
    "h1019": "missed: casualty_incident MMR 2024-06-03 | extra: casualty_incident THA 2024-06-03",
    "h1020": "extra: clearance_progress LKA 2023-06",
    "h1030": (
        "misdated: clearance_progress CHL 2020-02 dated 2020-03; clearance_progress CHL "
        "2020-02 dated 2020-03"
    ),
    "h1031": "extra: casualty_incident None 2025-08",
    "h1042": (
        "missed: clearance_progress AGO 2024; clearance_progress AGO 2024 | misdated: "
        "clearance_progress AGO 2025-02 dated 2024; clearance_progress AGO 2025-02 dated 2024"
    ),
    "h1043": "missed: treaty_action LTU withdrawal_notified 2025-06-27",
    "h1045": (
        "missed: clearance_progress ZWE None; clearance_progress ZWE None; casualty_incident "
        "ZWE None"
    ),
    "h1047": (
        "misdated: treaty_action FIN parliament_approves_withdrawal 2025-06-19 dated 2025-06;"
        " treaty_action FIN announce_intent_to_withdraw 2025-04-01 dated 2025"
    ),
    "h1056": "misdated: use_allegation UKR 2026-01 dated None",
    "h1060": "misdated: treaty_action POL parliament_approves_withdrawal 2025-06 dated 2025-08",
    "h1064": "missed: casualty_incident SEN 2024-06-02",
    "h1069": "misdated: use_allegation COL None dated 2025-01",
    "h1071": "misdated: use_allegation COL 2025 dated 2024",
    "h1072": "missed: clearance_progress ECU 2024-12-03",
    "h1075": "missed: casualty_incident YEM None",
    "h1085": "extra: treaty_action MHL 1998",
    "h1091": (
        "misdated: casualty_incident ZWE 2025-08-19 dated 2025-09 | extra: clearance_progress"
        " ZWE 2025-08"
    ),
    "h1092": "extra: stockpile_destruction FIN 2015",
    "h1097": (
        "misdated: casualty_incident THA 2026-02 dated 2025-07 | extra: use_allegation THA 2026-02"
    ),
    "h1099": "extra: treaty_action EST 2026-01-15",
    "h1110": "missed: clearance_progress ECU 2024",
    "h1111": "extra: treaty_action RUS 2025-03",
    "h1112": "extra: casualty_incident None 2025-03-12; casualty_incident None 2023",
    "h1113": (
        "missed: casualty_incident MEX 2025-10-19; use_allegation MEX None; casualty_incident"
        " MEX 2025-10 | extra: casualty_incident None 2025-10-19; use_allegation None None; "
        "clearance_progress None 2025-10"
    ),
    "h1116": "missed: clearance_progress IRQ 2025",
    "h1117": "missed: use_allegation ISR 2025-11 | extra: use_allegation LBN 2025-11",
    "h1119": (
        "missed: use_allegation RUS 2020; casualty_incident LBY 2025-10 | extra: "
        "use_allegation LBY None; casualty_incident ITA 2025-10-11; clearance_progress RUS "
        "2025-10; casualty_incident RUS 2025-10"
    ),
    "h1123": "missed: treaty_action MHL join 2025-03-12 | extra: treaty_action MHL 2025-03-12",
    "h1128": (
        "missed: clearance_progress LKA 2025-06 | misdated: clearance_progress LKA 2025-06-13"
        " dated 2025-06"
    ),
    "h1129": "misdated: clearance_progress YEM 2024-11 dated 2024-12",
    "h1131": "extra: stockpile_destruction NOR 2019-11-26; stockpile_destruction NOR 2008-03-01",
    "h1132": "missed: use_allegation KHM 2025-10 | extra: clearance_progress THA 2025-10",
    "h1135": "missed: treaty_action UKR announce_intent_to_withdraw 2025-06",
    "h1137": (
        "missed: clearance_progress SSD 2024-06; clearance_progress SSD 2024-06 | misdated: "
        "clearance_progress SSD 2024-05 dated 2024-06; clearance_progress SSD 2024-05 dated "
        "2024-06 | extra: clearance_progress SDN 2024-07; clearance_progress SDN 2024-07"
    ),
    "h1139": "extra: clearance_progress PRK 2024-07",
    "h1141": (
        "missed: casualty_incident UKR 2025-02-19 | misdated: use_allegation RUS 2025-02-18 "
        "dated None | extra: casualty_incident RUS 2025-02-19"
    ),
    "h1145": "misdated: casualty_incident ESH 2025-05-31 dated 2025-06-02",
    "h1150": (
        "misdated: clearance_progress ECU 2024-11-06 dated 2024-11; clearance_progress ECU "
        "2024-08 dated 2024-11"
    ),
    "h1151": "misdated: stockpile_destruction ESH 2011-06 dated 2005",
    "h1152": "misdated: clearance_progress COL 2025-04-04 dated 2025-04",
    "h1154": "extra: clearance_progress YEM 2025-01",
    "h1156": (
        "misdated: clearance_progress IRQ 2023-09 dated 2023-10; clearance_progress IRQ "
        "2023-09 dated 2023-10"
    ),
    "h1157": (
        "missed: use_allegation RUS 2020-05 | misdated: casualty_incident LBY 2024-06-09 "
        "dated 2024-06 | extra: use_allegation LBY 2020-05"
    ),
    "h1158": (
        "missed: treaty_action UKR announce_intent_to_withdraw 2025-06 | misdated: "
        "casualty_incident UKR 2025-07-30 dated 2025-07; use_allegation RUS 2025-07-30 dated "
        "2025-07-29"
    ),
    "h1159": "missed: treaty_action POL withdrawal_notified 2025-08-20",
    "h1162": "misdated: clearance_progress AGO 2023-11-09 dated 2023-11",
    "h1168": "missed: clearance_progress LKA 2024-04",
    "h1172": "extra: treaty_action FIN 2025-10",
    "h1174": "extra: policy_change ETH 2025-02",
    "h1175": (
        "missed: clearance_progress ZWE 2022-11 | misdated: clearance_progress ZWE 2022-11-11"
        " dated 2022-11; clearance_progress ZWE 2022-11-11 dated 2022-11"
    ),
    "h1176": (
        "missed: use_allegation KHM 2025-08 | misdated: casualty_incident THA 2025-07-30 "
        "dated 2025-08"
    ),
    "h1180": (
        "misdated: casualty_incident MMR 2023 dated None; casualty_incident SYR 2023 dated "
        "None; casualty_incident AFG 2023 dated None; casualty_incident UKR 2023 dated None"
    ),
    "h1181": "extra: clearance_progress LKA 2021-10-22",
    "h1182": "misdated: clearance_progress SEN 2022-03-07 dated 2022-03",
    "h1184": (
        "missed: clearance_progress HRV 2024; clearance_progress HRV 2024 | misdated: "
        "clearance_progress HRV 2025-04-04 dated None; clearance_progress HRV 2025-04 dated "
        "None; clearance_progress HRV 2025-04 dated 2024"
    ),
    "h1185": (
        "misdated: casualty_incident SSD 2023-06 dated None; clearance_progress SSD 2023-06 "
        "dated None; clearance_progress SSD 2023-06 dated None | extra: casualty_incident "
        "None None"
    ),
    "h1186": "misdated: clearance_progress TJK 2021-05 dated 2021-06",
    "h1187": "misdated: use_allegation UKR 2022-09 dated None",
    "h1188": (
        "misdated: casualty_incident ESH 2022-11 dated None; use_allegation MAR None dated "
        "2022-11 | extra: casualty_incident MAR None"
    ),
    "h1189": (
        "misdated: casualty_incident COL 2024-02-18 dated 2024-02 | extra: use_allegation COL"
        " None; use_allegation COL None"
    ),
    "h1190": "misdated: clearance_progress COL 2023-08-29 dated None",
    "h1191": "extra: stockpile_destruction UKR 2005",
    "h1192": (
        "missed: clearance_progress PER 2024-10 | misdated: clearance_progress PER 2024-11-29"
        " dated 2024-10"
    ),
    "h1193": "extra: casualty_incident PER 2022",
    "h1194": "extra: casualty_incident YEM 2024-06",
    "h1195": "extra: casualty_incident SYR 2025-03",
    "h1196": "misdated: use_allegation ISR None dated 2000-05",
    "h1197": (
        "misdated: clearance_progress IRQ 2022-03 dated 2022; clearance_progress IRQ 2022-03 "
        "dated 2022-04"
    ),
    "h1198": "misdated: treaty_action FIN withdrawal_effective 2026-01-10 dated 2025-07-10",
    "h1199": (
        "missed: use_allegation LBY 2020-06; casualty_incident LBY 2020-06 | misdated: "
        "casualty_incident LBY 2020-06-04 dated 2020-06"
    ),
    "h1200": (
        "missed: use_allegation MMR None (the state's forces named after a place, 'russe in "
        "Ucraina e delle forze armate del Myanmar') | misdated: casualty_incident MMR "
        "2024 dated None; casualty_incident SYR 2024 dated None; casualty_incident AFG 2024 "
        "dated None; casualty_incident UKR 2024 dated None; stockpile_destruction UKR 2024 "
        "dated 2025-12"
    ),
    "h1202": (
        "misdated: clearance_progress AGO 2024-09-18 dated 2024-09; clearance_progress AGO "
        "2024-09-18 dated 2024-09"
    ),
    "h1206": (
        "missed: casualty_incident UKR 2024-05 | misdated: casualty_incident UKR 2024-05-26 "
        "dated 2024-05"
    ),
    "h1207": (
        "missed: clearance_progress IRQ 2023-06-07; clearance_progress IRQ 2023-06-07 | "
        "extra: clearance_progress IRN 2023-06; clearance_progress IRN 2023-06"
    ),
    "h1209": "misdated: clearance_progress AZE 2025-09 dated 2025-10",
    "h1210": (
        "misdated: clearance_progress SEN 2022-11-30 dated 2022-11; clearance_progress SEN "
        "2022-11-30 dated 2022-11"
    ),
    "h1211": "misdated: casualty_incident BIH 2026-02-09 dated 2026-02",
    "h1212": (
        "misdated: policy_change EST 2026-01-14 dated 2026-01 | extra: policy_change EST 2025-12-27"
    ),
    "h1213": "misdated: clearance_progress TJK 2024 dated 2025-02",
    "h1215": "missed: use_allegation RUS None",
    "h1216": "misdated: use_allegation KHM None dated 2025-11",
    "h1220": "misdated: use_allegation MMR 2024-08 dated None",
    "h1221": "misdated: clearance_progress SDN None dated 2025-07",
    "h1223": "misdated: stockpile_destruction LKA 2021-10-05 dated 2021-10",
    "h1224": (
        "missed: casualty_incident UKR 2022-09 | misdated: use_allegation UKR 2022-09 dated "
        "None | extra: casualty_incident RUS None"
    ),
    "h1227": "extra: stockpile_destruction PER 2020-06",
    "h1232": "missed: use_allegation RUS 2022-09; clearance_progress UKR 2022-11",
    "h1233": (
        "missed: treaty_action POL announce_intent_to_withdraw 2025-03-18; treaty_action EST "
        "announce_intent_to_withdraw 2025-03-18; treaty_action LVA "
        "announce_intent_to_withdraw 2025-03-18; treaty_action LTU "
        "announce_intent_to_withdraw 2025-03-18; treaty_action FIN "
        "announce_intent_to_withdraw 2025-04"
    ),
    "h1234": "missed: clearance_progress SYR 2025-02 | extra: clearance_progress YEM 2025-02",
    "h1238": "missed: treaty_action POL withdrawal_effective 2026-02-20",
    "h1239": "missed: casualty_incident AFG 2023-12",
    "h1240": (
        "missed: casualty_incident TUN 2023-05 | misdated: casualty_incident TUN 2023-06-06 "
        "dated 2023-06 | extra: casualty_incident DZA 2023-06-06"
    ),
    # Batches 37-42 (h1281-h1520: 28 English, 5 Spanish, 4 Arabic, 3 Italian each, all 900-1,500
    # characters a passage), written blind at the start of the session of 1 December 2026 19:35
    # UTC (seventh session) and sealed until its end: first run at 1f26ac6 F1 0.848, date 0.873;
    # at the end (fba1c62), unseen by anyone fixing: 0.863 / 0.881 (docs/extraction.md). Reasons
    # as the run at fba1c62 gave them.
    "h1282": "missed: use_allegation COL 2019-07",
    "h1283": "misdated: clearance_progress MOZ 2015-09-17 dated 2015-09-04",
    "h1289": "misdated: use_allegation MMR 2012-09 dated None",
    "h1291": "misdated: clearance_progress CHL 2020-02-14 dated 2020-02-28",
    "h1293": "extra: casualty_incident AFG 2009-09",
    "h1294": "misdated: casualty_incident SYR 2025-03 dated 2025-02",
    "h1295": "misdated: use_allegation IRQ 2015 dated None",
    "h1296": (
        "missed: treaty_action LTU withdrawal_effective 2025-12-27 | extra: treaty_action LTU "
        "withdrawal_notified 2025-12-27"
    ),
    "h1297": (
        "missed: clearance_progress AFG 2007-06 | extra: clearance_progress ITA 2007-06; "
        "clearance_progress ITA 2007-06"
    ),
    "h1298": "misdated: clearance_progress LKA 2019-08-29 dated 2019-08",
    "h1299": "missed: treaty_action CAN join 1997-12-03",
    "h1301": "extra: casualty_incident COL 2007",
    "h1303": "extra: use_allegation GBR None; use_allegation DEU None; use_allegation ITA None",
    "h1304": "missed: use_allegation KHM 2026-01",
    "h1308": "missed: use_allegation ARM None",
    "h1309": "missed: policy_change ITA 1997-10-29",
    "h1311": "extra: casualty_incident IRQ 2023-09",
    "h1317": (
        "missed: clearance_progress KHM 2013-02 | misdated: casualty_incident KHM 2012 dated 1996"
    ),
    "h1318": (
        "missed: treaty_action FIN announce_intent_to_withdraw 2025-04-01; treaty_action FIN "
        "parliament_approves_withdrawal 2025-06 | extra: treaty_action USA "
        "announce_intent_to_withdraw 2025-04-01; treaty_action USA "
        "parliament_approves_withdrawal 2025-06"
    ),
    "h1319": "missed: clearance_progress LBN 2019-10",
    "h1320": "extra: use_allegation ERI 1999-02-06",
    "h1325": (
        "misdated: clearance_progress ZWE 2021 dated 2022-04; clearance_progress ZWE 2021 dated"
        " 2022-04 | extra: clearance_progress ZWE 2022-04"
    ),
    "h1327": "missed: policy_change GBR 1997-05-21 | extra: use_allegation GBR None",
    "h1328": (
        "missed: stockpile_destruction ITA 2002-11 | misdated: stockpile_destruction ITA "
        "2002-11-20 dated 2002-11"
    ),
    "h1331": "extra: casualty_incident MOZ None; casualty_incident MMR 1994",
    "h1332": (
        "missed: casualty_incident ECU 2023-03-21 | misdated: clearance_progress PER 2022 dated"
        " 2023-04"
    ),
    "h1334": "missed: casualty_incident TJK 2018-12-09",
    "h1335": (
        "missed: casualty_incident BIH 2020-03-16 | extra: casualty_incident None 2020-03-16; "
        "casualty_incident None 2020-03"
    ),
    "h1338": (
        "misdated: clearance_progress UKR 2023-04-04 dated 2023-04; clearance_progress UKR "
        "2023-04-04 dated 2023-04"
    ),
    "h1339": (
        "misdated: stockpile_destruction None 2009-06 dated None | extra: stockpile_destruction"
        " ETH None"
    ),
    "h1342": (
        "misdated: clearance_progress CHL 2020-02-27 dated 2020-03-04; clearance_progress CHL "
        "2020-02 dated 2020-03"
    ),
    "h1343": "missed: casualty_incident SYR None",
    "h1345": "misdated: clearance_progress MOZ 2013-06-27 dated 2013-06",
    "h1346": "missed: use_allegation LBY 2020-05 | extra: use_allegation RUS 2020-05",
    "h1347": "misdated: use_allegation MMR 2019-10 dated None",
    "h1349": "extra: clearance_progress GTM 2010-06",
    "h1351": "misdated: casualty_incident ERI 2000-07-16 dated 2000-06-18",
    "h1352": "missed: treaty_action CAN join 1997-12-03; stockpile_destruction CAN 1997-11",
    "h1354": (
        "missed: stockpile_destruction None 2016 | misdated: clearance_progress DZA 2017-02 "
        "dated 2016 | extra: stockpile_destruction DZA 2016"
    ),
    "h1355": (
        "missed: casualty_incident COL 2014-11 | extra: casualty_incident None 2014-11; "
        "casualty_incident None 2014-11"
    ),
    "h1356": (
        "missed: stockpile_destruction ESP 2000-10 | misdated: stockpile_destruction ESP "
        "2000-10-05 dated 2000-10"
    ),
    "h1358": "extra: policy_change FIN 2026-01",
    "h1359": "misdated: clearance_progress SDN 2006-08 dated 2005-01",
    "h1360": (
        "missed: casualty_incident MRT 2018-06 | misdated: clearance_progress MRT 2018-11-30 "
        "dated 2018"
    ),
    "h1362": "extra: casualty_incident NPL 2007",
    "h1363": "missed: policy_change GBR 1998-07-28 | extra: use_allegation GBR None",
    "h1368": "missed: use_allegation MMR None",
    "h1369": "extra: other MOZ 2014-03-01",
    "h1370": "misdated: casualty_incident BIH 2011-06-07 dated 2011-06",
    "h1372": "missed: casualty_incident UKR 2024-10",
    "h1373": "missed: clearance_progress IRQ 2017",
    "h1374": "extra: clearance_progress ESP 2000-10",
    "h1375": "missed: use_allegation AFG 2011",
    "h1380": "missed: casualty_incident LBN 2007-04 | extra: casualty_incident ISR 2007-04",
    "h1381": "misdated: use_allegation AFG None dated 2018",
    "h1382": "extra: treaty_action FIN parliament_approves_withdrawal 2025-07-04",
    "h1383": "missed: treaty_action CAN join 1997-12-03",
    "h1388": "misdated: clearance_progress LKA 2019-11 dated 2019-12",
    "h1389": "misdated: casualty_incident UKR 2023-08-10 dated 2023-08",
    "h1390": "missed: clearance_progress SYR 2025-02",
    "h1391": (
        "misdated: clearance_progress CHL 2020-02 dated 2020-03; clearance_progress CHL 2020-02"
        " dated 2020-03 | extra: clearance_progress PER 2020-03; use_allegation CHL None"
    ),
    "h1394": (
        "missed: clearance_progress KOR 2018-11-29 | misdated: clearance_progress KOR "
        "2018-11-29 dated 2018-11"
    ),
    "h1396": "missed: treaty_action LTU withdrawal_effective 2025-12-27",
    "h1399": (
        "misdated: casualty_incident UKR None dated 2023-01; use_allegation RUS 2023-01 dated None"
    ),
    "h1400": (
        "missed: casualty_incident SRB 2000-07-19; casualty_incident SRB 2000-07; "
        "use_allegation SRB 1999; clearance_progress SRB 2000-07; clearance_progress SRB "
        "2000-07 | extra: casualty_incident None 2000-07-19; casualty_incident None 2000-07"
    ),
    "h1401": "misdated: casualty_incident KHM 2003-02-11 dated 2003-02",
    "h1402": "misdated: clearance_progress PER 2010-06 dated 2009",
    "h1407": "missed: treaty_action UKR join 2005-05-18",
    "h1411": (
        "misdated: clearance_progress CHL 2020-02 dated 2020-03; clearance_progress CHL 2020-02"
        " dated 2020-03"
    ),
    "h1414": "misdated: casualty_incident IRQ 2024-01-13 dated 2024-01",
    "h1415": "misdated: clearance_progress AZE 2023-09 dated 2023-10",
    "h1417": (
        "missed: treaty_action CAN join 1997-12-03; stockpile_destruction CAN 1997-11 | extra: "
        "clearance_progress CAN 1997-11"
    ),
    "h1418": "extra: use_allegation RUS None",
    "h1419": "misdated: use_allegation RUS 2022 dated None",
    "h1421": (
        "missed: stockpile_destruction NIC 2002-04 | misdated: stockpile_destruction NIC "
        "2002-04-05 dated 2002-04"
    ),
    "h1423": "extra: casualty_incident LKA 2008-01; casualty_incident LKA 2008-01",
    "h1426": "missed: use_allegation SEN None",
    "h1427": "misdated: use_allegation UKR 2025-08-14 dated None",
    "h1428": (
        "missed: casualty_incident LBY 2020-06-06 | misdated: use_allegation RUS 2020-06 dated None"
    ),
    "h1431": (
        "misdated: clearance_progress PER 2015-10-23 dated 2015-10-27; clearance_progress PER "
        "2015-10-23 dated 2015-10; clearance_progress PER 2015-10-23 dated 2015-10 | extra: "
        "clearance_progress ECU 2015-10"
    ),
    "h1434": (
        "misdated: clearance_progress EGY 2009-04 dated 2007-10 | extra: use_allegation EGY None"
    ),
    "h1436": "extra: treaty_action FIN withdrawal_effective 2025; policy_change FIN 2026-01",
    "h1439": "extra: use_allegation COL None",
    "h1440": "misdated: use_allegation RUS 2022 dated None",
    "h1443": "extra: casualty_incident JOR 2006",
    "h1444": "misdated: use_allegation YEM None dated 2018",
    "h1446": "extra: clearance_progress BIH 2011",
    "h1448": (
        "missed: treaty_action None entry_into_force 1999-03-01; treaty_action HND join "
        "1999-01; treaty_action KEN join 1999-01 | extra: treaty_action HND withdrawal_notified"
        " 1999-01; treaty_action KEN withdrawal_notified 1999-01; casualty_incident None None"
    ),
    "h1450": "missed: use_allegation RUS 2022",
    "h1451": (
        "missed: clearance_progress IRQ 2020 | misdated: casualty_incident IRQ 2021-06-14 dated"
        " 2021-05"
    ),
    "h1452": (
        "missed: casualty_incident THA 2025-08 | misdated: use_allegation KHM 2025-08 dated None"
    ),
    "h1453": "extra: other LTU 2003-05",
    "h1455": "misdated: clearance_progress AGO 2022-04-04 dated 1988",
    "h1456": (
        "misdated: clearance_progress MOZ 2015-09-17 dated 2015-08; clearance_progress MOZ "
        "2015-09 dated 1992"
    ),
    "h1457": "extra: casualty_incident COL 2023-04",
    "h1458": (
        "missed: treaty_action CAN join 1997-12-03; treaty_action IRL join 1997-12-03; "
        "treaty_action MUS join 1997-12-03"
    ),
    "h1459": "misdated: casualty_incident AZE 2023-11-13 dated 2023-11",
    "h1460": "missed: casualty_incident SYR 2025-03",
    "h1461": "missed: use_allegation IRQ 2017; clearance_progress IRQ 2018-11",
    "h1463": "misdated: use_allegation SYR 2012 dated 2011-12",
    "h1464": "missed: policy_change USA 2014-09-23",
    "h1465": "misdated: clearance_progress PER 2018-06-07 dated 2018-06",
    "h1468": ("missed: policy_change ITA 1997-10-28 | extra: stockpile_destruction ITA 1997-10-28"),
    "h1469": (
        "misdated: use_allegation LBY 2020-05 dated None | extra: clearance_progress LBY 2020-05"
    ),
    "h1471": "extra: clearance_progress EGY 1942",
    "h1473": "misdated: use_allegation RUS 2025-07 dated None",
    "h1474": (
        "missed: stockpile_destruction ESP 2000-10-04; stockpile_destruction ESP 2000-10 | "
        "extra: stockpile_destruction None 2000-10-04; clearance_progress None 2000-10"
    ),
    "h1475": (
        "misdated: stockpile_destruction THA 2003-04-24 dated None; stockpile_destruction JOR "
        "2003-04-23 dated None; stockpile_destruction ECU 2003-09 dated None; "
        "stockpile_destruction MOZ 2003-09 dated None; stockpile_destruction SVK 2003-09 dated "
        "None; stockpile_destruction BLR 2003-09 dated None"
    ),
    "h1478": (
        "missed: treaty_action FIN withdrawal_notified 2025-07-10; treaty_action POL "
        "withdrawal_notified 2025-08 | extra: stockpile_destruction EST 2026-01; "
        "stockpile_destruction LVA 2026-01; stockpile_destruction LTU 2026-01"
    ),
    "h1485": (
        "missed: use_allegation IRQ None | misdated: casualty_incident IRQ 2019-04-14 dated 2019-04"
    ),
    "h1486": "missed: policy_change GBR 1998-07-28",
    "h1487": "extra: clearance_progress ITA 2002-11",
    "h1489": "misdated: clearance_progress AGO 2014-03 dated 2014-05-02",
    "h1490": (
        "misdated: clearance_progress CHL 2020-02 dated 2004; clearance_progress CHL 2020-02 "
        "dated 2004 | extra: other CHL 2020-03"
    ),
    "h1491": "missed: casualty_incident ZWE 2021-07-03",
    "h1493": "missed: use_allegation AFG 2011",
    "h1495": "misdated: use_allegation LKA 2009 dated None",
    "h1497": (
        "missed: treaty_action FIN withdrawal_effective 2026-01-10; treaty_action FIN "
        "withdrawal_notified 2025-07-10; treaty_action FIN announce_intent_to_withdraw "
        "2025-04-01; treaty_action FIN parliament_approves_withdrawal 2025-06"
    ),
    "h1501": (
        "extra: treaty_action EST withdrawal_effective 2025-03; treaty_action LVA "
        "withdrawal_effective 2025-03; treaty_action LTU withdrawal_effective 2025-03; "
        "treaty_action POL withdrawal_effective 2025-03"
    ),
    "h1502": (
        "misdated: use_allegation AFG 2019 dated None; use_allegation COL 2019 dated None; "
        "use_allegation IND 2019 dated None; use_allegation NGA 2019 dated None; use_allegation"
        " PAK 2019 dated None | extra: use_allegation MMR None"
    ),
    "h1503": "extra: casualty_incident LBN 2020-04",
    "h1505": (
        "misdated: stockpile_destruction ESP 2000-10-12 dated 2000-10; stockpile_destruction "
        "ESP 2000-10-12 dated 2000-10"
    ),
    "h1509": (
        "missed: casualty_incident SYR 2025-03 | misdated: use_allegation SYR None dated 2024"
    ),
    "h1511": (
        "missed: policy_change CAN 1997-11-27; stockpile_destruction CAN 1997-11 | extra: "
        "clearance_progress CAN 1997-11"
    ),
    "h1512": "misdated: use_allegation MMR 2019 dated 2018",
    "h1513": (
        "missed: clearance_progress NPL 2011-06 | misdated: clearance_progress NPL 2011-06-14 "
        "dated 2011-06"
    ),
    "h1515": "missed: use_allegation LBY 2020-06 | extra: use_allegation RUS None",
    "h1516": (
        "missed: casualty_incident EGY 2014-10-18; clearance_progress EGY 2014-10 | extra: "
        "casualty_incident None 2014-10-18"
    ),
    "h1520": (
        "missed: clearance_progress COL 2016-12; clearance_progress COL 2016-12 | extra: "
        "clearance_progress None 2016-12; clearance_progress NOR 2016-12-21; clearance_progress"
        " NOR 2016-12-21"
    ),
}


def _passages() -> list[Any]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        pytest.param(
            row, id=row["id"], marks=pytest.mark.xfail(reason=KNOWN_GAPS[row["id"]], strict=True)
        )
        if row["id"] in KNOWN_GAPS
        else pytest.param(row, id=row["id"])
        for row in rows
    ]


def _same(candidate: dict[str, Any], gold: dict[str, Any]) -> bool:
    if (candidate["type"], candidate["actor_iso3"]) != (gold["type"], gold["actor_iso3"]):
        return False
    # as the project scorer: a treaty step must be the same step where the gold names one
    action = gold.get("action") if gold["type"] == "treaty_action" else None
    return action is None or candidate.get("action") == action


def _date_ok(predicted: str | None, gold: str | None) -> bool:
    if gold is None:
        return predicted is None
    return predicted is not None and predicted.startswith(gold)


@pytest.mark.parametrize("passage", _passages())
def test_heldout_passage(passage: dict[str, Any]) -> None:
    raw = f"SOURCE: synthetic\nDATE: {passage['date']}\n{passage['text']}"
    found: list[dict[str, Any]] = [c.to_json() for c in extract(parse_text(passage["id"], raw))]
    unused = list(range(len(found)))
    for gold in sorted(passage["gold"], key=lambda g: bool(g.get("optional"))):
        hits = [i for i in unused if _same(found[i], gold)]
        dated = [i for i in hits if _date_ok(found[i]["date"], gold["date"])]
        if gold.get("optional"):
            hit = next(iter(dated or hits), None)
        else:
            assert dated, f"missing {gold}\n got {found}"
            hit = dated[0]
        if hit is not None:
            unused.remove(hit)
    assert not unused, f"unexpected {[found[i] for i in unused]}"


def test_every_passage_has_its_header_fields_and_verbatim_evidence() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert {"id", "batch", "date", "text", "gold"} <= set(row)
        for gold in row["gold"]:
            assert gold["evidence"] in row["text"], (row["id"], gold["evidence"])
