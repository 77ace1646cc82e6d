#!/usr/bin/env python3
"""Times Casebook beside Hugo and two C floors on the same synthetic corpus.

First counts the instructions of one full build of Casebook and of the floors
on a small corpus (Benchmarks/instructions.py, alone: `make bench-instructions`),
then times full, no-op and one-case builds at each size.

Run through `make bench` (Benchmarks/run.sh installs what this needs). Settings,
all from the environment:

  BENCH_SIZES    case counts to measure, default "2000 10000" (releases: a quarter)
  BENCH_ROUNDS   rounds per size, default 3; figures are medians over rounds
  BENCH_SEED     corpus seed, default 2026
  BENCH_TIMEOUT  seconds before one command is killed, default 1800
  BENCH_STRICT   1: exit 1 when a ratio misses its target (default: report only)
  CASEBOOK_BIN   binary to measure; when set, nothing is built. Default: build
                 .build/release/casebook as `make build` builds it
  BENCH_NO_BUILD 1: use the existing .build/release/casebook as it is
  SWIFT, HUGO    the swift and hugo commands, default "swift" and "hugo"
  FLOOR_SRC      cmark_floor.c; default the shared copy, never one in the repo
  CPARTS_SRC     cparts_floor.c (the C parts floor); default the shared copy
  BENCH_NO_INSTRUCTIONS  1: skip the instruction counts (BENCH_INSTRUCTION_CASES
                 sets their corpus size, default 500)

Why it works the way it does: the machine is shared and noisy, so absolute
times mean little from one minute to the next. Each round runs every tool once,
one after another, in a rotating order, and every ratio is computed within a
round (tools measured seconds apart under the same load) before taking the
median over rounds. Everything is timed with GNU time (wall, user, sys, peak
RSS of the process tree), so all tools are measured the same way.

Old outputs are moved aside, not deleted, until the run ends: ext4 without a
journal avoids reusing an inode freed shortly before (see below), and every
new file's allocation then steps over the freed ones, so deleting one
tool's thousands of files would slow the next tool's writes by seconds. For
the same reason each size's rounds start with `sync` and a pause of a minute
(`settle`): a freed inode is skipped for a minute once its inode table block is
on disk (Linux 5.7 and later; five seconds before), and for five minutes while
that block is still dirty, so a run started right after another (which deleted
its old outputs as it ended) or after a corpus was generated again measured
Casebook's writes with four times their system time.

Writes Benchmarks/work/results.md (the tables printed at the end) and keeps
every tool's output in Benchmarks/work/logs/.
"""
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import instructions
import programs
from report import Measurement, raw_rounds, report_size

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
LOGS = WORK / "logs"
GENERATOR = HERE / "generate_corpus.py"
DISCARDED = WORK / "discarded"  # old outputs, deleted when the run ends (see the module's text)
GNU_TIME = "/usr/bin/time"
NOW = "2026-11-21T00:00:00Z"  # fixed, so every build publishes exactly the same pages

def env_int(name, default):
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        sys.exit(f"bench: {name} must be a whole number, not {os.environ[name]!r}")


def say(msg=""):
    print(msg, flush=True)


def run_quiet(cmd, cwd=None, log=None):
    """Runs a setup command (not measured); returns (ok, output tail)."""
    try:
        p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except FileNotFoundError as e:
        return False, str(e)
    if log:
        log.write_text(p.stdout)
    return p.returncode == 0, "\n".join(p.stdout.strip().splitlines()[-15:])


def settle():
    """Writes every dirty block to disk, then waits out ext4's minute (see the module's text)."""
    os.sync()
    time.sleep(61)


def discard(path):
    """Moves an old output out of the way; main() deletes them all once nothing is measured."""
    if path.exists():
        DISCARDED.mkdir(parents=True, exist_ok=True)
        path.rename(DISCARDED / f"{len(list(DISCARDED.iterdir()))}-{path.name}")


