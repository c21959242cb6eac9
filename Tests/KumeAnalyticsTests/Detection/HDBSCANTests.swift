import Foundation
@testable import KumeAnalytics
import Testing

/// HDBSCAN against the `hdbscan` package (fixtures from scripts/reference/py_hdbscan.py).
@Suite("HDBSCAN")
struct HDBSCANTests {
    struct Case: Sendable, CustomStringConvertible {
        let dataset: String
        let minClusterSize: Int
        let minSamples: Int?
        var tag: String { "mcs\(minClusterSize)_ms\(minSamples.map(String.init) ?? "default")" }
        var description: String { "\(dataset) \(tag)" }
    }

    static let cases = [
        Case(dataset: "dbscan2000", minClusterSize: 15, minSamples: nil),
        Case(dataset: "dbscan2000", minClusterSize: 30, minSamples: 5),
        Case(dataset: "dbscan2000", minClusterSize: 10, minSamples: 20),
        Case(dataset: "blobs2000", minClusterSize: 25, minSamples: nil),
        Case(dataset: "blobs2000", minClusterSize: 50, minSamples: 10),
        Case(dataset: "blobs2000", minClusterSize: 8, minSamples: nil),
    ]

    static func points(_ dataset: String) throws -> (x: [Double], y: [Double]) {
        let table = dataset == "blobs2000"
            ? try DetectionFixture.table("hdbscan/hdbscan_blobs2000_points.csv")
            : try DetectionFixture.table("dbscan/py_dbscan_points_labels.csv")
        return (try table.doubles("x"), try table.doubles("y"))
    }

    static func summary(_ testCase: Case) throws -> [String] {
        let table = try DetectionFixture.table("hdbscan/hdbscan_summary.csv")
        let row = table.rows.first {
            $0[0] == testCase.dataset && $0[1] == String(testCase.minClusterSize)
                && $0[2] == (testCase.minSamples.map(String.init) ?? "")
        }
        return try #require(row)
    }

    @Test("The spanning tree weighs exactly what hdbscan's exact tree weighs (relative 1e-12)", arguments: cases)
    func spanningTree(testCase: Case) async throws {
        let (x, y) = try Self.points(testCase.dataset)
        let expected = try #require(Double(try Self.summary(testCase)[7]))
        let tree = PointTree2D(x: x, y: y)
        let core = await MutualReachabilitySpanningTree.coreDistances(
            tree: tree, minSamples: testCase.minSamples ?? testCase.minClusterSize, workers: 2)
        let edges = await MutualReachabilitySpanningTree.edges(tree: tree, coreSquared: core.map { $0 * $0 }, workers: 2)
        #expect(edges.count == x.count - 1)
        let total = edges.reduce(0) { $0 + $1.distanceMetres }
        #expect(abs(total - expected) <= expected * 1e-12)
    }

    /// Mutual-reachability distances tie often (a weight is usually some point's core distance); where they
    /// do, the spanning tree's shape is open and the package's answer depends on its sort order (its own
    /// generic algorithm disagrees with its Borůvka tree on up to 60 of these 2,000 points, adjusted Rand
    /// index 0.990–1). So the claim is agreement by adjusted Rand index ≥ 0.99, not identity.
    @Test("Labels agree with hdbscan's (exact tree) to an adjusted Rand index of at least 0.99", arguments: cases)
    func labels(testCase: Case) async throws {
        let (x, y) = try Self.points(testCase.dataset)
        let reference = try DetectionFixture.table("hdbscan/hdbscan_\(testCase.dataset)_labels.csv")
        let expected = try reference.ints("label_\(testCase.tag)")
        let result = try await HDBSCAN(minClusterSize: testCase.minClusterSize, minSamples: testCase.minSamples)
            .cluster(xMetres: x, yMetres: y)
        let index = DetectionFixture.adjustedRandIndex(result.labels, expected)
        #expect(index >= 0.99)
        let clusters = Set(expected.filter { $0 >= 0 }).count
        #expect(abs(result.clustering.clusterCount - clusters) <= 1)
    }

