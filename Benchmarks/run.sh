#!/usr/bin/env bash
# `make bench`: installs what the benchmark needs (Debian packages), then runs
# Benchmarks/bench.py. `run.sh instructions` (`make bench-instructions`) runs only
# the instruction counts, Benchmarks/instructions.py, and `run.sh languages`
# (`make bench-languages`) those of a site in one language and in three,
# Benchmarks/languages.py; neither needs Hugo or GNU time. Settings come from
# the environment; see Benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
case $mode in
all) script=Benchmarks/bench.py ;;
instructions) script=Benchmarks/instructions.py ;;
languages) script=Benchmarks/languages.py ;;
*) echo "usage: Benchmarks/run.sh [instructions|languages]" >&2; exit 2 ;;
esac

# Debian packages for each missing piece. Without Hugo or a floor the bench
# still runs and reports those ratios as n/a; without GNU time it cannot run.
need=()
if [ "$mode" = all ]; then
	/usr/bin/time --version 2>&1 | grep -q GNU || need+=(time)
	command -v hugo >/dev/null || need+=(hugo)
fi
command -v valgrind >/dev/null || need+=(valgrind)
command -v strip >/dev/null || need+=(binutils)
command -v gcc >/dev/null || need+=(gcc libc6-dev)
command -v pkg-config >/dev/null || need+=(pkg-config)
{ pkg-config --exists libcmark-gfm 2>/dev/null && test -f /usr/include/cmark-gfm-core-extensions.h; } ||
	need+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
# libyaml for the C parts floor, which reads frontmatter with libyaml's events.
{ pkg-config --exists yaml-0.1 2>/dev/null && test -f /usr/include/yaml.h; } || need+=(libyaml-dev)
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
exec python3 "$script"
