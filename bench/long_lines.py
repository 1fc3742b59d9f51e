"""Extraction of very long lines: CPU time grows with the length, not with its square.

    python bench/long_lines.py [--sizes 50000,200000] [--repeats 3]

A page whose paragraphs lost their line breaks, or its full stops, reaches the reader as one
line of hundreds of kilobytes. For each language of the team-written held-out passages
(``tests/extract/data/heldout.jsonl``, our own words), the passages are flattened and joined
into one line of each size, in two forms: "one line" keeps the sentence ends, "no stops"
drops every full stop, question and exclamation mark, so the whole line is one sentence (cut
into windows by ``sentences.MAX_SENTENCE``). ``extract()`` is timed on each (best of
``--repeats``, CPU seconds, language given, after a warm-up that compiles the patterns), and
the growth is the time at the largest size over the smallest, divided by the ratio of the
sizes: about 1 when the cost is linear, the ratio of the sizes when it is quadratic. Writes a
report under bench/results/ and exits 1 if any growth is over ``GROWTH`` (2).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import Results, cpu_once  # noqa: E402
from minewatch.domain.dates import PartialDate  # noqa: E402
from minewatch.extract import Document, extract  # noqa: E402
from minewatch.extract.language import detect_language  # noqa: E402

PASSAGES = ROOT / "tests" / "extract" / "data" / "heldout.jsonl"
LANGUAGES = ("en", "fr", "es", "ru", "uk", "ar")
GROWTH = 2.0  # the most a line's time may grow beyond its length (4 at 2x, 16 at 4x: quadratic)
_STOPS = re.compile(r"[.!?؟…]")


def one_line(passages: list[str], size: int, stops: bool) -> str:
    """The passages, each flattened, joined into one line of at least ``size`` characters."""
    flat = [" ".join(p.split()) for p in passages]
    if not stops:
        flat = [_STOPS.sub("", p) for p in flat]
    parts: list[str] = []
    length = 0
    while length < size:
        for passage in flat:
            parts.append(passage)
            length += len(passage) + 1
            if length >= size:
                break
    return " ".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,200000", help="line lengths, commas")
    parser.add_argument("--repeats", type=int, default=3, help="timings per line (best kept)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    by_language: dict[str, list[str]] = defaultdict(list)
    for line in PASSAGES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            text = json.loads(line)["text"]
            by_language[detect_language(text)].append(text)
    published = PartialDate(2026, 4, 15)
    results = Results("long-lines")
    rows: list[tuple[str, ...]] = []
    worst = 0.0
    for language in LANGUAGES:
        warm = Document("warm", by_language[language][0], published=published, language=language)
        extract(warm)
        for stops in (True, False):
            seconds: list[float] = []
            for size in sizes:
                text = one_line(by_language[language], size, stops)
                document = Document("long", text, published=published, language=language)
                seconds.append(
                    min(cpu_once(partial(extract, document)) for _ in range(args.repeats))
                )
            growth = (seconds[-1] / max(seconds[0], 1e-6)) / (sizes[-1] / sizes[0])
            worst = max(worst, growth)
            form = "one line" if stops else "no stops"
            times = ", ".join(f"{s:.2f}" for s in seconds)
            rows.append((language, form, times, f"{growth:.2f}"))
            print(f"{language} {form}: {times} s CPU at {args.sizes} chars; growth {growth:.2f}")
    sizes_label = " / ".join(f"{s:,}" for s in sizes)
    results.table(("language", "form", f"CPU s at {sizes_label} chars", "growth"), rows)
    verdict = "linear" if worst <= GROWTH else "GROWS faster than the length"
    results.add("", f"Worst growth: {worst:.2f} ({verdict}; goal <= {GROWTH}).")
    results.write()
    return 0 if worst <= GROWTH else 1


if __name__ == "__main__":
    sys.exit(main())
