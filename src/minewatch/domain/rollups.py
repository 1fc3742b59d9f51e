"""Roll-ups: what one layer row adds to the totals per state, admin area and year.

The figures are those Article 7 Form C (mined areas: SHA/CHA counts and areas by status) and
Form G (mines destroyed, by type) ask for, land release by method (IMAS 07.11: cancelled by
non-technical survey, reduced by technical survey, cleared), and the Landmine Monitor's
casualty breakdown: civilian / security forces × sex × adult / child × killed / injured.

A new version of a record adds its contributions and takes away those of the version it
replaces, so the totals stay current at write time (``delta``).

Casualties are counted once each: a victim row counts itself; an accident counts its own
killed / injured (category, sex and age band "unknown") only when no victim rows name it
(``has_victims``, kept by the write path and recomputed for a past moment), so a source that
lists an accident's victims and also gives its totals is not counted twice, and one that gives
only the totals is not counted as nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import numpy as np

from minewatch.domain.field import AUDIENCE_FIELDS, DEVICE_FIELDS, RELEASE_FIELDS

Key = tuple[str, str, int]  # iso3 ('' unknown), admin area ('' unknown), year (0 unknown)


def admin_key(values: Mapping[str, Any]) -> str:
    """The admin area a row counts under: its P-code, else its first-level name, else ''."""
    if values.get("admin_code"):
        return str(values["admin_code"])
    if values.get("admin1"):
        return f"name:{values['admin1']}"
    return ""


def key_of(values: Mapping[str, Any]) -> Key:
    return (values.get("iso3") or "", admin_key(values), int(values.get("year") or 0))


def contributions(layer: str, values: Mapping[str, Any]) -> dict[str, float]:
    """metric -> amount this row adds (counts, m², devices)."""
    builder = _BUILDERS.get(layer)
    return builder(values) if builder else {}


def _activity(values: Mapping[str, Any]) -> dict[str, float]:
    """An activity's land released and devices destroyed, each with ``reported:<figure>`` = 1
    when the row gives that figure (0 included; ``reported:devices`` for the total or any type,
    ``reported:devices_<type>`` for each type): a figure no activity gives is not known, and
    only a stated 0 is 0 (``summarise``)."""
    found: dict[str, float] = {f"activities:{values.get('activity_type')}": 1.0}
    for name in RELEASE_FIELDS:
        if values.get(name) is not None:
            found[name] = float(values[name])
            found[REPORTED + name] = 1.0
    given = {n: values[n] for n in DEVICE_FIELDS if values.get(n) is not None}
    for name, n in given.items():
        found["devices:" + name.removeprefix("devices_")] = float(n)
        found[REPORTED + name] = 1.0
    total = values.get("devices_total")
    if total is not None or given:
        found["devices:total"] = float(total if total is not None else sum(given.values()))
        found[REPORTED + "devices"] = 1.0
    return found


def _accident(values: Mapping[str, Any]) -> dict[str, float]:
    killed, injured = float(values.get("killed") or 0), float(values.get("injured") or 0)
    found = {"accidents": 1.0, "accident_killed": killed, "accident_injured": injured}
    if not values.get("has_victims"):
        # No victim rows name it: its own counts are its casualties, the breakdown unknown
        # (guessed never). With victim rows, they count, each once (``casualties``).
        found[UNKNOWN_CASUALTY + "killed"] = killed
        found[UNKNOWN_CASUALTY + "injured"] = injured
        if values.get("killed") is None and values.get("injured") is None:
            found[COUNTS_UNKNOWN] = 1.0  # the source gives no counts: not known, not zero
    return found


REPORTED = "reported:"  # + a release field or "devices": activities that give that figure
UNKNOWN_CASUALTY = "casualties:unknown:unknown:unknown:"  # + killed | injured
COUNTS_UNKNOWN = "accidents:counts_unknown"  # accidents with no counts and no victim rows
# The casualty totals, None ("not known") where every accident counted has unknown counts
CASUALTY_TOTALS = ("killed", "injured", "civilians", "security_forces", "children", "casualties")


def _victim(values: Mapping[str, Any]) -> dict[str, float]:
    parts = [values.get(n) or "unknown" for n in ("category", "sex", "age_band", "outcome")]
    return {"casualties:" + ":".join(parts): 1.0}


def _hazard(values: Mapping[str, Any]) -> dict[str, float]:
    kind = f"{values.get('hazard_type')}:{values.get('status') or 'open'}"
    return {f"hazards:{kind}": 1.0, f"hazard_area_m2:{kind}": float(values.get("area_m2") or 0.0)}


def _eore(values: Mapping[str, Any]) -> dict[str, float]:
    found = {"eore_sessions": 1.0}
    found.update({f"eore:{n}": float(values.get(n) or 0) for n in AUDIENCE_FIELDS})
    return found


_BUILDERS = {
    "activities": _activity,
    "accidents": _accident,
    "victims": _victim,
    "hazards": _hazard,
    "eore": _eore,
}


# The fields each layer's contributions read, besides the key's (iso3, admin_code, admin1, year).
INPUTS: dict[str, tuple[str, ...]] = {
    "activities": ("activity_type", *RELEASE_FIELDS, *DEVICE_FIELDS, "devices_total"),
    "accidents": ("killed", "injured", "has_victims"),
    "victims": ("category", "sex", "age_band", "outcome"),
    "hazards": ("hazard_type", "status", "area_m2"),
    "eore": AUDIENCE_FIELDS,
}
KEY_INPUTS = ("iso3", "admin_code", "admin1", "year")


def bulk_delta(
    layer: str,
    new: Iterable[Mapping[str, Any]],
    old: Iterable[Mapping[str, Any]] = (),
) -> dict[tuple[str, str, int, str], float]:
    """``delta`` over many rows at once: rows that count the same (same key and inputs) are
    grouped first, so a million victims cost a few hundred ``delta`` calls, not a million."""
    names = (*KEY_INPUTS, *INPUTS.get(layer, ()))
    return signature_delta(layer, _signatures(names, new), _signatures(names, old))


def _signatures(names: tuple[str, ...], rows: Iterable[Mapping[str, Any]]) -> Counter[Any]:
    """How many rows have each tuple of ``names``' values (a missing name reads as None)."""
    pick, rows = itemgetter(*names), list(rows)  # a list: read twice if a name is missing
    try:
        return Counter(map(pick, rows))  # rows holding every name (a layer's typed rows)
    except KeyError:
        return Counter(tuple(row.get(n) for n in names) for row in rows)


