"""``make test`` (and so ``.ci/run``) type-checks every tree of our Python code it lints, under
``mypy --strict``, with nothing switched off for our own modules.

The Makefile runs ``ruff check src tests bench`` and then plain ``mypy``, which checks what
``[tool.mypy] packages`` names. The benchmarks are code we publish figures from, and the tests
are what we trust them by, so both are type-checked too; each is a package (``bench/__init__.py``,
``tests/__init__.py`` and one in every test folder), so ``bench/harness.py`` is the one module
``bench.harness`` that the benchmarks and tests import, not also a top-level ``harness``, and the
test folders' ``conftest.py`` files are ``tests.cli.conftest``, ``tests.browser.conftest`` and so
on, not several modules called ``conftest``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
# Switches that would weaken --strict for a module they name.
WEAKENING = {"ignore_errors", "disallow_untyped_defs", "disallow_any_generics", "strict"}


def test_make_test_runs_mypy_on_its_configured_packages() -> None:
    recipe = MAKEFILE.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "$(VENV)/bin/mypy\n" in recipe + "\n"
    assert CONFIG["strict"] is True


def test_every_linted_code_tree_is_type_checked() -> None:
    packages = set(CONFIG["packages"])
    assert {"minewatch", "bench", "tests"} <= packages
    for name in packages:
        home = ROOT / "src" / name if (ROOT / "src" / name).is_dir() else ROOT / name
        assert (home / "__init__.py").is_file(), f"{name} is not a package: module names clash"


def test_every_test_folder_is_a_package() -> None:
    """A folder of test modules without ``__init__.py`` would be left out of ``mypy -p tests``
    and its modules (its ``conftest.py`` first) would clash with another folder's."""
    for folder in sorted({path.parent for path in (ROOT / "tests").rglob("*.py")}):
        assert (folder / "__init__.py").is_file(), f"{folder.relative_to(ROOT)} is no package"


def test_no_override_weakens_strictness_for_our_modules() -> None:
    for override in CONFIG.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        ours = [m for m in modules if m.split(".")[0] in set(CONFIG["packages"])]
        assert not (ours and WEAKENING & set(override)), override
        assert set(override) <= {"module", "ignore_missing_imports"}, override
