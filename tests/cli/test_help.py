"""``--help`` for every command: cheap to start.

This failed before: ``minewatch --help`` imported SQLAlchemy, Alembic, shapely, pyproj, numpy,
openpyxl and the whole extractor (1.5 s of CPU before printing a line).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import typer

from minewatch.cli import cli

# Libraries only some commands need: the database, geometry, spreadsheets, the web server, the
# extractor. ``--help`` must not load them (the list names what the CLI's commands use today
# and the heavy libraries the project may add; a name that is not installed is simply absent).
# Not pydantic: typer itself loads it to convert a command's parameters.
HEAVY = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "shapely",
    "pyproj",
    "numpy",
    "pandas",
    "pyarrow",
    "pyogrio",
    "duckdb",
    "openpyxl",
    "lxml",
    "pypdf",
    "trafilatura",
    "argon2",
    "starlette",
    "uvicorn",
    "minewatch.app",
    "minewatch.storage",
    "minewatch.extract",
    "minewatch.web",
)

_PROBE = """
import json, sys
from typer.testing import CliRunner
import typer
from minewatch.cli import cli

def paths(command, prefix):
    yield prefix
    for name, sub in getattr(command, "commands", {}).items():
        yield from paths(sub, [*prefix, name])

shown = []
for path in paths(typer.main.get_command(cli), []):
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, (path, result.output)
    shown.append(" ".join(path))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
# the same check sees a heavy import when one happens: a command's own module loads them
import minewatch.services.field_export
seen_after = sorted(n for n in HEAVY if n in sys.modules)
print(json.dumps({"shown": shown, "loaded": loaded, "seen_after": seen_after}))
"""


def test_help_of_every_command_loads_no_heavy_library() -> None:
    probe = f"HEAVY = {HEAVY!r}\n" + _PROBE
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert len(report["shown"]) == len(list(_command_paths()))  # every command's help ran
    assert report["loaded"] == []
    assert {"sqlalchemy", "shapely", "minewatch.storage"} <= set(report["seen_after"])


def _command_paths() -> Iterator[list[str]]:
    def walk(command: Any, prefix: list[str]) -> Iterator[list[str]]:
        yield prefix
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*prefix, name])

    yield from walk(typer.main.get_command(cli), [])