def signature_delta(
    layer: str, new: Counter[tuple[Any, ...]], old: Counter[tuple[Any, ...]]
) -> dict[tuple[str, str, int, str], float]:
    """``bulk_delta`` from counted signatures: (iso3, admin_code, admin1, year, *INPUTS[layer])
    -> how many rows have it. The contributions are computed once per distinct input."""
    inputs = INPUTS.get(layer, ())
    split = len(KEY_INPUTS)
    made: dict[tuple[Any, ...], list[tuple[str, float]]] = {}
    changes: dict[tuple[str, str, int, str], float] = {}
    for groups, sign in ((new, 1.0), (old, -1.0)):
        for signature, count in groups.items():
            part = signature[split:]
            amounts = made.get(part)
            if amounts is None:
                values = dict(zip(inputs, part, strict=True))
                amounts = [(m, a) for m, a in contributions(layer, values).items() if a]
                made[part] = amounts
            iso3, code, admin1, year = signature[:split]
            area = str(code) if code else f"name:{admin1}" if admin1 else ""  # admin_key
            for metric, amount in amounts:
                full = (iso3 or "", area, int(year or 0), metric)
                changes[full] = changes.get(full, 0.0) + sign * amount * count
    return changes


def placed_delta(
    layer: str, codes: Sequence[str], rows: Sequence[tuple[Any, ...]]
) -> dict[tuple[str, str, int, str], float]:
    """What placing rows in admin areas changes: row ``i``, ``(iso3, admin1, year,
    *INPUTS[layer])``, counted without a P-code (under its ``admin1`` name, or ''), leaves that
    key and arrives at ``codes[i]`` (a P-code, never empty). The same changes as
    ``signature_delta(layer, arrived, left)`` over those rows' signatures, in key order
    (iso3, area, year, metric; the order ``add_to_rollups`` writes in).

    Built for a bulk placement (an admin-area import placing a million points): the
    contributions are computed once per distinct row without its code (a few hundred: state,
    year and inputs), the rows counted per (code, that part) and the amounts summed per key in
    numpy, so no Python work is done per row and metric. Integer amounts sum exactly; float
    ones (areas) may differ from ``signature_delta`` in the last bits (another order of
    addition). Raises ValueError for an empty code (a row placed nowhere is not placed)."""
    if len(codes) != len(rows):
        raise ValueError(f"{len(codes)} codes for {len(rows)} rows")
    if not rows:
        return {}
    parts: dict[tuple[Any, ...], int] = {}
    part_of = np.fromiter((parts.setdefault(r, len(parts)) for r in rows), np.int64, len(rows))
    named: dict[str, int] = {}
    code_of = np.fromiter((named.setdefault(c, len(named)) for c in codes), np.int64, len(codes))
    if "" in named or None in named:
        raise ValueError("a placed row needs a P-code")
    # Each part's non-zero contributions: (part, key id of (iso3, year, metric), amount)
    inputs = INPUTS.get(layer, ())
    made: dict[tuple[Any, ...], list[tuple[str, float]]] = {}
    keys: dict[tuple[str, int, str], int] = {}
    entry_part: list[int] = []
    entry_key: list[int] = []
    entry_amount: list[float] = []
    left: dict[tuple[str, str, int, str], float] = {}
    counted = np.bincount(part_of, minlength=len(parts)).tolist()
    for part, index in parts.items():
        amounts = made.get(part[3:])
        if amounts is None:
            values = dict(zip(inputs, part[3:], strict=True))
            amounts = [(m, a) for m, a in contributions(layer, values).items() if a]
            made[part[3:]] = amounts
        iso3, admin1, year = part[0] or "", part[1], int(part[2] or 0)
        was = f"name:{admin1}" if admin1 else ""  # admin_key without a code
        for metric, amount in amounts:
            entry_part.append(index)
            entry_key.append(keys.setdefault((iso3, year, metric), len(keys)))
            entry_amount.append(amount)
            full = (iso3, was, year, metric)
            left[full] = left.get(full, 0.0) - amount * counted[index]
    if not entry_part:
        return {}
    # Rows per (code, part), then each pair's entries: (code, key, count x amount)
    n_parts = len(parts)
    pairs, count = np.unique(code_of * n_parts + part_of, return_counts=True)
    pair_code, pair_part = pairs // n_parts, pairs % n_parts
    # (entries were made part after part, in part order)
    per_part = np.bincount(np.asarray(entry_part, dtype=np.int64), minlength=n_parts)
    first = np.concatenate(([0], np.cumsum(per_part)[:-1]))
    width = per_part[pair_part]
    pair = np.repeat(np.arange(len(pairs)), width)
    within = np.arange(len(pair)) - np.repeat(np.cumsum(width) - width, width)
    entry = first[pair_part[pair]] + within
    key_of_entry = np.asarray(entry_key, dtype=np.int64)[entry]
    amount = np.asarray(entry_amount, dtype=np.float64)[entry] * count[pair]
    # Summed per (iso3, code, year, metric), numbered so that numeric order is key order
    key_list = list(keys)
    iso3_rank, iso3s = _ranks([k[0] for k in key_list])
    year_rank, years = _ranks([k[1] for k in key_list])
    metric_rank, metrics = _ranks([k[2] for k in key_list])
    code_rank, code_names = _ranks(list(named))
    sizes = (len(code_names), len(years), len(metrics))
    full_key = (
        (iso3_rank[key_of_entry] * sizes[0] + code_rank[pair_code[pair]]) * sizes[1]
        + year_rank[key_of_entry]
    ) * sizes[2] + metric_rank[key_of_entry]
    unique, inverse = np.unique(full_key, return_inverse=True)
    sums = np.bincount(inverse, weights=amount).tolist()
    metric_i = unique % sizes[2]
    rest = unique // sizes[2]
    year_i, rest = rest % sizes[1], rest // sizes[1]
    code_i, iso3_i = rest % sizes[0], rest // sizes[0]
    changes = {
        (iso3s[i], code_names[c], years[y], metrics[m]): value
        for i, c, y, m, value in zip(
            iso3_i.tolist(), code_i.tolist(), year_i.tolist(), metric_i.tolist(), sums, strict=True
        )
    }
    for full, value in sorted(left.items()):
        changes[full] = changes.get(full, 0.0) + value
    return changes


