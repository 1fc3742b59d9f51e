# Two commands for a fresh machine:
#   make run    set up, load the reference data into minewatch.db, serve http://127.0.0.1:8000
#   make test   set up, then the whole suite on SQLite and PostgreSQL + PostGIS, browser included
VENV ?= .venv
PY := $(VENV)/bin/python
MW := $(VENV)/bin/minewatch
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
VENDOR := src/minewatch/web/static/vendor/.built

.PHONY: run test soak soak-kills soak-load soak-fuzz setup system-deps frontend lint typecheck bench bench-import-memory bench-long-lines bench-furniture clean

run: setup frontend
	$(MW) init
	$(MW) load-reference
	$(MW) serve --host $(HOST) --port $(PORT)

test: setup system-deps frontend
	bash scripts/ensure-postgres.sh
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/pytest

# Long proofs (docs/reliability.md), one target per stage so an operator can run one alone:
# - soak-kills: SOAK_KILLS SIGKILLs per writer (ingest, review, import, load-reference) per
#   backend, 25 x 4 = the 100 per backend issue 9 asks for;
# - soak-load: 50 clients for 10 minutes per backend (figures appended to soak-load.jsonl); it
#   measures latency, so run it on a quiet machine;
# - soak-fuzz: the fuzzing properties under the hypothesis `soak` profile, HYPOTHESIS_EXAMPLES
#   per property. At 700: per backend 700 schemathesis cases per operation and mode (37
#   operations x 2 modes on 30 November = 51,800), the CLI property 4 x 700 and three database
#   properties 700 / 4 each; four pure properties 700 each: 113,050 cases in all (>= 100k).
#   About 40 minutes of a core. Running totals are appended to soak-fuzz.jsonl, so a stopped
#   soak still tells its count.
SOAK_KILLS ?= 25
HYPOTHESIS_EXAMPLES ?= 700
soak: soak-kills soak-load soak-fuzz

soak-kills: setup
	bash scripts/ensure-postgres.sh
	MINEWATCH_KILLS=$(SOAK_KILLS) $(VENV)/bin/pytest -q -s -p no:randomly \
		tests/trust/test_crash_safety.py

soak-load: setup
	bash scripts/ensure-postgres.sh
	MINEWATCH_LOAD_SECONDS=600 MINEWATCH_LOAD_REPORT=soak-load.jsonl \
		$(VENV)/bin/pytest -q -s -p no:randomly tests/trust/test_load.py

soak-fuzz: setup
	bash scripts/ensure-postgres.sh
	HYPOTHESIS_PROFILE=soak HYPOTHESIS_EXAMPLES=$(HYPOTHESIS_EXAMPLES) \
		MINEWATCH_FUZZ_REPORT=soak-fuzz.jsonl $(VENV)/bin/pytest -q -s \
		-p no:randomly tests/trust/test_fuzz_inputs.py tests/trust/test_api_fuzz.py

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e ".[dev]"
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

frontend: $(VENDOR)

$(VENDOR): frontend/package.json frontend/package-lock.json frontend/build.mjs
	cd frontend && npm ci --no-audit --no-fund && npm run build
	touch $(VENDOR)

lint:
	$(VENV)/bin/ruff check src tests bench && $(VENV)/bin/ruff format --check src tests bench

typecheck:
	$(VENV)/bin/mypy

# Every benchmark (bench/harness.py is their shared kit); results land in bench/results/.
# The field benchmarks' sizes are issue 10's; a smaller run: make bench BENCH_VICTIMS=100000 ...
BENCH_VICTIMS ?= 1000000
BENCH_POINTS ?= 1000000
BENCH_HAZARDS ?= 100000
# Peak memory of a victims import at 1M, 3M and 10M rows (issue 10; about half an hour of a
# core; a size list: make bench-import-memory IMPORT_SIZES=1000000,3000000). Fails if the
# largest peak is over 1.1x the smallest.
IMPORT_SIZES ?= 1000000,3000000,10000000
bench-import-memory: setup
	$(PY) bench/import_memory.py --sizes $(IMPORT_SIZES)

# extract() on lines of 50 KB and 200 KB (a page with no line breaks or no full stops), in six
# languages; fails if the time grows more than 2x faster than the length (about a minute)
bench-long-lines: setup
	$(PY) bench/long_lines.py

# extraction on the held-out passages wrapped in page furniture written by us (bylines, page
# stamps, "Read also" boxes, tickers, captions, tags, share bars, wire codes, datelines,
# mojibake), kind by kind and place by place, against the clean passages (project scorer from
# ../shared/eval-dev; about 27 runs of the held-out set). A kind alone: FURNITURE_KINDS=ticker
FURNITURE_KINDS ?=
bench-furniture: setup
	$(PY) bench/furniture_eval.py $(if $(FURNITURE_KINDS),--kinds $(FURNITURE_KINDS))

bench: setup
	$(VENV)/bin/pip install -q -e ".[bench]"
	$(PY) bench/status_bench.py
	$(PY) bench/views_bench.py
	$(PY) bench/delivery_bench.py
	$(PY) bench/answers_bench.py
	$(PY) bench/read_after_write_bench.py
	$(PY) bench/rollup_sources_bench.py
	$(PY) bench/field_bench.py --victims $(BENCH_VICTIMS) --points $(BENCH_POINTS) --hazards $(BENCH_HAZARDS)
	$(PY) bench/serve_memory.py --victims $(BENCH_VICTIMS) --hazards $(BENCH_HAZARDS)
	$(PY) bench/import_phases.py --again
	$(PY) bench/heldout_eval.py
	$(PY) bench/long_lines.py
	@if [ -d ../shared/eval-dev ]; then $(PY) bench/extract_eval.py && $(PY) bench/sentence_classifier_eval.py \
		&& $(PY) bench/language_eval.py; \
	else echo "bench/extract_eval.py, sentence_classifier_eval.py and language_eval.py need ../shared/eval-dev: skipped"; fi

clean:
	rm -rf $(VENV) frontend/node_modules src/minewatch/web/static/vendor test-output
