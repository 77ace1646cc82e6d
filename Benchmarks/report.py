"""The tables `make bench` prints: medians, ratios against the targets, every round."""
import os
import statistics

# The targets, as ratios that must not be exceeded. The CPU / floor ratio has
# none: its target is on instructions (instructions.TARGET), which are stable.
TARGETS = {
    "wall_vs_hugo": 0.40,
    "cpu_vs_floor": None,
    "peak_vs_hugo": 0.10,
    "noop_vs_full": 0.05,
    "one_vs_full": 0.15,
    "later_vs_full": 0.15,
}


class Measurement:
    """One run under GNU time: whether it succeeded, wall and CPU seconds, peak memory."""

    def __init__(self, ok, wall=None, user=None, sys_=None, rss_kb=None, why=""):
        self.ok, self.wall, self.user, self.sys, self.rss_kb, self.why = ok, wall, user, sys_, rss_kb, why
        self.parts = None  # the C parts floor's CPU seconds per part, from its own report

    @property
    def cpu(self):
        return self.user + self.sys

    @property
    def peak_mb(self):
        return self.rss_kb / 1024


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def fmt(v, digits=2):
    return "—" if v is None else f"{v:,.{digits}f}"


def ratio(rounds, num, den, attr):
    """Median over rounds of num/den, both taken from the same round."""
    vals = []
    for rd in rounds:
        a, b = rd.get(num), rd.get(den)
        if a and b and a.ok and b.ok and getattr(b, attr) > 0:
            vals.append(getattr(a, attr) / getattr(b, attr))
    return med(vals), len(vals)


def verdict(value, target):
    if target is None:
        return "no target (see instructions)"
    if value is None:
        return "n/a"
    return "PASS" if value <= target else "FAIL"


def rewritten_row(rounds, key, label):
    """The row of the files a one-case rebuild rewrote (`key` of each round), which should be
    the case's page and the files that show it."""
    done = [rd for rd in rounds if key in rd]
    if not done:
        return []
    counts = [len(rd[key][0]) + len(rd[key][1]) for rd in done]
    last = done[-1]
    changed, removed = last[key]
    page = f"cases/{last['one_slug']}/index.html"
    shown = ", ".join(changed[:8]) + (f", … {len(changed) - 8} more" if len(changed) > 8 else "")
    if removed:
        shown += f"; removed: {', '.join(removed[:4])}"
    return [f"| {label} | {fmt(med(counts), 0)} of {last['pages_out']:,} | its dependents only | "
            f"{'its page rewritten' if page in changed else 'CHECK: ' + page + ' not rewritten'}: {shown or 'none'} |"]


def report_size(n, info, rounds, skipped):
    pages = info["pages"]
    lines = [f"### {n:,} cases + {info['releases']:,} releases = {pages:,} pages "
             f"({info['markdown_bytes'] / 1e6:.1f} MB of Markdown), rounds: {len(rounds)}", ""]
    lines += ["| run | wall s | CPU s | peak MB | pages/s | ok rounds |", "|---|---:|---:|---:|---:|---:|"]
    names = [("hugo", "Hugo, full build"), ("full", "Casebook, full build"),
             ("noop", "Casebook, no-op rebuild"),
             ("one", "Casebook, one case changed (the first rebuild: no spare yet)"),
             ("later", "Casebook, the same case changed again (a spare to update)"),
             ("floor", "cmark-gfm floor (bare C loop)"),
             ("parts", "C parts floor (libyaml + cmark-gfm + concatenation, one thread)")]
    for key, label in names:
        ms = [rd[key] for rd in rounds if key in rd]
        ok = [m for m in ms if m.ok]
        if not ms:
            lines.append(f"| {label} | — | — | — | — | {skipped.get(key, 'not run')} |")
            continue
        wall = med([m.wall for m in ok])
        per_s = fmt(pages / wall, 0) if wall and key in ("hugo", "full", "floor", "parts") else "—"
        lines.append(f"| {label} | {fmt(wall)} | {fmt(med([m.cpu for m in ok]))} | "
                     f"{fmt(med([m.peak_mb for m in ok]), 1)} | {per_s} | {len(ok)}/{len(ms)} |")
    lines.append("")
    failures = [f"- {label}, round {r}: {rd[key].why}" for key, label in names
                for r, rd in enumerate(rounds, 1) if key in rd and not rd[key].ok]
    if failures:
        lines += ["Failed runs (not counted):", ""] + failures + [""]

    checks = [
        ("Casebook wall / Hugo wall (full build)", ratio(rounds, "full", "hugo", "wall"), "wall_vs_hugo"),
        ("Casebook CPU / floor CPU (full build)", ratio(rounds, "full", "floor", "cpu"), "cpu_vs_floor"),
        ("Casebook peak memory / Hugo peak memory", ratio(rounds, "full", "hugo", "peak_mb"), "peak_vs_hugo"),
        ("no-op rebuild wall / full build wall", ratio(rounds, "noop", "full", "wall"), "noop_vs_full"),
        ("one-case rebuild wall / full build wall, the first after a build from nothing",
         ratio(rounds, "one", "full", "wall"), "one_vs_full"),
        ("one-case rebuild wall / full build wall, every later one (a spare to update)",
         ratio(rounds, "later", "full", "wall"), "later_vs_full"),
    ]
    lines += ["| ratio (median of per-round ratios) | value | target | result |", "|---|---:|---:|---|"]
    failed = False
    for label, (value, count), key in checks:
        v = verdict(value, TARGETS[key])
        failed |= v == "FAIL"
        target = "—" if TARGETS[key] is None else f"≤ {TARGETS[key]:.2f}"
        lines.append(f"| {label} | {fmt(value)} | {target} | {v} |")

    lines += rewritten_row(rounds, "one_rewritten", "files rewritten, one case changed (median; last round)")
    lines += rewritten_row(rounds, "later_rewritten", "files rewritten, the same case changed again (median; last round)")
    noops = [rd for rd in rounds if "noop_rewritten" in rd]
    if noops:
        worst = max(len(rd["noop_rewritten"][0]) + len(rd["noop_rewritten"][1]) for rd in noops)
        lines.append(f"| files rewritten by a no-op rebuild (most in a round) | {worst} | 0 | "
                     f"{'PASS' if worst == 0 else 'FAIL'} |")
        failed |= worst != 0
    lines += parts_floor_lines(rounds)
    lines.append("")
    return lines, failed


