"""Score extraction on the team-written held-out passages, batch by batch (project scorer).

    .venv/bin/python bench/heldout_eval.py [--batch N] [--details] [--seconds 3]

``tests/extract/data/heldout.jsonl`` holds news passages written by the team in its own words
(never copied from ``../shared/eval-dev``), one per line: ``id``, ``batch``, publication
``date`` (``unknown`` where the passage gives none, the eval-dev ``DATE:`` header's word),
``text`` and ``gold`` (events in the eval-dev ``gold.jsonl`` format, ``optional``
included). Each batch was annotated before the extractor was run on it, so a batch's score on
the commit that added it is a held-out figure; later fixes tune on it (docs/extraction-log.md keeps
the first-run figures). Scored by ``../shared/eval-dev/score.py`` (type + state + treaty step,
date-agreeing pairs first), read at run time. Last, the speed of ``extract()`` over the
passages in documents per CPU-second on one core: a stream in all nine languages read, each
detected, unlike ``bench/extract_eval.py``'s mostly English dev set (a cache too small for
nine languages once made this stream 2.5x slower than the dev set, docs/extraction-log.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.extract_eval import load_scorer
from bench.harness import cpu_rate
from minewatch.extract import Document, extract, parse_text

ROOT = Path(__file__).resolve().parent.parent
PASSAGES = ROOT / "tests" / "extract" / "data" / "heldout.jsonl"


def load_passages(path: Path = PASSAGES) -> list[dict[str, Any]]:
    """The passages of ``heldout.jsonl``, in file order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def document(passage: dict[str, Any]) -> Document:
    """The passage as the reader gives it (its language left to ``extract()``)."""
    raw = f"SOURCE: synthetic\nDATE: {passage['date']}\n{passage['text']}"
    return parse_text(passage["id"], raw)


def predictions(passage: dict[str, Any]) -> list[dict[str, Any]]:
    """The extractor's candidates for one passage, as the scorer's JSON rows."""
    return [c.to_json() for c in extract(document(passage))]


def gold_rows(passage: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"doc": passage["id"], **event} for event in passage["gold"]]


def score_rows(passages: list[dict[str, Any]], scorer: Any) -> dict[str, Any]:
    """The project scorer's result (tp, fp, fn, precision, recall, f1, date_acc) on passages."""
    gold = [row for p in passages for row in gold_rows(p)]
    preds = [row for p in passages for row in predictions(p)]
    result: dict[str, Any] = scorer.score(gold, preds, {p["id"] for p in passages})
    return result


def _details(passage: dict[str, Any]) -> list[str]:
    def show(row: dict[str, Any]) -> str:
        keep = ("type", "actor_iso3", "date", "action", "killed", "injured", "quantity", "unit")
        return " ".join(f"{k}={row.get(k)}" for k in keep if row.get(k) is not None)

    lines = [f"{passage['id']} ({passage['date']})"]
    for g in passage["gold"]:
        lines.append("  gold " + ("(opt) " if g.get("optional") else "") + show(g))
    lines += ["  pred " + show(p) for p in predictions(passage)]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, help="only this batch")
    parser.add_argument("--details", action="store_true", help="gold and predictions per passage")
    parser.add_argument("--seconds", type=float, default=3.0, help="how long to time extract()")
    args = parser.parse_args(argv)
    scorer = load_scorer(ROOT.parent / "shared" / "eval-dev")
    passages = [p for p in load_passages() if args.batch in (None, p["batch"])]
    if args.details:
        for passage in passages:
            print("\n".join(_details(passage)))
    print("| batch | passages | required events | P | R | F1 | date acc. | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for batch in [*sorted({p["batch"] for p in passages}), None]:
        part = [p for p in passages if batch in (None, p["batch"])]
        r = score_rows(part, scorer)
        required = sum(not g.get("optional") for p in part for g in p["gold"])
        name = "all" if batch is None else str(batch)
        print(
            f"| {name} | {len(part)} | {required} | {r['precision']:.3f} | {r['recall']:.3f} | "
            f"{r['f1']:.3f} | {r['date_acc']:.3f} | {r['tp']} | {r['fp']} | {r['fn']} |"
        )
    documents = [document(p) for p in passages]
    rate = cpu_rate(lambda: [extract(d) for d in documents], len(documents), args.seconds)
    print(f"\nspeed: {rate:,.0f} documents per CPU-second on one core (extract(), detected)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