    @Test("Probabilities equal hdbscan's (1e-12) on every point labelled alike", arguments: cases)
    func probabilities(testCase: Case) async throws {
        let (x, y) = try Self.points(testCase.dataset)
        let reference = try DetectionFixture.table("hdbscan/hdbscan_\(testCase.dataset)_labels.csv")
        let expected = try reference.doubles("prob_\(testCase.tag)")
        let expectedLabels = DetectionFixture.canonical(try reference.ints("label_\(testCase.tag)"))
        let result = try await HDBSCAN(minClusterSize: testCase.minClusterSize, minSamples: testCase.minSamples)
            .cluster(xMetres: x, yMetres: y)
        let ours = DetectionFixture.canonical(result.labels)
        let alike = x.indices.filter { ours[$0] == expectedLabels[$0] }
        #expect(alike.count >= x.count * 96 / 100)
        let worst = alike.map { abs(result.probabilities[$0] - expected[$0]) }.max() ?? 0
        #expect(worst <= 1e-12)
    }

    @Test("The result is the same for 1, 2 and 5 workers", arguments: [2, 5])
    func workers(count: Int) async throws {
        let (x, y) = try Self.points("blobs2000")
        let hdbscan = try HDBSCAN(minClusterSize: 25)
        let serial = try await hdbscan.cluster(xMetres: x, yMetres: y, workers: 1)
        let parallel = try await hdbscan.cluster(xMetres: x, yMetres: y, workers: count)
        #expect(parallel == serial)
    }

    @Test("No, one or two points are all noise")
    func tiny() async throws {
        let hdbscan = try HDBSCAN(minClusterSize: 2)
        #expect(try await hdbscan.cluster(xMetres: [], yMetres: []).labels == [])
        #expect(try await hdbscan.cluster(xMetres: [1], yMetres: [1]).labels == [-1])
        // hdbscan 0.8.44 gives [-1, -1] for two points 1 m apart with min_cluster_size 2 (the root is never
        // a cluster when a single cluster is not allowed).
        #expect(try await hdbscan.cluster(xMetres: [0, 1], yMetres: [0, 0]).labels == [-1, -1])
    }

    @Test("Identical points: one group is noise, two groups are two clusters with probability 1")
    func identical() async throws {
        let hdbscan = try HDBSCAN(minClusterSize: 5)
        // hdbscan 0.8.44: ten copies of one point → all −1 (only the root would hold them).
        let one = try await hdbscan.cluster(
            xMetres: [Double](repeating: 5, count: 10), yMetres: [Double](repeating: 5, count: 10))
        #expect(one.labels == [Int](repeating: -1, count: 10))
        // hdbscan 0.8.44: ten copies at (0, 0) and ten at (100, 0) → labels 0 and 1, all probabilities 1
        // (their lambda is infinite).
        let two = try await hdbscan.cluster(
            xMetres: [Double](repeating: 0, count: 10) + [Double](repeating: 100, count: 10),
            yMetres: [Double](repeating: 0, count: 20))
        #expect(two.labels == [Int](repeating: 0, count: 10) + [Int](repeating: 1, count: 10))
        #expect(two.probabilities == [Double](repeating: 1, count: 20))
    }

    @Test("With a single cluster allowed, a sector's only group is found as hdbscan finds it (allow_single_cluster)",
          arguments: [(25, nil), (40, 10)] as [(Int, Int?)])
    func singleCluster(minClusterSize: Int, minSamples: Int?) async throws {
        let table = try DetectionFixture.table("hdbscan/hdbscan_single400_points.csv")
        let (x, y) = (try table.doubles("x"), try table.doubles("y"))
        let reference = try DetectionFixture.table("hdbscan/hdbscan_single400_allow_single.csv")
        let tag = "mcs\(minClusterSize)_ms\(minSamples.map(String.init) ?? "default")"
        let expected = try reference.ints("single_label_\(tag)")
        let expectedProbabilities = try reference.doubles("single_prob_\(tag)")
        try #require(expected.count == x.count && expectedProbabilities.count == x.count)
        // Without it, the package finds nothing in this sector: the root never splits into two clusters.
        #expect(try reference.ints("label_\(tag)").allSatisfy { $0 == -1 })
        let plain = try await HDBSCAN(minClusterSize: minClusterSize, minSamples: minSamples).cluster(xMetres: x, yMetres: y)
        #expect(plain.clustering.clusterCount == 0)
        let single = try await HDBSCAN(minClusterSize: minClusterSize, minSamples: minSamples, allowSingleCluster: true)
            .cluster(xMetres: x, yMetres: y)
        #expect(single.clustering.clusterCount == 1)
        #expect(single.labels == expected)
        let worst = x.indices.map { abs(single.probabilities[$0] - expectedProbabilities[$0]) }.max() ?? 0
        #expect(worst <= 1e-12)
    }

