import KumeData
import KumeGeo

/// Answers "which district and province is this point in?" for many points.
///
/// Holds one GEOS context, every district as a prepared geometry, an STRtree over their envelopes, and a
/// 0.05° grid built from them (`PlaceGrid`): a point in a grid cell wholly inside one district is answered
/// at once; any other point is tested (`GEOSPreparedCovers_r`) against the districts meeting its cell, in
/// file order, so a point on a shared border goes to the first district in file order. Like every owner of GEOS handles it
/// is not `Sendable`: make one per task; `locateInParallel(_:boundaries:tasks:)` does so.
package final class PlaceLocator {
    /// The boundaries the answers refer to.
    package let boundaries: AdministrativeBoundaries
    /// The GEOS context every district geometry belongs to.
    let context: GeometryContext
    /// The districts, prepared, in `boundaries.districts` order.
    let prepared: [PreparedGeometry]
    /// An STRtree over the districts' envelopes; items are indices into `prepared`.
    let tree: STRtree
    /// The grid that answers points away from borders without a GEOS call.
    private let grid: PlaceGrid

    /// Builds the locator: prepares every district, builds the STRtree and the grid (about 0.6 s for the
    /// full-resolution districts in a release build).
    ///
    /// - Parameter boundaries: the districts to locate points in.
    /// - Throws: `BoundaryError.geometry` when GEOS fails to build a district or the tree.
    package init(boundaries: AdministrativeBoundaries) throws(BoundaryError) {
        self.boundaries = boundaries
        let context = try BoundaryGeometry.run("the place locator") { try GeometryContext() }
        var geometries: [Geometry] = []
        var prepared: [PreparedGeometry] = []
        geometries.reserveCapacity(boundaries.districts.count)
        for district in boundaries.districts {
            let geometry = try BoundaryGeometry.run("district \(district.code)") {
                try BoundaryGeometry.geometry(district.polygons, in: context)
            }
            geometries.append(geometry)
            prepared.append(try BoundaryGeometry.run("district \(district.code)") { try geometry.prepared() })
        }
        self.context = context
        self.prepared = prepared
        let tree = try BoundaryGeometry.run("the district index") { try STRtree(geometries, in: context) }
        self.tree = tree
        var low = Coordinate(x: .infinity, y: .infinity)
        var high = Coordinate(x: -Double.infinity, y: -Double.infinity)
        for vertex in boundaries.districts.lazy.flatMap({ $0.polygons.lazy.compactMap(\.first).joined() }) {
            low = Coordinate(x: min(low.x, vertex.x), y: min(low.y, vertex.y))
            high = Coordinate(x: max(high.x, vertex.x), y: max(high.y, vertex.y))
        }
        if !low.x.isFinite { (low, high) = (Coordinate(x: 0, y: 0), Coordinate(x: 0, y: 0)) }
        self.grid = try BoundaryGeometry.run("the district grid") {
            try PlaceGrid(
                bounds: (min: low, max: high), cellDegrees: PlaceGrid.defaultCellDegrees, tree: tree, prepared: prepared,
                context: context)
        }
    }

    /// The index (into `boundaries.districts`) of the district covering `lonLat`, or nil outside Türkiye.
    ///
    /// - Parameter lonLat: longitude, latitude in degrees (WGS84).
    /// - Throws: `BoundaryError.geometry` when GEOS fails.
    package func districtIndex(at lonLat: Coordinate) throws(BoundaryError) -> Int? {
        guard let cell = grid.cell(of: lonLat) else { return nil }
        let owner = grid.owner[cell]
        if owner >= 0 { return Int(owner) }
        let range = Int(grid.candidateStarts[cell])..<Int(grid.candidateStarts[cell + 1])
        return try BoundaryGeometry.run("the point \(lonLat.longitude), \(lonLat.latitude)") { () throws -> Int? in
            for candidate in grid.candidates[range] where try prepared[Int(candidate)].coversPoint(lonLat) {
                return Int(candidate)
            }
            return nil
        }
    }

    /// The district and province of `lonLat`, or nil outside every district.
    ///
    /// - Parameter lonLat: longitude, latitude in degrees (WGS84).
    /// - Throws: `BoundaryError.geometry` when GEOS fails.
    package func place(at lonLat: Coordinate) throws(BoundaryError) -> AdministrativePlace? {
        try districtIndex(at: lonLat).map(place(districtIndex:))
    }

    /// The district indices of many points, in order (nil for a point outside every district).
    ///
    /// - Parameter points: longitude, latitude in degrees (WGS84).
    /// - Throws: `BoundaryError.geometry` when GEOS fails.
    package func districtIndices(of points: [Coordinate]) throws(BoundaryError) -> [Int?] {
        var result: [Int?] = []
        result.reserveCapacity(points.count)
        for point in points {
            result.append(try districtIndex(at: point))
        }
        return result
    }

    /// The place of the district at `districtIndex` in `boundaries.districts`.
    package func place(districtIndex: Int) -> AdministrativePlace {
        let district = boundaries.districts[districtIndex]
        return AdministrativePlace(
            districtIndex: districtIndex, districtCode: district.code, district: district.name, plate: district.plate,
            province: district.province)
    }

    /// The district indices of many points, located by `tasks` concurrent locators (one GEOS context each)
    /// over contiguous chunks; the answer does not depend on the number of tasks.
    ///
    /// - Parameters:
    ///   - points: longitude, latitude in degrees (WGS84).
    ///   - boundaries: the districts.
    ///   - tasks: the number of concurrent tasks (at least 1), typically the number of cores.
    /// - Returns: one district index per point, in order; nil outside every district.
    /// - Throws: `BoundaryError.geometry` when GEOS fails.
    package static func locateInParallel(
        _ points: [Coordinate], boundaries: AdministrativeBoundaries, tasks: Int
    ) async throws(BoundaryError) -> [Int?] {
        let taskCount = max(1, min(tasks, points.count))
        let chunk = (points.count + taskCount - 1) / max(taskCount, 1)
        do {
            return try await ParallelJobs.mapThrowing(count: taskCount, workers: taskCount) { task in
                let slice = Array(points[min(points.count, task * chunk)..<min(points.count, (task + 1) * chunk)])
                return try PlaceLocator(boundaries: boundaries).districtIndices(of: slice)
            }.flatMap { $0 }
        } catch let error as BoundaryError {
            throw error
        } catch {
            throw .geometry(subject: "locating points", message: String(describing: error))
        }
    }
}
