# tiendo: two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
REPORTS ?= data/reports
HOST   ?= 127.0.0.1
PORT   ?= 8000
GOLD   ?= ../shared/gold

.PHONY: install dev ui build demo serve test annotate score docs model bench bench-scale clean

YASGUI := api/static/yasgui/yasgui.min.js

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python $(YASGUI)
	$(BIN)/pip install -q -e .
	$(BIN)/python -m tiendo.extract.restore train

dev: $(BIN)/python $(YASGUI)
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/python -m tiendo.extract.restore train

# The SPARQL query page: YASGUI from the npm registry, served by the app itself (no CDN).
ui: $(YASGUI)
$(YASGUI):
	npm install --silent --no-audit --no-fund --prefix build/ui @zazuko/yasgui@4.6.2
	mkdir -p api/static/yasgui
	cp build/ui/node_modules/@zazuko/yasgui/build/yasgui.min.js build/ui/node_modules/@zazuko/yasgui/build/yasgui.min.css api/static/yasgui/

build: install
	$(BIN)/tiendo build --reports $(REPORTS) --store $(STORE)

demo: build
	$(BIN)/tiendo serve --store $(STORE) --host $(HOST) --port $(PORT)

serve:
	$(BIN)/tiendo serve --store $(STORE) --host $(HOST) --port $(PORT)

test: dev
	$(BIN)/python -m pytest -q

annotate: install
	$(BIN)/tiendo annotate $(REPORTS)/*.txt --out out/ann

score: annotate
	$(BIN)/python $(GOLD)/../eval/score.py --gold $(GOLD) --pred out/ann --corpus $(REPORTS)

docs: $(BIN)/python
	$(BIN)/pip install -q -e '.[docs]'
	$(BIN)/pylode ontology/tiendo.ttl -o docs/ontology.html

# Retrain the diacritic-restoration model into the user cache (install does it too; it takes a second).
model: install
	$(BIN)/python -m tiendo.extract.restore train

bench: install
	$(BIN)/python bench/restore_accuracy.py $(REPORTS)
	$(BIN)/python bench/extraction_speed.py

# The scale benchmarks of docs/benchmarks.md (minutes, not seconds): 100 and 1,000 generated reports.
bench-scale: install
	$(BIN)/python bench/scale_corpus.py --count 100 --out var/bench/c100
	$(BIN)/python bench/scale_corpus.py --count 1000 --out var/bench/c1000
	rm -rf var/bench/s100 var/bench/s1000
	$(BIN)/python bench/peak_memory.py $(BIN)/tiendo build --reports var/bench/c100 --store var/bench/s100 --jobs 2
	$(BIN)/python bench/peak_memory.py $(BIN)/tiendo build --reports var/bench/c1000 --store var/bench/s1000 --jobs 2
	$(BIN)/python bench/sparql_latency.py --store var/bench/s1000

clean:
	rm -rf var out .pytest_cache
