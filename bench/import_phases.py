"""CPU seconds per phase of one field import (issue 10, P1): where a victims import spends its
time, to choose what to speed up.

    python bench/import_phases.py [--victims N] [--again]

Imports N synthetic victims (bench/field_data.py) into a fresh SQLite database and prints the
process CPU time (``time.process_time``) spent in each phase, nested phases subtracted from
the phase around them; ``--again`` imports the same file a second time (every row unchanged:
the idempotence path). Timers wrap the import's own functions for this process only; the
import itself is the real one (``field_import.import_files``). cProfile was tried first and
doubles the Python side's time, which misstates the split against SQLite's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.field_data import victims_csv  # noqa: E402
from bench.harness import fresh_app  # noqa: E402
from minewatch.imports import field_rows, tables  # noqa: E402
from minewatch.services import field_import, layers, ledger  # noqa: E402
from minewatch.storage import bulk  # noqa: E402

SPENT: defaultdict[str, float] = defaultdict(float)
_OPEN: list[float] = []  # CPU time of the phases nested in each open phase


def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        _OPEN.append(0.0)
        try:
            return function(*args, **kwargs)
        finally:
            spent, inner = time.process_time() - start, _OPEN.pop()
            SPENT[name] += spent - inner
            if _OPEN:
                _OPEN[-1] += spent

    return wrapper


def _patch(owner: Any, attribute: str, name: str) -> None:
    setattr(owner, attribute, timed(name, getattr(owner, attribute)))


def _insert_many(connection: Any, table: Any, *args: Any, **kwargs: Any) -> None:
    timed(f"insert into {table.name} (preparation + driver)", _ORIGINAL_INSERT)(
        connection, table, *args, **kwargs
    )


_ORIGINAL_INSERT = bulk.insert_many
_ORIGINAL_OPEN = tables.open_table


def _open_table(path: Path, encoding: str) -> Any:
    """The file's reader, its batches timed as "CSV parse"."""
    reader: Any = _ORIGINAL_OPEN(path, encoding)
    batches = reader.batches

    def timed_batches() -> Iterator[Any]:
        rows = batches()
        while True:
            start = time.process_time()
            batch = next(rows, None)
            SPENT["CSV parse"] += time.process_time() - start
            if batch is None:
                return
            yield batch

    reader.batches = timed_batches
    return reader


def instrument() -> None:
    # Each module's own reference to a function it imported, replaced for this process.
    replaced: tuple[tuple[object, str, Callable[..., Any]], ...] = (
        (ledger, "insert_many", _insert_many),
        (layers, "insert_many", _insert_many),
        (field_import, "open_table", _open_table),
    )
    for owner, attribute, timer in replaced:
        setattr(owner, attribute, timer)
    _patch(field_rows.RowMapper, "map_batch", "mapping loop: needs, duplicates, hashes, ids")
    _patch(field_rows.RowMapper, "_values", "value maps and column conversion")
    _patch(ledger, "latest_versions", "identity / version lookup")
    _patch(ledger, "append_cited", "versions and their content hashes")
    _patch(layers, "_typed_row", "typed rows")
    _patch(layers.LayerWriter, "_write_layer", "writer, other per-row work")
    _patch(layers.LayerWriter, "_roll_up", "roll-up deltas")
    _patch(layers.LayerWriter, "finish", "finish: roll-ups applied, links, statistics")
    _patch(field_import, "audit_file", "audit entry (batch digest)")
    _patch(field_import, "_source", "source (file sha256)")


def import_once(app: Any, csv_path: Path, label: str) -> None:
    SPENT.clear()
    mapping = field_import.resolve_mapping("victims", None, None)
    wall, cpu = time.perf_counter(), time.process_time()
    summary = field_import.import_files(app, [csv_path], mapping, actor="bench:synthetic")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"\n{label}: {cpu:.2f} s CPU, {wall:.2f} s wall; {summary.describe()}")
    for name, seconds in sorted(SPENT.items(), key=lambda item: -item[1]):
        print(f"{seconds:8.2f}  {name}")
    print(f"{cpu - sum(SPENT.values()):8.2f}  the rest (commit, the import loop)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--victims", type=int, default=100_000)
    parser.add_argument("--again", action="store_true", help="import the same file twice")
    args = parser.parse_args()
    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        csv_path = victims_csv(work / "victims.csv", args.victims)
        (work / "db").mkdir()
        app = fresh_app(work / "db")
        import_once(app, csv_path, f"import of {args.victims:,} victims")
        if args.again:
            import_once(app, csv_path, "the same file again")
        app.close()


if __name__ == "__main__":
    main()
