#!/usr/bin/env python3
"""Counts the instructions of one full build: Casebook, the floor and the C parts floor.

Run alone through `make bench-instructions` (a few minutes); `make bench` runs it
first and puts its table at the top of its results. Settings, from the environment:

  BENCH_INSTRUCTION_CASES  cases in the corpus, default 500 (releases: a quarter)
  BENCH_SEED               corpus seed, default 2026
  BENCH_PROFILE            1: keep callgrind's per-function profile of each program in
                           Benchmarks/work/callgrind/ (read it with callgrind_annotate)
  CASEBOOK_BIN, BENCH_NO_BUILD, SWIFT, FLOOR_SRC, CPARTS_SRC   as for `make bench`

Why instructions: on a shared machine times move from one minute to the next,
while callgrind's count of executed instructions is the same run after run (to
a few parts in ten thousand), whatever else the machine is doing. Every thread
is counted: for Casebook that is the work of both cores added up, like CPU time.

The corpus is the shared generator's (gen_corpus.py, beside the floors'
sources), with a fixed seed, so that the figures compare with those measured
elsewhere on the same corpus. Valgrind cannot read the debug information of a
Swift 6 binary, so Casebook runs as a copy made with `strip -o`.

Writes Benchmarks/work/instructions.md (the table printed at the end).
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import programs

WORK = programs.WORK
LOGS = programs.LOGS
NOW = "2026-11-21T00:00:00Z"  # fixed, so every run publishes the same pages
TARGET = 3.0  # Casebook's instructions per build ≤ 3 × the floor's


def say(msg=""):
    print(msg, flush=True)


def shared_generator():
    """gen_corpus.py from the shared folder that holds the floors' sources."""
    src = programs.source(programs.FLOOR)
    candidates = [src.parent / "gen_corpus.py"] if src else []
    candidates += [Path("/work/shared/bench/gen_corpus.py"), programs.ROOT.parent / "shared" / "bench" / "gen_corpus.py"]
    return next((c for c in candidates if c.is_file()), None)


def corpus(n, seed):
    """Generates Benchmarks/work/instructions-N/ unless an identical one is there; (folder, files)."""
    generator = shared_generator()
    if generator is None:
        sys.exit("bench: the shared gen_corpus.py was not found beside cmark_floor.c (set FLOOR_SRC)")
    folder = WORK / f"instructions-{n}"
    stamp = f"{n} {seed} {hashlib.sha256(generator.read_bytes()).hexdigest()}"
    stamp_file = folder / ".stamp"
    if not (stamp_file.exists() and stamp_file.read_text() == stamp):
        say(f"corpus: {generator} {n} cases, seed {seed}, into {folder.relative_to(programs.ROOT)}")
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run([sys.executable, str(generator), str(folder), str(n), "--seed", str(seed)], check=True,
                       stdout=subprocess.DEVNULL)
        stamp_file.write_text(stamp)
    files = sorted(str(p.relative_to(folder)) for p in (folder / "Content").glob("*/*.md"))
    return folder, files