    @Test("Allowing a single cluster changes nothing where the root is less stable than its children")
    func singleClusterNotChosen() async throws {
        let (x, y) = try Self.points("blobs2000")
        let reference = try DetectionFixture.table("hdbscan/hdbscan_blobs2000_allow_single.csv")
        let expected = try reference.ints("single_label_mcs25_msdefault")
        try #require(expected.count == x.count)
        #expect(expected == (try reference.ints("label_mcs25_msdefault")))
        let plain = try await HDBSCAN(minClusterSize: 25).cluster(xMetres: x, yMetres: y)
        let single = try await HDBSCAN(minClusterSize: 25, allowSingleCluster: true).cluster(xMetres: x, yMetres: y)
        #expect(single == plain)
        #expect(DetectionFixture.adjustedRandIndex(single.labels, expected) >= 0.99)
    }

    @Test("A single cluster by hand: five points on a line, min_cluster_size 2")
    func singleClusterByHand() async throws {
        // x = 0, 1, 3, 7, 15. Core distances (2nd nearest other point): 3, 2, 3, 6, 12. Mutual reachability
        // along the spanning tree: 0–1 and 1–3 at 3, 3–7 at 6, 7–15 at 12. Condensed at 2, nothing splits
        // into two clusters: 15 leaves the root at λ = 1/12, 7 at 1/6, and 0, 1, 3 together at 1/3, the
        // root's last λ. Without a single cluster all are noise; with it, the root is the cluster and its
        // members are the points that leave at λ ≥ 1/3, with probability 1 (hdbscan 0.8.44 agrees).
        let x: [Double] = [0, 1, 3, 7, 15], y = [Double](repeating: 0, count: 5)
        let plain = try await HDBSCAN(minClusterSize: 2).cluster(xMetres: x, yMetres: y)
        #expect(plain.labels == [-1, -1, -1, -1, -1])
        let single = try await HDBSCAN(minClusterSize: 2, allowSingleCluster: true).cluster(xMetres: x, yMetres: y)
        #expect(single.labels == [0, 0, 0, -1, -1])
        #expect(single.probabilities == [1, 1, 1, 0, 0])
        #expect(single.coreDistancesMetres == [3, 2, 3, 6, 12])
        // Two points 1 m apart and ten copies of one point: one cluster of all (hdbscan 0.8.44).
        let pair = try await HDBSCAN(minClusterSize: 2, allowSingleCluster: true).cluster(xMetres: [0, 1], yMetres: [0, 0])
        #expect(pair.labels == [0, 0])
        let copies = try await HDBSCAN(minClusterSize: 5, allowSingleCluster: true).cluster(
            xMetres: [Double](repeating: 5, count: 10), yMetres: [Double](repeating: 5, count: 10))
        #expect(copies.labels == [Int](repeating: 0, count: 10))
        #expect(copies.probabilities == [Double](repeating: 1, count: 10))
    }

    @Test("Bad parameters are refused with what to use")
    func validation() async throws {
        #expect(throws: DetectionError.minClusterSizeTooSmall(1)) { try HDBSCAN(minClusterSize: 1) }
        #expect(throws: DetectionError.minSamplesTooSmall(0)) { try HDBSCAN(minClusterSize: 5, minSamples: 0) }
        #expect(DetectionError.minClusterSizeTooSmall(1).description.contains("use at least 2"))
        let hdbscan = try HDBSCAN(minClusterSize: 5)
        #expect(hdbscan.minSamples == 5)
        await #expect(throws: DetectionError.nonFiniteCoordinate(index: 0)) {
            try await hdbscan.cluster(xMetres: [.infinity], yMetres: [0])
        }
    }
}
