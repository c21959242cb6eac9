import ArgumentParser
import Foundation
import KumeGeo

/// `kume-bench geo`: times one GEOS/PROJ operation of the KumeGeo layer on a binary input, for
/// `scripts/bench/geo`, which runs shapely and pyproj on the same files.
///
/// Inputs are little-endian float64 pairs (x, y), one pair per point. Only the operation is timed (reading
/// the file is not); the fastest of `--repeat` runs is printed as `operation,n,seconds`.
struct Geo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times a KumeGeo operation (GEOS/PROJ) on a binary file of float64 x, y pairs.")

    /// The operations `scripts/bench/geo` compares with shapely and pyproj.
    enum Operation: String, ExpressibleByArgument, CaseIterable {
        /// Longitude, latitude (WGS84) to UTM 36N (EPSG:32636) in one bulk transform.
        case project
        /// The same transform split over two tasks, each with its own PROJ context (`Transformer.transform`).
        case projectParallel = "project-parallel"
        /// Multipoint from the points, then its convex hull.
        case convexHull = "convex-hull"
        /// Multipoint from the points, then its concave hull (ratio 0.3, no holes).
        case concaveHull = "concave-hull"
        /// A 2 km buffer (8 segments per quadrant) around each point, then the unary union of all buffers.
        case bufferUnion = "buffer-union"
        /// Prepared point-in-polygon ("contains") of every point against the polygon in `--polygon`.
        case pointInPolygon = "point-in-polygon"
        /// Every operation once, plus the error paths, on small inputs: what `scripts/sanitize` runs under
        /// valgrind.
        case smoke
    }

    @Option(help: "The operation to time: \(Operation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var operation: Operation

    @Option(help: "Binary file of float64 x, y pairs (points).")
    var input: String

    @Option(help: "Binary file of float64 x, y pairs: the polygon's closed ring (point-in-polygon only).")
    var polygon: String?

    @Option(help: "Runs per operation; the fastest is reported.")
    var `repeat` = 3

    func validate() throws {
        if operation == .pointInPolygon || operation == .smoke, polygon == nil {
            throw ValidationError("'--polygon' is required for '\(operation.rawValue)': pass the ring file")
        }
        if `repeat` < 1 { throw ValidationError("'--repeat' must be at least 1") }
    }

    func run() throws {
        let points = try Self.read(input)
        let ring = try polygon.map(Self.read) ?? []
        if operation == .smoke {
            try Self.smoke(points: points, ring: ring)
            return
        }
        var best = Double.infinity
        for _ in 0..<`repeat` {
            let started = ContinuousClock.now
            try Self.perform(operation, points: points, ring: ring)
            let elapsed = ContinuousClock.now - started
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        print("\(operation.rawValue),\(points.count),\(best)")
    }

    /// Runs `operation` once; results are checked for plausibility so the work cannot be skipped.
    static func perform(_ operation: Operation, points: [Coordinate], ring: [Coordinate]) throws {
        switch operation {
        case .project:
            let context = try ProjectionContext()
            let projected = try Transformer(from: .wgs84, to: .epsg(32636), in: context).forward(points)
            guard projected.count == points.count else { throw BenchError("projection lost points") }
        case .projectParallel:
            let projected = try blocking {
                try await Transformer.transform(points, from: .wgs84, to: .epsg(32636), tasks: 2)
            }
            guard projected.count == points.count else { throw BenchError("projection lost points") }
        case .convexHull:
            let context = try GeometryContext()
            let hull = try Geometry.multiPoint(points, in: context).convexHull()
            guard try hull.area() > 0 else { throw BenchError("empty convex hull") }
        case .concaveHull:
            let context = try GeometryContext()
            let hull = try Geometry.multiPoint(points, in: context).concaveHull(ratio: 0.3, allowHoles: false)
            guard try hull.area() > 0 else { throw BenchError("empty concave hull") }
        case .bufferUnion:
            let context = try GeometryContext()
            let buffers = try points.map { try Geometry.point($0, in: context).buffer(distance: 2_000) }
            let union = try Geometry.collection(buffers, as: .multiPolygon, in: context).unaryUnion()
            guard try union.area() > 0 else { throw BenchError("empty union") }
        case .pointInPolygon:
            let context = try GeometryContext()
            let prepared = try Geometry.polygon(shell: ring, in: context).prepared()
            let inside = try prepared.contains(points: points)
            guard inside.count == points.count else { throw BenchError("lost points") }
        case .smoke:
            try smoke(points: points, ring: ring)
        }
    }

    /// Every operation once, plus every error path, for memory checkers.
    static func smoke(points: [Coordinate], ring: [Coordinate]) throws {
        for operation in Operation.allCases where operation != .smoke {
            try perform(operation, points: points, ring: ring)
        }
        let context = try GeometryContext()
        let square = try Geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", in: context)
        _ = try Geometry(wkb: try square.wkb(), in: context).wkt(decimals: 3)
        _ = try square.buffer(distance: 0.1).snappedToGrid(gridSize: 0.01).polygons().orientedForRFC7946()
        _ = try STRtree((0..<50).map { try square.part(0).buffer(distance: Double($0)) }, in: context)
            .nearest(to: square.centroid())
        var failures = 0
        do { _ = try Geometry(wkt: "POLYGON ((0 0, 1", in: context) } catch is GeometryError { failures += 1 }
        let overlapping = try Geometry(
            wkt: "GEOMETRYCOLLECTION (POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0)), POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1)))",
            in: context)
        do { _ = try overlapping.contains(square) } catch is GeometryError { failures += 1 }
        let projection = try ProjectionContext()
        do { _ = try Transformer(from: .wgs84, to: .epsg(999_999), in: projection) } catch is ProjectionError {
            failures += 1
        }
        let utm = try Transformer(from: .wgs84, to: .epsg(32636), in: projection)
        do { _ = try utm.forward([Coordinate(longitude: 33, latitude: 95)]) } catch is ProjectionError { failures += 1 }
        _ = try LocalProjection.equalArea(around: Array(points.prefix(100)))
        guard failures == 4 else { throw BenchError("expected 4 failures, saw \(failures)") }
        print("smoke,\(points.count),ok")
    }

    /// Reads little-endian float64 x, y pairs.
    static func read(_ path: String) throws -> [Coordinate] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard data.count % 16 == 0 else {
            throw ValidationError("\(path): \(data.count) bytes is not a whole number of float64 x, y pairs")
        }
        return data.withUnsafeBytes { bytes in
            (0..<(data.count / 16)).map { index in
                Coordinate(
                    x: Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 16, as: UInt64.self))),
                    y: Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 16 + 8, as: UInt64.self))))
            }
        }
    }
}

/// Runs async work from this synchronous command and waits for it (the root command is synchronous).
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.value = .success(try await work()) } catch { outcome.value = .failure(error) }
        done.signal()
    }
    done.wait()
    guard let value = outcome.value else { throw BenchError("the task ended without a result") }
    return try value.get()
}

/// The result of `blocking`'s task: written by the task before it signals, read after the wait, so the
/// semaphore orders the two accesses.
private final class Outcome<T>: @unchecked Sendable {
    var value: Result<T, any Error>?
}

/// A benchmark result that cannot be right.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
