#!/usr/bin/env python3
"""`make mutate`: breaks Casebook's promises on purpose and checks that the tests notice.

Each mutation below is one small, deliberate bug: a file, the exact text it replaces and the
replacement. The script copies the working tree into a scratch folder (.build-mutate/tree, whose
own .build is kept between runs so that each mutant rebuilds incrementally), checks that the
unmutated tree passes, then for each mutation applies it alone, rebuilds, runs the tests and puts
the file back. A mutant is killed when a test fails; it survives when every test passes.

It prints each mutant's fate and exits non-zero when one survived, when a mutation's text is no
longer found exactly once (the code moved: update the list), or when a mutant does not compile.

  make mutate                          every mutant, each against the tests named with it
  MUTATE_FULL=1 make mutate            every mutant against the whole suite (slower, the honest measure)
  MUTATE_ONLY=swap make mutate         only the mutants whose name contains "swap"
  MUTATE_ONLY="swap|embargo" make mutate   those whose name contains either

A test run still going after ten minutes (MUTATE_TEST_TIMEOUT, in seconds) has hung: it is
stopped, and the mutant counts as killed ("killed (hung)"), as a suite that never ends fails CI.
"""

import os
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.path.join(ROOT, ".build-mutate", "tree")
SWIFT = os.environ.get("SWIFT", "swift")


class Mutation:
    def __init__(self, name, path, original, replacement, tests, runs=1):
        self.name = name
        self.path = path
        self.original = original
        self.replacement = replacement
        # The suites (a `swift test --filter` pattern) expected to kill it.
        self.tests = tests
        # How many times the tests run before the mutant counts as survived: more than once for
        # a bug that only the kill test's random moments can reach.
        self.runs = runs


ESCAPING = "EscapingTests|ByteEscapingDifferentialTests|HTMLRendererTests|GoldenSiteTests"
ESCAPER = "Sources/CasebookCore/Markdown/String+HTMLEscaping.swift"
JSON = "Sources/CasebookCore/Rendering/Feeds/JSONValue.swift"
ATOM = "Sources/CasebookCore/Rendering/Feeds/AtomFeedRenderer.swift"
SCHEMA = "Sources/CasebookCore/Loading/SchemaReader.swift"
PAGE_CACHE = "Sources/CasebookCore/Incremental/PageCache.swift"
BUILD_CACHE = "Sources/CasebookCore/Incremental/BuildRecord+Keys.swift"
SWAP = "Sources/CasebookCore/Output/OutputWriter+Swap.swift"
WRITER = "Sources/CasebookCore/Output/OutputWriter.swift"
CHECKS = "Sources/CasebookCore/Output/OutputWriter+Checks.swift"
MODEL = "Sources/CasebookCore/Rendering/PageModels/TemplateModel.swift"
RULES = "Sources/CasebookCore/Publishing/PublicationRules.swift"
OPTIONS = "Sources/CasebookCore/Rendering/RenderOptions.swift"
UNKNOWN_KEYS = "UnknownKeyTests|CaseFileDecodingTests|ReleaseDecodingTests|SiteDecodingTests"
EQUIVALENCE = "IncrementalEquivalenceTests|IncrementalBuildTests"
TRANSLATIONS = "Sources/CasebookCore/Loading/TranslationDecoder.swift"
LINKS = "Sources/CasebookCore/Rendering/SiteLinks.swift"
RENDER_PLAN = "Sources/CasebookCore/Rendering/RenderPlan.swift"