def count(name, cmd, cwd, env=None):
    """Runs cmd under callgrind; returns (instructions, None) or (None, why)."""
    profile = "/dev/null"
    if os.environ.get("BENCH_PROFILE") == "1":
        (WORK / "callgrind").mkdir(parents=True, exist_ok=True)
        profile = str(WORK / "callgrind" / f"callgrind.out.{name}")
    full = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={profile}"] + [str(c) for c in cmd]
    log = LOGS / f"instructions-{name}.log"
    try:
        p = subprocess.run(full, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except FileNotFoundError:
        return None, "valgrind is missing (Debian package `valgrind`)"
    log.write_text(p.stdout)
    found = re.findall(r"Collected\s*:\s*(\d+)", p.stdout)
    if p.returncode != 0 or not found:
        tail = " | ".join(p.stdout.strip().splitlines()[-3:])
        return None, f"exit {p.returncode}: {tail[:300]} (log: {log.relative_to(programs.ROOT)})"
    return int(found[-1]), None


def measure(n, seed):
    """Counts every program on the corpus; returns (rows, notes), rows as (label, instructions or None, why)."""
    LOGS.mkdir(parents=True, exist_ok=True)
    folder, files = corpus(n, seed)
    rows = []

    floor = programs.build(programs.FLOOR, say)
    cparts = programs.build(programs.CPARTS_FLOOR, say)
    for key, label, binary in (("floor", "cmark-gfm floor (bare C loop)", floor),
                               ("cparts", "C parts floor (libyaml + cmark-gfm + concatenation)", cparts)):
        if binary is None:
            rows.append((key, label, None, "not built"))
            continue
        out = folder / f"{key}-out"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        say(f"instructions: {label} …")
        rows.append((key, label) + count(key, [binary, out] + files, folder))

    casebook, why = programs.casebook(say)
    if casebook is not None:
        stripped = WORK / "casebook-stripped"
        ok = subprocess.run(["strip", "-o", str(stripped), str(casebook)]).returncode == 0
        if not ok:
            casebook, why = None, "strip failed (Debian package `binutils`)"
    if casebook is None:
        rows.append(("casebook", "Casebook, full build", None, why.splitlines()[0]))
    else:
        for leftover in (".casebook", "Output", ".Output.casebook-staging"):
            shutil.rmtree(folder / leftover, ignore_errors=True)
        say("instructions: Casebook, full build (the slowest: a minute or more) …")
        cmd = [stripped, "build", "--content", "Content", "--output", "Output", "--now", NOW]
        rows.append(("casebook", "Casebook, full build") + count("casebook", cmd, folder))
    return rows, len(files)


def table(n, seed, rows, pages):
    """The results as Markdown: a row per program, then Casebook's ratios."""
    counts = {key: value for key, _, value, _ in rows}
    floor = counts.get("floor")
    lines = [f"### Instructions per full build, {n:,} cases + {max(1, n // 4):,} releases = {pages:,} pages", "",
             f"- run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, `BENCH_INSTRUCTION_CASES={n} "
             f"make bench-instructions`, corpus gen_corpus.py seed {seed}",
             f"- casebook: stripped copy of the release build at commit {commit()}; "
             "valgrind --tool=callgrind, `Collected`, every thread", "",
             "| program | instructions | per page | × floor |", "|---|---:|---:|---:|"]
    for key, label, value, why in rows:
        if value is None:
            lines.append(f"| {label} | — | — | {why.replace('|', '/')} |")
        else:
            times = f"{value / floor:.2f}" if floor else "—"
            lines.append(f"| {label} | {value:,} | {value / pages:,.0f} | {times} |")
    lines += ["", "| ratio | value | target | result |", "|---|---:|---:|---|"]
    cb, cparts = counts.get("casebook"), counts.get("cparts")
    value = cb / floor if cb and floor else None
    result = "n/a" if value is None else ("PASS" if value <= TARGET else "FAIL")
    lines.append(f"| Casebook / floor | {fmt(value)} | ≤ {TARGET:.2f} | {result} |")
    lines.append(f"| Casebook / C parts floor | {fmt(cb / cparts if cb and cparts else None)} | — | "
                 "what Casebook adds to its parts |")
    lines.append(f"| C parts floor / floor | {fmt(cparts / floor if cparts and floor else None)} | — | "
                 "what the parts cost beyond Markdown, at best |")
    return lines + [""], result == "FAIL"


def fmt(v):
    return "—" if v is None else f"{v:.2f}"


def commit():
    p = subprocess.run(["git", "-C", str(programs.ROOT), "describe", "--always", "--dirty"],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return p.stdout.strip() or "unknown"


def run():
    """Measures and writes Benchmarks/work/instructions.md; returns (Markdown lines, whether the target was missed)."""
    n = int(os.environ.get("BENCH_INSTRUCTION_CASES", "500"))
    seed = int(os.environ.get("BENCH_SEED", "2026"))
    rows, pages = measure(n, seed)
    lines, failed = table(n, seed, rows, pages)
    (WORK / "instructions.md").write_text("\n".join(lines) + "\n")
    return lines, failed


def main():
    lines, failed = run()
    say("=" * 72)
    say("\n".join(lines))
    say("(written to Benchmarks/work/instructions.md)")
    if failed and os.environ.get("BENCH_STRICT") == "1":
        sys.exit(1)


if __name__ == "__main__":
    main()
