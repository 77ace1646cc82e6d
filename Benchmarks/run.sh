#!/usr/bin/env bash
# `make bench`: installs what the benchmark needs (Debian packages), then runs
# Benchmarks/bench.py. Settings come from the environment; see Benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages for each missing piece. Without Hugo or the floor the bench
# still runs and reports those ratios as n/a; without GNU time it cannot run.
need=()
/usr/bin/time --version 2>&1 | grep -q GNU || need+=(time)
command -v hugo >/dev/null || need+=(hugo)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
{ pkg-config --exists libcmark-gfm 2>/dev/null && test -f /usr/include/cmark-gfm-core-extensions.h; } ||
	need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
command -v python3 >/dev/null || need+=(python3)

if [ ${#need[@]} -gt 0 ]; then
	if [ "$(id -u)" -eq 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else SUDO=(none); fi
	if [ "${SUDO[*]}" = none ]; then
		echo "bench: missing Debian packages: ${need[*]} (not root and no sudo: install them, then run again)" >&2
	else
		echo "bench: installing ${need[*]}"
		if ! { "${SUDO[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}"; }; then
			echo "bench: could not install ${need[*]}; continuing with what is there" >&2
		fi
	fi
fi
command -v python3 >/dev/null || { echo "bench: python3 is required" >&2; exit 1; }
exec python3 Benchmarks/bench.py "$@"