MUTATIONS = [
    # Photos and image metadata.
    Mutation("WebP files keep libvips's EXIF chunk", "Sources/CasebookCore/Images/WebPMetadata.swift",
             'else if name != "EXIF", name != "XMP " {', "else {", "ImageMetadataTests"),
    Mutation("a draft's photo is copied as an asset", "Sources/CasebookCore/Rendering/RenderPlan+Images.swift",
             "content.assets.filter { !images.photos.files.contains($0) }", "content.assets", "PhotoTests"),
    Mutation("a case page's fingerprint leaves out its photo", PAGE_CACHE,
             'if let photo = caseFile.photo { combine(assetsFolder + "/" + photo.file, into: &hash) }', "",
             "PhotoTests"),
    Mutation("the orientation tag is ignored in a photo's size", "Sources/CasebookCore/Images/ImageLibrary.swift",
             "width: turned ? height : width, height: turned ? width : height",
             "width: width, height: height", "PhotoTests"),
    # Publication.
    Mutation("embargo ends a second late", RULES,
             "if time <= now { return .published }", "if time < now { return .published }",
             "NoLeakPropertyTests|PublicationRulesTests"),
    Mutation("draft cases are published", RULES,
             "caseFile.draft ? .draft : .published", ".published",
             "NoLeakPropertyTests|PublicationRulesTests"),
    Mutation("review build shows no draft banner", OPTIONS,
             "case .draft: return localization[.bannerDraft]", "case .draft: return nil",
             "NoLeakPropertyTests"),
    Mutation("review build shows no embargo banner", OPTIONS,
             'return localization[.bannerEmbargoed, ["time": localization.time(LocalTime(until, in: zone))]]',
             "_ = until\n            return nil", "NoLeakPropertyTests"),
    # Translations: published only with their original and when not drafts, words only.
    Mutation("draft translations are published", RULES,
             "caseSlugs.contains($0.slug) && !$0.draft", "caseSlugs.contains($0.slug)",
             "NoLeakPropertyTests|PublicationRulesTests"),
    Mutation("translations of hidden releases are published", RULES,
             "releaseSlugs.contains($0.slug) && !$0.draft", "!$0.draft", "NoLeakPropertyTests|PublicationRulesTests"),
    Mutation("a translation may set a fact", TRANSLATIONS,
             "where facts.contains(keyNode.flowText) {", "where facts.isEmpty {", "TranslationDecodingTests"),
    Mutation("untranslated cases link to a page that does not exist", LINKS,
             '(translatedCases.contains(slug) ? folder : "") + Self.casePath(slug)', "folder + Self.casePath(slug)",
             "MultilingualSiteTests"),
    Mutation("a translated page is kept when its original changes", RENDER_PLAN,
             'return ["language \\(edition.frame.language)", originals[slug] ?? "", translations]',
             'return ["language \\(edition.frame.language)", translations]', EQUIVALENCE),
    # Escaping: each character in the one HTML escaper (Markdown and templates alike).
    Mutation("escaper keeps &", ESCAPER,
             'case UInt8(ascii: "&"): replacement = "&amp;"', 'case UInt8(ascii: "&"): replacement = "&"',
             ESCAPING),
    Mutation("escaper keeps <", ESCAPER,
             'case UInt8(ascii: "<"): replacement = "&lt;"', 'case UInt8(ascii: "<"): replacement = "<"',
             ESCAPING),
    Mutation("escaper keeps >", ESCAPER,
             'case UInt8(ascii: ">"): replacement = "&gt;"', 'case UInt8(ascii: ">"): replacement = ">"',
             ESCAPING),
    Mutation("escaper keeps \"", ESCAPER,
             'case UInt8(ascii: "\\""): replacement = "&quot;"',
             'case UInt8(ascii: "\\""): replacement = "\\""', ESCAPING),
    Mutation("escaper keeps '", ESCAPER,
             'case UInt8(ascii: "\'"): replacement = "&#39;"', 'case UInt8(ascii: "\'"): replacement = "\'"',
             ESCAPING),
    # Bits 32 and 34 of the table of bytes that need work in a URL: the space and the double quote.
    Mutation("URLs keep a raw \"", ESCAPER, "let low: UInt64 = 0x5000_00C5_FFFF_FFFF",
             "let low: UInt64 = 0x5000_00C1_FFFF_FFFF", ESCAPING),
    Mutation("URLs keep a raw space", ESCAPER, "let low: UInt64 = 0x5000_00C5_FFFF_FFFF",
             "let low: UInt64 = 0x5000_00C4_FFFF_FFFF", ESCAPING),
    Mutation("JSON keeps \"", JSON, 'case UInt8(ascii: "\\""): output += "\\\\\\"".utf8',
             'case UInt8(ascii: "\\""): output += "\\"".utf8', ESCAPING),
    Mutation("JSON keeps \\", JSON, 'case UInt8(ascii: "\\\\"): output += "\\\\\\\\".utf8',
             'case UInt8(ascii: "\\\\"): output += "\\\\".utf8', ESCAPING),
    Mutation("JSON keeps control characters", JSON,
             'output += ("\\\\u00" + (hex.count == 1 ? "0" + hex : hex)).utf8', "output.append(byte)", ESCAPING),
    Mutation("feed entry title unescaped", ATOM, "<title>\\(entry.title.htmlEscaped)</title>",
             "<title>\\(entry.title)</title>", ESCAPING),
    Mutation("javascript: links are safe", "Sources/CasebookCore/Markdown/LinkResolver+Safety.swift",
             '["javascript:", "vbscript:", "data:", "file:"]', '["vbscript:", "data:", "file:"]',
             "HTMLRendererTests|BodyCheckTests|EscapingTests|MarkdownLintTests"),
    Mutation("a body's report kept for the checks forgets its unsafe links",
             "Sources/CasebookCore/Markdown/MarkdownLint.swift",
             'LinkResolver.isUnsafe(destination) || (destination.hasPrefix("/")', '(destination.hasPrefix("/")',
             "LintCacheTests|BodyCheckTests|ContentLoaderTests"),
    Mutation("a body's report kept for the checks forgets its links to pages",
             "Sources/CasebookCore/Markdown/MarkdownLint.swift",
             '|| (destination.hasPrefix("/") && !destination.hasPrefix("//"))', '|| destination.hasPrefix("//")',
             "LintCacheTests|BodyCheckTests|ContentLoaderTests"),
    Mutation("a photo hashed as Markdown is, its images renamed",
             "Sources/CasebookCore/Support/StableHash.swift",
             'path.hasSuffix(".md") ? checksum(of: bytes[...]) : of(bytes: bytes)', 'checksum(of: bytes[...])',
             "InputSafetyTests|PhotoTests"),
    Mutation("serve fixes its moment on an empty SOURCE_DATE_EPOCH, and never rebuilds for the clock",
             "Sources/CasebookCore/Publishing/Clock.swift",
             'environment["SOURCE_DATE_EPOCH"].map { !$0.isEmpty } == true',
             'environment["SOURCE_DATE_EPOCH"] != nil', "PublicationRulesTests"),
    Mutation("the schedule's JSON writes an empty string where a time has no value",
             "Sources/CasebookCore/Publishing/Schedule.swift",
             "if let value { try container.encode(value) } else { try container.encodeNil() }",
             "if let value { try container.encode(value) } else { try container.encode(\"\") }",
             "PublicationRulesTests"),
    Mutation("fingerprints named in capital hexadecimal digits", "Sources/CasebookCore/Support/StableHash.swift",
             "nibble < 10 ? 0x30 + nibble : 0x57 + nibble", "nibble < 10 ? 0x30 + nibble : 0x37 + nibble",
             "StableHashTests"),
    Mutation("a full date's day written over its month's last digit", "Sources/CasebookCore/Model/PartialDate.swift",
             "put(day, digits: 2, at: 8)", "put(day, digits: 2, at: 6)", "PartialDateTests"),
    Mutation("an output path may end in a dot part", "Sources/CasebookCore/Output/OutputWriter+Swap.swift",
             "        if partLength == 0 || (partIsDots && partLength <= 2) { isSafe = false }\n        return isSafe",
             "        if partLength == 0 { isSafe = false }\n        return isSafe", "OutputWriterTests"),
    Mutation("files listed in the order the folder gives them", "Sources/CasebookCore/Loading/ContentEntry.swift",
             "return (walk.files.map(\\.path).sorted(), walk.problems)",
             "return (walk.files.map(\\.path), walk.problems)", "ContentEntryTests"),
    Mutation("the theme folder left out of the scan that runs while the last state is read",
             "Sources/CasebookCore/Incremental/BuildRecord.swift",
             "[options.contentFolder, options.templatesFolder], confined: [options.contentFolder])",
             "[options.contentFolder], confined: [options.contentFolder])",
             "IncrementalBuildTests|ThemeTests"),
    Mutation("a line with a colon read as plain text, its autolinks lost",
             "Sources/CasebookCore/Markdown/MarkdownParser+Inlines.swift",
             'UInt8(ascii: "|"), UInt8(ascii: ":"),', 'UInt8(ascii: "|"),', "MarkdownParserTests"),
    Mutation("a line with straight quotes read as plain text when they turn typographic",
             "Sources/CasebookCore/Markdown/MarkdownParser+Inlines.swift",
             "if smart, mayChangeTypography(text) { return nil }", "if smart, false { return nil }",
             "MarkdownParserTests"),
    # Unknown keys, at each depth.
    Mutation("unknown keys allowed in nested mappings", SCHEMA,
             "guard schema.keys.contains(key) else {", "guard schema.keys.contains(key) || !keyPath.isEmpty else {",
             UNKNOWN_KEYS),
    Mutation("unknown keys allowed at the top", SCHEMA,
             "guard schema.keys.contains(key) else {", "guard schema.keys.contains(key) || keyPath.isEmpty else {",
             UNKNOWN_KEYS),
    Mutation("unknown keys allowed in timeline entries", SCHEMA,
             "guard schema.keys.contains(key) else {",
             'guard schema.keys.contains(key) || keyPath.hasPrefix("timeline") else {', "UnknownKeyTests"),
    Mutation("unknown keys allowed in UN decisions", SCHEMA,
             "guard schema.keys.contains(key) else {",
             'guard schema.keys.contains(key) || keyPath.hasPrefix("un_decisions") else {', "UnknownKeyTests"),
    Mutation("unknown keys allowed in read_also links", SCHEMA,
             "guard schema.keys.contains(key) else {",
             'guard schema.keys.contains(key) || keyPath.hasPrefix("read_also") else {', "UnknownKeyTests"),
    Mutation("unknown keys allowed in contacts", SCHEMA,
             "guard schema.keys.contains(key) else {",
             'guard schema.keys.contains(key) || keyPath.hasPrefix("contacts") else {', "UnknownKeyTests"),
    # Positions.
    Mutation("body line numbers off by one", "Sources/CasebookCore/Loading/FrontmatterSplitter.swift",
             "body: body, bodyStartLine: line + 1))", "body: body, bodyStartLine: line + 2))",
             "BodyCheckTests|MarkdownLintTests|CaseFileDecodingTests|FrontmatterSplitterTests"),
    Mutation("frontmatter columns counted from 0", "Sources/CasebookCore/Loading/YAMLComposer.swift",
             "SourceLocation(path: path, line: position.line + lineOffset, column: position.column)",
             "SourceLocation(path: path, line: position.line + lineOffset, column: position.column - 1)",
             UNKNOWN_KEYS + "|CommandLineTests"),
    Mutation("columns of a byte that is not UTF-8 counted from 0", "Sources/CasebookCore/Loading/SourceText.swift",
             "line += 1\n                    column = 1\n", "line += 1\n                    column = 0\n",
             "ContentLoaderTests|CommandLineTests|UnknownKeyTests"),
    Mutation("cached key columns counted from 0", "Sources/CasebookCore/Incremental/CacheRecord+Models.swift",
             "int(location.column)", "int(location.column - 1)", "DecodedCacheTests|CommandLineTests"),
    # The output swap.
    Mutation("swap made of two renames 30 ms apart, no recovery", SWAP,
             "            if casebook_exchange_paths(staging, destination) != 0 {\n"
             "                try swapByRenaming()\n"
             "            }\n",
             '            _ = FileSystem.rename(destination, to: staging + "-old")\n'
             "            usleep(30_000)\n"
             "            _ = FileSystem.rename(staging, to: destination)\n"
             '            _ = FileSystem.rename(staging + "-old", to: staging)\n',
             "KillTests"),
    Mutation("the site is assembled in place", CHECKS,
             'besideDestination(destination, suffix: "casebook-staging")', "destination", "KillTests"),
    Mutation("a half-updated spare is trusted", WRITER,
             "generations.spareID != nil && buildID(in: staging) == generations.spareID",
             "generations.spareID != nil", EQUIVALENCE + "|KillTests"),
    Mutation("the marker names the build before the site is whole", WRITER,
             "try Self.writeMarker(Self.markerText, in: staging, isNewFolder: !spareIsWhole)",
             'try Self.writeMarker(Self.markerText + "build \\(buildID)\\n", in: staging, isNewFolder: !spareIsWhole)',
             "InterruptedBuildTests|KillTests"),
    # Not listed: removing `record.forgetLastBuild()` before the swap. A state that outlives a
    # build killed after its swap is never trusted: the up-to-date shortcut and the reuse of pages
    # both require the output's marker to name the state's build, and the spare is reused only
    # when its own marker names the spare the state recorded. Forgetting the state is a second
    # guard behind those two, so no single mutation of it can fail a test.
    # What an incremental build must notice.
    Mutation("read_also left out of a release page's fingerprint", PAGE_CACHE,
             'return fingerprint([release.source.path] + cases + ["read also"] + readAlso + alsoReading)',
             "return fingerprint([release.source.path] + cases + alsoReading)", EQUIVALENCE),
    Mutation("cases left out of a release page's fingerprint", PAGE_CACHE,
             'return fingerprint([release.source.path] + cases + ["read also"] + readAlso + alsoReading)',
             'return fingerprint([release.source.path] + ["read also"] + readAlso + alsoReading)', EQUIVALENCE),
    Mutation("releases naming a case left out of its page's fingerprint", PAGE_CACHE,
             "for source in releasesNaming[caseFile.slug] ?? [] { combine(source, into: &hash) }", "",
             EQUIVALENCE),
    Mutation("related cases left out of a case page's fingerprint", PAGE_CACHE,
             "if let source = caseSources[slug] { combine(source, into: &hash) }", "_ = slug",
             EQUIVALENCE),
    Mutation("list pages fingerprinted without their values", MODEL,
             "            field.hash(self, &hash)\n", "            _ = field\n", EQUIVALENCE),
    Mutation("optional text left out of list page fingerprints", MODEL,
             "hash: { $1.combine(optional: read($0)) }", "hash: { _, _ in }", EQUIVALENCE),
    Mutation("templates left out of the global fingerprint", BUILD_CACHE,
             'path.hasPrefix(templatesPrefix) || path.hasSuffix("/site.yaml")', 'path.hasSuffix("/site.yaml")',
             EQUIVALENCE),
    Mutation("site.yaml left out of the global fingerprint", BUILD_CACHE,
             'path.hasPrefix(templatesPrefix) || path.hasSuffix("/site.yaml")', "path.hasPrefix(templatesPrefix)",
             EQUIVALENCE),
    # Pages, previews and the search index.
    Mutation("a case keeps a withheld case among its related cases", RULES,
             "result.cases[index].related.removeAll { !caseSlugs.contains($0) }", "", "PublicationRulesTests"),
    Mutation("a changed copy of a case changes the case it was copied from",
             "Sources/CasebookCore/Model/CaseFile.swift",
             "if !isKnownUniquelyReferenced(&box) { box = Box(box.facts) }", "",
             "CaseFileValueTests|MultilingualSiteTests"),
    Mutation("a file read back from the cache forgets where its keys were written",
             "Sources/CasebookCore/Incremental/CacheRecord+Models.swift",
             "KeyLocations { Self.locations(in: table, path: path) }", "KeyLocations()",
             "DecodedCacheTests|IncrementalBuildTests"),
    Mutation("the copy of the site deals a top-level folder to two threads",
             "Sources/CasebookCore/Output/OutputMirror.swift",
             "groups[top, default: []].append(path)", "groups[Substring(path), default: []].append(path)",
             "OutputMirrorTests"),
    Mutation("draft pages are published", RULES,
             "page.draft ? .draft : .published", ".published", "NoLeakPropertyTests"),
    Mutation("links to withheld pages are kept", "Sources/CasebookCore/Rendering/SiteLinks.swift",
             "if let first = segments.first, withheldPageSlugs.contains(first) { return nil }", "",
             "NoLeakPropertyTests|PageTests|SiteLinksTests"),
    Mutation("the menu left out of the global fingerprint", BUILD_CACHE,
             'shown += visible.pages.map { "page \\($0.slug) \\($0.menu.map(String.init) ?? "-") \\($0.title)" }',
             'shown += visible.pages.map { "page \\($0.slug)" }', EQUIVALENCE),
    Mutation("review builds get link previews", "Sources/CasebookCore/Rendering/PageModels/Layout.swift",
             "if let canonical, !context.options.isReview {", "if let canonical {",
             "LinkPreviewTests|GoldenSiteTests"),
    Mutation("the search index folds no Cyrillic", "Sources/CasebookCore/Rendering/Search/SearchFolding.swift",
             "let mapped = latinSpellings[only.value]", "let mapped = latinSpellings[only.value], false",
             "SearchIndexTests|GoldenSiteTests"),
    Mutation("the search index keeps repeated words", "Sources/CasebookCore/Rendering/Search/FoldedWords.swift",
             "if !kept.insert(start: start, length: length, head: head, hash: hash, in: buffer) {", "if false {",
             "SearchIndexTests|GoldenSiteTests"),
    Mutation("the search index reads a colon as a digit", "Sources/CasebookCore/Rendering/Search/FoldedWords.swift",
             "~(raised &- ones &* 0x3A)", "~(raised &- ones &* 0x3B)", "FoldedWordsTests"),
    Mutation("the search index reads { as a letter", "Sources/CasebookCore/Rendering/Search/FoldedWords.swift",
             "~(lowered &- ones &* 0x7B)", "~(lowered &- ones &* 0x7C)", "FoldedWordsTests"),
    Mutation("the search index skips the byte after a word's separator",
             "Sources/CasebookCore/Rendering/Search/FoldedWords.swift",
             "                endWord()\n                index &+= 1", "                endWord()\n                index &+= 2",
             "FoldedWordsTests"),
    Mutation("a body's HTML loses a byte it takes out from the middle", "Sources/CasebookCore/Markdown/ByteOutput.swift",
             "memmove(base + index, base + index + 1, count - index - 1)",
             "memmove(base + index, base + index + 1, max(count - index - 2, 0))", "ByteOutputTests"),
    Mutation("a date's fingerprint leaves out its form", MODEL,
             'hash.combine(afterPreposition ? "after a preposition" : "alone")', "", "DateTextTests"),
    Mutation("translated pages forget the other translations they name", PAGE_CACHE,
             'return "files " + hash.hex', 'return "files"', EQUIVALENCE),
    Mutation("the search index keeps a changed file's old words", "Sources/CasebookCore/Incremental/SearchWordsCache.swift",
             'fileHashes[path].map { path + " " + $0 }', "fileHashes[path].map { _ in path }",
             "IncrementalBuildTests"),
    # Text laid out over bytes.
    Mutation("wrapped lines lose the soft break of format=flowed",
             "Sources/CasebookCore/Markdown/TextWrapper+Lines.swift",
             "            line.append(contentsOf: softBreak)\n", "", "TextWrapperTests|MailTests"),
    Mutation("a preview's cut keeps a word that passes the limit",
             "Sources/CasebookCore/Rendering/PageModels/LinkPreview.swift",
             "if characters <= limit - 1 { wordsEnd = line.count }", "if characters <= limit { wordsEnd = line.count }",
             "LinkPreviewTests"),
    # cmark-gfm's arena.
    Mutation("every thread parses into one arena", "Sources/CCmarkArena/cmark_arena.c",
             'static _Thread_local arena local __attribute__((tls_model("initial-exec")));', "static arena local;",
             "MarkdownArenaTests"),
    Mutation("a parse keeps its memory", "Sources/CCmarkArena/cmark_arena.c",
             "        free_chunk(local.current);\n", "", "MarkdownArenaTests"),
    Mutation("blocks freed during a parse are never reused", "Sources/CCmarkArena/cmark_arena.c",
             "        if (local.depth == 0) return;\n", "        return;\n", "MarkdownArenaTests"),
]


