# newsquotes: `make report` and `make test` set everything up themselves. `make` lists the targets.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
ARTICLE ?= data/russia-syria-geneva-talks-2016.txt
TARGET ?= Russia
ALIASES ?=
REPORTS ?= reports
CORPUS ?=

VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# A misspelt parameter (TARGTE=China) would otherwise be ignored without a word. Only words
# with "=" name a parameter: TARGET="European Commission" arrives as two words.
KNOWN := PYTHON ARTICLE TARGET ALIASES REPORTS CORPUS
unknown := $(filter-out $(KNOWN),$(foreach v,$(MAKEOVERRIDES),\
	$(if $(findstring =,$(v)),$(firstword $(subst =, ,$(v))))))
ifneq ($(strip $(unknown)),)
$(error unknown parameter $(unknown); known: $(KNOWN))
endif

.PHONY: help report test lab notebooks evaluate bench screenshot clean

help: ## List the targets
	@echo "newsquotes: who is quoted in the news, and how they lean toward a target"
	@echo
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'
	@echo
	@echo "Parameters: ARTICLE=path/to/article.txt TARGET=Russia ALIASES='Putin,Kremlin'"
	@echo "            CORPUS=folder-or-file.jsonl REPORTS=reports"

# The virtualenv is rebuilt when pyproject.toml changes. pip's notes about local mirrors
# that a machine lacks are noise, so they are filtered out.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing newsquotes and its dependencies into $(VENV) ..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]' 2>&1 \
		| { grep -v "is ignored: it is neither a file nor a directory" || true; }
	@$(BIN)/python -m ipykernel install --sys-prefix --name python3 \
		--display-name "Python 3 (newsquotes)" > /dev/null
	@# The kernel warns on every start that it talks over local TCP, and jupyter_client sends it
	@# SIGINT on every shutdown, which ipykernel logs as an ERROR ("KeyboardInterrupt caught in
	@# kernel"). Neither is news; a failing cell still reaches papermill as an execution error.
	@$(BIN)/python -c "import json, sys; p = sys.prefix + '/share/jupyter/kernels/python3/kernel.json'; \
		k = json.load(open(p)); k['argv'].insert(-2, '--IPKernelApp.log_level=CRITICAL'); \
		json.dump(k, open(p, 'w'), indent=1)"
	@touch $@

report: $(STAMP) ## Analyse ARTICLE (or CORPUS) for TARGET and write reports/<slug>/
	@$(BIN)/newsquotes report "$(ARTICLE)" --target "$(TARGET)" --alias "$(ALIASES)" \
		--reports "$(REPORTS)" $(if $(CORPUS),--corpus "$(CORPUS)")

test: $(STAMP) ## Run the unit tests and the notebook regression tests
	@$(BIN)/python -m pytest tests notebooks --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg

lab: $(STAMP) ## Open JupyterLab on notebooks/ with the project's kernel
	@$(BIN)/jupyter lab --notebook-dir=notebooks

notebooks: $(STAMP) ## Re-run the notebooks in place on the default article (refreshes nbval outputs)
	@for nb in notebooks/[0-9][0-9]_*.ipynb notebooks/corpus.ipynb; do \
		$(BIN)/jupyter nbconvert --to notebook --execute --inplace "$$nb"; done

evaluate: $(STAMP) ## Score quotes, speakers and stance against the gold data; write docs/evaluation.md
	@$(BIN)/python -m newsquotes.evaluate --write docs/evaluation.md

bench: $(STAMP) ## Measure speed and memory of analyse(); write docs/benchmarks.md
	@$(BIN)/python -m newsquotes.bench --write docs/benchmarks.md

screenshot: report ## Render the embedded article's report in headless Chromium to docs/report.png
	@$(BIN)/python -c "from pathlib import Path; from newsquotes.report import screenshot; \
		print(screenshot(Path('$(REPORTS)/russia-syria-geneva-talks-2016/report.html'), \
		Path('docs/report.png'), height=2600))"

clean: ## Remove the virtualenv, reports and caches
	rm -rf $(VENV) $(REPORTS) .pytest_cache src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
