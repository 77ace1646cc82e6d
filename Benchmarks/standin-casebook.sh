#!/usr/bin/env bash
# A stand-in for `casebook build`, for testing the benchmark harness itself
# (not for figures): CASEBOOK_BIN=Benchmarks/standin-casebook.sh make bench
#
# It renders Markdown with the floor binary that bench.py builds, and fakes an
# incremental build with a stamp in .casebook/: only files newer than the last
# build are rendered again, so the no-op and one-file paths of the harness
# (timing, counting rewritten files) see realistic behaviour.
set -euo pipefail
content=Content output=Output
while [ $# -gt 0 ]; do
	case $1 in
	build) ;;
	--content) content=$2; shift ;;
	--output) output=$2; shift ;;
	--now) shift ;;
	*) echo "standin-casebook: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
floor=${FLOOR_BIN:-$(dirname "$0")/work/cmark_floor}
mkdir -p .casebook "$output"
newer=()
[ -f .casebook/stamp ] && newer=(-newer .casebook/stamp)
touch .casebook/stamp.next
find "$content" -name '*.md' "${newer[@]}" -print0 | xargs -0 -r "$floor" "$output"
mv .casebook/stamp.next .casebook/stamp
echo "standin-casebook: built $output"
