import Foundation
import KumeAnalytics
import Testing

/// DBSCAN against scikit-learn 1.9.1 (fixtures copied from the shared reference values, see
/// Fixtures/dbscan/README.md), plus hand-checked degenerate inputs.
@Suite("DBSCAN")
struct DBSCANTests {
    struct Setting: Sendable, CustomStringConvertible {
        let eps: Double
        let minPoints: Int
        let suffix: String
        var description: String { "eps \(eps), min \(minPoints)" }
    }

    static let settings = [
        Setting(eps: 2.5, minPoints: 10, suffix: "eps2.5_min10"),
        Setting(eps: 1.5, minPoints: 5, suffix: "eps1.5_min5"),
        Setting(eps: 4.0, minPoints: 20, suffix: "eps4.0_min20"),
    ]

    struct Reference {
        let x: [Double]
        let y: [Double]
        let labels: [Int]
        let core: [Bool]
    }

    static func reference(_ setting: Setting) throws -> Reference {
        let table = try DetectionFixture.table("dbscan/py_dbscan_points_labels.csv")
        return Reference(
            x: try table.doubles("x"), y: try table.doubles("y"),
            labels: try table.ints("label_\(setting.suffix)"),
            core: try table.ints("core_\(setting.suffix)").map { $0 == 1 })
    }

    @Test("Core points are exactly scikit-learn's", arguments: settings)
    func corePoints(setting: Setting) async throws {
        let reference = try Self.reference(setting)
        let result = try await DBSCAN(epsMetres: setting.eps, minPoints: setting.minPoints)
            .cluster(xMetres: reference.x, yMetres: reference.y)
        #expect(result.isCore == reference.core)
    }

    @Test("Core points form the same clusters as scikit-learn's, and noise is the same", arguments: settings)
    func clusters(setting: Setting) async throws {
        let reference = try Self.reference(setting)
        let result = try await DBSCAN(epsMetres: setting.eps, minPoints: setting.minPoints)
            .cluster(xMetres: reference.x, yMetres: reference.y)
        let coreIndices = reference.core.indices.filter { reference.core[$0] }
        #expect(DetectionFixture.samePartition(result.labels, reference.labels, over: coreIndices))
        #expect(result.clustering.clusterCount == Set(reference.labels.filter { $0 >= 0 }).count)
        let noise = reference.labels.indices.filter { reference.labels[$0] < 0 }
        #expect(result.clustering.noise == noise)
    }

    @Test("A border point's cluster holds a core point within eps of it", arguments: settings)
    func borderPoints(setting: Setting) async throws {
        let reference = try Self.reference(setting)
        let result = try await DBSCAN(epsMetres: setting.eps, minPoints: setting.minPoints)
            .cluster(xMetres: reference.x, yMetres: reference.y)
        let n = reference.x.count
        var borders = 0
        for point in 0 ..< n where !reference.core[point] && reference.labels[point] >= 0 {
            borders += 1
            let label = result.labels[point]
            // Brute force over all points: some core point of the assigned cluster lies within eps.
            let adjacent = (0 ..< n).contains { other in
                let dx = reference.x[other] - reference.x[point], dy = reference.y[other] - reference.y[point]
                return reference.core[other] && result.labels[other] == label && dx * dx + dy * dy <= setting.eps * setting.eps
            }
            #expect(adjacent, "border point \(point)")
        }
        #expect(borders > 0)
    }

    @Test("Clusters are numbered by their smallest core point's index")
    func numbering() async throws {
        let reference = try Self.reference(Self.settings[0])
        let result = try await DBSCAN(epsMetres: 2.5, minPoints: 10).cluster(xMetres: reference.x, yMetres: reference.y)
        let firstCore = (0 ..< result.clustering.clusterCount).map { label in
            result.labels.indices.first { result.labels[$0] == label && result.isCore[$0] } ?? -1
        }
        #expect(firstCore == firstCore.sorted())
        #expect(!firstCore.contains(-1))
    }

    @Test("The result is the same for 1, 2, 3 and 7 workers", arguments: [1, 2, 3, 7])
    func workers(count: Int) async throws {
        let reference = try Self.reference(Self.settings[1])
        let dbscan = try DBSCAN(epsMetres: 1.5, minPoints: 5)
        let serial = try await dbscan.cluster(xMetres: reference.x, yMetres: reference.y, workers: 1)
        let parallel = try await dbscan.cluster(xMetres: reference.x, yMetres: reference.y, workers: count)
        #expect(parallel == serial)
    }

