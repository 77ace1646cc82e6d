#!/usr/bin/env python3
"""Writes a synthetic Casebook corpus of any size, and the same Markdown as a Hugo site.

usage: generate_corpus.py OUTDIR N [--seed S]

OUTDIR/casebook/Content/   site.yaml, cases/<slug>.md (N files), releases/<slug>.md (N/4 files)
OUTDIR/hugo/               config.toml, layouts/_default/{baseof,single,list}.html and
                           content/{cases,releases}/ holding the same Markdown bodies
OUTDIR/floor-files.txt     the Casebook Markdown files, one a line, relative to OUTDIR,
                           for the bare cmark-gfm loop (the "floor")
OUTDIR/corpus.json         what was generated (sizes, seed, bytes), read by bench.py

The corpus is meant to look like real case files so that every code path a real
site exercises costs what it costs there: every key of the content format
(partial dates, timelines with inline Markdown, UN decisions, related cases,
read-also lists, past embargoes), bodies with headings, footnotes, lists, GFM
tables, block quotes, Cyrillic, inline links and bare URLs.

The output depends only on N and the seed: one random.Random(seed) drives
everything, files are generated in a fixed order, and nothing reads the clock.
Every date lies before the benchmark's fixed --now (2026-11-21), so every file
is public and both tools publish the same pages. Standard library only.
"""
import argparse
import json
import os
import random
import shutil

# ---------------------------------------------------------------- vocabulary

FIRST_NAMES = (
    "Aigerim Almas Arman Askar Aslan Bakhyt Daniyar Dariga Dina Erlan Gaukhar "
    "Gulmira Kairat Madina Marat Nurlan Roza Ruslan Saltanat Serik Talgat Timur "
    "Yerlan Zhanar Zhanna Olga Sergei Tatiana Viktor Natalia Pavel Irina Yuri"
).split()
LAST_NAMES = (
    "Abdrakhmanov Akhmetova Baimukhanov Bekturova Dosanov Ermekova Ibraev Kasymova "
    "Kenzhebaev Mukhametov Nurbekova Omarov Rakhimova Sarsenbaev Tokhtarova Utegenov "
    "Zhakupova Zhumabaev Kovalenko Petrova Sokolov Morozova Volkov Lebedeva"
).split()
COUNTRIES = ["Kazakhstan", "Kazakhstan", "Kazakhstan", "Russia", "Belarus", "Azerbaijan",
             "Tajikistan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan"]
STATUSES = ["pre-trial-detention", "imprisoned", "imprisoned", "imprisoned", "house-arrest",
            "restricted-freedom", "psychiatric-detention", "released", "abroad", "deceased"]
TAGS = ["torture", "health", "fair-trial", "family-hostage", "journalist", "activist",
        "opposition", "religion", "un-decision", "pardon", "extradition", "solitary-confinement",
        "lawyer", "blogger", "trade-union", "land-protest"]
TOWNS = ["Dolinka", "Zarechny", "Pavlodar", "Karaganda", "Shymkent", "Semey", "Oskemen",
         "Aktobe", "Taraz", "Kyzylorda", "Petropavl", "Atyrau"]
CITIES = ["Warsaw", "Brussels", "Kyiv", "Berlin", "Vienna", "Geneva", "Strasbourg"]
CHARGES = [
    ("Embezzlement of entrusted property", "189"), ("Fraud", "190"),
    ("Inciting social discord", "174"), ("Dissemination of knowingly false information", "274"),
    ("Organising an extremist group", "182"), ("Participation in a banned organisation", "405"),
    ("Abuse of office", "361"), ("Tax evasion", "245"), ("Money laundering", "218"),
    ("Calls to seize power", "179"), ("Bribery", "366"), ("Hooliganism", "293"),
]
UN_BODIES = [
    ("UN Working Group on Arbitrary Detention", "Opinion No. {n}/{y}"),
    ("UN Human Rights Committee", "Views, communication No. {n}/{y}"),
    ("UN Committee against Torture", "Decision, communication No. {n}/{y}"),
    ("UN Special Rapporteur on human rights defenders", "Communication KAZ {n}/{y}"),
]
HEADINGS = [
    "Arrest", "The charges", "Pre-trial detention", "The trial", "The verdict", "Appeals",
    "Conditions of detention", "Health", "Medical care refused", "Torture and ill-treatment",
    "The family", "Pressure on relatives", "International reaction", "UN findings",
    "Release campaign", "What we ask for", "Background", "Sources and documents",
]
WORDS = (
    "authorities detention colony prisoner lawyer lawyers family health court sentence "
    "appeal treatment hospital release pardon committee international rights defenders "
    "charges investigation opposition testimony solitary confinement examination clinic "
    "doctors diagnosis condition request refused transfer embassy resolution parliament "
    "working group arbitrary opinion urgent letter ministry internal affairs region "
    "village facility guards witnesses documents evidence hearing judge prosecutor verdict "
    "relatives visit correspondence parcel medication cell isolation hunger strike "
    "complaint ombudsman monitoring observers journalists statement demand guarantees"
).split()
FILLER = "the the the of of to to and and in in a a was were his her their on for with by after before".split()
VERBS = ("reported confirmed denied refused requested documented described appealed "
         "ignored rejected received examined transferred visited published asked").split()
