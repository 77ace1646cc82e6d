#!/usr/bin/env python3
"""Counts what a page costs in a site of one language and in the same site in three.

Run through `make bench-languages` (a few minutes); `make bench` runs it after the
instruction counts. Settings, from the environment:

  BENCH_LANGUAGE_CASES  cases in the corpus, default 500 (releases: a quarter)
  BENCH_SEED            corpus seed, default 2026
  CASEBOOK_BIN, BENCH_NO_BUILD, SWIFT   as for `make bench`

The one-language site is the corpus of `make bench-instructions`. The three-language
site is the same corpus with `languages: ru, pl` in site.yaml and, beside every case and
release, a Russian and a Polish translation: its own name or title and the original's
body, so that each translated page has as much Markdown as its original. Both are built
once under callgrind; each build's instructions are divided by the number of files it
wrote (pages, text releases, feeds, sitemap, JSON, search index: everything a reader
can fetch). The target: a page of the three-language site costs no more than a page of
the one-language site.

Writes Benchmarks/work/languages.md (the table printed at the end).
"""
import os
import shutil
import sys
from datetime import datetime, timezone
from pathlib import Path

import instructions
import programs

WORK = programs.WORK
NOW = instructions.NOW
LANGUAGES = {
    "ru": ("Политзаключённые — досье", "Варшава"),
    "pl": ("Więźniowie polityczni — akta", "Warszawa"),
}


def say(msg=""):
    print(msg, flush=True)


def frontmatter(text):
    """(the frontmatter's lines, the body) of a Content file."""
    _, head, body = text.split("---\n", 2)
    return head.splitlines(), body


def value(lines, key):
    for line in lines:
        if line.startswith(key + ":"):
            return line.split(":", 1)[1].strip()
    return None


def translate(original: Path, lang: str):
    """Writes `<slug>.<lang>.md` beside `original`: its name or title marked, its body kept."""
    lines, body = frontmatter(original.read_text())
    key = "name" if original.parent.name == "cases" else "title"
    words = value(lines, key) or '"?"'
    marked = words[:-1] + f' ({lang})"' if words.endswith('"') else f'"{words} ({lang})"'
    original.with_name(f"{original.stem}.{lang}.md").write_text(f"---\n{key}: {marked}\n---\n{body}")


def three_languages(one: Path) -> Path:
    """A copy of the corpus folder `one` in three languages (made anew each run: it is cheap)."""
    folder = WORK / f"{one.name}-languages"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(one / "Content", folder / "Content")
    site = folder / "Content" / "site.yaml"
    extra = "languages:\n" + "".join(
        f'  {lang}:\n    title: "{title}"\n    place: {place}\n' for lang, (title, place) in LANGUAGES.items())
    site.write_text(site.read_text() + extra)
    for original in sorted((folder / "Content").glob("*/*.md")):
        for lang in LANGUAGES:
            translate(original, lang)
    return folder


def written(folder: Path) -> int:
    return sum(1 for p in (folder / "Output").rglob("*") if p.is_file() and not p.name.startswith("."))


def build(stripped, folder, name):
    """(instructions, files written) or (None, why)."""
    for leftover in (".casebook", "Output", ".Output.casebook-staging"):
        shutil.rmtree(folder / leftover, ignore_errors=True)
    cmd = [stripped, "build", "--content", "Content", "--output", "Output", "--now", NOW]
    count, why = instructions.count(name, cmd, folder)
    return (count, written(folder)) if count is not None else (None, why)


def run():
    """Measures both sites; returns (Markdown lines, whether the target was missed)."""
    programs.LOGS.mkdir(parents=True, exist_ok=True)
    n = int(os.environ.get("BENCH_LANGUAGE_CASES", "500"))
    seed = int(os.environ.get("BENCH_SEED", "2026"))
    one, files = instructions.corpus(n, seed)
    casebook, why = programs.casebook(say)
    if casebook is None:
        return [f"languages: Casebook was not built: {why}"], True
    stripped = WORK / "casebook-stripped"
    shutil.copy(casebook, stripped)
    os.system(f"strip '{stripped}'")
    three = three_languages(one)
    rows = []
    for label, folder, name in (("one language (en)", one, "languages-1"),
                                ("three languages (en, ru, pl)", three, "languages-3")):
        say(f"instructions: Casebook, {label} …")
        rows.append((label,) + build(stripped, folder, name))
    lines = [f"### A page in one language and in three, {n:,} cases + {max(1, n // 4):,} releases", "",
             f"- run: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, `make bench-languages`, "
             f"corpus gen_corpus.py seed {seed}, commit {instructions.commit()}",
             "- three languages: every case and release translated into ru and pl (own name or title, "
             "the original's body)", "",
             "| site | instructions | files written | per file |", "|---|---:|---:|---:|"]
    per = []
    for label, count, files_or_why in rows:
        if count is None:
            lines.append(f"| {label} | — | — | {str(files_or_why).replace('|', '/')} |")
            continue
        per.append(count / files_or_why)
        lines.append(f"| {label} | {count:,} | {files_or_why:,} | {count / files_or_why:,.0f} |")
    if len(per) < 2:
        return lines + [""], True
    ratio = per[1] / per[0]
    result = "PASS" if ratio <= 1.0 else "FAIL"
    lines += ["", "| ratio | value | target | result |", "|---|---:|---:|---|",
              f"| per file, three languages / one | {ratio:.3f} | ≤ 1.00 | {result} |", ""]
    return lines, result == "FAIL"


def main():
    lines, failed = run()
    (WORK / "languages.md").write_text("\n".join(lines) + "\n")
    say("=" * 72)
    say("\n".join(lines))
    say("(written to Benchmarks/work/languages.md)")
    if failed and os.environ.get("BENCH_STRICT") == "1":
        sys.exit(1)


if __name__ == "__main__":
    main()
