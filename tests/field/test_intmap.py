"""``IntMap`` answers as a ``dict`` would, across its buffer, its runs and their merges."""

from __future__ import annotations

import tracemalloc

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minewatch.imports import intmap
from minewatch.imports.intmap import IntMap

KEYS = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),  # hash() of str and bytes
    st.integers(min_value=0, max_value=2**64 - 1),  # 64 bits of a hex digest
    st.integers(min_value=0, max_value=40),  # small keys: many repeats
)
OPERATIONS = st.lists(
    st.tuples(st.sampled_from(["get", "setdefault", "set"]), KEYS, st.integers(0, 10**6)),
    max_size=300,
)


@settings(max_examples=200)
@given(OPERATIONS, st.sampled_from([1, 2, 3, 8, 64]))
def test_every_answer_is_the_dicts(operations: list[tuple[str, int, int]], buffer: int) -> None:
    compact, plain = IntMap(buffer=buffer), dict[int, int]()
    for name, key, value in operations:
        if name == "get":
            assert compact.get(key, -1) == plain.get(key, -1)
        elif name == "setdefault":
            assert compact.setdefault(key, value) == plain.setdefault(key, value)
        else:
            compact[key] = value
            plain[key] = value
    assert len(compact) == len(plain)
    for key, value in plain.items():
        assert compact.get(key, -1) == value


def test_a_count_kept_per_key_survives_its_move_into_runs() -> None:
    """The importer's content counter (``RowMapper._occurrence``): get, add one, store."""
    counts = IntMap(buffer=4)
    for round_ in range(1, 4):
        for key in range(50):
            counts[key * 7919] = counts.get(key * 7919, 0) + 1
        assert {counts.get(key * 7919, 0) for key in range(50)} == {round_}
    assert len(counts) == 50 and counts.get(12345, 0) == 0


def test_keys_differing_only_above_the_filters_bits_stay_apart() -> None:
    first, second = 5, 5 + (1 << 40)
    keys = IntMap(buffer=1)
    keys.setdefault(first, 1)
    keys.setdefault(second, 2)
    assert (keys.get(first, 0), keys.get(second, 0)) == (1, 2)
    assert keys.setdefault(first, 9) == 1


@settings(max_examples=100)
@given(OPERATIONS, st.sampled_from([1, 3, 8]), st.sampled_from([1, 2, 5]))
def test_runs_read_and_merged_a_block_at_a_time_answer_as_the_dict_does(
    operations: list[tuple[str, int, int]], buffer: int, block: int
) -> None:
    """Blocks and merge buffers of a few entries, so that lookups cross block boundaries and
    merges refill their buffers many times (in real imports: 512 and 65,536 entries)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(intmap, "BLOCK", block)
        patch.setattr(intmap, "MERGE_CHUNK", block + 1)
        test_every_answer_is_the_dicts.hypothesis.inner_test(operations, buffer)  # type: ignore[attr-defined]


def test_memory_stays_the_same_for_four_times_the_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runs live on disk: the peak of what Python and numpy allocate while a map takes 4N
    keys is within a small margin of the peak for N keys, while the disk holds 16 bytes an
    entry. (Held in memory, the runs took 16 bytes an entry, and a merge twice that again.)
    Merge buffers of 512 entries, so both sizes use them in full."""
    monkeypatch.setattr(intmap, "MERGE_CHUNK", 512)

    def peak(count: int) -> tuple[int, IntMap]:
        keys = IntMap(buffer=1024)
        tracemalloc.start()
        try:
            for i in range(count):
                keys.setdefault(hash(f"row {i}"), i)
            return tracemalloc.get_traced_memory()[1], keys
        finally:
            tracemalloc.stop()

    small, few = peak(25_000)
    large, many = peak(100_000)
    assert len(many) == 100_000 and many.get(hash("row 99999"), -1) == 99_999
    assert many.disk_bytes() >= 16 * (100_000 - 1024)
    assert large - small < 75_000, (small, large)  # 75k more entries: < 1 byte each (16 if held)
    assert many.memory_bytes() - few.memory_bytes() < 75_000 // 64
