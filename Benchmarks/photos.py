#!/usr/bin/env python3
"""Times Casebook on a site where every case has a photo: a full build, a no-op rebuild and a
rebuild after one photo was replaced.

usage: photos.py            (run by `make bench` and `make bench-photos`)

Environment:
  PHOTO_BENCH_CASES  number of cases, each with its own photo (default 2000)
  CASEBOOK_BIN       binary to measure; BENCH_NO_BUILD=1 uses .build/release/casebook as it
                     is; otherwise it is built as `make build` builds it (see programs.py)

The corpus is Benchmarks/generate_corpus.py's (N cases, N/4 releases); each case gets a
1000x1250 JPEG drawn from one SVG portrait by `vips`, each a different tint so that every
photo has its own content hash, and a `photo:` key. Results go to stdout and to
Benchmarks/work/photos.md.
"""
import os
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import programs  # noqa: E402

CASES = int(os.environ.get("PHOTO_BENCH_CASES", "2000"))
NOW = "2026-11-21T00:00:00Z"
WORK = programs.WORK / f"photos-{CASES}"
SITE = WORK / "casebook"
PHOTOS = SITE / "Content" / "assets" / "photos"

SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="1250" viewBox="0 0 400 500">
<rect width="400" height="500" fill="#c9d8e4"/><circle cx="330" cy="70" r="50" fill="#fff" opacity="0.2"/>
<path d="M40 500 C60 380 120 340 200 340 C280 340 340 380 360 500 Z" fill="#34495e"/>
<rect x="175" y="270" width="50" height="80" rx="20" fill="#e3b58f"/>
<ellipse cx="200" cy="210" rx="85" ry="105" fill="#e3b58f"/>
<path d="M115 200 C110 120 150 90 200 90 C255 90 295 125 285 200 C275 155 245 140 200 140 C160 140 125 155 115 200 Z" fill="#2d2420"/>
<ellipse cx="170" cy="215" rx="9" ry="6" fill="#222"/><ellipse cx="230" cy="215" rx="9" ry="6" fill="#222"/>
<path d="M175 270 Q200 282 225 270" stroke="#8a4a3a" stroke-width="4" fill="none"/>
</svg>
"""


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def tint(index):
    """A different colour offset for every photo, so that no two share their bytes."""
    return f"{index % 40} {(index // 40) % 50} {(index * 7) % 30}"


def make_photo(base, path, index):
    run(["vips", "linear", str(base), f"{path}[Q=90]", "1 1 1", tint(index)])


def make_corpus():
    if (WORK / "ready").exists():
        return
    print(f"photos: generating {CASES} cases (Benchmarks/generate_corpus.py)", flush=True)
    run([sys.executable, str(programs.HERE / "generate_corpus.py"), str(WORK), str(CASES)])
    PHOTOS.mkdir(parents=True, exist_ok=True)
    (WORK / "portrait.svg").write_text(SVG)
    # Flattened: the SVG comes with an alpha band, which a JPEG cannot keep.
    run(["vips", "flatten", str(WORK / "portrait.svg"), str(WORK / "portrait.v")])
    cases = sorted((SITE / "Content" / "cases").glob("*.md"))
    print(f"photos: drawing {len(cases)} photos with vips", flush=True)
    jobs = [["vips", "linear", str(WORK / "portrait.v"), f"{PHOTOS / (c.stem + '.jpg')}[Q=90]", "1 1 1", tint(i)]
            for i, c in enumerate(cases)]
    # Two at a time: the machine is shared.
    for start in range(0, len(jobs), 2):
        running = [subprocess.Popen(j) for j in jobs[start:start + 2]]
        if any(p.wait() for p in running):
            sys.exit("photos: vips failed")
    for case in cases:
        text = case.read_text()
        key = f"photo:\n  file: photos/{case.stem}.jpg\n  alt: A drawn portrait, not a photograph\n"
        case.write_text(text.replace("---\n", "---\n" + key, 1))
    (WORK / "ready").write_text("")


def timed_build(binary):
    """Wall seconds, CPU seconds, peak memory (MB) and the summary line of one build."""
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%e %U %S %M", str(binary), "build", "--content", "Content", "--output", "Output",
         "--now", NOW], cwd=SITE, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("photos: build failed:\n" + out.stdout + out.stderr)
    wall, user, system, peak = out.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(peak) / 1024, out.stdout.strip().splitlines()[-1]


def stamps():
    result = {}
    for path in (SITE / "Output").rglob("*"):
        if path.is_file():
            info = path.stat()
            result[str(path.relative_to(SITE / "Output"))] = (info.st_ino, info.st_mtime_ns)
    return result


def main():
    binary, problem = programs.casebook(say=print)
    if binary is None:
        sys.exit("photos: " + problem)
    make_corpus()
    for name in (".casebook", "Output"):
        subprocess.run(["rm", "-rf", str(SITE / name)], check=True)
    for stale in SITE.glob(".Output.casebook-staging*"):
        subprocess.run(["rm", "-rf", str(stale)], check=True)
    rows = []
    print("photos: full build", flush=True)
    rows.append(("full build", *timed_build(binary), None))
    before = stamps()
    print("photos: no-op rebuild", flush=True)
    rows.append(("no-op rebuild", *timed_build(binary), None))
    after = stamps()
    rows[-1] = rows[-1][:-1] + ([p for p in after if after[p] != before.get(p)],)
    first = sorted(PHOTOS.glob("*.jpg"))[0]
    original = first.read_bytes()
    try:
        make_photo(WORK / "portrait.v", first, CASES + 7)
        before = stamps()
        print(f"photos: one photo replaced ({first.name})", flush=True)
        rows.append(("one photo replaced", *timed_build(binary), None))
        after = stamps()
        rows[-1] = rows[-1][:-1] + ([p for p in after if after[p] != before.get(p)],)
    finally:
        first.write_bytes(original)
    images = len([p for p in (SITE / "Output" / "assets" / "sized").iterdir()])
    lines = [
        f"#### {CASES} cases with a photo each (1000x1250 JPEG), {CASES // 4} releases; {images} processed image files",
        "",
        "| run | wall s | CPU s | peak MB | images processed | output files rewritten |",
        "|---|---|---|---|---|---|",
    ]
    for name, wall, cpu, peak, summary, rewritten in rows:
        processed = re.search(r"(\d+) images processed", summary)
        written = "—" if rewritten is None else str(len([p for p in rewritten if p != ".casebook-output"]))
        lines.append(f"| {name} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | "
                     f"{processed.group(1) if processed else 0} | {written} |")
    for name, *_, rewritten in rows:
        if rewritten:
            shown = sorted(p for p in rewritten if p != ".casebook-output")
            lines.append(f"\n{name}, rewritten: " + ", ".join(shown[:12]) + (" …" if len(shown) > 12 else ""))
    text = "\n".join(lines) + "\n"
    print(text)
    (programs.WORK / "photos.md").write_text(text)


if __name__ == "__main__":
    main()
