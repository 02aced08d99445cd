# Two commands matter: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-core test-ui test-real-keyring lint i18n catalogues bench demo clean \
	bundle test-bundle wheel

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP) catalogues
	$(BIN)/coach-app $(ARGS)

demo: $(STAMP) catalogues
	$(BIN)/coach-app --demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Extracts every translatable string: coach_app/resources/locale (core, gettext) and coach_app/resources/translations
# (ui, Qt); updates the nl/sv/fr catalogues and compiles them (.mo, .qm).
i18n: $(STAMP)
	$(BIN)/python tools/i18n.py

# The compiled catalogues (.mo, .qm) are build products: compiled from the committed .po/.ts.
catalogues: $(STAMP)
	$(BIN)/python tools/i18n.py --compile

# The suite runs on every core (-n auto); each test is independent (its own vault, home,
# tmpfs and D-Bus), and worksteal keeps the long kill-loop tests from holding up the rest.
test: $(STAMP) lint catalogues
	$(BIN)/python -m pytest -m "not real_keyring" -n auto --dist worksteal $(PYTEST_ARGS)

test-core: $(STAMP) catalogues
	$(BIN)/python -m pytest tests/core -m "not real_keyring" $(PYTEST_ARGS)

test-ui: $(STAMP) catalogues
	$(BIN)/python -m pytest tests/ui $(PYTEST_ARGS)

# Needs a Secret Service on the session bus; .ci/run provides one with gnome-keyring-daemon.
test-real-keyring: $(STAMP)
	$(BIN)/python -m pytest -m real_keyring $(PYTEST_ARGS)

# The wheel, built offline from this venv (the build compiles the catalogues into it):
# build/wheel/.
wheel: $(STAMP)
	rm -rf build/lib  # setuptools reuses it: a module deleted since would still be packed
	$(BIN)/python -m pip wheel . --no-deps --no-build-isolation --no-index -w build/wheel

# The one-folder application for this platform (PyInstaller, packaging/coach-app.spec):
# build/bundle/coach-app/, with coach-app (console) and coach-app-gui (no console on Windows).
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	@touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) catalogues
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath build/bundle \
		--workpath build/pyinstaller packaging/coach-app.spec

# The bundle's smoke test (its CLI and its window); fails, rather than skips, without a bundle.
test-bundle: $(STAMP)
	COACH_APP_TEST_BUNDLE=1 $(BIN)/python -m pytest tests/install/test_bundle.py -m bundle $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python -m bench.run $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
