# slant: two commands on a fresh machine.
#   make demo   sets up .venv and analyzes the example corpus in examples/
#   make test   sets up .venv with the test dependencies and runs the whole suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
OUT := out
PYTEST_ARGS ?=

.PHONY: demo test install install-test train-techniques train-toxicity train-small-models screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Runtime install: no torch. The spaCy model is pinned by hash.
$(VENV)/.installed: $(BIN)/python pyproject.toml requirements/spacy-model.txt
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements/spacy-model.txt
	$(BIN)/pip install -q -e .
	touch $@

# Test install: the CPU torch wheel first (the train extra must never pull a CUDA build),
# then the test, train, baseline and ray extras; Debian's chromium for the browser tests.
$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,train,baselines,ray]'
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: /usr/bin/chromium missing and not root: browser tests will be skipped"; fi; \
	fi
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	@mkdir -p $(OUT)
	$(BIN)/slant analyze examples -o $(OUT)/demo.jsonl --db $(OUT)/demo.sqlite --no-resume --report $(OUT)/demo.html
	$(BIN)/slant compare --db $(OUT)/demo.sqlite -o $(OUT)/compare.html
	@echo "results: $(OUT)/demo.jsonl  corpus: $(OUT)/demo.sqlite  report: $(OUT)/demo.html  comparison: $(OUT)/compare.html"

test: install-test
	@$(BIN)/python -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

# three runs on 128-token windows (4 epochs; 2 epochs; 2 epochs in another data order), then their
# weight average is exported and shipped (~100 min on a 2-core CPU)
train-techniques: install-test
	$(BIN)/python training/techniques.py --out training/runs/techniques-w128 --no-ship
	$(BIN)/python training/techniques.py --epochs 2 --out training/runs/techniques-w128e2 --no-ship
	$(BIN)/python training/techniques.py --epochs 2 --data-seed 7 --out training/runs/techniques-w128e2d7 --no-ship
	$(BIN)/python training/techniques.py --average training/runs/techniques-w128/best.pt \
		training/runs/techniques-w128e2/best.pt training/runs/techniques-w128e2d7/best.pt

train-toxicity: install-test
	$(BIN)/python training/toxicity.py

# The small JSON models: check-worthiness, loaded words, text-line classifier (minutes, CPU).
train-small-models: install-test
	$(BIN)/python training/train_checkworthy.py
	$(BIN)/python training/train_loaded_terms.py
	$(BIN)/python training/train_text_lines.py

screenshots: install-test
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(OUT) .pytest_cache build dist src/*.egg-info
