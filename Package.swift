// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "kume",
    products: [
        .executable(name: "kume", targets: ["KumeCLI"]),
        .executable(name: "kume-bench", targets: ["KumeBench"]),
        .library(name: "Kume", targets: ["Kume"]),
        .library(name: "KumeGeo", targets: ["KumeGeo"]),
        .library(name: "KumeGDAL", targets: ["KumeGDAL"]),
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
            name: "CGDAL",
            pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev", "pkg-config"])]
        ),
        .systemLibrary(
            name: "CLAPACK",
            pkgConfig: "lapack",
            providers: [.apt(["liblapack-dev", "pkg-config"])]
        ),
        // Layer 2: the only Swift that touches C.
        .target(name: "KumeGeo", dependencies: ["CGEOS", "CPROJ"]),
        .target(name: "KumeGDAL", dependencies: ["CGDAL"]),
        .target(name: "KumePostgres", dependencies: ["CLibPQ"]),
        .target(name: "KumeLAPACK", dependencies: ["CLAPACK"]),
        // Layer 3: the domain, one target per layer, each importing only the ones below it
        // (ARCHITECTURE.md). The reference tables, calls and planted clusters under data/ are embedded
        // into the binary at build time; they sit in their own target so that changing kume's code never
        // recompiles them.
        .target(
            name: "KumeResources",
            resources: [
                .embedInCode("tables/member_types.csv"),
                .embedInCode("tables/nace_rev2.csv"),
                .embedInCode("tables/nace_rev2_tr.csv"),
                .embedInCode("tables/tr_chambers_of_industry.csv"),
                .embedInCode("tables/tr_district_points.csv"),
                .embedInCode("tables/tr_districts.csv"),
                .embedInCode("tables/tr_provinces.csv"),
                .embedInCode("calls/2017-3.json"),
                .embedInCode("calls/2023-4.json"),
                .embedInCode("synthetic/planted_clusters.csv"),
            ]
        ),
        // Members, rosters, registries, reference tables, calls and plans, text and file primitives.
        .target(name: "KumeData", dependencies: ["KumeGeo", "KumeGDAL", "KumePostgres", "KumeResources"]),
        // Economic geography, boundary files, administrative places, display simplification, GeoJSON.
        .target(name: "KumeGeography", dependencies: ["KumeData", "KumeGeo", "KumeGDAL", "KumePostgres"]),
        // Regional and distance-based concentration, relatedness, detection, the synthetic registry.
        .target(name: "KumeAnalytics", dependencies: ["KumeData", "KumeGeo", "KumeLAPACK", "KumeResources"]),
        // The programme's rules, the workflows (cluster check, candidate search) and the reports.
        .target(name: "Kume", dependencies: ["KumeData", "KumeGeography", "KumeAnalytics", "KumeGeo", "KumePostgres"]),
        // Layer 4: the thin command-line tool.
        .executableTarget(
            name: "KumeCLI",
            dependencies: ["Kume", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The kume side of the benchmarks under scripts/bench/.
        .executableTarget(
            name: "KumeBench",
            dependencies: ["Kume", "KumeGDAL", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Test support only: a throwaway PostgreSQL/PostGIS cluster.
        .target(name: "KumePostgresTesting"),
        .testTarget(name: "KumePostgresTestingTests", dependencies: ["KumePostgresTesting"]),
        .testTarget(name: "KumePostgresTests", dependencies: ["KumePostgres", "KumePostgresTesting"]),
        // Test support: headless Chromium over the DevTools pipe, for the tests of HTML reports.
        .target(name: "HeadlessChromium", path: "Tests/Support/HeadlessChromium"),
        .testTarget(name: "HeadlessChromiumTests", dependencies: ["HeadlessChromium"]),
        // Tests mirror the targets; the domain's reference fixtures are shared in Tests/Fixtures.
        .testTarget(name: "KumeGeoTests", dependencies: ["KumeGeo"], exclude: ["Fixtures"]),
        .testTarget(name: "KumeGDALTests", dependencies: ["KumeGDAL"]),
        .testTarget(name: "KumeDataTests", dependencies: ["KumeData", "KumeGDAL", "KumeResources", "KumePostgres", "KumePostgresTesting"]),
        .testTarget(name: "KumeGeographyTests", dependencies: ["KumeGeography", "KumeGDAL", "KumeResources", "KumePostgres", "KumePostgresTesting"]),
        .testTarget(name: "KumeAnalyticsTests", dependencies: ["KumeAnalytics", "KumeLAPACK", "KumeResources"]),
        .testTarget(name: "KumeTests", dependencies: ["Kume", "HeadlessChromium", "KumePostgresTesting"]),
        .testTarget(name: "KumeCLITests", dependencies: ["KumeCLI", "KumePostgres", "KumePostgresTesting", "HeadlessChromium"]),
    ],
    swiftLanguageModes: [.v6]
)