def _ranks(values: list[Any]) -> tuple[Any, list[Any]]:
    """Each value's rank among the distinct values (numpy array), and the distinct values in
    order."""
    distinct = sorted(set(values))
    rank = {value: i for i, value in enumerate(distinct)}
    return np.asarray([rank[v] for v in values], dtype=np.int64), distinct


def delta(
    layer: str, new: Mapping[str, Any] | None, old: Mapping[str, Any] | None
) -> dict[tuple[str, str, int, str], float]:
    """What replacing ``old`` by ``new`` (either may be None: nothing counted) changes."""
    changes: dict[tuple[str, str, int, str], float] = {}
    for values, sign in ((new, 1.0), (old, -1.0)):
        if values is None:
            continue
        key = key_of(values)
        for metric, amount in contributions(layer, values).items():
            if amount:
                full = (*key, metric)
                changes[full] = changes.get(full, 0.0) + sign * amount
    return changes


def summarise(metrics: Iterable[tuple[str, float]]) -> dict[str, Any]:
    """The headline totals from metric amounts: casualties (killed, injured, civilians, security
    forces, children, and the full breakdown), devices destroyed by type, land released.
    ``accidents_counts_unknown``: accidents whose source gives no killed or injured count (and
    no victim names them); the casualty totals are the known ones, lower bounds while it is
    not 0, and None (not known) when every accident is such and no victim is recorded, which
    includes a year or state with no accident and no victim at all (only land release, say);
    ``accidents`` is None too when no accident and no victim is recorded.

    Where casualties are counted but no record states their category, age band or outcome
    (every victim "unknown" there, or only accidents' own counts), the totals of that part
    (civilians and security forces; children; killed and injured) are None, not 0; a part
    some record states keeps its counts (``_unstated_parts``).

    Land release and devices destroyed alike: each area and ``devices_destroyed`` is None (not
    known) unless some activity gives that figure (``reported:<figure>``), so a year of
    casualty records only, or of activities that do not state it, is not "0 m² cleared"; a
    stated 0 stays 0."""
    totals: dict[str, Any] = {
        "killed": 0,
        "injured": 0,
        "civilians": 0,
        "security_forces": 0,
        "children": 0,
        "casualties": 0,
        "accidents": 0,
        "devices_destroyed": 0,
        "devices_by_type": {},
        "area_cancelled_m2": 0.0,
        "area_reduced_m2": 0.0,
        "area_cleared_m2": 0.0,
        "casualty_breakdown": {},
        "accidents_counts_unknown": 0,
        "reported": {},
    }
    for metric, amount in metrics:
        _fold(totals, metric, amount)
    for name in RELEASE_FIELDS:
        totals[name] = round(totals[name], 2)  # m² to the cm²: float sums carry noise below
    reported = totals.pop("reported")
    for name in (*RELEASE_FIELDS, "devices_destroyed"):
        if not reported.get("devices" if name == "devices_destroyed" else name):
            totals[name] = None
    by_type = totals["devices_by_type"]  # the types some activity gives, a stated 0 included
    totals["devices_by_type"] = {
        kind: by_type.get(kind, 0)
        for kind in (n.removeprefix("devices_") for n in DEVICE_FIELDS)
        if reported.get("devices_" + kind)
    }
    unknown = totals["accidents_counts_unknown"]
    if unknown == totals["accidents"] and not totals["casualty_breakdown"]:
        # Every accident here came without counts (or there is none) and no victim is recorded:
        # the casualties are not known, which 0 would misstate (a source of operations, not of
        # victims: Colombia's demining operations of 2005 are not "0 killed" that year).
        totals.update(dict.fromkeys(CASUALTY_TOTALS))
        if not totals["accidents"]:
            totals["accidents"] = None  # none recorded: no claim that none happened
    elif totals["casualties"]:
        _unstated_parts(totals)
    return totals


