"""imports layer."""

from pathlib import Path

# the shipped reference CSVs (``imports.reference`` reads them); named here so that the CLI can
# give the folder as a default without loading the readers
REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"
