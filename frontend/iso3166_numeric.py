"""Regenerate iso3166-numeric.json: ISO 3166-1 numeric code -> alpha-3, from pycountry.

world-atlas identifies countries by their ISO 3166-1 numeric code; minewatch speaks alpha-3.
The JSON is committed so that `npm run build` needs neither Python nor the network; run this
script (``python frontend/iso3166_numeric.py``) only when pycountry's table changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry


def main() -> None:
    table = {c.numeric: c.alpha_3 for c in sorted(pycountry.countries, key=lambda c: c.numeric)}
    out = Path(__file__).with_name("iso3166-numeric.json")
    out.write_text(json.dumps(table, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} codes to {out}")


if __name__ == "__main__":
    main()
