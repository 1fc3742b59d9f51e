"""The domain layer is pure (docs/architecture.md): rules and vocabulary, no I/O. A structure
that needs files or a network (the import's bounded-memory ``IntMap``, storage, readers) lives
in an outer layer and is handed in, as ``DuplicateFinder(remember=...)`` is."""

from __future__ import annotations

import ast
from pathlib import Path

import minewatch

DOMAIN = Path(minewatch.__file__).resolve().parent / "domain"
# modules whose use means files, processes or the network
IO_MODULES = {
    "io", "os", "pathlib", "shutil", "socket", "sqlite3", "subprocess", "tempfile",
    "urllib.request", "http", "requests", "httpx", "mmap",
}  # fmt: skip


def _is_io(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in IO_MODULES)


def _io_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        found += [f"import {n}" for n in names if _is_io(n)]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "open"
        ):
            found.append(f"open() on line {node.lineno}")
    return found


def test_the_domain_does_no_io() -> None:
    uses = {
        str(path.relative_to(DOMAIN)): _io_uses(path)
        for path in sorted(DOMAIN.rglob("*.py"))
        if _io_uses(path)
    }
    assert uses == {}


def test_the_check_sees_io_where_there_is_some(tmp_path: Path) -> None:
    module = tmp_path / "spill.py"
    module.write_text("import tempfile\nfrom os import pread\nopen('x')\n", encoding="utf-8")
    assert _io_uses(module) == ["import tempfile", "import os", "open() on line 3"]