# A test run that takes longer than this has hung (a mutant can make threads wait for ever,
# or spin on memory they corrupted): it is stopped, and counts as failing.
TEST_TIMEOUT = int(os.environ.get("MUTATE_TEST_TIMEOUT", "600"))


def run(command, cwd, quiet=True, timeout=None):
    """The command's exit status and output; None for the status when it ran past `timeout`
    seconds, after which it and every process it started are stopped."""
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE if quiet else None,
                               stderr=subprocess.STDOUT if quiet else None, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        return None, (output or "")
    return process.returncode, (output or "")


def sync_tree():
    """Copies the working tree (tracked and untracked, not ignored) into the scratch folder,
    rewriting only the files that differ so that the scratch build stays incremental."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, stdout=subprocess.PIPE, check=True).stdout.decode().split("\0")
    wanted = {path for path in listed if path and os.path.isfile(os.path.join(ROOT, path))}
    os.makedirs(SCRATCH, exist_ok=True)
    for folder, folders, files in os.walk(SCRATCH):
        relative_folder = os.path.relpath(folder, SCRATCH)
        if relative_folder == "." and ".build" in folders:
            folders.remove(".build")
        for name in files:
            relative = os.path.normpath(os.path.join(relative_folder, name))
            if relative not in wanted:
                os.remove(os.path.join(folder, name))
    for path in wanted:
        source, target = os.path.join(ROOT, path), os.path.join(SCRATCH, path)
        with open(source, "rb") as file:
            data = file.read()
        if os.path.exists(target):
            with open(target, "rb") as file:
                if file.read() == data:
                    continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as file:
            file.write(data)


def build_and_test(tests, runs=1):
    code, log = run([SWIFT, "build", "--build-tests"], SCRATCH)
    if code != 0:
        return "does not compile", log
    command = [SWIFT, "test", "--skip-build"]
    if tests:
        command += ["--filter", tests]
    for _ in range(runs):
        code, log = run(command, SCRATCH, timeout=TEST_TIMEOUT)
        if code is None:
            return "hangs", log
        if code != 0:
            return "fails", log
    return "passes", log


def main():
    full = os.environ.get("MUTATE_FULL") == "1"
    only = os.environ.get("MUTATE_ONLY", "")
    # Several words may be given, split by "|": a mutant is run when its name contains any.
    words = [word.lower() for word in only.split("|")]
    mutations = [m for m in MUTATIONS if any(word in m.name.lower() for word in words)]
    # Every mutation's text must still be where the list says, exactly once.
    moved = []
    for mutation in mutations:
        with open(os.path.join(ROOT, mutation.path), encoding="utf-8") as file:
            count = file.read().count(mutation.original)
        if count != 1:
            moved.append(f"{mutation.name}: its text occurs {count} times in {mutation.path}")
    if moved:
        print("The code moved; update scripts/mutate.py:\n  " + "\n  ".join(moved))
        return 2

    sync_tree()
    everything = "|".join(sorted({m.tests for m in mutations}))
    print(f"Baseline: the unmutated tree in {os.path.relpath(SCRATCH, ROOT)} ...", flush=True)
    outcome, log = build_and_test(None if full else everything)
    if outcome != "passes":
        print(log[-4000:])
        print(f"The unmutated tree {outcome}; fix that first.")
        return 2

    survived, broken = [], []
    for number, mutation in enumerate(mutations, 1):
        path = os.path.join(SCRATCH, mutation.path)
        with open(path, encoding="utf-8") as file:
            original = file.read()
        started = time.time()
        try:
            with open(path, "w", encoding="utf-8") as file:
                file.write(original.replace(mutation.original, mutation.replacement, 1))
            outcome, log = build_and_test(None if full else mutation.tests, mutation.runs)
        finally:
            with open(path, "w", encoding="utf-8") as file:
                file.write(original)
        verdict = {
            "fails": "killed", "hangs": "killed (hung)", "passes": "SURVIVED",
            "does not compile": "DOES NOT COMPILE",
        }[outcome]
        print(f"[{number}/{len(mutations)}] {verdict:<16} {mutation.name} ({time.time() - started:.0f} s)",
              flush=True)
        if outcome == "passes":
            survived.append(mutation.name)
        elif outcome == "does not compile":
            broken.append(mutation.name)
            print(log[-2000:])

    killed = len(mutations) - len(survived) - len(broken)
    print(f"\n{killed} of {len(mutations)} mutants killed"
          + (" (whole suite)" if full else " (each by the suites named with it)"))
    for name in survived:
        print(f"  survived: {name}")
    for name in broken:
        print(f"  does not compile: {name}")
    return 1 if survived or broken else 0


if __name__ == "__main__":
    sys.exit(main())
