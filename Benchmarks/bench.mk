# `make bench`: Casebook beside Hugo and two C floors; see Benchmarks/README.md.
# Included from the Makefile. BENCH_SIZES, BENCH_ROUNDS, CASEBOOK_BIN … pass through the environment.
.PHONY: bench bench-instructions bench-languages bench-serve bench-photos
bench: browser-deps photo-bench-deps
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh
	SWIFT="$(SWIFT)" BENCH_NO_BUILD=1 bash Benchmarks/run.sh languages
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py
	BENCH_NO_BUILD=1 python3 Benchmarks/photos.py

# Only the 2,000-case site with a photo per case: full build, no-op, one photo replaced (PHOTO_BENCH_CASES).
bench-photos: build photo-bench-deps
	BENCH_NO_BUILD=1 python3 Benchmarks/photos.py

# `vips`, the command line of libvips, draws the benchmark's photos; GNU time times the builds.
photo-bench-deps:
	@if ! command -v vips >/dev/null 2>&1 || ! /usr/bin/time --version 2>&1 | grep -q GNU; then \
		SUDO=$$(test "$$(id -u)" -eq 0 || echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libvips-tools time; \
	fi

# Only the instruction counts (callgrind) of one full build at 500 cases: a few minutes.
bench-instructions:
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh instructions

# Only what a page costs in one language and in three (callgrind, 500 cases): a few minutes.
bench-languages:
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh languages

# Only the save-to-reload time of `casebook serve` (SERVE_BENCH_SIZES, SERVE_BENCH_ROUNDS).
bench-serve: build browser-deps
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py
