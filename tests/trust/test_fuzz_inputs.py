"""Issue 9, fuzzing: hypothesis on every importer, the extraction pipeline and every CLI command
that takes user input. The promise under test is the same everywhere: bad input is refused with
an ``InvalidInput`` (a one-line ``error (code): message`` and exit 2 on the command line) that
says where, nothing is written when it is refused, and nothing else ever escapes (no traceback,
no 500, no hang).

- reference CSV loader (``imports/reference.py``, ``imports/facts.py``): the shipped files with
  one cell replaced, a column dropped or bytes spliced in;
- field imports through the mapping presets: CSV rows (demining, victims) and GeoJSON features
  (events) with arbitrary cells, and mapping TOML files with arbitrary edits;
- extraction (``minewatch.extract``): arbitrary text and HTML, with the vocabulary that makes
  the rules fire mixed in: never raises, every candidate storable, each document in bounded time;
- the CLI (typer's CliRunner): any argument strings for every command that takes user input.

Case counts come from the hypothesis profile (tests/conftest.py): ``fast`` in ``make test``,
``soak`` in ``make soak``; ``-s`` prints the cases run per property at the end of the module.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.errors import InvalidInput
from minewatch.domain.field import NumberFormat
from minewatch.domain.values import check_value
from minewatch.extract import EVENT_TYPES, extract, read_document
from minewatch.imports import reference
from minewatch.imports.mapping import FieldRule, load_mapping, load_preset
from minewatch.services.field_import import import_files
from minewatch.services.reference import load_reference
from tests.evidence.helpers import FINLAND, add_claim
from tests.support.soak_report import append_fuzz_report

from .test_api_fuzz import row_counter

CASES: Counter[str] = Counter()
FAST = settings().max_examples
# Properties that write to a database run a quarter of the cases (at least 3) per backend.
DB = settings(
    max_examples=max(3, FAST // 4),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PURE = settings(suppress_health_check=[HealthCheck.too_slow])
TRICKY = [
    "",
    " ",
    "0",
    "-1",
    "2025-02-30",
    "2025-13-01",
    "9999-12-31",
    "0000",
    "1e999",
    "NaN",
    "inf",
    "9" * 30,
    "<5000000",
    "22000000-25000000",
    "~500",
    "２０２５",
    "XXX",
    "fin",
    "é",
    "a,b",
    '"',
    "\n",
    "\x00",
    "=cmd()",
    "javascript:alert(1)",
    "https://example.org/x",
    "POINT (1 2)",
    "POLYGON ((0 0, 1 0, 1 1, 0 0))",
]
cell = st.one_of(st.sampled_from(TRICKY), st.text(max_size=30))


PROGRESS = 500  # a running total every this many cases, so a stopped soak still has its count


def _count(prop: str, app: App | None = None) -> None:
    """One more case of ``prop`` (on ``app``'s backend when it writes to a database)."""
    CASES[f"{prop} {app.engine.dialect.name}" if app is not None else prop] += 1
    if CASES.total() % PROGRESS == 0:
        print(f"\nhypothesis cases so far: {dict(sorted(CASES.items()))}", flush=True)
        append_fuzz_report("hypothesis", cases=dict(sorted(CASES.items())), total=CASES.total())


@pytest.fixture(scope="module", autouse=True)
def report_cases() -> Iterator[None]:
    yield
    total = sum(CASES.values())
    print(f"\nhypothesis cases: {total} in all: {dict(sorted(CASES.items()))}")
    append_fuzz_report("hypothesis", cases=dict(sorted(CASES.items())), total=total, done=True)


def _refused_located(error: InvalidInput, *names: str) -> None:
    """A refusal says where: the file's name is in the message."""
    assert any(name in error.message for name in names), error.message


# --- the reference CSV loader --------------------------------------------------------------

REFERENCE = reference.REFERENCE_DIR
FILES = sorted(p.name for p in REFERENCE.glob("*.csv"))


@st.composite
def mutated_reference(draw: st.DrawFn) -> tuple[str, bytes]:
    """One shipped reference file, damaged one way: a cell, a header or raw bytes."""
    name = draw(st.sampled_from(FILES))
    raw = (REFERENCE / name).read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    how = draw(st.sampled_from(["cell", "cell", "cell", "header", "bytes", "truncate"]))
    if how == "bytes":
        at = draw(st.integers(0, len(raw)))
        return name, raw[:at] + draw(st.binary(min_size=1, max_size=12)) + raw[at:]
    if how == "truncate":
        return name, raw[: draw(st.integers(0, len(raw)))]
    if how == "header":
        column = draw(st.integers(0, len(rows[0]) - 1))
        rows[0][column] = draw(cell)
    else:
        row = draw(st.integers(1, len(rows) - 1))
        column = draw(st.integers(0, len(rows[row]) - 1))
        rows[row][column] = draw(cell)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return name, out.getvalue().encode()


def _damaged_copy(into: Path, name: str, content: bytes) -> Path:
    directory = into / "reference"
    shutil.rmtree(directory, ignore_errors=True)
    shutil.copytree(REFERENCE, directory)
    (directory / name).write_bytes(content)
    return directory


def _parse_all(directory: Path) -> reference.ReferenceSet:
    parsed = reference.ReferenceSet()
    for path, parser in reference.reference_files(directory):
        parser(path, parsed)
    return parsed


@PURE
@given(mutated_reference())
def test_reference_files_parse_or_are_refused_naming_the_file(
    damaged: tuple[str, bytes],
) -> None:
    _count("reference parse")
    name, content = damaged
    with tempfile.TemporaryDirectory() as scratch:
        directory = _damaged_copy(Path(scratch), name, content)
        try:
            parsed = _parse_all(directory)
        except InvalidInput as error:  # a state dropped from one file is refused in the next
            _refused_located(error, *FILES)
            return
    assert parsed.records and all(r.quotes for r in parsed.records)


@DB
@given(mutated_reference())
def test_a_refused_reference_load_writes_nothing(
    empty_app: App, tmp_path: Path, damaged: tuple[str, bytes]
) -> None:
    _count("reference load", empty_app)
    name, content = damaged
    directory = _damaged_copy(tmp_path, name, content)
    try:
        _parse_all(directory)
        return  # a harmless edit: loading it is what the reference tests do
    except InvalidInput:
        pass
    counts = row_counter(empty_app.engine)
    before = counts()
    with pytest.raises(InvalidInput):
        load_reference(empty_app, "test:fuzz", directory)
    assert counts() == before


def test_found_a_reference_file_that_is_not_utf8_is_refused_naming_it(tmp_path: Path) -> None:
    """Found by the property above: a stray byte made ``read_rows`` raise UnicodeDecodeError."""
    name = "apm_use.csv"
    directory = _damaged_copy(tmp_path, name, b"\x80" + (REFERENCE / name).read_bytes())
    with pytest.raises(InvalidInput, match=name):
        _parse_all(directory)


# --- field imports through the presets ------------------------------------------------------


def _columns(preset: str) -> list[str]:
    mapping = load_preset(preset)
    return sorted({c for route in mapping.routes for c in route.used_columns()} - {"$content"})


CSV_PRESETS = ["co-aicma-demining", "co-aicma-victims"]


@st.composite
def preset_csv(draw: st.DrawFn) -> tuple[str, str]:
    preset = draw(st.sampled_from(CSV_PRESETS))
    header = _columns(preset)
    if draw(st.booleans()):
        header = draw(st.permutations(header))[: draw(st.integers(1, len(header)))]
    rows = draw(st.lists(st.lists(cell, min_size=len(header), max_size=len(header)), max_size=4))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return preset, out.getvalue()


@st.composite
def events_geojson(draw: st.DrawFn) -> str:
    number = st.one_of(
        st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**20), 10**20)
    )
    position = st.lists(number, min_size=2, max_size=3)
    geometry = st.one_of(
        st.none(),
        st.fixed_dictionaries({"type": st.just("Point"), "coordinates": position}),
        st.fixed_dictionaries(
            {
                "type": st.sampled_from(["Polygon", "LineString", "Nonsense"]),
                "coordinates": st.lists(position),
            }
        ),
    )
    properties = st.fixed_dictionaries(
        {
            "TIPO_EVENTO": st.one_of(st.sampled_from([str(n) for n in range(1, 9)]), cell),
            "DEPARTAMENTO": cell,
            "MUNICIPIO": cell,
            "TIPO_AREA": cell,
            "AÑO": st.one_of(cell, st.integers(-5, 10_000)),
        }
    )
    feature = st.fixed_dictionaries(
        {"type": st.just("Feature"), "geometry": geometry, "properties": properties}
    )
    document = {"type": "FeatureCollection", "features": draw(st.lists(feature, max_size=4))}
    return json.dumps(document)


