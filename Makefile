# The single entry point. `make test` and `make article` install what the build needs first.
SHELL := /bin/bash
SWIFT ?= swift
APT_PACKAGES := libpng-dev libcairo2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev \
                libopenblas-dev zlib1g-dev fonts-dejavu-core pkg-config
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
RELEASE_BIN = $(shell $(SWIFT) build -c release --show-bin-path)/notebook

.PHONY: deps build test article bench clean

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

## test: the whole test suite (debug build; Compute and Learning are optimised even there)
test: deps
	$(SWIFT) test

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