# The casualty totals that count one part of the breakdown (category:sex:age band:outcome),
# by the part's position and the values it counts.
_BREAKDOWN_TOTALS = {
    0: ("civilians", "security_forces"),
    2: ("children",),
    3: ("killed", "injured"),
}


def _unstated_parts(totals: dict[str, Any]) -> None:
    """Set to None (not known) the totals of a part of the breakdown that no casualty counted
    states: where every victim's category is "unknown" (and an accident's own counts never
    give one), "0 civilians, 0 security forces" would misstate it; likewise children where no
    age band is given and killed / injured where no outcome is. A part some casualty states
    keeps its counts, lower bounds of the whole (the rest are in the "unknown" breakdown)."""
    parts = [key.split(":") for key in totals["casualty_breakdown"]]
    for position, names in _BREAKDOWN_TOTALS.items():
        if all(part[position] == "unknown" for part in parts):
            totals.update(dict.fromkeys(names))


def _fold(totals: dict[str, Any], metric: str, amount: float) -> None:
    if metric.startswith("casualties:"):
        category, sex, band, outcome = metric.split(":")[1:]
        count = round(amount)
        totals["casualties"] += count
        if count:  # a row a correction emptied is no category (as at a past moment)
            totals["casualty_breakdown"][f"{category}:{sex}:{band}:{outcome}"] = count
        for name, hit in (
            ("killed", outcome == "killed"),
            ("injured", outcome == "injured"),
            ("civilians", category == "civilian"),
            ("security_forces", category == "security_forces"),
            ("children", band == "child"),
        ):
            totals[name] += count if hit else 0
    elif metric.startswith("devices:"):
        kind = metric.split(":", 1)[1]
        if kind == "total":
            totals["devices_destroyed"] += round(amount)
        else:
            totals["devices_by_type"][kind] = round(amount)
    elif metric in RELEASE_FIELDS:
        totals[metric] += amount
    elif metric == "accidents":
        totals["accidents"] += round(amount)
    elif metric == COUNTS_UNKNOWN:
        totals["accidents_counts_unknown"] += round(amount)
    elif metric.startswith(REPORTED):
        totals["reported"][metric.removeprefix(REPORTED)] = round(amount)
