"""The vocabulary every layer shares: record kinds and the words of a claim.

**Record kinds.** ``Kind`` names every kind of record the ledger holds; ``SPECS`` says, for each,
how sensitive it is and whether and where a country profile shows it. Nothing else spells a
kind as a string. To add a kind (a hazard area, a victim...): add a ``Kind`` member and one
``KindSpec`` line in ``SPECS``; ``tests/domain/test_kinds.py`` fails if either is missing. A
kind with ``profile=None`` must say why in its ``note``.

- ``Sensitivity.PUBLIC``: anyone may read it.
- ``Sensitivity.RESTRICTED``: readable with a role (e.g. exact hazard locations).
- ``Sensitivity.PERSONAL``: personal data (victims); never in a shared read cache, never
  public (DESIGN §8).

**Claims.** What extraction proposes and review decides: ``ClaimType`` (the extractor's event
types), the treaty actions a story may report (``TREATY_ACTIONS``, each with the depositary
events it corresponds to), the record kind an accepted claim becomes (``ACCEPTED_AS``), the
national-policy fields a profile compares (``POLICY_FIELDS``), the use-evidence levels and the
fields a reviewer may edit (``EDITABLE_FIELDS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Sensitivity(StrEnum):
    PUBLIC = "public"
    RESTRICTED = "restricted"
    PERSONAL = "personal"


class Kind(StrEnum):
    """Every kind of record in the ledger (the ``records.kind`` column)."""

    TREATY_EVENT = "treaty_event"
    DEPOSITARY_LISTING = "depositary_listing"
    ARMED_CONFLICT = "armed_conflict"
    POLICY_VERSION = "policy_version"
    INDICATOR = "indicator"
    CLAIM = "claim"
    USE_EVENT = "use_event"
    STOCKPILE_FIGURE = "stockpile_figure"
    CASUALTY_FIGURE = "casualty_figure"
    CLEARANCE_FIGURE = "clearance_figure"
    REPORTED_TREATY_ACTION = "reported_treaty_action"
    OTHER_CLAIM = "other_claim"
    ARTICLE4_EVENT = "article4_event"
    ARTICLE5_EVENT = "article5_event"
    # Field data layers (domain/field.py): typed tables beside the ledger.
    HAZARD = "hazard"
    RELEASE_ACTIVITY = "release_activity"
    ACCIDENT = "accident"
    VICTIM = "victim"
    RISK_EDUCATION = "risk_education"
    ADMIN_AREA = "admin_area"


@dataclass(frozen=True)
class KindSpec:
    """How one kind is treated. ``profile`` is the key of the country-profile section that lists
    it (None: not listed per state, see ``note``); ``label`` is its human name."""

    kind: Kind
    label: str
    sensitivity: Sensitivity = Sensitivity.PUBLIC
    profile: str | None = None
    note: str = ""


SPECS: dict[Kind, KindSpec] = {
    spec.kind: spec
    for spec in (
        KindSpec(Kind.TREATY_EVENT, "Convention event", profile="timeline"),
        KindSpec(Kind.DEPOSITARY_LISTING, "Depositary listing", profile="timeline"),
        KindSpec(
            Kind.ARMED_CONFLICT,
            "Armed conflict",
            note="feeds the Art. 20(3) withdrawal rule inside the profile's standing",
        ),
        KindSpec(Kind.POLICY_VERSION, "National policy version", profile="policies"),
        KindSpec(Kind.INDICATOR, "Landmine Monitor indicator", note="global: the overview page"),
        KindSpec(
            Kind.CLAIM,
            "Extracted claim",
            note="not yet a fact: the review queue; accepted, it writes one of ACCEPTED_AS",
        ),
        KindSpec(Kind.STOCKPILE_FIGURE, "Stockpile figure", profile="stockpiles"),
        KindSpec(Kind.USE_EVENT, "Use of anti-personnel mines", profile="use_events"),
        KindSpec(Kind.CASUALTY_FIGURE, "Casualty figure", profile="casualties"),
        KindSpec(Kind.CLEARANCE_FIGURE, "Clearance figure", profile="clearance"),
        KindSpec(Kind.REPORTED_TREATY_ACTION, "Reported treaty action", profile="reported_actions"),
        KindSpec(Kind.OTHER_CLAIM, "Other reported fact", profile="other_facts"),
        KindSpec(Kind.ARTICLE4_EVENT, "Art. 4 deadline or completion", profile="deadlines"),
        KindSpec(
            Kind.ARTICLE5_EVENT,
            "Art. 5 deadline, extension or completion",
            profile="deadlines",
        ),
        KindSpec(
            Kind.HAZARD,
            "Hazardous area",
            Sensitivity.RESTRICTED,
            note="field layer: the profile shows its roll-up (Field data), not each record",
        ),
        KindSpec(
            Kind.RELEASE_ACTIVITY,
            "Land release activity",
            Sensitivity.RESTRICTED,
            note="field layer: the profile shows its roll-up (Field data), not each record",
        ),
        KindSpec(
            Kind.ACCIDENT,
            "Mine accident",
            Sensitivity.RESTRICTED,
            note="field layer: the profile shows its roll-up (Field data), not each record",
        ),
        KindSpec(
            Kind.VICTIM,
            "Mine victim",
            Sensitivity.PERSONAL,
            note="field layer: the profile shows its roll-up (Field data), not each record",
        ),
        KindSpec(
            Kind.RISK_EDUCATION,
            "Risk education session",
            note="field layer: the profile shows its roll-up (Field data), not each record",
        ),
        KindSpec(
            Kind.ADMIN_AREA, "Administrative area", note="field layer: places records fall in"
        ),
    )
}


def spec(kind: str) -> KindSpec:
    """The spec of a kind; ValueError for a string that names no kind."""
    return SPECS[Kind(kind)]


def profile_sections() -> dict[str, tuple[Kind, ...]]:
    """Profile section key -> the kinds it lists, in ``SPECS`` order."""
    sections: dict[str, tuple[Kind, ...]] = {}
    for item in SPECS.values():
        if item.profile is not None:
            sections[item.profile] = (*sections.get(item.profile, ()), item.kind)
    return sections


def kinds_of(sensitivity: Sensitivity) -> tuple[Kind, ...]:
    return tuple(k for k, s in SPECS.items() if s.sensitivity is sensitivity)


class ClaimType(StrEnum):
    """The event types the extractor assigns (and a reviewer may correct)."""

    POLICY_CHANGE = "policy_change"
    TREATY_ACTION = "treaty_action"
    USE_ALLEGATION = "use_allegation"
    CASUALTY_INCIDENT = "casualty_incident"
    STOCKPILE_DESTRUCTION = "stockpile_destruction"
    CLEARANCE_PROGRESS = "clearance_progress"
    OTHER = "other"


CLAIM_TYPES: tuple[str, ...] = tuple(str(t) for t in ClaimType)

# The record kind an accepted claim of each type becomes.
ACCEPTED_AS: dict[ClaimType, Kind] = {
    ClaimType.USE_ALLEGATION: Kind.USE_EVENT,
    ClaimType.STOCKPILE_DESTRUCTION: Kind.STOCKPILE_FIGURE,
    ClaimType.CASUALTY_INCIDENT: Kind.CASUALTY_FIGURE,
    ClaimType.POLICY_CHANGE: Kind.POLICY_VERSION,
    ClaimType.TREATY_ACTION: Kind.REPORTED_TREATY_ACTION,
    ClaimType.CLEARANCE_PROGRESS: Kind.CLEARANCE_FIGURE,
    ClaimType.OTHER: Kind.OTHER_CLAIM,
}


@dataclass(frozen=True)
class TreatyAction:
    """A step a story may report; ``events`` are the depositary ``treaty_event`` kinds it
    corresponds to (empty: the depositary records no such step)."""

    name: str
    label: str
    events: tuple[str, ...] = ()


TREATY_ACTIONS: tuple[TreatyAction, ...] = (
    TreatyAction(
        "announce_intent_to_withdraw",
        "announcement of withdrawal",
        ("withdrawal_announced", "withdrawal_notice"),
    ),
    TreatyAction("parliament_approves_withdrawal", "parliament's approval of withdrawal"),
    TreatyAction("withdrawal_notified", "notification of withdrawal", ("withdrawal_notice",)),
    TreatyAction("withdrawal_effective", "withdrawal taking effect", ("withdrawal_effective",)),
    TreatyAction("join", "joining the Convention", ("ratification", "accession", "succession")),
    TreatyAction("entry_into_force", "entry into force", ("entry_into_force",)),
    TreatyAction("announce_intent_to_join", "announcement of intent to join"),
    TreatyAction("suspension_claim", "claimed suspension (no treaty effect, Art. 20)"),
)
TREATY_ACTION_NAMES: tuple[str, ...] = tuple(a.name for a in TREATY_ACTIONS)

# National-policy fields a profile compares version to version, with their labels.
POLICY_FIELDS: dict[str, str] = {
    "geographic_scope": "Geographic scope",
    "persistent_allowed": "Persistent mines allowed",
    "who_may_authorise": "Who may authorise use",
    "stockpile_destruction": "Stockpile destruction",
}
USE_LEVELS = ("alleged", "credible", "confirmed")

# The extraction contract's keys (in order), then what a claim keeps for review.
CONTRACT_KEYS = (
    "doc",
    "type",
    "actor_iso3",
    "date",
    "location",
    "killed",
    "injured",
    "quantity",
    "unit",
    "evidence",
)
CLAIM_FIELDS = (*CONTRACT_KEYS, "action", "accuser_iso3", "accuser", "confirmed")
POLICY_EDITS = ("policy_actor", "instrument", "summary", *POLICY_FIELDS)
# Fields a reviewer may change before accepting (the document and its sentence are fixed).
EDITABLE_FIELDS = (
    *(f for f in CLAIM_FIELDS if f not in ("doc", "evidence")),
    "level",
    *POLICY_EDITS,
)


# square metres in each area unit a claim's quantity may have (the unit land release is stored
# in is the square metre, DESIGN.md; km2 and ha are the text's own units, kept as written)
AREA_UNIT_M2 = {"m2": 1.0, "ha": 10_000.0, "km2": 1_000_000.0}