CYRILLIC = ("Ерімбетов Джакишев Алматы Караганда Долинка Заречный Павлодар Шымкент "
            "заключённый адвокат пытки колония приговор помилование суд свидание").split()

TRANSLIT = [("zh", "ж"), ("kh", "х"), ("sh", "ш"), ("ch", "ч"), ("ts", "ц"), ("ya", "я"),
            ("yu", "ю"), ("ye", "е"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"),
            ("f", "ф"), ("g", "г"), ("h", "х"), ("i", "и"), ("k", "к"), ("l", "л"),
            ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"),
            ("t", "т"), ("u", "у"), ("v", "в"), ("y", "ы"), ("z", "з")]

NOW_YEAR = 2026  # the benchmark builds with --now 2026-11-21; nothing may lie after it


def cyrillic(latin):
    """A plausible native spelling, so native_name is real Cyrillic (multi-byte UTF-8)."""
    out, s = [], latin.lower()
    i = 0
    while i < len(s):
        for lat, cyr in TRANSLIT:
            if s.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(s[i])
            i += 1
    return " ".join(w[:1].upper() + w[1:] for w in "".join(out).split(" "))


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- dates

def full_date(rng, lo=2008, hi=NOW_YEAR - 1):
    return f"{rng.randint(lo, hi)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def partial_date(rng, lo=2008, hi=NOW_YEAR - 1):
    """`2017`, `2017-11` or `2017-11-09`, the three precisions the format allows."""
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if r < 0.15:
        return str(y)
    if r < 0.45:
        return f"{y}-{m:02d}"
    return f"{y}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- prose

class Prose:
    """Sentences and paragraphs with inline Markdown; collects footnotes as it goes.

    Footnote labels are unique within a file and every label defined is
    referenced exactly once (some numeric, some named, as people write them).
    """

    def __init__(self, rng, slug, case_links):
        self.rng, self.slug, self.case_links = rng, slug, case_links
        self.notes = []  # (label, definition text)

    def words(self, n):
        rng = self.rng
        return [rng.choice(FILLER) if rng.random() < 0.35 else rng.choice(WORDS) for _ in range(n)]

    def sentence(self, lo=9, hi=26, inline=True):
        rng = self.rng
        w = self.words(rng.randint(lo, hi))
        w.insert(min(2, len(w)), rng.choice(VERBS))
        if inline:
            r = rng.random()
            if r < 0.12:
                w.insert(rng.randint(0, len(w)), "**" + " ".join(self.words(rng.randint(2, 4))) + "**")
            elif r < 0.22:
                w.insert(rng.randint(0, len(w)), "*" + " ".join(self.words(rng.randint(1, 3))) + "*")
            elif r < 0.28 and self.case_links:
                name, slug = rng.choice(self.case_links)
                w.insert(rng.randint(0, len(w)), f"[{name}](/cases/{slug}/)")
            elif r < 0.33:
                w.insert(rng.randint(0, len(w)),
                         f"[{' '.join(self.words(2))}](https://www.example.org/news/{rng.randint(1000, 99999)})")
            elif r < 0.36:
                w.append(f"(see https://documents.example.net/{self.slug}/{rng.randint(1, 500)}.pdf)")
            if rng.random() < 0.15:
                w.insert(rng.randint(0, len(w)), rng.choice(CYRILLIC))
            if rng.random() < 0.25:
                k = rng.randint(2, len(w) - 2)
                w[k] += ","
        s = " ".join(w)
        return s[0].upper() + s[1:] + "."

    def footnote(self):
        rng = self.rng
        n = len(self.notes) + 1
        label = str(n) if rng.random() < 0.7 else f"src-{n}"
        r = rng.random()
        if r < 0.5:
            text = f"<https://www.example.org/{self.slug}/source-{n}.html>"
        elif r < 0.8:
            text = f"{self.sentence(5, 10, inline=False)} See https://archive.example.net/{self.slug}/{n}."
        else:
            text = f"*{' '.join(self.words(4)).capitalize()}*, {full_date(rng)}, p. {rng.randint(1, 300)}."
        self.notes.append((label, text))
        return f"[^{label}]"

    def paragraph(self, lo=3, hi=7):
        parts = []
        for _ in range(self.rng.randint(lo, hi)):
            s = self.sentence()
            if self.rng.random() < 0.25:
                s += self.footnote()
            parts.append(s)
        return " ".join(parts)

    def definitions(self):
        return [f"[^{label}]: {text}" for label, text in self.notes]


def section(p, rng, first):
    """One ## section: paragraphs, then sometimes a list, a table or a quotation."""
    out = [f"## {rng.choice(HEADINGS)}", ""]
    for _ in range(rng.randint(2, 4)):
        out += [p.paragraph(), ""]
    r = rng.random()
    if r < 0.3:
        out += [f"- {p.sentence(6, 16)}" for _ in range(rng.randint(2, 6))] + [""]
    elif r < 0.5:
        out += [f"{k}. {p.sentence(6, 16)}" for k in range(1, rng.randint(3, 7))] + [""]
    if first and rng.random() < 0.4:
        out += ["| Date | Court or body | Outcome |", "| --- | --- | --- |"]
        for _ in range(rng.randint(3, 8)):
            out.append(f"| {full_date(rng)} | {' '.join(p.words(3)).capitalize()} | {p.sentence(4, 8, inline=False)} |")
        out.append("")
    if rng.random() < 0.25:
        out += [f"> {p.sentence()} {p.sentence()}", ">", f"> — {' '.join(p.words(2)).capitalize()}", ""]
    return out


# ---------------------------------------------------------------- files

def case_file(rng, slug, name, people, all_slugs):
    """Returns (casebook frontmatter lines, hugo frontmatter lines, body)."""
    country = rng.choice(COUNTRIES)
    detained = partial_date(rng, 2008, 2024)
    year = int(detained[:4])
    related = rng.sample([s for s in all_slugs if s != slug], k=min(rng.choice([0, 0, 1, 1, 2, 3]), len(all_slugs) - 1))
    links = [(people[s], s) for s in related]
    p = Prose(rng, slug, links)

    fm = [f"name: {q(name)}"]
    if rng.random() < 0.7:
        fm.append(f"native_name: {q(cyrillic(name))}")
    aliases = []
    if rng.random() < 0.4:
        first, last = name.split(" ")
        aliases = [f"{first} {last.replace('kh', 'h').replace('zh', 'j').replace('y', 'i')}"]
        fm += ["aliases:"] + [f"  - {q(a)}" for a in aliases]
    fm += [f"country: {country}", f"status: {rng.choice(STATUSES)}", f"detained: {detained}"]
    if rng.random() < 0.85:
        code = rng.choice(["AK", "LA", "UG", "EC"])
        fm.append(f"facility: {q(f'Correctional colony {code} {rng.randint(100, 199)}/{rng.randint(1, 20)}, {rng.choice(TOWNS)}')}")
    charges = rng.sample(CHARGES, k=rng.randint(1, 3))
    fm += ["charges:"] + [f"  - {q(f'{c} (Article {a} of the Criminal Code)')}" for c, a in charges]
    fm.append(f"sentence: {q(f'{rng.randint(2, 15)} years')}")
    if rng.random() < 0.25:
        fm.append("un_decisions:")
        for _ in range(rng.randint(1, 2)):
            body, ref = rng.choice(UN_BODIES)
            y = rng.randint(year, NOW_YEAR - 1)
            fm += [f"  - body: {q(body)}", f"    reference: {q(ref.format(n=rng.randint(1, 99), y=y))}",
                   f"    date: {partial_date(rng, y, y)}"]
            if rng.random() < 0.8:
                fm.append(f"    url: https://www.ohchr.example.org/decisions/{y}/{rng.randint(100, 999)}.pdf")
    if related:
        fm += ["related:"] + [f"  - {s}" for s in related]
    fm.append(f"tags: [{', '.join(rng.sample(TAGS, rng.randint(1, 4)))}]")
    summary = ""
    while True:  # whole sentences, never over the format's 300 characters
        s = p.sentence(8, 18, inline=False)
        if len(summary) + len(s) + 1 > 300:
            break
        summary = (summary + " " + s).strip()
    fm.append("summary: " + q(summary or p.sentence(5, 8, inline=False)[:300]))
    fm.append("timeline:")
    dates = sorted(partial_date(rng, year, NOW_YEAR - 1) for _ in range(rng.randint(2, 9)))
    for k, date in enumerate(dates):
        event = p.sentence(8, 22)  # inline Markdown: emphasis, links, Cyrillic
        fm += [f"  - date: {date}", f"    event: {q(event)}"]
        if rng.random() < 0.5:
            fm.append(f"    source: https://news.example.com/{slug}/{k + 1}")
    fm.append(f"updated: {full_date(rng, max(year, 2018), NOW_YEAR - 1)}")

    body = [p.paragraph(2, 5), ""]
    for k in range(rng.randint(3, 6)):
        body += section(p, rng, k == 1)
    body += p.definitions()

    # Hugo needs a title, and reads `aliases` as redirect URLs (it would write a
    # redirect page per spelling), so its copy carries them under another key.
    hugo = [f"title: {q(name)}"] + [
        line.replace("aliases:", "other_spellings:", 1) if line == "aliases:" else line for line in fm]
    return fm, hugo, "\n".join(body) + "\n"


def release_file(rng, date, title_words, case_slugs, people, earlier, contacts):
    p = Prose(rng, "release-" + date, [])
    cases = rng.sample(case_slugs, k=min(rng.randint(1, 3), len(case_slugs)))
    p.case_links = [(people[s], s) for s in cases]
    fm = [f"title: {q(title_words)}", f"date: {date}"]
    if rng.random() < 0.8:  # otherwise the site's default place
        fm.append(f"place: {rng.choice(CITIES)}")
    if rng.random() < 0.5:
        fm.append(f"subtitle: {q(p.sentence(8, 16, inline=False)[:-1])}")
    fm += ["cases:"] + [f"  - {s}" for s in cases]
    if rng.random() < 0.6:  # otherwise default_contacts
        fm.append(f"contacts: [{', '.join(rng.sample(contacts, rng.randint(1, 2)))}]")
    if rng.random() < 0.4:
        fm.append("read_also:")
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            if r < 0.4:
                fm.append(f"  - {rng.choice(case_slugs)}")
            elif r < 0.7 and earlier:
                fm.append(f"  - {rng.choice(earlier)}")
            else:
                fm += [f"  - title: {q(p.sentence(5, 9, inline=False)[:-1])}",
                       f"    url: https://reports.example.org/{rng.randint(1000, 9999)}"]
    if rng.random() < 0.1:  # a past embargo: the release is public at --now
        fm.append(f"embargo: {q(date + ' 09:00 Europe/Warsaw')}")

    body = []
    for _ in range(rng.randint(3, 7)):
        body += [p.paragraph(2, 5), ""]
    if rng.random() < 0.4:
        body += [f"> {p.sentence()} {p.sentence()}", ""]
    body += ["**We call on the authorities to:**", ""]
    body += [f"{k}. {p.sentence(6, 14)}" for k in range(1, rng.randint(3, 6))] + [""]
    body += [p.paragraph(1, 3), ""]
    body += p.definitions()
    return fm, "\n".join(body) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def doc(fm, body):
    return "---\n" + "\n".join(fm) + "\n---\n\n" + body


SITE_YAML = """\
# Synthetic site written by Benchmarks/generate_corpus.py
title: "Political prisoners — case files (benchmark corpus)"
organisation: Example Human Rights Foundation
base_url: https://cases.example.org/
language: en
time_zone: Europe/Warsaw
place: Warsaw
text_width: 72
end_mark: "###"
contacts:
  - id: press
    name: Press Office
    role: Media relations
    email: press@example.org
    phone: "+48 22 000 00 00"
  - id: director
    name: Anna Kowalska
    role: Director
    email: director@example.org
  - id: researcher
    name: Daniyar Kassymov
    role: Researcher, Central Asia
    email: research@example.org
default_contacts: [press]
"""

HUGO_CONFIG = """\
# Written by Benchmarks/generate_corpus.py: the same pages Casebook builds, nothing more.
baseURL = "https://cases.example.org/"
title = "Political prisoners — case files (benchmark corpus)"
languageCode = "en"
# Casebook writes one page per tag (tags/<tag>/) and a sitemap, so Hugo keeps
# term pages and the sitemap; it drops what Casebook has no counterpart for:
# the list of all tags, an RSS feed per list page, robots.txt.
disableKinds = ["taxonomy", "RSS", "robotsTXT"]
# Hugo logs disabling "taxonomy" as an error unless told that it is meant.
ignoreErrors = ["error-disable-taxonomy"]
# Every date is before the benchmark's --now; never let Hugo's clock hide a page.
buildFuture = true
[taxonomies]
  tag = "tags"
[markup.goldmark.renderer]
  unsafe = false
# The same Markdown dialect as cmark-gfm: tables, footnotes, autolinks, strikethrough.
[markup.goldmark.extensions]
  typographer = false
  definitionList = false
  taskList = false
  footnote = true
  linkify = true
  strikethrough = true
  table = true
"""

HUGO_BASEOF = """\
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} — {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
"""

# Like Casebook's pages: the facts from the frontmatter (timeline events are
# inline Markdown, so they are rendered too), then the body.
HUGO_SINGLE = """\
{{ define "main" }}<article><h1>{{ .Title }}</h1>
{{ with .Params.native_name }}<p lang="ru">{{ . }}</p>{{ end }}
{{ with .Params.status }}<p class="status">{{ . }}</p>{{ end }}
{{ with .Params.country }}<p>{{ . }}</p>{{ end }}
{{ with .Params.facility }}<p>{{ . }}</p>{{ end }}
{{ with .Params.place }}<p class="dateline">{{ . }}, {{ $.Date.Format "2 January 2006" }}</p>{{ end }}
{{ with .Params.timeline }}<ol class="timeline">{{ range . }}<li><time>{{ .date }}</time> {{ .event | markdownify }}</li>{{ end }}</ol>{{ end }}
{{ .Content }}</article>{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Params.summary }} — {{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("n", type=int, help="number of case files (releases: n/4)")
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    if a.n < 2:
        ap.error("N must be at least 2")
    rng = random.Random(a.seed)

    cb = os.path.join(a.outdir, "casebook", "Content")
    hg = os.path.join(a.outdir, "hugo")
    for d in (os.path.join(a.outdir, "casebook"), hg):
        shutil.rmtree(d, ignore_errors=True)  # a stale file from a larger run must not linger
    for d in (os.path.join(cb, "cases"), os.path.join(cb, "releases"),
              os.path.join(hg, "content", "cases"), os.path.join(hg, "content", "releases"),
              os.path.join(hg, "layouts", "_default")):
        os.makedirs(d, exist_ok=True)

    # Names first, so related cases and release cases always point at real files.
    people = {}
    for i in range(a.n):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        people[f"{name.lower().replace(' ', '-')}-{i + 1}"] = name
    slugs = list(people)

    files, total = [], 0
    for slug in slugs:
        fm, hugo_fm, body = case_file(rng, slug, people[slug], people, slugs)
        text = doc(fm, body)
        write(os.path.join(cb, "cases", slug + ".md"), text)
        write(os.path.join(hg, "content", "cases", slug + ".md"), doc(hugo_fm, body))
        files.append(f"casebook/Content/cases/{slug}.md")
        total += len(text.encode("utf-8"))

    earlier = []
    for i in range(max(1, a.n // 4)):
        date = full_date(rng, 2015, NOW_YEAR - 1)
        title = Prose(rng, "", []).sentence(6, 12, inline=False)[:-1]
        topic = "-".join(w for w in title.lower().split()[:4] if w.isalpha() and w.isascii())
        slug = f"{date}-{topic or 'statement'}-{i + 1}"
        fm, body = release_file(rng, date, title, slugs, people, earlier, ["press", "director", "researcher"])
        text = doc(fm, body)
        write(os.path.join(cb, "releases", slug + ".md"), text)
        write(os.path.join(hg, "content", "releases", slug + ".md"), text)  # already has a title
        files.append(f"casebook/Content/releases/{slug}.md")
        earlier.append(slug)
        total += len(text.encode("utf-8"))

    write(os.path.join(cb, "site.yaml"), SITE_YAML)
    write(os.path.join(hg, "config.toml"), HUGO_CONFIG)
    write(os.path.join(hg, "content", "_index.md"), '---\ntitle: "Cases"\n---\n')
    write(os.path.join(hg, "layouts", "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(hg, "layouts", "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(hg, "layouts", "_default", "list.html"), HUGO_LIST)
    write(os.path.join(a.outdir, "floor-files.txt"), "\n".join(files) + "\n")
    manifest = {"n": a.n, "seed": a.seed, "cases": a.n, "releases": len(earlier),
                "pages": len(files), "markdown_bytes": total}
    write(os.path.join(a.outdir, "corpus.json"), json.dumps(manifest, indent=2) + "\n")
    print(f"{a.outdir}: {a.n} cases, {len(earlier)} releases, {total / 1e6:.1f} MB of Markdown")


if __name__ == "__main__":
    main()
