"""The programs the benchmark measures: Casebook's release build and two C floors.

The floors are compiled at bench time. Neither source is part of this repository: both are shared reference programs,
compiled from `/work/shared/bench/` or `../shared/bench/` beside the clone (or
from the path in FLOOR_SRC / CPARTS_SRC) into Benchmarks/work/.

- the floor (`cmark_floor.c`): read each file, skip the frontmatter, parse the
  body with cmark-gfm and its GFM extensions, render it into a fixed page
  shell, write. The least any tool that uses cmark-gfm can spend.
- the C parts floor (`cparts_floor.c`): the same, plus what every Casebook
  build must also do with its parts: libyaml's event API reads the
  frontmatter, timeline events become HTML too, and a page shaped like
  Casebook's case or release page is filled by concatenation with escaping.
  The least a build made of Casebook's C parts can spend. Needs libyaml-dev.
"""
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
LOGS = WORK / "logs"

# (what it is called, source file, environment variable naming another source, extra libraries)
FLOOR = ("floor", "cmark_floor.c", "FLOOR_SRC", [])
CPARTS_FLOOR = ("C parts floor", "cparts_floor.c", "CPARTS_SRC", ["-lyaml"])


def _run(cmd, log=None, cwd=None):
    """Runs a set-up command (not measured); returns (ok, the last lines of its output)."""
    try:
        p = subprocess.run([str(c) for c in cmd], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except FileNotFoundError as e:
        return False, str(e)
    if log:
        log.write_text(p.stdout)
    return p.returncode == 0, "\n".join(p.stdout.strip().splitlines()[-15:])


def source(which):
    """The shared source file of a floor, or None when it cannot be found."""
    _, filename, variable, _ = which
    candidates = [os.environ.get(variable), f"/work/shared/bench/{filename}",
                  ROOT.parent / "shared" / "bench" / filename]
    return next((Path(c) for c in candidates if c and Path(c).is_file()), None)


def build(which, say=print):
    """Compiles one floor with gcc -O2 into Benchmarks/work/; returns its path or None.

    A binary newer than its source is used as it is.
    """
    label, filename, variable, libs = which
    src = source(which)
    if src is None:
        say(f"{label}: {filename} not found (set {variable}); its rows will be missing")
        return None
    LOGS.mkdir(parents=True, exist_ok=True)
    binary = WORK / Path(filename).stem
    if binary.exists() and binary.stat().st_mtime > src.stat().st_mtime:
        return binary
    ok, flags = _run(["pkg-config", "--cflags", "--libs", "libcmark-gfm"])
    if not ok:
        say(f"{label}: pkg-config cannot find libcmark-gfm ({flags}); install libcmark-gfm-dev")
        return None
    cmd = ["gcc", "-O2", "-o", binary, src] + flags.split() + ["-lcmark-gfm-extensions"] + libs
    ok, out = _run(cmd, log=LOGS / f"{binary.name}-build.log")
    if not ok:
        say(f"{label}: gcc failed:\n{out}")
        return None
    say(f"{label}: built {binary.relative_to(ROOT)} from {src}")
    return binary


def part_seconds(output):
    """Sums the C parts floor's `cparts cpu: read=… yaml=… total=… s` lines.

    xargs may start several processes for one corpus; each prints its own line.
    """
    sums = {}
    for line in output.splitlines():
        if line.startswith("cparts cpu:"):
            for field in line.split(":", 1)[1].split():
                part, _, value = field.partition("=")
                if value:
                    sums[part] = sums.get(part, 0.0) + float(value)
    return sums


def casebook(say=print):
    """The Casebook binary to measure, building it unless told not to; (path, None) or (None, why).

    CASEBOOK_BIN names a binary to use as it is; BENCH_NO_BUILD=1 uses the
    existing .build/release/casebook; otherwise it is built first, as `make build` builds it.
    """
    given = os.environ.get("CASEBOOK_BIN")
    if given:
        path = Path(given).resolve()
        return (path, None) if os.access(path, os.X_OK) else (None, f"CASEBOOK_BIN={given} is not executable")
    path = ROOT / ".build" / "release" / "casebook"
    if os.environ.get("BENCH_NO_BUILD") != "1":
        swift = os.environ.get("SWIFT") or "swift"
        LOGS.mkdir(parents=True, exist_ok=True)
        command = [swift, "build", "-c", "release", "--product", "casebook", "--static-swift-stdlib"]
        say(f"casebook: {' '.join(command)} (log: Benchmarks/work/logs/swift-build.log)")
        ok, out = _run(command, log=LOGS / "swift-build.log", cwd=ROOT)
        if not ok:
            return None, "release build failed:\n" + out
    if not os.access(path, os.X_OK):
        return None, f"{path.relative_to(ROOT)} does not exist"
    return path, None