def parts_floor_lines(rounds):
    """What the C parts floor shows: the least CPU a build made of Casebook's C parts needs.

    Its ratio to the floor is what the frontmatter, timelines and page filling
    cost beyond the Markdown at best; the cores are the most a build can divide
    its CPU by, so CPU / cores over Hugo's wall time is the lowest wall / Hugo
    ratio such a build could show on this machine.
    """
    if not any("parts" in rd for rd in rounds):
        return []
    cores = os.cpu_count() or 1
    best_wall = []
    for rd in rounds:
        parts, hugo = rd.get("parts"), rd.get("hugo")
        if parts and hugo and parts.ok and hugo.ok and hugo.wall > 0:
            best_wall.append(parts.cpu / cores / hugo.wall)
    lowest_wall = med(best_wall)
    reach = "n/a" if lowest_wall is None else (
        "within reach" if lowest_wall <= TARGETS["wall_vs_hugo"] else "out of reach")
    lines = [
        f"| C parts floor CPU / floor CPU: what the parts cost beyond Markdown, at best | "
        f"{fmt(ratio(rounds, 'parts', 'floor', 'cpu')[0])} | — | for comparison |",
        f"| C parts floor CPU / {cores} cores / Hugo wall: the lowest wall / Hugo on this machine | "
        f"{fmt(lowest_wall)} | ≤ {TARGETS['wall_vs_hugo']:.2f} | {reach} |",
        f"| Casebook CPU / C parts floor CPU (full build) | {fmt(ratio(rounds, 'full', 'parts', 'cpu')[0])} "
        f"| — | what Casebook adds to its parts |",
    ]
    shares = [rd["parts"].parts for rd in rounds if rd.get("parts") and rd["parts"].ok and rd["parts"].parts]
    if shares:
        names = [k for k in shares[0] if k != "total"]
        cells = ", ".join(f"{k} {fmt(med([s.get(k) for s in shares]))} s" for k in names)
        lines += ["", f"C parts floor, CPU time of each part (median over rounds, one thread): {cells}."]
    return lines


def raw_rounds(n, rounds):
    lines = [f"<details><summary>Every round, {n:,} cases</summary>", "",
             "| round | run | wall s | CPU s | peak MB | note |", "|---:|---|---:|---:|---:|---|"]
    for r, rd in enumerate(rounds, 1):
        for key in rd.get("order", []):
            m = rd.get(key)
            if isinstance(m, Measurement):
                lines.append(f"| {r} | {key} | {fmt(m.wall)} | {fmt(m.cpu if m.ok else None)} | "
                             f"{fmt(m.peak_mb if m.ok else None, 1)} | {'' if m.ok else m.why.replace('|', '/')} |")
    lines += ["", "</details>", ""]
    return lines
