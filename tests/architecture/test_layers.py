"""The direction of imports (docs/architecture.md): domain <- storage <- services <- faces.

Every ``import minewatch...`` in the package is read, including those inside functions (a
circle hidden in a function is still a circle). The test fails on an arrow from a lower layer to
a higher one, on an import between two packages of one layer (no face imports another face),
on a module import circle, and on a package that is not placed in a layer.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import minewatch

PACKAGE = Path(minewatch.__file__).resolve().parent
# Lower numbers are further in; a package may import only packages of a lower layer.
LAYERS = {
    "domain": 0,
    "settings": 0,
    "storage": 1,
    "extract": 1,
    "analysis": 1,
    "imports": 1,
    "app": 2,
    "services": 3,
    "cli": 4,
    "web": 4,
    "api": 4,
    "reports": 4,
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(at_run_time: bool = False) -> dict[str, set[str]]:
    """Module -> the minewatch modules it imports (``from a import b`` counts as ``a.b`` when
    ``a.b`` is a module, else ``a``). With ``at_run_time``, imports made only for the type
    checker (under ``if TYPE_CHECKING:``) are left out: they never run, so they close no
    import circle (a class's methods split into modules of functions taking it name it so)."""
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        source = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {id(n) for block in _type_checking_blocks(tree) for n in ast.walk(block)}
        for node in ast.walk(tree):
            if at_run_time and id(node) in typing_only:
                continue
            for target in _targets(node, modules):
                if target != source:
                    graph[source].add(target)
    return graph


def _type_checking_blocks(tree: ast.AST) -> list[ast.If]:
    """The ``if TYPE_CHECKING:`` blocks of a module."""
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    ]


def _targets(node: ast.AST, modules: set[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.startswith("minewatch")]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        if not node.module.startswith("minewatch"):
            return []
        found = [f"{node.module}.{a.name}" for a in node.names]
        return [t for t in found if t in modules] or [node.module]
    return []


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "minewatch"


def test_every_package_has_a_layer() -> None:
    packages = {_package(_module_name(p)) for p in PACKAGE.rglob("*.py")} - {"minewatch"}
    assert packages - set(LAYERS) == set(), "place the new package in LAYERS and the docs"


def test_imports_point_inward_and_faces_do_not_import_each_other() -> None:
    wrong = []
    for source, targets in _imports().items():
        here = _package(source)
        for target in targets:
            there = _package(target)
            if here == there or "minewatch" in (here, there):
                continue
            if LAYERS.get(there, 99) >= LAYERS.get(here, 99):
                wrong.append(f"{source} -> {target}")
    assert wrong == []


def test_imports_for_the_type_checker_only_are_told_apart() -> None:
    """The lexicon reader's use group names the reader for the type checker only: that edge is
    in the whole graph and left out of the run-time one, which keeps every other edge."""
    whole, at_run_time = _imports(), _imports(at_run_time=True)
    uses, reading = "minewatch.extract.lexicons.uses", "minewatch.extract.lexicons.reading"
    assert reading in whole[uses] and reading not in at_run_time[uses]
    assert uses in at_run_time[reading]
    assert all(at_run_time[m] <= whole[m] for m in at_run_time)


def test_there_is_no_import_circle() -> None:
    graph = _imports(at_run_time=True)
    circles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1 and not _is_package_init(target, module):
                circles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def _is_package_init(target: str, module: str) -> bool:
    """A package's ``__init__`` re-exporting its own submodule is not a circle worth naming."""
    return module.startswith(target + ".")


def test_the_checker_sees_an_arrow_the_wrong_way() -> None:
    """The test above can fail: an import of the web from the domain is an upward arrow."""
    node = ast.parse("def f():\n    from minewatch.web.app import create_app\n")
    modules = {"minewatch.web.app", "minewatch.domain.kinds"}
    (target,) = [t for n in ast.walk(node) for t in _targets(n, modules)]
    assert LAYERS[_package(target)] > LAYERS[_package("minewatch.domain.kinds")]
