"""Measure language detection on the dev passages and the language cases (accuracy, speed).

    .venv/bin/python bench/language_eval.py [DEV_DIR] [CASES_DIR]

Labels: English unless the dev README's table names another language (Spanish, Arabic,
Italian); the c04 cases carry theirs in the file name. Compares our detector (py3langid,
narrowed to ``language.CANDIDATES``) with langdetect where installed, on whole texts and on their
first 120 characters. Texts are read at run time and never copied.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import cpu_rate
from minewatch.extract.language import detect_language

ROOT = Path(__file__).resolve().parents[1].parent / "shared"
_LANGUAGES = {"Spanish": "es", "Arabic": "ar", "Italian": "it", "French": "fr"}


def labelled(dev: Path, cases: Path) -> dict[str, tuple[str, str]]:
    readme = (dev / "README.md").read_text(encoding="utf-8")
    out: dict[str, tuple[str, str]] = {}
    for path in sorted(dev.glob("d*.txt")):
        row = re.search(rf"^\| {path.stem} \|([^|]*)\|", readme, re.M)
        named = [code for word, code in _LANGUAGES.items() if row and word in row.group(1)]
        out[path.stem] = (
            path.read_text(encoding="utf-8").split("\n", 2)[2],
            named[0] if named else "en",
        )
    for path in sorted(cases.glob("c04_language_*.txt")):
        out[path.stem] = (path.read_text(encoding="utf-8").split("\n", 2)[2], path.stem[-2:])
    return out


def measure(name: str, detect: Callable[[str], str], texts: dict[str, tuple[str, str]]) -> None:
    detect("warm up the model before timing it, with a whole sentence of text")
    whole = {key: detect(text) for key, (text, _) in texts.items()}
    rate = cpu_rate(lambda: [detect(text) for text, _ in texts.values()], len(texts), 2.0)
    short = {key: detect(text[:120]) for key, (text, _) in texts.items()}
    right = sum(whole[k] == lang for k, (_, lang) in texts.items())
    right_short = sum(short[k] == lang for k, (_, lang) in texts.items())
    wrong = [(k, lang, whole[k]) for k, (_, lang) in texts.items() if whole[k] != lang]
    print(
        f"{name:12s} whole {right}/{len(texts)}  first-120-chars {right_short}/{len(texts)}  "
        f"{rate:,.0f} docs/s (CPU)  wrong: {wrong}"
    )


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "eval-dev"
    cases = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "cases/documents"
    texts = labelled(dev, cases)
    measure("py3langid", detect_language, texts)
    try:
        import langdetect  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return
    langdetect.DetectorFactory.seed = 0
    measure("langdetect", langdetect.detect, texts)


if __name__ == "__main__":
    main()
