# slant: two commands on a fresh machine.
#   make demo   sets up .venv and analyzes the example corpus in examples/
#   make test   sets up .venv with the test dependencies and runs the whole suite
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
OUT := out
PYTEST_ARGS ?=

.PHONY: demo test lint install install-test train-techniques train-toxicity train-small-models screenshots clean

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
	@rm -f $(OUT)/demo.sqlite $(OUT)/demo.sqlite-wal $(OUT)/demo.sqlite-shm  # the demo's own store, rebuilt each run
	$(BIN)/slant analyze examples -o $(OUT)/demo.jsonl --db $(OUT)/demo.sqlite --no-resume --report $(OUT)/demo.html
	$(BIN)/slant compare --db $(OUT)/demo.sqlite -o $(OUT)/compare.html
	@echo "results: $(OUT)/demo.jsonl  corpus: $(OUT)/demo.sqlite  report: $(OUT)/demo.html  comparison: $(OUT)/compare.html"

# Lint and type-check first (fast), then every test.
lint: install-test
	$(BIN)/ruff check src tests benchmarks training scripts
	$(BIN)/mypy

test: lint
	@$(BIN)/python -m pytest -q $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

# The shipped techniques model averages three runs chosen by a greedy soup over 32 runs trained on
# a lent H100 (training/records/techniques-gpu-sweep.json; 16 runs at once took 3 to 5.5 minutes
# there). On the 2-core CPU a run takes about 25 to 45 minutes. DEVICE=cuda needs a Python with a
# CUDA build of torch, transformers and this package (TRAIN_PYTHON=...): the test install pins the
# CPU wheel. CPU and GPU numerics differ, so a rerun comes close to the shipped weights, not equal.
DEVICE ?= cpu
TRAIN_PYTHON ?= $(BIN)/python
train-techniques: install-test
	$(TRAIN_PYTHON) training/techniques.py --device $(DEVICE) --epochs 2 --context 32 --out training/runs/e2ctx32 --no-ship
	$(TRAIN_PYTHON) training/techniques.py --device $(DEVICE) --epochs 2 --data-seed 21 --out training/runs/e2d21 --no-ship
	$(TRAIN_PYTHON) training/techniques.py --device $(DEVICE) --epochs 4 --out training/runs/e4 --no-ship
	$(BIN)/python training/techniques.py --average training/runs/e2ctx32/best.pt training/runs/e2d21/best.pt \
		training/runs/e4/best.pt --selection training/records/techniques-gpu-sweep.json

train-toxicity: install-test
	$(BIN)/python training/toxicity.py
	$(BIN)/python training/toxic_span_head.py  # the evidence head reads the new encoder
	$(BIN)/python training/toxicity.py --calibrate-news  # flag thresholds for news comments (eval/gold/toxicity-news)

# The small JSON models: check-worthiness, loaded words, text-line classifier, the techniques
# encoder's span-words and sentence heads (minutes, CPU).
train-small-models: install-test
	$(BIN)/python training/train_checkworthy.py
	$(BIN)/python training/train_loaded_terms.py
	$(BIN)/python training/train_text_lines.py
	$(BIN)/python training/train_technique_heads.py  # reads the shipped techniques encoder

screenshots: install-test
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(OUT) .pytest_cache build dist src/*.egg-info
