// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kume",
    products: [
        .executable(name: "kume", targets: ["KumeCLI"]),
        .executable(name: "kume-bench", targets: ["KumeBench"]),
        .library(name: "Kume", targets: ["Kume"]),
        .library(name: "KumeGeo", targets: ["KumeGeo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Layer 1: C system libraries (module map + shim header only).
        .systemLibrary(
            name: "CGEOS",
            pkgConfig: "geos",
            providers: [.apt(["libgeos-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev", "proj-data", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev", "pkg-config"])]
        ),
        // Layer 2: the only Swift that touches C.
        .target(name: "KumeGeo", dependencies: ["CGEOS", "CPROJ"]),
        .target(name: "KumePostgres", dependencies: ["CLibPQ"]),
        // Layer 3: the domain, one folder per concern.
        .target(name: "Kume", dependencies: ["KumeGeo"]),
        // Layer 4: the thin command-line tool.
        .executableTarget(
            name: "KumeCLI",
            dependencies: ["Kume", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The kume side of the benchmarks under scripts/bench/.
        .executableTarget(
            name: "KumeBench",
            dependencies: ["Kume", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Test support only: a throwaway PostgreSQL/PostGIS cluster.
        .target(name: "KumePostgresTesting"),
        .testTarget(name: "KumePostgresTestingTests", dependencies: ["KumePostgresTesting"]),
        .testTarget(name: "KumePostgresTests", dependencies: ["KumePostgres", "KumePostgresTesting"]),
        .testTarget(name: "KumeGeoTests", dependencies: ["KumeGeo"], exclude: ["Fixtures"]),
        .testTarget(name: "KumeTests", dependencies: ["Kume"], exclude: ["Fixtures"]),
        .testTarget(name: "KumeCLITests", dependencies: ["KumeCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
