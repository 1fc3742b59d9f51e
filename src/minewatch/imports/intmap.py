"""A map of 64-bit integer keys to integer values whose memory does not grow with its size.

An import remembers one 64-bit hash per row (a record key, a row's content, a geometry, a
reference) to find duplicates within one file. In a ``dict`` each entry costs ~100 bytes with
its int objects, so a 10M-row file held ~1.8 GB (docs/performance.md, "P4 at 10M victims"); in
sorted numpy runs in memory, 16 bytes an entry and the merges' transient copies, ~66 MB per
million rows ("Import memory after IntMap").

``IntMap`` keeps the newest entries in a ``dict`` and moves them, once ``buffer`` of them have
gathered, into sorted runs written to temporary files (the keys, then the values, as native
uint64 / int64). Runs merge on disk as a binary counter (a run is merged with the one before
it while it is at least as long), streaming both through buffers of ``MERGE_CHUNK`` entries,
so a lookup searches at most log2(entries / buffer) + 1 runs. In memory a run keeps only the
first key of each block of ``BLOCK`` keys (a 4 KiB read; 1/512 of the run's keys); a lookup
reads the one block that may hold its key (``os.pread``: the operating system's file cache,
not this process's memory). A fixed Bloom filter of two bits a key (16 MiB, made once the
first run is written) answers almost every lookup of a new key without reading: 0.02% false
positives at 1M keys, 2% at 10M.

So memory is the buffer, the filter and the merge buffers (~45 MB at the default sizes), plus
8 bytes per 512 entries; the disk holds 16 bytes an entry (twice that during a merge).

Only what the importers use: ``get``, ``setdefault`` and item assignment. Keys are reduced
to 64 bits (``key & (2**64 - 1)``): callers pass hashes of at most 64 bits, so nothing is lost.
"""

from __future__ import annotations

import os
import sys
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import IO

import numpy as np
import numpy.typing as npt

_MASK = (1 << 64) - 1
_FILTER_BITS = 1 << 27  # 16 MiB, made once the first run is written
_FILTER_MASK = _FILTER_BITS - 1
BLOCK = 512  # keys per block read by a lookup: 4 KiB
MERGE_CHUNK = 1 << 16  # entries read from each run at a time while merging: 1 MiB of each

Keys = npt.NDArray[np.uint64]
Values = npt.NDArray[np.int64]


class IntMap:
    """``int -> int`` with ``get``, ``setdefault`` and ``m[key] = value``; see the module.

    ``buffer``: entries kept in a ``dict`` before they move to a run on disk; ``directory``:
    where the runs' temporary files go (None: ``tempfile``'s default, ``TMPDIR``)."""

    def __init__(self, buffer: int = 1 << 18, *, directory: str | None = None) -> None:
        self._buffer = buffer
        self._directory = directory
        self._recent: dict[int, int] = {}
        self._runs: list[_Run] = []
        self._filter: bytearray | None = None

    def __len__(self) -> int:
        return len(self._recent) + sum(run.size for run in self._runs)

    def memory_bytes(self) -> int:
        """What the map holds in this process beyond its ``dict`` buffer: the filter and the
        runs' block indexes (a bound a test checks; the buffer is at most ``buffer`` entries)."""
        held = len(self._filter) if self._filter is not None else 0
        return held + sum(run.fences.itemsize * len(run.fences) for run in self._runs)

    def disk_bytes(self) -> int:
        """The bytes the runs hold on disk (16 an entry)."""
        return sum(16 * run.size for run in self._runs)

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
        return run.value(position)

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
            run.set_value(position, value)

    def _add(self, key: int, value: int) -> None:
        self._recent[key] = value
        self._flush_if_full()

    def _find(self, key: int) -> tuple[_Run, int] | None:
        bits = self._filter
        if bits is not None:
            low, high = key & _FILTER_MASK, (key >> 27) & _FILTER_MASK
            if not bits[low >> 3] & (1 << (low & 7)) or not bits[high >> 3] & (1 << (high & 7)):
                return None  # no key with these bits was ever moved into a run
        for run in self._runs:
            position = run.find(key)
            if position is not None:
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
        marks = np.frombuffer(self._filter, dtype=np.uint8)
        for shift in (0, 27):
            bit = ((keys >> np.uint64(shift)) & np.uint64(_FILTER_MASK)).astype(np.int64)
            np.bitwise_or.at(marks, bit >> 3, (1 << (bit & 7)).astype(np.uint8))
        order = np.argsort(keys, kind="stable")
        self._runs.append(
            _Run.written(self._directory, count, iter([(keys[order], values[order])]))
        )
        del keys, values, order
        # Keys are unique across runs (a key is added only where it is not found), so two
        # runs merge without ties.
        while len(self._runs) > 1 and self._runs[-1].size >= self._runs[-2].size:
            newer = self._runs.pop()
            older = self._runs.pop()
            size = older.size + newer.size
            self._runs.append(_Run.written(self._directory, size, _merged(older, newer)))
            older.close()
            newer.close()


