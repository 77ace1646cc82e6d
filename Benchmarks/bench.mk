# `make bench`: Casebook beside Hugo and a bare cmark-gfm loop; see Benchmarks/README.md.
# Included from the Makefile. BENCH_SIZES, BENCH_ROUNDS, CASEBOOK_BIN … pass through the environment.
.PHONY: bench bench-serve
bench: browser-deps
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py

# Only the save-to-reload time of `casebook serve` (SERVE_BENCH_SIZES, SERVE_BENCH_ROUNDS).
bench-serve: build browser-deps
	SE_OFFLINE=true python3 Benchmarks/serve_reload.py