# ---------------------------------------------------------------- measuring

def measure(cmd, cwd, log_name, timeout):
    """Runs cmd under GNU time: wall seconds, user and sys CPU seconds, peak RSS in KB.

    GNU time writes its figures to a file of their own (-o) so that nothing the
    tool prints can be mistaken for them; the tool's output goes to the log.
    """
    tfile = LOGS / (log_name + ".time")
    log = LOGS / (log_name + ".log")
    full = [GNU_TIME, "-f", "%e %U %S %M", "-o", str(tfile)] + [str(c) for c in cmd]
    with open(log, "w") as out:
        # A session of its own, so a timeout kills the tool and all its children.
        p = subprocess.Popen(full, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            rc = p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait()
            return Measurement(False, why=f"killed after {timeout} s")
    try:
        wall, user, sys_, rss = tfile.read_text().strip().splitlines()[-1].split()
    except (OSError, ValueError, IndexError):
        return Measurement(False, why=f"no timing (see {log.relative_to(ROOT)})")
    if rc != 0:
        tail = " | ".join(log.read_text(errors="replace").strip().splitlines()[-3:])
        return Measurement(False, why=f"exit {rc}: {tail[:300]} (log: {log.relative_to(ROOT)})")
    return Measurement(True, float(wall), float(user), float(sys_), int(rss))


def snapshot(folder):
    """Every file under folder with its inode and mtime.

    A file counts as rewritten when either changes: an in-place write changes the
    mtime, and a writer that swaps in a new tree keeps unchanged files as hard
    links to the old inodes (same inode, same mtime) while new files get new ones.
    """
    files = {}
    for dirpath, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            st = os.lstat(path)
            files[os.path.relpath(path, folder)] = (st.st_ino, st.st_mtime_ns)
    return files


def rewritten(before, after):
    changed = [f for f, sig in after.items() if before.get(f) != sig]
    removed = [f for f in before if f not in after]
    return sorted(changed), sorted(removed)


# ---------------------------------------------------------------- set-up

def corpus(n, seed):
    """Generates work/corpus-N unless an identical one (same N, seed, generator) is there."""
    folder = WORK / f"corpus-{n}"
    stamp = f"{n} {seed} {hashlib.sha256(GENERATOR.read_bytes()).hexdigest()}"
    stamp_file = folder / ".stamp"
    if not (stamp_file.exists() and stamp_file.read_text() == stamp):
        say(f"corpus: generating {n} cases into {folder.relative_to(ROOT)}")
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, str(GENERATOR), str(folder), str(n), "--seed", str(seed)], check=True)
        stamp_file.write_text(stamp)
    return folder, json.loads((folder / "corpus.json").read_text())


def version(cmd):
    ok, out = run_quiet(cmd)
    return out.splitlines()[0].strip() if ok and out else "unavailable"


# ---------------------------------------------------------------- one round

def round_hugo(folder, hugo, n, r, timeout):
    out = folder / "hugo-out"
    discard(out)  # a fresh output: Hugo has no incremental build outside `hugo server`
    return {"hugo": measure([hugo, "--quiet", "-s", "hugo", "-d", out], folder, f"{n}-r{r}-hugo", timeout)}


def round_floor(folder, floor, n, r, timeout):
    out = folder / "floor-out"
    discard(out)
    out.mkdir()
    # xargs keeps the command line under the system limit for any corpus size;
    # GNU time counts the floor processes it starts (CPU summed, peak = the largest).
    return {"floor": measure(["xargs", "-a", "floor-files.txt", floor, out], folder, f"{n}-r{r}-floor", timeout)}


def round_cparts_floor(folder, cparts_floor, n, r, timeout):
    """The C parts floor over the same files; adds its CPU time per part."""
    out = folder / "cparts-floor-out"
    discard(out)
    out.mkdir()
    log_name = f"{n}-r{r}-cparts-floor"
    m = measure(["xargs", "-a", "floor-files.txt", cparts_floor, out], folder, log_name, timeout)
    if m.ok:
        m.parts = programs.part_seconds((LOGS / (log_name + ".log")).read_text())
    return {"parts": m}


