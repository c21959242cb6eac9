import Foundation
import KumeData

/// Density-based clustering (DBSCAN) of planar points in metres, with scikit-learn's semantics.
///
/// A point is a *core point* when at least ``minPoints`` points, counting itself, lie at distance
/// ≤ ``epsMetres`` (distances compared as `dx² + dy² ≤ eps²`, as scikit-learn's trees do). Clusters are the
/// connected components of core points under "within eps". The core points and the clusters they form are
/// exactly scikit-learn's (`core_sample_indices_`, and its labels up to numbering).
///
/// Numbering: clusters are numbered 0, 1, … in the order of their smallest core point's input index.
/// Border points (non-core points within eps of a core point) join the cluster of their nearest core point,
/// ties going to the lower label. scikit-learn instead gives a border point to whichever cluster reaches it
/// first in its visiting order, so the two may differ for a border point near two clusters; either way the
/// cluster holds a core point within eps of it. All other points are noise (−1).
///
/// The index is a uniform grid of cell side eps/√2 (less one part in a million), so all points of a cell are
/// within eps of each other: a cell with at least ``minPoints`` points is all core, all core points of a cell
/// are connected, and two cells are joined as soon as one core pair between them is within eps. Neighbours
/// are counted first; no neighbour lists are kept, so memory is linear in the number of points. Work is
/// split over contiguous runs of cells and combined in a fixed order: the result does not depend on the
/// number of workers.
public struct DBSCAN: Sendable, Equatable {
    /// The neighbourhood radius in metres (scikit-learn's `eps`).
    public let epsMetres: Double
    /// The minimum number of points within ``epsMetres`` for a core point, counting the point itself
    /// (scikit-learn's `min_samples`).
    public let minPoints: Int

    /// Checks and stores the parameters.
    /// - Parameters:
    ///   - epsMetres: the neighbourhood radius in metres; positive and finite.
    ///   - minPoints: the core threshold, counting the point itself; at least 2.
    /// - Throws: ``DetectionError/epsNotPositive(epsMetres:)`` or ``DetectionError/minPointsTooSmall(_:)``.
    public init(epsMetres: Double, minPoints: Int) throws(DetectionError) {
        guard epsMetres > 0, epsMetres.isFinite else { throw .epsNotPositive(epsMetres: epsMetres) }
        guard minPoints >= 2 else { throw .minPointsTooSmall(minPoints) }
        self.epsMetres = epsMetres
        self.minPoints = minPoints
    }

    /// Clusters points given as planar coordinates in metres.
    /// - Parameters:
    ///   - xMetres: easting of each point, in metres (any planar frame).
    ///   - yMetres: northing of each point, in metres, same length as `xMetres`.
    ///   - workers: how many tasks may run at once (default: the active processor count).
    /// - Returns: labels in input order, numbered as described above, and the core flags.
    /// - Throws: ``DetectionError`` for mismatched arrays, a non-finite coordinate, a worker count below 1,
    ///   more than 2³¹ − 1 points, or an eps below the coordinates' resolution.
    public func cluster(
        xMetres: [Double], yMetres: [Double], workers: Int = DBSCAN.defaultWorkers
    ) async throws(DetectionError) -> DBSCANResult {
        guard workers >= 1 else { throw .workerCountTooSmall(workers) }
        guard xMetres.count < Int(Int32.max) else {
            throw .tooManyPoints(xMetres.count)
        }
        let side = epsMetres / 2.0.squareRoot() * (1 - 1e-6)
        let grid = try PlanarGrid(x: xMetres, y: yMetres, sideMetres: side, reach: 2, epsMetres: epsMetres)
        // The in-cell shortcuts rely on the 1e-6 margin above dwarfing coordinate rounding.
        let pass = DBSCANPass(
            grid: grid, epsSquared: epsMetres * epsMetres, minPoints: minPoints,
            cellsAreCliques: epsMetres >= grid.extentMetres * 1e-7)
        let ranges = grid.cellRanges(chunks: workers * 8)
        let coreParts = await ParallelJobs.map(count: ranges.count, workers: workers) { pass.coreFlags(cells: ranges[$0]) }
        let core = coreParts.flatMap { $0 }
        let firstCore = pass.firstCorePositions(core: core)
        let forests = await ParallelJobs.map(count: ranges.count, workers: workers) {
            pass.coreForest(cells: ranges[$0], core: core, firstCore: firstCore)
        }
        let coreLabel = pass.componentLabels(core: core, forests: forests)
        let borderParts = await ParallelJobs.map(count: ranges.count, workers: workers) {
            pass.borderLabels(cells: ranges[$0], core: core, coreLabel: coreLabel.labels)
        }
        let sortedLabels = borderParts.flatMap { $0 }
        let n = xMetres.count
        var labels = [Int](repeating: -1, count: n)
        var isCore = [Bool](repeating: false, count: n)
        for position in 0 ..< n {
            let index = Int(grid.inputIndex[position])
            labels[index] = Int(sortedLabels[position])
            isCore[index] = core[position]
        }
        return DBSCANResult(
            clustering: Clustering(labels: labels, clusterCount: coreLabel.count), isCore: isCore)
    }

    /// The default number of workers: the number of active processors.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// The outcome of ``DBSCAN/cluster(xMetres:yMetres:workers:)``.
public struct DBSCANResult: Sendable, Equatable {
    /// The clusters (numbered by their smallest core point's input index) and noise.
    public let clustering: Clustering
    /// Whether each point, in input order, is a core point.
    public let isCore: [Bool]

    /// The label of each point in input order: 0 ..< cluster count, or −1 for noise.
    public var labels: [Int] { clustering.labels }
    /// The input indices of the core points, ascending (scikit-learn's `core_sample_indices_`).
    public var coreIndices: [Int] { isCore.indices.filter { isCore[$0] } }
}
