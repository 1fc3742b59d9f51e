"""Extraction on held-out passages wrapped in page furniture, against the clean passages.

    .venv/bin/python bench/furniture_eval.py [--kinds related,ticker] [--details]

Real pages carry furniture around the story: bylines, page timestamps, "Read also" boxes and
tickers with other stories' headlines, photo captions and credits, tag lists, share, cookie
and newsletter lines, wire codes, all-caps datelines and mis-encoded characters. For every
passage of ``tests/extract/data/heldout.jsonl`` (the team's own words) this bench makes one
perturbed copy per furniture kind and position: a line written by us (``bench/furniture_data``,
in the passage's language where we wrote one, else English) inserted at the start, between
paragraphs in the middle (at the sentence end nearest the middle for a one-paragraph passage)
or at the end; a wire code before the first or after a paragraph; a dateline before the first
paragraph (passages without one); the whole text mis-decoded as Windows-1252 (mojibake). The
gold stays the passage's own: an event drawn from a headline about another story is a false
positive. The template, the other country and the stamp's time are picked per passage by a
seeded draw, so a run is repeatable.

Each perturbation is scored by the project scorer (``../shared/eval-dev/score.py``, as
``bench/heldout_eval.py`` does) and compared with the clean run, with the change broken down
by stage: candidates added, candidates lost, the same claim with another date, and a claim
moved to another state (one added and one lost of the same type). Text goes through the
reading steps a file does (``normalise_glyphs``), then ``parse_text`` and ``extract``.
Writes a report under bench/results/.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import furniture_data as data  # noqa: E402
from bench.extract_eval import load_scorer  # noqa: E402
from bench.harness import Results  # noqa: E402
from bench.heldout_eval import load_passages  # noqa: E402
from minewatch.extract import extract, parse_text  # noqa: E402
from minewatch.extract.dates import dateline_end  # noqa: E402
from minewatch.extract.glyphs import normalise_glyphs  # noqa: E402
from minewatch.extract.language import detect_language  # noqa: E402
from minewatch.extract.sentences import split_sentences  # noqa: E402

GAZETTEER = ROOT / "src" / "minewatch" / "data" / "gazetteer"
POSITIONS = ("start", "middle", "end")
Passage = dict[str, Any]
Row = dict[str, Any]


@dataclass(frozen=True)
class Perturbation:
    kind: str
    position: str

    @property
    def name(self) -> str:
        return f"{self.kind} / {self.position}"


def perturbations() -> list[Perturbation]:
    """Every kind at every position it has."""
    found = [Perturbation(kind, at) for kind in data.FURNITURE for at in POSITIONS]
    found += [Perturbation("agency", at) for at in POSITIONS]
    return [*found, Perturbation("dateline", "start"), Perturbation("mojibake", "all")]


def language_of(passage: Passage) -> str | None:
    """The passage's language where we wrote furniture in it, else None."""
    lang = passage.get("lang") or detect_language(passage["text"])
    return lang if lang in data.LANGUAGES else None


def _fields(passage: Passage, lang: str, draw: random.Random) -> dict[str, str]:
    """What the templates' braces take for this passage (module docstring of furniture_data)."""
    gold_states = {g.get("actor_iso3") for g in passage["gold"]}
    pool = [code for code in data.COUNTRIES if code not in gold_states]
    first, second = draw.sample(pool, 2)
    country, country2 = data.COUNTRIES[first][lang], data.COUNTRIES[second][lang]
    stories = data.OTHER_STORIES[lang]
    other, other2 = (
        s.format(country=c)
        for s, c in zip(draw.sample(stories, 2), (country, country2), strict=True)
    )
    hour = draw.randint(6, 22)
    fields = {"country": country, "country2": country2, "other": other, "other2": other2}
    fields |= {"n": str(draw.randint(2, 9)), "hh": f"{hour:02d}", "h": str(hour % 12 or 12)}
    fields["mi"] = f"{draw.randint(0, 59):02d}"
    published = _full_date(passage["date"])
    if published is not None:
        for prefix, day in (("pub", published), ("upd", published + timedelta(days=1))):
            fields |= _day_fields(prefix, day, lang)
    return fields


