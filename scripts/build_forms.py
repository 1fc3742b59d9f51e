"""Regenerate the shipped XLSForms from their Python definitions (minewatch.domain.forms).

.venv/bin/python scripts/build_forms.py    # writes src/minewatch/data/forms/*.xlsx
"""

from __future__ import annotations

from pathlib import Path

from minewatch.services.forms import write_all

TARGET = Path(__file__).resolve().parents[1] / "src" / "minewatch" / "data" / "forms"

if __name__ == "__main__":
    for path in write_all(TARGET):
        print(path.relative_to(TARGET.parents[2]))