def _import_or_refuse(app: App, path: Path, preset: str) -> None:
    counts = row_counter(app.engine)
    before = counts()
    try:
        import_files(app, [path], load_preset(preset), actor="test:fuzz")
    except InvalidInput as error:  # ImportRefused lists each problem located
        assert counts() == before
        _refused_located(error, path.name, "problem")


@DB
@given(preset_csv())
def test_a_preset_csv_imports_or_is_refused_whole(
    loaded_app: App, tmp_path: Path, made: tuple[str, str]
) -> None:
    _count("field csv import", loaded_app)
    preset, text = made
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    _import_or_refuse(loaded_app, path, preset)


# GDAL's error handler in pyogrio reports an impossible guessed date as an "ignored" exception
# before raising it; the import refuses the file (below), nothing reaches the user.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@DB
@given(events_geojson())
def test_a_preset_geojson_imports_or_is_refused_whole(
    loaded_app: App, tmp_path: Path, text: str
) -> None:
    _count("field geojson import", loaded_app)
    path = tmp_path / "events.geojson"
    path.write_text(text, encoding="utf-8")
    _import_or_refuse(loaded_app, path, "co-aicma-events")


def test_found_a_point_whose_coordinates_are_a_number_is_refused(
    loaded_app: App, tmp_path: Path
) -> None:
    """Found by the property above: GDAL's FeatureError escaped the import (a traceback)."""
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": 0.0}}
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    counts = row_counter(loaded_app.engine)
    before = counts()
    with pytest.raises(InvalidInput, match=r"events\.geojson"):
        import_files(loaded_app, [path], load_preset("co-aicma-events"), actor="test:fuzz")
    assert counts() == before


