import ArgumentParser
import Foundation
import Kume
import KumeGeo

/// `kume-bench boundaries`: times locating points in Türkiye's districts, for `scripts/bench/boundaries`,
/// which runs shapely's STRtree on the same points and polygons.
///
/// The input is little-endian float64 longitude, latitude pairs (WGS84). Prints `operation,n,seconds` lines:
/// `read` (shapefile + DBF), `build` (validate districts and union provinces on `--tasks` tasks), `index` (prepared districts
/// and STRtree: what the peer's tree build does), and `locate` (the fastest of `--repeat` runs of locating
/// every point with `--tasks` concurrent locators, each building its own index). With `--answers FILE`
/// the district index of each point (-1 outside) is written as little-endian int32, for comparison.
struct Boundaries: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times locating longitude, latitude points in Türkiye's districts.")

    @Option(help: "Binary file of float64 longitude, latitude pairs (WGS84).")
    var input: String

    @Option(help: "The folder holding tur_polbna_adm2.* (default: found as kume finds it).")
    var boundaries: String?

    @Option(help: "Concurrent locators, each with its own GEOS context and index.")
    var tasks = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Runs of the locate step; the fastest is reported.")
    var `repeat` = 3

    @Option(help: "Writes each point's district index (int32 LE, -1 outside) to this file.")
    var answers: String?

    func validate() throws {
        if tasks < 1 { throw ValidationError("'--tasks' must be at least 1") }
        if `repeat` < 1 { throw ValidationError("'--repeat' must be at least 1") }
    }

    func run() async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: input))
        let points = data.withUnsafeBytes { raw in
            (0..<(raw.count / 16)).map { index in
                Coordinate(
                    longitude: Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * index, as: UInt64.self))),
                    latitude: Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * index + 8, as: UInt64.self))))
            }
        }
        let directory = try BoundaryLocator(explicitDirectory: boundaries).locate()

        var clock = ContinuousClock.now
        let records = try DistrictFile.read(directory: directory)
        print("read,\(records.count),\(Self.seconds(since: clock))")
        clock = ContinuousClock.now
        let administrative = try await AdministrativeBoundaries.build(records: records, tasks: tasks)
        print("build,\(records.count),\(Self.seconds(since: clock))")
        clock = ContinuousClock.now
        _ = try PlaceLocator(boundaries: administrative)
        print("index,\(records.count),\(Self.seconds(since: clock))")

        var best = Double.infinity
        var located: [Int?] = []
        for _ in 0..<`repeat` {
            clock = ContinuousClock.now
            located = try await PlaceLocator.locateInParallel(points, boundaries: administrative, tasks: tasks)
            best = min(best, Self.seconds(since: clock))
        }
        guard located.count == points.count else { throw ValidationError("located \(located.count) of \(points.count) points") }
        print("locate,\(points.count),\(best)")
        if let answers {
            var bytes = [UInt8]()
            bytes.reserveCapacity(4 * located.count)
            for index in located {
                withUnsafeBytes(of: Int32(index ?? -1).littleEndian) { bytes += $0 }
            }
            try Data(bytes).write(to: URL(fileURLWithPath: answers))
        }
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
