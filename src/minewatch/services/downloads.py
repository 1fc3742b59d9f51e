"""The datasets anyone may take away, and the terms they come under.

Two kinds: the reference files the package ships (``minewatch/data/reference/*.csv``, every row
with its ``source_url``), served exactly as shipped; and tables computed from the database
(Convention status today, states, Landmine Monitor indicators), built from the same dicts as
the API answers. ``minewatch.web.datapackage`` describes them all in one Frictionless data
package.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from minewatch.domain.errors import NotFound

# The compilation is ours to license; each row's facts come from the source it names.
LICENCE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
LICENCE_LINE = (
    "Compilation by the minewatch project under CC BY 4.0; each row names the source of its "
    "facts (source_url), whose own terms apply to any quotation."
)

REFERENCE_TITLES = {
    "ottawa_status": "Mine Ban Convention status of 197 states (depositary, as at 2026-02-03)",
    "ottawa_withdrawals": "Withdrawals 2025–2026 and Ukraine's 2025 'suspension'",
    "treaty_claims": "Treaty-relevant claims the depositary does not record",
    "armed_conflicts": "Armed-conflict periods that matter for Article 20(3)",
    "us_apm_policy": "US anti-personnel mine policy, 1992–2025",
    "us_apm_policy_authority": "Who may authorise US mine use, by policy",
    "landmine_monitor_headlines": "Landmine Monitor headline indicators, reports 2019–2025",
}


# What "team" in a file name means, said once on the page and beside each such file.
TEAM_MEANING = (
    "A file ending in _team holds rows the minewatch team added to the file of the same name "
    "without it (same columns, loaded with it), each read from the page it cites, where that "
    "compilation had no row."
)
MONITOR = "Landmine Monitor reports, the Convention's Implementation Support Unit (APMBC)"

# Each shipped reference file: one line on what it holds, and where its rows come from (every
# row also names its own source_url). Source: data/reference/README.md, which says more.
REFERENCE_ABOUT: dict[str, tuple[str, str]] = {
    "ottawa_status": (
        "Each state's signature, ratification or accession, entry into force and status.",
        "UN Treaty Collection depositary page for treaty XXVI-5, status as at 2026-02-03",
    ),
    "ottawa_withdrawals": (
        "Withdrawals announced or deposited in 2025-2026, with their dates of effect.",
        "UN Treaty Collection end notes; national votes and decrees from the press",
    ),
    "treaty_claims": (
        "Claims about the treaty that the depositary does not record (a 'suspension', the "
        "successor states' entry into force).",
        "APMBC and Landmine Monitor pages, national law as reported",
    ),
    "armed_conflicts": (
        "Armed-conflict periods that matter for Article 20(3) (withdrawal during a conflict).",
        "Press and reference pages named in each row",
    ),
    "us_apm_policy": (
        "The United States' anti-personnel mine policy versions, 1992-2025.",
        "White House, Department of Defense and Department of State statements, and the press",
    ),
    "us_apm_policy_authority": (
        "Who may authorise US mine use under each policy version, where its source says so.",
        "The policy texts and statements cited in us_apm_policy",
    ),
    "landmine_monitor_headlines": (
        "Headline figures (casualties, land cleared, stockpiles) per Landmine Monitor report.",
        "Landmine Monitor reports 2019-2025 and one ICBL statement",
    ),
    "apm_use": (
        "Reported use of anti-personnel mines by states and armed groups, by period and report.",
        f"{MONITOR}, Human Rights Watch, ICBL and the press",
    ),
    "apm_stockpiles": (
        "Stockpile figures, Article 4 destruction deadlines and completions, mines retained "
        "under Article 3.",
        MONITOR,
    ),
    "apm_stockpiles_team": (
        "More stockpile and Article 4 rows (successor states, Cambodia): the same columns as "
        "apm_stockpiles.",
        "APMBC, UNMAS and Landmine Monitor country pages",
    ),
    "apm_casualties_by_state": (
        "Mine and explosive-remnant casualties per state and year, as each Monitor report gives "
        "them.",
        "Landmine Monitor reports 2014-2025",
    ),
    "apm_casualties_by_state_team": (
        "More casualty rows (Cambodia, Russia): the same columns as apm_casualties_by_state.",
        "Landmine Monitor country reports; Cambodia's mine action authority as relayed by the "
        "press",
    ),
    "article5_deadlines": (
        "Article 5 clearance deadlines: original dates, extensions requested and granted, "
        "completions.",
        MONITOR,
    ),
    "article5_deadlines_team": (
        "More Article 5 rows (successor states, Greece, Ukraine): the same columns as "
        "article5_deadlines.",
        "APMBC, UNMAS, Landmine Monitor and Mine Action Review pages",
    ),
    "national_policies": (
        "Mine policy and law changes of states other than the US (withdrawals, production plans, "
        "positions of states not party).",
        f"{MONITOR}, government statements and the press",
    ),
}


@dataclass(frozen=True)
class ReferenceFile:
    name: str  # file stem, e.g. "ottawa_status"
    title: str
    content: bytes

    @property
    def description(self) -> str:
        """One line on what the file holds ("" for a file not described in REFERENCE_ABOUT)."""
        about = REFERENCE_ABOUT.get(self.name)
        return about[0] if about else ""

    @property
    def source(self) -> str:
        """Where its rows come from, in words ("" when not described); each row names its own
        source_url too."""
        about = REFERENCE_ABOUT.get(self.name)
        return about[1] if about else ""

    @property
    def by_team(self) -> bool:
        """Rows the minewatch team added to the file of the same name without ``_team``."""
        return self.name.endswith("_team")

    @property
    def file(self) -> str:
        return f"{self.name}.csv"


def reference_files() -> list[ReferenceFile]:
    """Every shipped reference CSV, by name; a file with no title here keeps its name."""
    folder = resources.files("minewatch") / "data" / "reference"
    found = sorted((p for p in folder.iterdir() if p.name.endswith(".csv")), key=lambda p: p.name)
    return [
        ReferenceFile(
            p.name.removesuffix(".csv"),
            REFERENCE_TITLES.get(p.name.removesuffix(".csv"), p.name),
            p.read_bytes(),
        )
        for p in found
    ]


def reference_file(name: str) -> ReferenceFile:
    stem = name.removesuffix(".csv")
    for item in reference_files():
        if item.name == stem:
            return item
    raise NotFound(f"no reference file {name!r}")