def test_found_an_infinite_code_is_left_for_the_field_check() -> None:
    """Found by the CSV property: a code column holding "1e999" raised OverflowError."""
    rule = FieldRule("code", code_digits=5)
    assert rule.apply_value("1e999", NumberFormat("", ".")) == "1e999"


PRESET_FILES = sorted((reference.REFERENCE_DIR.parent / "presets").glob("*.toml"))


@st.composite
def edited_mapping(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(PRESET_FILES)).read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["drop", "replace", "value"]))
        if how == "drop":
            del lines[at]
        elif how == "replace":
            lines[at] = draw(st.text(max_size=40))
        elif "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            value = draw(
                st.one_of(
                    st.sampled_from(['""', "[]", "{}", "1", "true", '"x"']), cell.map(json.dumps)
                )
            )
            lines[at] = f"{key}= {value}"
    return "\n".join(lines)


@PURE
@given(edited_mapping())
def test_a_mapping_file_loads_or_is_refused_naming_it(text: str) -> None:
    _count("mapping toml")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "mine.toml"
        path.write_text(text, encoding="utf-8")
        try:
            mapping = load_mapping(path)
        except InvalidInput as error:
            _refused_located(error, "mine.toml")
            return
    assert mapping.routes and all(route.spec for route in mapping.routes)


# --- extraction ------------------------------------------------------------------------------

WORDS = [
    "Myanmar",
    "Ukraine",
    "Russia",
    "Finland",
    "Colombia",
    "Afghanistan",
    "Poland",
    "Lithuania",
    "the",
    "army",
    "rebels",
    "government",
    "accused",
    "used",
    "laid",
    "planted",
    "anti-personnel",
    "landmines",
    "mines",
    "mine",
    "killed",
    "injured",
    "wounded",
    "people",
    "civilians",
    "children",
    "soldiers",
    "destroyed",
    "stockpile",
    "stockpiled",
    "1,000",
    "12",
    "three",
    "2023",
    "2024",
    "March",
    "5",
    "April",
    "2017",
    "in",
    "on",
    "of",
    "and",
    ".",
    ",",
    ";",
    "ratified",
    "acceded",
    "signed",
    "withdraw",
    "withdrawal",
    "Ottawa",
    "Convention",
    "Mine",
    "Ban",
    "Treaty",
    "announced",
    "said",
    "denied",
    "confirmed",
    "alleged",
    "Human",
    "Rights",
    "Watch",
    "Landmine",
    "Monitor",
    "cleared",
    "square",
    "metres",
    "minas",
    "antipersonal",
    "muertos",
    "heridos",
    "el",
    "ejército",
]
prose = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=120).map(
    " ".join
)
TAGS = ["p", "div", "script", "style", "title", "h1", "article", "a", "br", "meta", "span"]


@st.composite
def html_page(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 12))):
        tag = draw(st.sampled_from(TAGS))
        close = draw(st.sampled_from([f"</{tag}>", "", f"</{draw(st.sampled_from(TAGS))}>"]))
        parts.append(f"<{tag}>{draw(prose)}{close}")
    if draw(st.booleans()):
        parts.insert(0, f'<meta name="date" content="{draw(cell)}">')
    return "<html>" + "".join(parts)


SLOWEST = 10.0  # seconds for one document of this size, on the shared 2-core box


def _check_extraction(path: Path) -> None:
    try:
        document = read_document(path)
    except InvalidInput as error:  # an unreadable file or a bad DATE header
        _refused_located(error, path.name)
        return
    started = time.perf_counter()
    candidates = extract(document)
    assert time.perf_counter() - started < SLOWEST
    for candidate in candidates:
        assert candidate.type in EVENT_TYPES
        assert candidate.evidence.strip()
        assert candidate.actor_iso3 is None or re.fullmatch("[A-Z]{3}", candidate.actor_iso3)
        for count in (candidate.killed, candidate.injured):
            assert count is None or count >= 0
        check_value(candidate.to_json(), "candidate")  # storable on both backends


