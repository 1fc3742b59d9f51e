"""What the extractor builds once per process stays built on a stream of stories in every
language read: the gazetteers, the readers and the readers' own patterns.

A stream of stories in the nine languages read once evicted a gazetteer (the cache held
eight) and rebuilt it every few stories, and the patterns the lexicon readers build from
their entries (~600) overflowed ``re``'s own cache of 512, so they were compiled again and
again: the held-out passages ran at 2.5x the CPU time of the same stories in fewer languages.
Not a timing test: it counts what is built.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract import Document, extract, parse_text
from minewatch.extract.gazetteer import load_gazetteer
from minewatch.extract.language import READ_LANGUAGES, detect_language
from minewatch.extract.readers import reader_for

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"


def _stream(per_language: int = 3) -> list[Document]:
    """Held-out passages, ``per_language`` in each language read, the languages interleaved."""
    by_language: dict[str, list[Document]] = {code: [] for code in READ_LANGUAGES}
    for line in HELDOUT.read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        chosen = by_language.get(detect_language(passage["text"]))
        if chosen is not None and len(chosen) < per_language:
            raw = f"SOURCE: synthetic\nDATE: {passage['date']}\n{passage['text']}"
            chosen.append(parse_text(passage["id"], raw))
    assert all(len(docs) == per_language for docs in by_language.values()), by_language
    return [docs[i] for i in range(per_language) for docs in by_language.values()]


def test_a_stream_in_every_language_read_builds_each_gazetteer_and_reader_once() -> None:
    stream = _stream()
    for document in stream:
        extract(document)
    gazetteers, readers = load_gazetteer.cache_info().misses, reader_for.cache_info().misses
    for _ in range(2):
        for document in stream:
            assert extract(document) is not None
    assert load_gazetteer.cache_info().misses == gazetteers
    assert reader_for.cache_info().misses == readers


def test_the_patterns_handed_to_re_at_run_time_fit_in_its_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The patterns passed to ``re.search`` and the like as text (compiled by ``re`` on each
    call unless its cache of 512 still holds them) are few: a pattern built from a lexicon's
    entries is compiled once (``lexicons.sentences.compiled``)."""
    stream = _stream()
    for document in stream:
        extract(document)
    handed: set[tuple[str, int]] = set()
    compile_text = re._compile  # type: ignore[attr-defined]

    def spy(pattern: Any, flags: int = 0) -> Any:
        if isinstance(pattern, str):
            handed.add((pattern, int(flags)))
        return compile_text(pattern, flags)

    monkeypatch.setattr(re, "_compile", spy)
    for document in stream:
        extract(document)
    assert 0 < len(handed) < 128, len(handed)
