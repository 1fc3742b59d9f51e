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


@dataclass(frozen=True)
class ReferenceFile:
    name: str  # file stem, e.g. "ottawa_status"
    title: str
    content: bytes

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
