"""Canonical hashes: the same content always hashes the same, on any backend (pure: used by
the ledger, the audit chain, claims and the importers)."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

SORT_KEYS = orjson.OPT_SORT_KEYS  # the option ``canonical_json`` dumps with


def canonical_json(value: Any) -> bytes:
    return orjson.dumps(value, option=SORT_KEYS)


def content_hash(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()