def _full_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None  # "unknown", "2025-06", "2024"


def _day_fields(prefix: str, day: date, lang: str) -> dict[str, str]:
    month = data.MONTHS[lang][day.month - 1]
    return {
        f"{prefix}_dd": f"{day.day:02d}",
        f"{prefix}_mm": f"{day.month:02d}",
        f"{prefix}_yyyy": str(day.year),
        f"{prefix}_d": str(day.day),
        f"{prefix}_month": month,
        f"{prefix}_mon": month[:3],
        f"{prefix}_weekday": data.WEEKDAYS_EN[day.weekday()],
    }


def _pick(templates: Iterable[str], fields: dict[str, str], draw: random.Random) -> str | None:
    """One template whose fields this passage can fill, filled; None where none can."""
    usable = [t for t in templates if all(name in fields for name in _names(t))]
    return draw.choice(usable).format(**fields) if usable else None


def _names(template: str) -> list[str]:
    return re.findall(r"\{(\w+)\}", template)


def perturb(passage: Passage, perturbation: Perturbation) -> str:
    """The passage's text with the furniture in place (the clean text where the kind does not
    apply to it: a dateline before a passage that has one)."""
    text: str = passage["text"]
    kind, at = perturbation.kind, perturbation.position
    if kind == "mojibake":
        return mojibake(text)
    own = language_of(passage)
    if own is None and kind in ("dateline", "agency"):
        return text  # a wire's dateline or code in a language we wrote none in: left out
    lang = own or "en"  # a page's buttons and boxes: English where we wrote none in its language
    draw = random.Random(f"{passage['id']}/{kind}/{at}")
    fields = _fields(passage, lang, draw)
    if kind == "dateline":
        return _dateline(passage, lang, fields, draw)
    if kind == "agency":
        return _agency(text, lang, at, draw)
    line = _pick(data.FURNITURE[kind][lang], fields, draw)
    return text if line is None else insert_line(text, line, at)


def insert_line(text: str, line: str, at: str) -> str:
    """``line`` (may hold several lines) as its own block at the start, middle or end of
    ``text``, set apart as the text sets its paragraphs apart (a blank line or a line break)."""
    gap = "\n\n" if "\n\n" in text else "\n"
    if at == "start":
        return f"{line}{gap}{text}"
    if at == "end":
        return f"{text.rstrip()}{gap}{line}"
    cut = _middle(text)
    return f"{text[:cut].rstrip()}{gap}{line}{gap}{text[cut:].lstrip()}"


def _middle(text: str) -> int:
    """The paragraph break nearest the middle, else the sentence start nearest it, else the end."""
    half = len(text) / 2
    breaks = [m.end() for m in re.finditer(r"\n+", text)]
    if not breaks:
        breaks = [s.start for s in split_sentences(text)[1:]]
    return min(breaks, key=lambda at: abs(at - half)) if breaks else len(text)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _is_body(paragraph: str) -> bool:
    """A paragraph of the story (a sentence's end, a dozen words), not a headline."""
    return paragraph.rstrip().endswith((".", "!", "?", '."', ".”")) and len(paragraph.split()) > 12


