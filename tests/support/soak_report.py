"""Running totals of the long proofs, appended to a file so a soak stopped early still tells
what it counted.

``MINEWATCH_FUZZ_REPORT`` names the file (one JSON object a line: what ran, the counts so far,
this process's CPU seconds, the load average, the time in UTC); unset, nothing is written.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from typing import Any


def append_fuzz_report(stage: str, **figures: Any) -> None:
    """Append one line ``{"stage": stage, **figures, "cpu_s", "load_average", "utc"}`` to the
    file ``MINEWATCH_FUZZ_REPORT`` names, flushed at once; nothing if it is unset."""
    path = os.environ.get("MINEWATCH_FUZZ_REPORT")
    if not path:
        return
    line = {
        "stage": stage,
        **figures,
        "cpu_s": round(time.process_time(), 1),
        "load_average": [round(n, 2) for n in os.getloadavg()],
        "utc": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with open(path, "a") as out:
        out.write(json.dumps(line) + "\n")
