"""What the load test (tests/trust/test_load.py) and the answers benchmark
(bench/answers_bench.py) read and write, so both measure the same database and the same URLs.

- ``READS``: the public reads people make (status, profiles, search, a record, field windows).
- ``stories(folder, n)``: ``n`` short synthetic news stories (``.txt`` files, each with a
  ``DATE:`` header, a stockpile destruction and a casualty), sorted by name.
- ``hazard_squares(folder)``: a hazards CSV of 40 small squares in Colombia (WKT, WGS 84).
"""

from __future__ import annotations

from pathlib import Path

STATES = ["Belarus", "Ukraine", "Greece", "Turkey", "Sri Lanka", "Cambodia", "Angola", "Chad"]
READS = [
    "/api/v1/status",
    "/api/v1/status?as_of=2020-01-01",
    "/states/FIN",
    "/api/v1/states/UKR",
    "/states/COL.json",
    "/search?q=Finland",
    "/search.json?q=stockpile",
    "/api/v1/records/treaty:FIN:withdrawal_effective",
    "/field/features.json?layer=hazards&bbox=-76,5,-72,8&zoom=8",
    "/field/features.json?layer=hazards&bbox=-80,-5,-60,15&zoom=4",
    "/api/v1/layers/hazards?bbox=-76,5,-72,8",
    "/overview.json",
    "/states.json",
]


def stories(folder: Path, n: int) -> list[Path]:
    """``n`` story files written into ``folder`` (created if missing; the same files each time)."""
    folder.mkdir(exist_ok=True)
    for i in range(n):
        state = STATES[i % len(STATES)]
        (folder / f"story{i:03}.txt").write_text(
            f"DATE: 2024-0{1 + i % 9}-1{i % 9}\n{state} report {i}\n"
            f"{state} destroyed {100 + i} stockpiled anti-personnel mines on {1 + i % 27} March "
            f"2023. Two civilians were killed by a landmine near the border in {state} on "
            f"{1 + i % 27} May 2024.\n"
        )
    return sorted(folder.glob("*.txt"))


def hazard_squares(folder: Path) -> Path:
    """``folder/hazards.csv``: 40 public hazards (SHA and CHA alternating), 0.1 degree squares."""
    path = folder / "hazards.csv"
    lines = ["reference,iso3,hazard_type,status,is_public,wkt"]
    for i in range(40):
        x, y = -75.5 + (i % 8) * 0.3, 5.5 + (i // 8) * 0.4
        square = f"POLYGON(({x} {y},{x + 0.1} {y},{x + 0.1} {y + 0.1},{x} {y + 0.1},{x} {y}))"
        lines.append(f'h{i},COL,{("SHA", "CHA")[i % 2]},open,true,"{square}"')
    path.write_text("\n".join(lines) + "\n")
    return path
