# `make bench`: Casebook beside Hugo and a bare cmark-gfm loop; see Benchmarks/README.md.
# Included from the Makefile. BENCH_SIZES, BENCH_ROUNDS, CASEBOOK_BIN … pass through the environment.
.PHONY: bench
bench:
	SWIFT="$(SWIFT)" bash Benchmarks/run.sh
