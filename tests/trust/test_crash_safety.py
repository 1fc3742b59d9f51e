"""F16: a child process that writes (an ``ingest`` of many documents) is killed with SIGKILL at
a random moment, on both backends. Afterwards the integrity checks pass (audit chain, record
hashes, every ledger row covered by its audit entry), every stored document has its whole claim
set, and the re-run reaches exactly the clean state. ``MINEWATCH_KILLS`` sets the number of
kills per backend (2 here; ``make soak`` runs 100)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from minewatch.app import App
from minewatch.services import integrity
from minewatch.settings import Settings
from minewatch.storage.engine import is_sqlite
from minewatch.storage.tables import citations, records, sources

KILLS = int(os.environ.get("MINEWATCH_KILLS", "2"))
STATES = ["Belarus", "Ukraine", "Greece", "Turkey", "Sri Lanka", "Cambodia", "Angola", "Chad"]
CHILD = """
import sys
from pathlib import Path
from minewatch.app import App
from minewatch.services import ingest
from minewatch.settings import Settings
app = App.from_settings(Settings(database_url=sys.argv[1]))
print("ready", flush=True)
ingest.ingest(app, sorted(Path(sys.argv[2]).glob("*.txt")), "test:crash")
print("done", flush=True)
"""


def _documents(folder: Path, n: int = 24) -> Path:
    folder.mkdir()
    for i in range(n):
        state = STATES[i % len(STATES)]
        (folder / f"story{i:02}.txt").write_text(
            f"DATE: 2024-0{1 + i % 9}-1{i % 9}\n{state} news {i}\n"
            f"{state} destroyed {100 + i} stockpiled anti-personnel mines on {1 + i % 27} March "
            f"2023. Two civilians were killed by a landmine near the border in {state} on "
            f"{1 + i % 27} May 2024.\n"
        )
    return folder


def _state(app: App) -> dict[str, object]:
    with app.engine.connect() as connection:
        per_source = dict(
            connection.execute(
                select(sources.c.sha256, func.count(func.distinct(records.c.record_id)))
                .join(citations, citations.c.source_id == sources.c.id)
                .join(records, records.c.seq == citations.c.record_seq)
                .where(sources.c.recorded_by == "test:crash")
                .group_by(sources.c.sha256)
            ).all()
        )
        problems = integrity.verify(connection)
        if is_sqlite(connection):
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert problems == [], problems
    return per_source


def _run(url: str, folder: Path, kill_after: float | None) -> float:
    """Run the child; once it is ready to write, kill it after ``kill_after`` seconds. Returns
    how long it wrote (the whole run when not killed), or -1 if it finished before the kill."""
    command = [sys.executable, "-c", CHILD, url, str(folder)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    started = time.monotonic()
    if kill_after is None:
        assert child.wait(timeout=300) == 0
        return time.monotonic() - started
    time.sleep(kill_after)
    if child.poll() is not None:
        return -1.0
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    return kill_after


def test_a_killed_ingest_leaves_whole_documents_and_reruns_clean(
    loaded_app: App, templates: object, tmp_path: Path
) -> None:
    folder = _documents(tmp_path / "docs")
    clean_url = templates[_backend(loaded_app)].copy("loaded")  # type: ignore[index]
    writing = _run(clean_url, folder, None)
    clean = _state(App.from_settings(Settings(database_url=clean_url)))
    assert len(clean) == len(list(folder.glob("*.txt")))
    rng = random.Random(20261130)
    mid, partial = 0, 0
    for _ in range(KILLS):
        url = templates[_backend(loaded_app)].copy("loaded")  # type: ignore[index]
        target = App.from_settings(Settings(database_url=url))
        mid += _run(url, folder, rng.uniform(0.0, writing)) >= 0
        after = _state(target)
        assert all(clean[sha] == n for sha, n in after.items()), "a document lost claims"
        partial += 0 < len(after) < len(clean)
        _run(url, folder, None)
        assert _state(target) == clean
        target.close()
    backend = _backend(loaded_app)
    print(f"\n{backend}: {KILLS} runs, {mid} SIGKILLs, {partial} mid-batch", flush=True)
    assert mid >= 1, "no kill landed while the child was running"


def _backend(app: App) -> str:
    return "sqlite" if is_sqlite(app.engine) else "postgresql"
