# `make bench`: Casebook beside Hugo and two C floors; see Benchmarks/README.md.
# Included from the Makefile. BENCH_SIZES, BENCH_ROUNDS, CASEBOOK_BIN … pass through the environment.
.PHONY: bench bench-instructions bench-languages bench-serve
bench: browser-deps
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh
	SWIFT="$(SWIFT)" BENCH_NO_BUILD=1 bash Benchmarks/run.sh languages
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py

# Only the instruction counts (callgrind) of one full build at 500 cases: a few minutes.
bench-instructions:
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh instructions

# Only what a page costs in one language and in three (callgrind, 500 cases): a few minutes.
bench-languages:
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh languages

# Only the save-to-reload time of `casebook serve` (SERVE_BENCH_SIZES, SERVE_BENCH_ROUNDS).
bench-serve: build browser-deps
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py