def round_casebook(folder, casebook, n, r, timeout, cases):
    """Full build from nothing, a no-op rebuild, a rebuild after one case changed, then
    another after the same case changed again.

    The first rebuild after a build from nothing has no spare site to update and lays a copy
    of the current one out; the second updates the spare the first left, as every scheduled
    build after the first does.

    Casebook keeps its incremental cache in .casebook/ in the directory it runs
    in, and the site before the current one in .Output.casebook-staging beside
    the output, so it runs inside the site folder with relative paths, and a full
    build starts by removing the cache, the output and that spare.
    """
    site = folder / "casebook"
    cmd = [casebook, "build", "--content", "Content", "--output", "Output", "--now", NOW]
    for leftover in (".casebook", "Output", ".Output.casebook-staging"):
        discard(site / leftover)
    res = {"full": measure(cmd, site, f"{n}-r{r}-casebook-full", timeout)}
    if not res["full"].ok:
        return res
    before = snapshot(site / "Output")
    res["noop"] = measure(cmd, site, f"{n}-r{r}-casebook-noop", timeout)
    after_noop = snapshot(site / "Output")
    res["noop_rewritten"] = rewritten(before, after_noop)
    res["pages_out"] = len(after_noop)
    if not res["noop"].ok:
        return res

    # A different case each round, so no round benefits from the one before.
    slug = cases[(r * 7919 + 13) % len(cases)]
    path = site / "Content" / "cases" / (slug + ".md")
    original = path.read_bytes()
    try:
        path.write_bytes(original + f"\nThe benchmark added this sentence in round {r}.\n".encode())
        res["one"] = measure(cmd, site, f"{n}-r{r}-casebook-one", timeout)
        res["one_rewritten"] = rewritten(after_noop, snapshot(site / "Output"))
        res["one_slug"] = slug
        if res["one"].ok:
            after_one = snapshot(site / "Output")
            path.write_bytes(original + f"\nThe benchmark added this sentence in round {r}, and then this.\n".encode())
            res["later"] = measure(cmd, site, f"{n}-r{r}-casebook-later", timeout)
            res["later_rewritten"] = rewritten(after_one, snapshot(site / "Output"))
    finally:
        path.write_bytes(original)  # the corpus stays as generated for the next round and the next run
    return res


# ---------------------------------------------------------------- main

