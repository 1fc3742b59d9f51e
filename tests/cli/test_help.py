"""``--help`` for every command: cheap to start, and readable in an 80-column terminal.

Both failed before: ``minewatch --help`` imported SQLAlchemy, Alembic, shapely, pyproj, numpy,
openpyxl and the whole extractor (1.5 s of CPU before printing a line), and typer's rich help
kept every line break of the docstrings, so a paragraph wrapped at 100 columns in the source
printed at 80 as ``... every ledger row`` / ``has its audit entry`` and ``skipped`` alone on a
line.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from minewatch.cli import cli
from minewatch.cli.common import paragraphs

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
    # ~0.1 s together: the country table, the layer definitions and the reference readers
    "pycountry",
    "minewatch.domain.field",
    "minewatch.imports.reference",
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
    assert {"sqlalchemy", "shapely", "minewatch.storage", "minewatch.domain.field"} <= set(
        report["seen_after"]
    )


def _command_paths() -> Iterator[list[str]]:
    def walk(command: Any, prefix: list[str]) -> Iterator[list[str]]:
        yield prefix
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*prefix, name])

    yield from walk(typer.main.get_command(cli), [])


BORDER = re.compile(r"^[╭╰]")
LOWER_START = re.compile(r"^[a-z(]")
WIDTH = 80
# Typer pads help one column each side and rich's table cells one more: a line ending at column
# WIDTH - 3 could have been longer, so a word that fits before that was not wrapped away.
RIGHT_MARGIN = 3


def hard_breaks(rendered: str, width: int = WIDTH) -> list[str]:
    """The places in a rendered help page where a sentence was broken by hand, not by wrapping:
    a line (of a prose paragraph, or of one table cell) followed by a line of the same paragraph
    or cell that starts with a lowercase word (or a parenthesis) short enough to have fitted on
    the first line. A wrapping printer moves a word down only when it does not fit, so such a
    break came from a line break in the source text."""
    found = []
    lines = rendered.splitlines()
    for above, below in pairwise(lines):
        if not above.strip() or not below.strip() or BORDER.match(above) or BORDER.match(below):
            continue
        boxed = below.startswith("│")
        start = len(below) - len(below.lstrip("│ "))  # where the text of ``below`` begins
        text = below[start:]
        if boxed and start <= 2:  # a new row of a table, not the continuation of a cell
            continue
        if not LOWER_START.match(text) or not 0 < start < len(above) or above[start - 1] != " ":
            continue
        cell = above[start:].rstrip(" │")  # what ``above`` holds in the same column
        if not cell or (not boxed and above[:start].strip()):
            continue
        word = text.split()[0]
        if len(cell) + 1 + len(word) <= width - start - RIGHT_MARGIN:
            found.append(f"{cell!r} / {word!r}")
    return found


@pytest.mark.parametrize("path", [" ".join(p) for p in _command_paths()])
def test_help_paragraphs_are_wrapped_not_broken_at_80_columns(path: str) -> None:
    result = CliRunner().invoke(cli, [*path.split(), "--help"], env={"COLUMNS": str(WIDTH)})
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= WIDTH
    assert hard_breaks(result.output) == []


def test_the_checker_sees_a_sentence_broken_by_hand() -> None:
    """Lines as ``ingest --help`` and ``--help`` printed them before; short table rows and a
    long word moved down by the wrapping are not breaks."""
    page = (
        " A text file may open with SOURCE: <url> and DATE:\n"
        " <YYYY-MM-DD|YYYY-MM|YYYY|unknown> lines.\n"
        " The same content twice is one source; a broken file is reported by name and\n"
        " skipped\n"
        " (the others are still stored), and the command exits 2, as for a path that\n"
        " does not\n"
        " exist.\n"
        "│ audit-verify    Check the audit chain, the anchor you kept, every record's   │\n"
        "│                 hash and that every ledger row                               │\n"
        "│                 has its audit entry; exit 1 at the first problem             │\n"
        "│ init            Create the database.                                         │\n"
        "│ status          Convention status of every state on a date.                  │\n"
    )
    assert hard_breaks(page) == [
        "'skipped' / '(the'",
        "'does not' / 'exist.'",
        "'hash and that every ledger row' / 'has'",
    ]


def test_paragraphs_joins_lines_and_keeps_paragraphs_and_verbatim_blocks() -> None:
    text = "First line\n    goes on.\n\n    Second\n    paragraph.\n\n    \b\n    a\n    b\n"
    assert paragraphs(text) == "First line goes on.\n\nSecond paragraph.\n\n\b\na\nb"
    assert paragraphs("Help.\n\f\nnot shown\n") == "Help.\n\f\nnot shown"


# What typer prints for a value when nobody named it: its Python type (``<str>``,
# ``<list[Path]>``, ``<bool>`` on a flag) and, in the usage line, a required argument in braces
# (``{paths}...``) or an optional one in lowercase brackets (``[paths]...``).
PLACEHOLDER = re.compile(r"<[^>\s]*>|\{\w+\}|\w\[\w+\]")
USAGE_LOWER_ARGUMENT = re.compile(r"\[[a-z_]+\]")


def placeholders(rendered: str) -> list[str]:
    """The placeholders in a help page's usage line and its tables of arguments and options
    (the command's own prose, which may show a file's header as ``SOURCE: <url>``, is left)."""
    found = []
    for line in rendered.splitlines():
        text = line.strip()
        if text.startswith("Usage:"):
            found += USAGE_LOWER_ARGUMENT.findall(text.replace("[OPTIONS]", ""))
        elif not text.startswith("│"):
            continue
        found += PLACEHOLDER.findall(text)
    return found


@pytest.mark.parametrize("path", [" ".join(p) for p in _command_paths()])
def test_help_names_values_in_words_not_python_types(path: str) -> None:
    result = CliRunner().invoke(cli, [*path.split(), "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert placeholders(result.output) == []


def test_the_placeholder_check_sees_typers_type_labels() -> None:
    """Lines as ``ingest --help`` and ``import --help`` printed them before."""
    page = (
        " Usage: minewatch ingest [OPTIONS] {paths}...\n"
        " Usage: minewatch import [OPTIONS] [paths]...\n"
        " A text file may open with SOURCE: <url> and DATE: <YYYY-MM-DD> lines.\n"
        "│ *    paths...      <list[Path]>  Text, HTML or PDF files [required]   │\n"
        "│ --help             <bool>        Show this message and exit.          │\n"
        "│ --scope            TEXT          records:write or admin [required]    │\n"
    )
    assert placeholders(page) == ["{paths}", "[paths]", "<list[Path]>", "<bool>"]


def test_usage_names_each_argument_in_capitals() -> None:
    for path in ("ingest", "import", "user token", "review accept"):
        command: Any = typer.main.get_command(cli)
        for name in path.split():
            command = command.commands[name]
        result = CliRunner().invoke(cli, [*path.split(), "--help"], env={"COLUMNS": "120"})
        usage = next(line for line in result.output.splitlines() if "Usage:" in line)
        arguments = [p for p in command.params if isinstance(p, typer.core.TyperArgument)]
        assert arguments
        for argument in arguments:
            assert argument.name.upper() in usage, usage
