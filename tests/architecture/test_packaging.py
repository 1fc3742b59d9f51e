"""The package's metadata is in the form current build tools read without a deprecation warning.

setuptools >= 77 deprecates ``license = { text = ... }`` (PEP 639): the licence is an SPDX
expression string and the licence texts are named in ``license-files``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.licenses import canonicalize_license_expression

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_license_is_an_spdx_expression_string() -> None:
    licence = PROJECT["project"]["license"]
    assert isinstance(licence, str), "a TOML table here is deprecated by setuptools"
    assert canonicalize_license_expression(licence) == licence


def test_every_license_file_pattern_names_a_file_in_the_repository() -> None:
    patterns = PROJECT["project"]["license-files"]
    assert patterns
    for pattern in patterns:
        found = [p for p in ROOT.glob(pattern) if p.is_file()]
        assert found, f"license-files pattern {pattern!r} matches nothing"
        assert all(p.stat().st_size > 1000 for p in found)


def test_build_backend_is_new_enough_for_license_files() -> None:
    requires = PROJECT["build-system"]["requires"]
    setuptools_pin = next(r for r in requires if r.startswith("setuptools"))
    minimum = setuptools_pin.split(">=", 1)[1]
    assert tuple(int(x) for x in minimum.split(".")) >= (77,)
