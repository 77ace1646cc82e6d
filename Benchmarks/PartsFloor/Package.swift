// swift-tools-version:6.0
import PackageDescription

// The parts floor (Benchmarks/README.md): the least a build that uses Casebook's parts can cost.
// A package of its own so that `make bench` alone builds it; it shares nothing with CasebookCore.
let package = Package(
    name: "PartsFloor",
    dependencies: [
        // The same libraries, from the same versions, as Casebook's Package.swift.
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm"),
        .executableTarget(
            name: "parts-floor",
            dependencies: [
                "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            path: "Sources/PartsFloor"
        ),
    ],
    swiftLanguageModes: [.v6]
)