def main():
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "2000 10000").replace(",", " ").split()]
    rounds_n = max(1, env_int("BENCH_ROUNDS", 3))
    seed = env_int("BENCH_SEED", 2026)
    timeout = env_int("BENCH_TIMEOUT", 1800)
    hugo = os.environ.get("HUGO") or "hugo"
    LOGS.mkdir(parents=True, exist_ok=True)

    if not (os.access(GNU_TIME, os.X_OK) and "GNU" in version([GNU_TIME, "--version"])):
        sys.exit("bench: GNU time is missing at /usr/bin/time (Debian package `time`); Benchmarks/run.sh installs it")

    if DISCARDED.exists():
        say("bench: deleting the outputs an earlier run left in Benchmarks/work/discarded")
        shutil.rmtree(DISCARDED)
    instruction_lines, any_failed = [], False
    if os.environ.get("BENCH_NO_INSTRUCTIONS") != "1":
        instruction_lines, any_failed = instructions.run()
        say("\n".join(instruction_lines))
        os.environ["BENCH_NO_BUILD"] = "1"  # the instruction count has just built the release binary
    floor = programs.build(programs.FLOOR, say)
    parts_floor = programs.build(programs.CPARTS_FLOOR, say)
    casebook, why = programs.casebook(say)
    if casebook is None:
        say(f"casebook: not measured — {why}")
    hugo_version = version([hugo, "version"])
    if hugo_version == "unavailable":
        say(f"hugo: `{hugo}` not found (Debian package `hugo`); Hugo ratios will be missing")
        hugo = None

    load_start = os.getloadavg()
    commit = version(["git", "-C", str(ROOT), "describe", "--always", "--dirty"])
    header = [
        "## Benchmark results", "",
        f"- run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, `BENCH_SIZES=\"{' '.join(map(str, sizes))}\" "
        f"BENCH_ROUNDS={rounds_n} make bench`, seed {seed}",
        f"- machine: {os.cpu_count()} cores, load average at start {load_start[0]:.2f}",
        f"- casebook: {casebook if os.environ.get('CASEBOOK_BIN') else 'release build'} at commit {commit}"
        + ("" if casebook else f" — NOT MEASURED: {why.splitlines()[0]}"),
        f"- hugo: {hugo_version}",
        f"- floor: cmark-gfm {version(['pkg-config', '--modversion', 'libcmark-gfm'])}, "
        f"{'gcc -O2' if floor else 'NOT BUILT'}",
        f"- C parts floor: libyaml {version(['pkg-config', '--modversion', 'yaml-0.1'])}, "
        f"{'gcc -O2' if parts_floor else 'NOT BUILT'}",
        "- figures: medians over rounds; ratios: median of the ratios taken within each round; "
        "pages/s = Markdown files / wall time; peak = largest resident set (GNU time %M)", "",
    ]

    body = []
    for n in sizes:
        folder, info = corpus(n, seed)
        cases = sorted(p.stem for p in (folder / "casebook" / "Content" / "cases").glob("*.md"))
        settle()
        units = []
        if hugo:
            units.append(("hugo", lambda r: round_hugo(folder, hugo, n, r, timeout)))
        if casebook:
            units.append(("casebook", lambda r: round_casebook(folder, casebook, n, r, timeout, cases)))
        if floor:
            units.append(("floor", lambda r: round_floor(folder, floor, n, r, timeout)))
        if parts_floor:
            units.append(("C parts floor", lambda r: round_cparts_floor(folder, parts_floor, n, r, timeout)))
        rounds = []
        for r in range(1, rounds_n + 1):
            # Rotate the order each round so that no tool always runs first (cold
            # caches) or always right after the heaviest one.
            k = (r - 1) % max(1, len(units))
            rd = {"order": []}
            for name, run in units[k:] + units[:k]:
                t0 = time.monotonic()
                res = run(r)
                rd.update(res)
                rd["order"] += [key for key in ("hugo", "full", "noop", "one", "later", "floor", "parts") if key in res]
                bad = [f"{key}: {m.why}" for key, m in res.items() if isinstance(m, Measurement) and not m.ok]
                say(f"size {n} round {r}/{rounds_n}: {name} done in {time.monotonic() - t0:.1f} s"
                    + (" — FAILED " + "; ".join(bad) if bad else ""))
            rounds.append(rd)
        skipped = {"hugo": "hugo missing", "floor": "floor not built", "parts": "C parts floor not built"}
        if casebook is None:
            skipped.update(full="not built", noop="not built", one="not built", later="not built")
        lines, failed = report_size(n, info, rounds, skipped)
        any_failed |= failed
        body += lines + raw_rounds(n, rounds)
        say("\n".join(lines))

    load_end = os.getloadavg()
    shutil.rmtree(DISCARDED, ignore_errors=True)  # nothing is measured any more
    header[3] += f", at end {load_end[0]:.2f}"
    text = "\n".join(header + instruction_lines + body)
    (WORK / "results.md").write_text(text)
    say("=" * 72)
    say(text)
    say(f"(written to {(WORK / 'results.md').relative_to(ROOT)})")
    if any_failed and os.environ.get("BENCH_STRICT") == "1":
        sys.exit(1)


if __name__ == "__main__":
    main()