def _agency(text: str, lang: str, at: str, draw: random.Random) -> str:
    paragraphs = _paragraphs(text)
    if at == "start":
        start, _ = next((p for p in paragraphs if _is_body(text[p[0] : p[1]])), paragraphs[0])
        if any(dateline_end(text[p[0] : p[1]]) > 0 for p in paragraphs[:3]):
            return text  # a wire code already follows the dateline's city
        return text[:start] + draw.choice(data.AGENCY_BEFORE[lang]) + text[start:]
    body = [p for p in paragraphs if _is_body(text[p[0] : p[1]])] or paragraphs
    _, end = body[-1] if at == "end" else body[len(body) // 2 - (len(body) % 2 == 0)]
    return text[:end] + draw.choice(data.AGENCY_AFTER[lang]) + text[end:]


def _dateline(passage: Passage, lang: str, fields: dict[str, str], draw: random.Random) -> str:
    text: str = passage["text"]
    paragraphs = _paragraphs(text)
    first = next((p for p in paragraphs if _is_body(text[p[0] : p[1]])), paragraphs[0])
    if any(dateline_end(text[p[0] : p[1]]) > 0 for p in paragraphs[:3]):
        return text  # the story has its own dateline
    city = _city(passage, lang)
    line = _pick(data.DATELINE[lang], fields | {"city": city.upper()}, draw)
    return text if line is None else text[: first[0]] + line + text[first[0] :]


def _city(passage: Passage, lang: str) -> str:
    """The capital of the state most of the passage's gold events are about, in the language
    (English where our tables have no local name); Geneva where the gold names no state."""
    states = Counter(g["actor_iso3"] for g in passage["gold"] if g.get("actor_iso3"))
    if not states:
        return "Geneva"
    state = states.most_common(1)[0][0]
    for table in (f"states_{lang}.csv", "states.csv"):
        city = _capitals(table).get(state)
        if city:
            return city
    return "Geneva"


_CAPITALS: dict[str, dict[str, str]] = {}


def _capitals(table: str) -> dict[str, str]:
    if table not in _CAPITALS:
        path = GAZETTEER / table
        lines = path.read_text(encoding="utf-8").splitlines()[1:] if path.is_file() else []
        rows = [line.split(",") for line in lines]
        found: dict[str, str] = {}
        for row in rows:
            if len(row) == 3 and row[2] == "capital":
                found.setdefault(row[0], row[1])
        _CAPITALS[table] = found
    return _CAPITALS[table]


def mojibake(text: str) -> str:
    """``text`` as a page shows UTF-8 read as Windows-1252 ("é" -> "Ã©", "’" -> "â€™"); a byte
    that code page leaves undefined shows as its Latin-1 control character, as browsers do."""
    out: list[str] = []
    for char in text:
        raw = char.encode("utf-8")
        if len(raw) == 1:
            out.append(char)
            continue
        for byte in raw:
            try:
                out.append(bytes([byte]).decode("cp1252"))
            except UnicodeDecodeError:
                out.append(chr(byte))
    return "".join(out)


def predictions(doc: str, published: str, text: str) -> list[Row]:
    """The extractor's candidates, read as a file is read (glyphs normalised first)."""
    raw = f"SOURCE: synthetic\nDATE: {published}\n{text}"
    document = parse_text(doc, raw)
    document = dataclasses.replace(document, text=normalise_glyphs(document.text))
    return [c.to_json() for c in extract(document)]


@dataclass
class Change:
    """How a perturbation moved the candidates of the passages, by stage."""

    added: int = 0
    lost: int = 0
    redated: int = 0
    moved: int = 0
    docs: int = 0

    def add(self, clean: list[Row], noisy: list[Row]) -> None:
        def key(row: Row) -> tuple[str, str, str]:
            return (row["type"], row.get("actor_iso3") or "", row.get("action") or "")

        before, after = Counter(map(key, clean)), Counter(map(key, noisy))
        added, lost = after - before, before - after
        dated_before = Counter((key(r), r.get("date")) for r in clean)
        dated_after = Counter((key(r), r.get("date")) for r in noisy)
        self.added += added.total()
        self.lost += lost.total()
        self.redated += (dated_after - dated_before).total() - added.total()
        by_type_added = Counter(k[0] for k in added.elements())
        by_type_lost = Counter(k[0] for k in lost.elements())
        self.moved += sum((by_type_added & by_type_lost).values())
        self.docs += dated_before != dated_after


def _score(scorer: Any, passages: list[Passage], preds: dict[str, list[Row]]) -> dict[str, Any]:
    gold = [{"doc": p["id"], **event} for p in passages for event in p["gold"]]
    rows = [row for p in passages for row in preds[p["id"]]]
    result: dict[str, Any] = scorer.score(gold, rows, {p["id"] for p in passages})
    return result


def _cells(result: dict[str, Any]) -> tuple[str, ...]:
    return (
        f"{result['precision']:.3f}",
        f"{result['recall']:.3f}",
        f"{result['f1']:.3f}",
        f"{result['date_acc']:.3f}",
        f"{result['tp']} / {result['fp']} / {result['fn']}",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kinds", help="only these furniture kinds, commas")
    parser.add_argument("--batch", type=int, help="only this batch of held-out passages")
    parser.add_argument("--details", action="store_true", help="each changed passage's diff")
    args = parser.parse_args(argv)
    scorer = load_scorer(ROOT.parent / "shared" / "eval-dev")
    if scorer is None:
        print("bench/furniture_eval.py needs ../shared/eval-dev/score.py: skipped")
        return 0
    passages = [p for p in load_passages() if args.batch in (None, p["batch"])]
    wanted = set(args.kinds.split(",")) if args.kinds else None
    chosen = [p for p in perturbations() if wanted is None or p.kind in wanted]
    clean = {p["id"]: predictions(p["id"], p["date"], p["text"]) for p in passages}
    report = Results("furniture")
    report.add("", f"{len(passages)} held-out passages; clean vs each furniture kind and place.")
    base = _score(scorer, passages, clean)
    rows = [("clean", "", *_cells(base), "", "", "", "", "", "")]
    for perturbation in chosen:
        noisy: dict[str, list[Row]] = {}
        change = Change()
        for passage in passages:
            text = perturb(passage, perturbation)
            found = clean[passage["id"]] if text == passage["text"] else None
            noisy[passage["id"]] = found or predictions(passage["id"], passage["date"], text)
            change.add(clean[passage["id"]], noisy[passage["id"]])
            if args.details and noisy[passage["id"]] != clean[passage["id"]]:
                _show(passage, text, clean[passage["id"]], noisy[passage["id"]], perturbation)
        result = _score(scorer, passages, noisy)
        delta = f"{result['f1'] - base['f1']:+.3f}"
        delta_date = f"{result['date_acc'] - base['date_acc']:+.3f}"
        counts = (change.added, change.lost, change.redated, change.moved)
        rows.append(
            (
                perturbation.kind,
                perturbation.position,
                *_cells(result),
                delta,
                delta_date,
                *tuple(str(n) for n in (change.docs, *counts)),
            )
        )
    report.table(
        (
            "kind",
            "place",
            "P",
            "R",
            "F1",
            "date",
            "TP / FP / FN",
            "ΔF1",
            "Δdate",
            "docs changed",
            "added",
            "lost",
            "redated",
            "moved state",
        ),
        rows,
    )
    report.write()
    return 0


def _show(
    passage: Passage, text: str, clean: list[Row], noisy: list[Row], how: Perturbation
) -> None:
    def show(row: Row) -> str:
        keep = ("type", "actor_iso3", "action", "date", "killed", "injured", "quantity")
        return " ".join(f"{k}={row.get(k)}" for k in keep if row.get(k) is not None)

    added = [show(r) for r in noisy if r not in clean]
    lost = [show(r) for r in clean if r not in noisy]
    furniture = _inserted(passage["text"], text)
    print(f"## {passage['id']} ({passage['date']}) {how.name}: {furniture!r}")
    print("\n".join([*("  + " + a for a in added), *("  - " + lost_ for lost_ in lost)]))


def _inserted(clean: str, noisy: str) -> str:
    """What the perturbation put in (the middle of ``noisy`` that ``clean`` lacks)."""
    head = 0
    while head < min(len(clean), len(noisy)) and clean[head] == noisy[head]:
        head += 1
    tail = 0
    while tail < min(len(clean), len(noisy)) - head and clean[-1 - tail] == noisy[-1 - tail]:
        tail += 1
    return noisy[head : len(noisy) - tail][:160]


if __name__ == "__main__":
    sys.exit(main())