@PURE
@given(st.one_of(prose, st.text()), st.sampled_from(["", "SOURCE: https://x.example/a\n"]))
def test_extraction_of_any_text_gives_valid_candidates(text: str, header: str) -> None:
    _count("extract text")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "story.txt"
        path.write_text(header + text, encoding="utf-8", errors="surrogatepass")
        _check_extraction(path)


@PURE
@given(html_page())
def test_extraction_of_any_html_gives_valid_candidates(markup: str) -> None:
    _count("extract html")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "page.html"
        path.write_text(markup, encoding="utf-8", errors="surrogatepass")
        _check_extraction(path)


# --- the CLI ---------------------------------------------------------------------------------

runner = CliRunner()
arg = st.one_of(
    st.sampled_from([*(t for t in TRICKY if "\x00" not in t), "FIN", "COL", "--help", "-x"]),
    st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]), max_size=20),
)
ONE_LINE = re.compile(r"^error \([a-z_]+\): [^\n]*$")
# Every command that takes user input, as a prefix; the strings drawn follow it. Commands that
# write files get their paths inside the isolated working folder.
COMMANDS: list[list[str]] = [
    ["status", "--as-of"],
    ["status", "--known-at"],
    ["status", "--format"],
    ["state"],
    ["state", "FIN", "--as-of"],
    ["state", "FIN", "--known-at"],
    ["review", "list", "--status"],
    ["review", "show"],
    ["review", "accept"],
    ["review", "reject", "claim:x", "--reason"],
    ["review", "accept", "{claim}", "--set"],
    ["review", "accept", "{claim}", "--base-version"],
    ["review", "reject", "{claim}", "--base-version", "1", "--reason"],
    ["review", "accept-document"],
    ["review", "reject-document"],
    ["user", "add", "--password", "correct horse battery", "--role"],
    ["user", "add", "--password"],
    ["user", "token"],
    ["user", "revoke"],
    ["rollup", "--iso3"],
    ["rollup", "--iso3", "COL", "--year"],
    ["export", "-o", "out.geojson", "--layer"],
    ["export", "-o", "out.x", "--layer", "hazards", "--format"],
    ["forms", "get", "-o", "form.xlsx"],
    ["extract"],
    ["ingest"],
    ["ingest", "--published"],
    ["import", "--layer"],
    ["restore"],
    ["load-reference", "--directory"],
    ["contradictions", "--format"],
    [],
]
# ingest and extract exit 1 when some of their documents could not be read (docs/evidence.md)
EXIT_CODES = {"ingest": {0, 1, 2}, "extract": {0, 1, 2}}


CLAIMS: dict[str, str] = {}


def _claim(app: App) -> str:
    """One candidate claim per database, written the first time it is asked for."""
    url = app.engine.url.render_as_string(False)
    if url not in CLAIMS:
        CLAIMS[url] = add_claim(app, FINLAND)
    return CLAIMS[url]


@settings(
    max_examples=4 * FAST,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.sampled_from(COMMANDS), st.lists(arg, max_size=3))
def test_any_arguments_give_exit_0_or_a_one_line_error_and_write_nothing_on_failure(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch, prefix: list[str], drawn: list[str]
) -> None:
    _count("cli", loaded_app)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(False))
    args = [a.replace("{claim}", _claim(loaded_app)) for a in prefix]
    if args[:2] == ["user", "add"]:  # the name first, then the options
        args = args[:2] + drawn[:1] + args[2:] + drawn[1:]
    else:
        args += drawn
    counts = row_counter(loaded_app.engine)
    before = counts()
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        result = runner.invoke(cli, args)
    assert "Traceback" not in result.output, (args, result.output)
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), (args, result.exception)
    assert result.exit_code in EXIT_CODES.get(args[0] if args else "", {0, 2}), (
        args,
        result.output,
    )
    if result.exit_code == 2 and "--help" not in args and args:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and ONE_LINE.match(lines[0]), (args, result.stderr)
    if result.exit_code != 0:
        assert counts() == before, args


@pytest.mark.parametrize("name", ["a\x1db", "a\nb", "a\rb", "a\x1b[31mb", "a\u2028b", "a\x85b"])
def test_found_a_control_character_in_a_file_name_stays_on_the_error_line(
    name: str, tmp_path: Path
) -> None:
    """Found by the CLI property in the soak: ``extract $'\\x1d'`` printed the name raw, and a
    group separator (like a newline) split ``error (invalid_input): …`` over two lines."""
    with contextlib.chdir(tmp_path):
        result = runner.invoke(cli, ["extract", name])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ONE_LINE.match(lines[0]), result.stderr
    assert repr(name)[1:-1] + ": no such file" in lines[0]