class _Run:
    """Sorted keys and their values in a temporary file (``size`` keys, then ``size`` values,
    8 bytes each), and in memory the first key of every ``BLOCK`` keys (``fences``)."""

    def __init__(self, handle: IO[bytes], size: int, fences: array[int]) -> None:
        self.handle, self.size, self.fences = handle, size, fences
        self.fd = handle.fileno()

    @classmethod
    def written(
        cls, directory: str | None, size: int, pieces: Iterator[tuple[Keys, Values]]
    ) -> _Run:
        """A run of ``size`` entries from the sorted ``pieces`` (each sorted, each after the one
        before), written as they come: the keys from the file's start, the values after them."""
        handle = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115 (open as long as the run)
        fd, fences, done = handle.fileno(), array("Q"), 0
        try:
            for keys, values in pieces:
                fences.frombytes(keys[(-done) % BLOCK :: BLOCK].tobytes())
                os.pwrite(fd, keys.tobytes(), done * 8)
                os.pwrite(fd, values.tobytes(), (size + done) * 8)
                done += len(keys)
        except BaseException:
            handle.close()
            raise
        if done != size:
            handle.close()
            raise AssertionError(f"a run of {size} entries was given {done}")
        return cls(handle, size, fences)

    def find(self, key: int) -> int | None:
        """The position of ``key`` in the run, or None: one block read."""
        block = bisect_right(self.fences, key) - 1
        if block < 0:
            return None
        start = block * BLOCK
        count = min(BLOCK, self.size - start)
        keys = memoryview(os.pread(self.fd, count * 8, start * 8)).cast("Q")
        found = bisect_left(keys, key)
        return start + found if found < count and keys[found] == key else None

    def value(self, position: int) -> int:
        data = os.pread(self.fd, 8, (self.size + position) * 8)
        return int.from_bytes(data, sys.byteorder, signed=True)

    def set_value(self, position: int, value: int) -> None:
        os.pwrite(
            self.fd, value.to_bytes(8, sys.byteorder, signed=True), (self.size + position) * 8
        )

    def chunks(self) -> Iterator[tuple[Keys, Values]]:
        """The run's keys and values in order, ``MERGE_CHUNK`` at a time."""
        for start in range(0, self.size, MERGE_CHUNK):
            count = min(MERGE_CHUNK, self.size - start)
            keys = np.frombuffer(os.pread(self.fd, count * 8, start * 8), dtype=np.uint64)
            values = np.frombuffer(
                os.pread(self.fd, count * 8, (self.size + start) * 8), dtype=np.int64
            )
            yield keys, values

    def close(self) -> None:
        self.handle.close()


_EMPTY: tuple[Keys, Values] = (np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64))


def _merged(older: _Run, newer: _Run) -> Iterator[tuple[Keys, Values]]:
    """The entries of two runs with no key in common, in key order, a piece at a time: each
    step takes from both every key up to the smaller of their buffers' last keys (so one
    buffer is used up and refilled), at most ``2 * MERGE_CHUNK`` entries held."""
    left, right = older.chunks(), newer.chunks()
    a_keys, a_values = next(left, _EMPTY)
    b_keys, b_values = next(right, _EMPTY)
    while len(a_keys) or len(b_keys):
        if not len(b_keys):
            yield a_keys, a_values
            a_keys, a_values = next(left, _EMPTY)
            continue
        if not len(a_keys):
            yield b_keys, b_values
            b_keys, b_values = next(right, _EMPTY)
            continue
        cut = min(a_keys[-1], b_keys[-1])
        take_a = int(a_keys.searchsorted(cut, side="right"))
        take_b = int(b_keys.searchsorted(cut, side="right"))
        keys = np.concatenate((a_keys[:take_a], b_keys[:take_b]))
        values = np.concatenate((a_values[:take_a], b_values[:take_b]))
        order = np.argsort(keys, kind="stable")  # two sorted runs: timsort merges them
        yield keys[order], values[order]
        a_keys, a_values = a_keys[take_a:], a_values[take_a:]
        b_keys, b_values = b_keys[take_b:], b_values[take_b:]
        if not len(a_keys):
            a_keys, a_values = next(left, _EMPTY)
        if not len(b_keys):
            b_keys, b_values = next(right, _EMPTY)
