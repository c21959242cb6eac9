import Foundation
import Testing
@testable import KumeGeography

/// Shared access to the district polygons and the committed reference fixtures for the boundary tests.
///
/// The polygons are not in the repository (their source allows humanitarian use only): when
/// `boundaries/` is missing, the first test that needs them runs `scripts/fetch-boundaries`. Tests that
/// need the polygons are disabled, with a message saying so, only when that fetch fails.
enum BoundaryTestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Tests/Fixtures/boundaries/`.
    static let fixtures = repositoryRoot + "/Tests/Fixtures/boundaries"

    /// The folder holding the polygons, fetching them first when needed; nil when the fetch failed.
    static let boundaryDirectory: String? = {
        let directory = repositoryRoot + "/boundaries"
        if BoundaryLocator.holdsBoundaries(directory) { return directory }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: repositoryRoot + "/scripts/fetch-boundaries")
        process.arguments = [directory]
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return nil
        }
        return process.terminationStatus == 0 && BoundaryLocator.holdsBoundaries(directory) ? directory : nil
    }()

    /// Whether the polygons are available.
    static var available: Bool { boundaryDirectory != nil }

    /// The message shown when tests are disabled for lack of polygons.
    static let unavailableMessage: Comment =
        "the district polygons are missing and scripts/fetch-boundaries failed (it needs pip and network access)"

    /// The path of a full-resolution boundary file with the given extension.
    static func fullPath(_ fileExtension: String) throws -> String {
        guard let directory = boundaryDirectory else { throw MissingBoundaries() }
        return directory + "/tur_polbna_adm2." + fileExtension
    }

    /// The districts, read once for all tests.
    static let districts: Result<[DistrictRecord], BoundaryError>? = {
        guard let directory = boundaryDirectory else { return nil }
        do throws(BoundaryError) {
            return .success(try DistrictFile.read(directory: directory))
        } catch {
            return .failure(error)
        }
    }()

    /// The districts, or the reading error.
    static func readDistricts() throws -> [DistrictRecord] {
        guard let result = districts else { throw MissingBoundaries() }
        return try result.get()
    }

    /// The administrative boundaries, built once for all tests.
    static let boundaries: Result<AdministrativeBoundaries, BoundaryError>? = {
        guard let districts = districts else { return nil }
        do throws(BoundaryError) {
            return .success(try AdministrativeBoundaries(records: try districts.get()))
        } catch {
            return .failure(error)
        }
    }()

    /// The administrative boundaries, or the building error.
    static func administrativeBoundaries() throws -> AdministrativeBoundaries {
        guard let result = boundaries else { throw MissingBoundaries() }
        return try result.get()
    }

    /// Reads a committed CSV fixture (no quoted fields) as dictionaries keyed by header.
    static func fixtureRows(_ name: String) throws -> [[String: String]] {
        try csvRows(String(contentsOfFile: fixtures + "/" + name, encoding: .utf8))
    }

    /// Parses CSV text without quoted fields into dictionaries keyed by header.
    static func csvRows(_ text: String) -> [[String: String]] {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init) else {
            return []
        }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    /// The 973 district interior points of `data/tables/tr_district_points.csv`.
    static func districtPoints() throws -> [[String: String]] {
        try csvRows(String(contentsOfFile: repositoryRoot + "/data/tables/tr_district_points.csv", encoding: .utf8))
    }
}

/// Thrown when a test needs the polygons but they could not be fetched.
struct MissingBoundaries: Error, CustomStringConvertible {
    var description: String { "the district polygons are missing: run scripts/fetch-boundaries" }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for reproducible test points.
struct BoundaryTestGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) from the top 53 bits.
    mutating func nextUnit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
