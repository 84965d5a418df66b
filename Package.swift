// swift-tools-version: 6.0
import PackageDescription

/// Compute and Learning hold the hot loops that tests train through; they are optimised even in
/// debug builds so `swift test` stays fast (unsafe flags are allowed in a root package).
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

/// Compute's own loops (im2col, element-wise kernels, reductions) are compiled for the CPU that
/// builds them, so they use its widest vectors (AVX2/AVX-512 here instead of baseline SSE2). The
/// project is always built where it runs; IEEE results are unchanged, since Swift never reorders
/// or fuses floating-point operations without being told to.
let nativeVectors: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "native"], .when(platforms: [.linux]))]

/// The interpreter's state (current frame, globals, call depth) lives in class properties that its
/// hottest paths read and write on every step; release builds skip the run-time exclusivity checks
/// of those accesses, while debug builds (and so the test suite) keep them and trap on a conflict.
/// They also keep LLVM from merging functions: compiled code is many specialisations of the same
/// closures (one per operator rule, operand or condition kind), which the merge pass would fold
/// into one body that reaches the differing part by an indirect call, behind a thunk per closure,
/// so that every step of compiled code would make two or three calls where it makes one.
let interpreterSpeed: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-disable-llvm-merge-functions-pass"], .when(configuration: .release)),
]

let package = Package(
    name: "notebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "notebook", targets: ["notebook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        // ---- C system libraries (Debian -dev packages, found through pkg-config; see `make deps`) ----
        .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(name: "CProcessorHints"),

        // ---- libraries, in data-flow order ----
        .target(name: "Compute", dependencies: [
            .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
            .target(name: "CMalloc", condition: .when(platforms: [.linux])),
            "CProcessorHints",
        ], swiftSettings: optimisedInDebug + nativeVectors),
        .target(name: "Datasets", dependencies: [
            "Compute", "CZlib", .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: optimisedInDebug),
        .target(name: "Learning", dependencies: ["Compute", "Datasets"], swiftSettings: optimisedInDebug),
        // libpng reports errors by longjmp, which must not cross Swift frames: a small C target owns it.
        .target(name: "CPNGBridge", dependencies: ["CPNG"]),
        .target(name: "Graphics", dependencies: ["CCairo", "CPNGBridge"], swiftSettings: optimisedInDebug),
        .target(name: "Language", dependencies: [
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftParserDiagnostics", package: "swift-syntax"),
            .product(name: "SwiftDiagnostics", package: "swift-syntax"),
        ], swiftSettings: interpreterSpeed),
        .target(name: "Report", dependencies: [
            "CCmarkGFM",
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftIDEUtils", package: "swift-syntax"),
        ], resources: [.copy("templates")]),
        // The host library cells call: binding domains, display conversion, progress reporting.
        .target(name: "Builtins", dependencies: [
            "Language", "Compute", "Datasets", "Learning", "Graphics", "Report",
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "Notebook", dependencies: [
            "Language", "Compute", "Builtins", "Report",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftParser", package: "swift-syntax"),
        ]),
        // `notebook preview`: the output folder served on 127.0.0.1, re-run on save, pages reloaded.
        .target(name: "Preview", dependencies: ["Notebook", "Builtins", "Report", .product(name: "FlyingFox", package: "FlyingFox")]),
        .executableTarget(name: "notebook", dependencies: [
            "Compute", "Builtins", "Notebook", "Report", "Preview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // ---- the article's two models, trained by tests and benchmarks ----
        .target(name: "ArticleFixtures", dependencies: ["Compute", "Learning"], path: "Tests/ArticleFixtures"),

        // ---- benchmarks (`make bench`, release) ----
        .executableTarget(name: "notebook-bench",
                          dependencies: ["Compute", "Datasets", "Learning", "Graphics", "Language", "Notebook", "ArticleFixtures"],
                          path: "Benchmarks/NotebookBench"),

        // ---- tests: one target per library ----
        .testTarget(name: "ComputeTests", dependencies: ["Compute"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets"]),
        .testTarget(name: "LearningTests", dependencies: ["Learning", "ArticleFixtures"]),
        .testTarget(name: "GraphicsTests", dependencies: ["Graphics"]),
        // Conformance/ holds plain Swift programs that the conformance test compiles with swiftc.
        .testTarget(name: "LanguageTests", dependencies: ["Language"], exclude: ["Conformance"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Notebook", "Builtins"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Builtins", "Language", "Compute", "Graphics", "Report", "Learning"]),
    ],
    swiftLanguageModes: [.v5]
)
