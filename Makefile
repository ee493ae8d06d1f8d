# Two commands: `make run` and `make test`. Everything else is a step they depend on.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The suite on both cores (pytest-xdist); PYTEST_ARGS="-n 0 tests/x" for one file in order.
PYTEST_ARGS ?= -n 2
# The address `make run` serves on, which load_demo gives the Site (self links, feeds,
# calendars). `make prod-local` serves through Varnish on its own port (6081 by default).
SITE_PORT = $(PORT)
prod-local: SITE_PORT = $(if $(filter environment command line,$(origin PORT)),$(PORT),6081)
run demo superuser prod-local: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(SITE_PORT)
# manage.py defaults to dev settings; tests always use portal.settings.test (pyproject.toml).
RUN_SETTINGS ?= portal.settings.dev

.PHONY: run test prod-local install install-dev lock migrate demo superuser serve lint format check pytest bench bench-scale clean backup restore messages compilemessages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The lock files (pinned, with hashes) are made from requirements*.in by `make lock`.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@ $(VENV)/.installed

## make lock: refresh both lock files from requirements.in and requirements-dev.in.
lock: install-dev
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-header \
		--no-emit-index-url --no-emit-find-links --annotation-style=line -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-header \
		--no-emit-index-url --no-emit-find-links --annotation-style=line -o requirements-dev.txt requirements-dev.in

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# The interface in Simplified Chinese: locale/zh_Hans/LC_MESSAGES/django.po is the source (in
# git), django.mo the compiled catalogue Django reads (a build product, not in git). Both
# commands need only LOCALE_PATHS, so they run on the test settings.
MESSAGES_PO := $(wildcard locale/*/LC_MESSAGES/django.po)
MESSAGES_MO := $(MESSAGES_PO:.po=.mo)
I18N_SETTINGS := portal.settings.test

## make messages: extract the strings of the code and templates into the .po (the project's
## makemessages skips .venv, node_modules, bench and tests); then translate what is new.
messages: install
	DJANGO_SETTINGS_MODULE=$(I18N_SETTINGS) $(BIN)/python manage.py makemessages -l zh_Hans --no-obsolete

## make compilemessages: the .mo files, remade when their .po changes (GNU gettext's msgfmt).
compilemessages: $(MESSAGES_MO)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=$(I18N_SETTINGS) $(BIN)/python manage.py compilemessages \
		--locale $* --ignore .venv --ignore node_modules
	touch $@

migrate: install
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py migrate --noinput

demo: migrate
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py load_demo

superuser: migrate
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py ensure_superuser

## make run: install, migrate, load the demo content, make sure an admin exists, then serve,
## with the publishing scheduler running beside the server (stopped with it).
run: demo superuser compilemessages
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	@export DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS); \
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## make prod-local: the production stack here (Varnish on 6081, gunicorn, the scheduler).
prod-local: demo compilemessages
	./scripts/prod_local.sh

## make backup: the database and the media files, with a manifest of row counts and checksums,
## into a new directory under BACKUP_DIR (default ./backups).
backup: install
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py backup

## make restore BACKUP=backups/<time> [YES=1]: put a backup back and verify it; YES=1 replaces
## a database or media directory that already has data.
restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<time> [YES=1]" >&2; exit 2; }
	DJANGO_SETTINGS_MODULE=$(RUN_SETTINGS) $(BIN)/python manage.py restore "$(BACKUP)" $(if $(YES),--yes)

check: install-dev
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

# The same gates as .pre-commit-config.yaml: ruff, the app order and cycles (import-linter,
# contracts in pyproject.toml), the template linter.
lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates portal/templates --lint

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The W3C Nu HTML checker (vnu.jar) from npm, for the HTML-validity gate. Without npm (or
# Java) the suite still runs and reports that gate as skipped, with the reason.
VNU_JAR := node_modules/vnu-jar/build/dist/vnu.jar
$(VNU_JAR): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: HTML validation will be skipped"; fi

# With branch coverage, printed; the floor is [tool.coverage.report] fail_under.
pytest: install-dev $(VNU_JAR) compilemessages
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/pytest --cov --cov-branch \
		--cov-report=term-missing:skip-covered $(PYTEST_ARGS)

## make test: install dev tools, then the gates: check, migrations, lint, tests.
test: check lint pytest

# Every script of bench/ but scale.py (bench/run.py). The HTTP ones (cache_layers.py,
# http_article.py, live_polling.py) use wrk, Varnish and nginx (Debian packages) and say
# what they skip when one is missing.
bench: install-dev
	$(BIN)/python bench/run.py

# generate_bulk at 1,000 and 100,000 articles: long (see bench/scale.py --help).
bench-scale: install-dev
	$(BIN)/python bench/scale.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache test-artifacts node_modules
