// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casebook",
    platforms: [.macOS(.v14)],
    products: [.executable(name: "casebook", targets: ["casebook"])],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // Debian's cmark-gfm, found through pkg-config; only Markdown/MarkdownParser.swift imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Debian's libyaml, found through pkg-config; only Loading/YAMLParser.swift imports it.
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Debian's libvips (libvips-dev), opened on first use rather than linked (CVips/vips.c
        // says why); only Images/ImageLibrary.swift imports it. Its header includes GLib's, whose
        // folders are given as Debian lays them out: pkg-config's flags would link libvips too.
        .target(
            name: "CVips",
            cSettings: [
                .unsafeFlags([
                    "-I/usr/include/glib-2.0", "-I/usr/lib/x86_64-linux-gnu/glib-2.0/include",
                    "-I/usr/lib/aarch64-linux-gnu/glib-2.0/include",
                ])
            ],
            linkerSettings: [.linkedLibrary("dl")]
        ),
        // zlib, to read the parts of DOCX and ODT files; only Checking/Documents/Inflater.swift imports it.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // One C function: the atomic directory swap that Glibc hides from Swift.
        .target(name: "CSystemShims"),
        // Lets cmark-gfm parse on several threads (see its one source file). The program must
        // export the function that file defines so that cmark-gfm's calls reach it.
        .target(
            name: "CCmarkThreads",
            linkerSettings: [
                .unsafeFlags(
                    ["-Xlinker", "--export-dynamic-symbol=cmark_manage_extensions_special_characters"],
                    .when(platforms: [.linux]))
            ]
        ),
        // The allocator each Markdown parse gives cmark-gfm: one arena per thread, released at once
        // (see its one source file).
        .target(name: "CCmarkArena"),
        // The built-in theme's partials, apart because embedded files are named by file name alone.
        .target(name: "CasebookThemePartials", resources: [.embedInCode("partials")]),
        .target(
            name: "CasebookCore",
            dependencies: [
                "CasebookThemePartials",
                "CCmarkArena",
                "CCmarkGFM",
                "CCmarkThreads",
                "CSystemShims",
                "CVips",
                "CYAML",
                "CZlib",
            ],
            // The built-in theme, compiled into the binary as bytes (Loading/BuiltinTheme.swift).
            resources: [.embedInCode("Resources/Theme")],
            // The ICU inside Foundation, whose plural rules Rendering/Localization/PluralRules.swift
            // calls: a static build links it with Foundation, a shared one must name it.
            linkerSettings: [.linkedLibrary("_FoundationICU")]
        ),
        // `casebook serve`: the HTTP preview server, kept apart from the pipeline's stages.
        .target(
            name: "CasebookServe",
            dependencies: [
                "CasebookCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore",
                "CasebookServe",
                "CSystemShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Fewer pages of the program are read at start, which every build pays in memory:
            // relative relocations packed (glibc 2.36 applies them; ld.gold cannot write them, the
            // toolchain's lld can), and no table of every Swift symbol for the dynamic linker.
            linkerSettings: [
                .unsafeFlags(
                    [
                        "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker",
                        "--no-export-dynamic",
                    ], .when(platforms: [.linux]))
            ]
        ),
        // Declares libFuzzer's driver, which only the fuzz build links (`-sanitize=fuzzer`).
        .systemLibrary(name: "CLibFuzzer"),
        // The libFuzzer target over one file's load → check → render (`make fuzz`, docs/fuzzing.md).
        .executableTarget(name: "CasebookFuzz", dependencies: ["CasebookFuzzing", "CLibFuzzer"]),
        // What one fuzz input goes through, shared by CasebookFuzz and the tests.
        .target(name: "CasebookFuzzing", dependencies: ["CasebookCore"]),
        .testTarget(
            name: "CasebookCoreTests",
            // swift-mustache renders the same templates as the reference the compiler is checked against.
            dependencies: [
                "CasebookCore", "CasebookFuzzing", "CasebookServe",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