    @Test("A point a million kilometres away (exact in-cell checks) leaves scikit-learn's core points unchanged")
    func exactCellPath() async throws {
        let reference = try Self.reference(Self.settings[0])
        let result = try await DBSCAN(epsMetres: 2.5, minPoints: 10)
            .cluster(xMetres: reference.x + [1e9], yMetres: reference.y + [0])
        #expect(Array(result.isCore.dropLast()) == reference.core)
        #expect(result.labels.last == -1)
        let coreIndices = reference.core.indices.filter { reference.core[$0] }
        #expect(DetectionFixture.samePartition(result.labels, reference.labels, over: coreIndices))
    }

    @Test("No points give no clusters")
    func empty() async throws {
        let result = try await DBSCAN(epsMetres: 1, minPoints: 2).cluster(xMetres: [], yMetres: [])
        #expect(result.labels.isEmpty)
        #expect(result.clustering.clusterCount == 0)
    }

    @Test("One point is noise: it counts only itself")
    func single() async throws {
        let result = try await DBSCAN(epsMetres: 1, minPoints: 2).cluster(xMetres: [5], yMetres: [5])
        #expect(result.labels == [-1])
        #expect(result.isCore == [false])
    }

    @Test("Two points exactly eps apart are both core with min points 2 (d ≤ eps)")
    func twoPoints() async throws {
        // 3-4-5 triangle: distance 5 m exactly.
        let result = try await DBSCAN(epsMetres: 5, minPoints: 2).cluster(xMetres: [0, 3], yMetres: [0, 4])
        #expect(result.labels == [0, 0])
        #expect(result.isCore == [true, true])
        let apart = try await DBSCAN(epsMetres: 4.999, minPoints: 2).cluster(xMetres: [0, 3], yMetres: [0, 4])
        #expect(apart.labels == [-1, -1])
    }

    @Test("Identical points form one cluster of core points even with a tiny eps")
    func identical() async throws {
        let xs = [Double](repeating: 410_000, count: 6) + [410_001]
        let ys = [Double](repeating: 4_500_000, count: 6) + [4_500_000]
        let result = try await DBSCAN(epsMetres: 1e-6, minPoints: 6).cluster(xMetres: xs, yMetres: ys)
        #expect(result.labels == [0, 0, 0, 0, 0, 0, -1])
        #expect(result.isCore == [true, true, true, true, true, true, false])
    }

    @Test("A tiny eps makes points a metre apart all noise")
    func tinyEps() async throws {
        let result = try await DBSCAN(epsMetres: 1e-9, minPoints: 2)
            .cluster(xMetres: [0, 1, 2, 3], yMetres: [0, 0, 0, 0])
        #expect(result.labels == [-1, -1, -1, -1])
    }

    @Test("A border point between two clusters joins the nearer core point's cluster")
    func borderRule() async throws {
        // Cluster A: 3 points at x = 0; cluster B: 3 points at x = 10; border point at x = 4.5 (core points
        // within eps 5: the A points at 4.5, the B points at 5.5 — too far), so it joins A.
        let xs: [Double] = [0, 0, 0, 10, 10, 10, 4.5]
        let ys: [Double] = [0, 0.1, -0.1, 0, 0.1, -0.1, 0]
        let result = try await DBSCAN(epsMetres: 5, minPoints: 4).cluster(xMetres: xs, yMetres: ys)
        #expect(result.isCore == [true, true, true, false, false, false, true])
        #expect(result.labels == [0, 0, 0, -1, -1, -1, 0])
    }

    @Test("Bad parameters are refused with what to use", arguments: [
        (0.0, 5), (-1.0, 5), (Double.nan, 5), (Double.infinity, 5), (1.0, 1), (1.0, 0),
    ])
    func validation(eps: Double, minPoints: Int) {
        #expect(throws: DetectionError.self) { try DBSCAN(epsMetres: eps, minPoints: minPoints) }
        do {
            _ = try DBSCAN(epsMetres: eps, minPoints: minPoints)
        } catch {
            #expect(error.description.contains("use"))
        }
    }

    @Test("Mismatched and non-finite coordinates are refused")
    func badCoordinates() async throws {
        let dbscan = try DBSCAN(epsMetres: 1, minPoints: 2)
        await #expect(throws: DetectionError.coordinateCountMismatch(xCount: 2, yCount: 1)) {
            try await dbscan.cluster(xMetres: [0, 1], yMetres: [0])
        }
        await #expect(throws: DetectionError.nonFiniteCoordinate(index: 1)) {
            try await dbscan.cluster(xMetres: [0, .nan], yMetres: [0, 0])
        }
        await #expect(throws: DetectionError.workerCountTooSmall(0)) {
            try await dbscan.cluster(xMetres: [0], yMetres: [0], workers: 0)
        }
    }
}
