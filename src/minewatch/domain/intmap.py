"""A map of 64-bit integer keys to integer values that stays small for tens of millions of keys.

An import remembers one 64-bit hash per row (a record key, a row's content, a geometry, a
reference) to find duplicates within one file. In a ``dict`` each entry costs ~100 bytes with
its int objects, so a 10M-row file held ~1.8 GB (docs/performance.md, "P4 at 10M victims").
``IntMap`` keeps the newest entries in a ``dict`` and moves them, once ``buffer`` of them have
gathered, into sorted numpy runs of 16 bytes an entry, merged as a binary counter (a run is
merged with the one before it while it is at least as long), so a lookup searches at most
log2(entries / buffer) + 1 runs. A bitset of the keys' low bits answers most lookups of new
keys without touching the runs.

Only what the importers use: ``get``, ``setdefault`` and item assignment. Keys are reduced
to 64 bits (``key & (2**64 - 1)``): callers pass hashes of at most 64 bits, so nothing is lost.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

_MASK = (1 << 64) - 1
_FILTER_BITS = 1 << 27  # 16 MiB, made once the first run is written
_FILTER_MASK = _FILTER_BITS - 1


class IntMap:
    """``int -> int`` with ``get``, ``setdefault`` and ``m[key] = value``; see the module."""

    def __init__(self, buffer: int = 1 << 18) -> None:
        self._buffer = buffer
        self._recent: dict[int, int] = {}
        self._runs: list[tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]] = []
        self._filter: bytearray | None = None

    def __len__(self) -> int:
        return len(self._recent) + sum(len(keys) for keys, _ in self._runs)

    def get(self, key: int, default: int) -> int:
        """The value of ``key``, else ``default``."""
        value = self._lookup(key & _MASK)
        return default if value is None else value

    def setdefault(self, key: int, value: int) -> int:
        """The value of ``key``; where it has none, ``value``, stored."""
        key &= _MASK
        known = self._lookup(key)
        if known is not None:
            return known
        self._add(key, value)
        return value

    def _lookup(self, key: int) -> int | None:
        value = self._recent.get(key)
        if value is not None or not self._runs:
            return value
        found = self._find(key)
        if found is None:
            return None
        run, position = found
        return int(self._runs[run][1][position])

    def __setitem__(self, key: int, value: int) -> None:
        key &= _MASK
        if key in self._recent or not self._runs:
            self._recent[key] = value
            self._flush_if_full()
            return
        found = self._find(key)
        if found is None:
            self._add(key, value)
        else:
            run, position = found
            self._runs[run][1][position] = value

    def _add(self, key: int, value: int) -> None:
        self._recent[key] = value
        self._flush_if_full()

    def _find(self, key: int) -> tuple[int, int] | None:
        bits = self._filter
        if bits is not None and not bits[(key & _FILTER_MASK) >> 3] & (1 << (key & 7)):
            return None  # no key with these low bits was ever moved into a run
        probe = np.uint64(key)
        for run, (keys, _) in enumerate(self._runs):
            position = int(keys.searchsorted(probe))
            if position < len(keys) and keys[position] == probe:
                return run, position
        return None

    def _flush_if_full(self) -> None:
        if len(self._recent) < self._buffer:
            return
        count = len(self._recent)
        keys = np.fromiter(self._recent.keys(), dtype=np.uint64, count=count)
        values = np.fromiter(self._recent.values(), dtype=np.int64, count=count)
        self._recent = {}
        if self._filter is None:
            self._filter = bytearray(_FILTER_BITS >> 3)
        low = (keys & np.uint64(_FILTER_MASK)).astype(np.int64)
        marks = np.frombuffer(self._filter, dtype=np.uint8)
        np.bitwise_or.at(marks, low >> 3, (1 << (low & 7)).astype(np.uint8))
        order = np.argsort(keys, kind="stable")
        self._runs.append((keys[order], values[order]))
        # Keys are unique across runs (a key is added only where it is not found), so runs
        # merge by concatenation and one sort.
        while len(self._runs) > 1 and len(self._runs[-1][0]) >= len(self._runs[-2][0]):
            newer_keys, newer_values = self._runs.pop()
            older_keys, older_values = self._runs.pop()
            keys = np.concatenate((older_keys, newer_keys))
            values = np.concatenate((older_values, newer_values))
            order = np.argsort(keys, kind="stable")
            self._runs.append((keys[order], values[order]))
