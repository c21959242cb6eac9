import Foundation
import Testing
import KumeData
import KumeAnalytics
import KumeGeo

/// The same input gives the same answer whatever the number of workers: parallel parts are combined in a
/// fixed order, never in the order tasks finish.
@Suite("Determinism across worker counts")
struct DeterminismTests {
    /// SplitMix64 (Steele, Lea & Flood 2014): a seeded source for the test points, independent of kume's own
    /// generator.
    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// Uniform in [0, 1).
        mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    }

    /// Dense blobs on a sparse background, in metres, with exact duplicates (ties are where an order
    /// dependence would show).
    static func points(count: Int, seed: UInt64) -> (x: [Double], y: [Double]) {
        var random = SplitMix64(state: seed)
        var x: [Double] = []
        var y: [Double] = []
        let centres = (0 ..< 12).map { _ in (random.unit() * 200_000, random.unit() * 200_000) }
        for index in 0 ..< count {
            if index % 10 == 0, let last = x.last, let lastY = y.last {
                x.append(last)
                y.append(lastY)
            } else if index % 3 == 0 {
                x.append(random.unit() * 200_000)
                y.append(random.unit() * 200_000)
            } else {
                let centre = centres[Int(random.next() % 12)]
                x.append(centre.0 + (random.unit() - 0.5) * 6_000)
                y.append(centre.1 + (random.unit() - 0.5) * 6_000)
            }
        }
        return (x, y)
    }

    @Test("DBSCAN gives the same labels and core points with 1, 2 and 7 workers")
    func dbscan() async throws {
        let (x, y) = Self.points(count: 30_000, seed: 42)
        let dbscan = try DBSCAN(epsMetres: 400, minPoints: 8)
        let one = try await dbscan.cluster(xMetres: x, yMetres: y, workers: 1)
        #expect(one.clustering.clusterCount > 5)  // the blobs are found: the comparison is not vacuous
        for workers in [2, 7] {
            let many = try await dbscan.cluster(xMetres: x, yMetres: y, workers: workers)
            #expect(many == one, "\(workers) workers")
        }
    }

    @Test("HDBSCAN gives the same labels, probabilities and core distances with 1 and 2 workers")
    func hdbscan() async throws {
        let (x, y) = Self.points(count: 8_000, seed: 7)
        let hdbscan = try HDBSCAN(minClusterSize: 25)
        let one = try await hdbscan.cluster(xMetres: x, yMetres: y, workers: 1)
        #expect(one.clustering.clusterCount > 5)
        let two = try await hdbscan.cluster(xMetres: x, yMetres: y, workers: 2)
        #expect(two == one)  // Equatable compares the Double arrays bit for bit (no NaN occurs here)
    }

    @Test("Reading a registry in parallel parts gives the same columns as reading it on one thread")
    func registry() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(state: 3)
        var text = "id,name,nace,lat,lon,employees\n"
        let codes = ["29.10", "29.32", "13.20", "25.62", "31.01", "10.51"]
        for index in 0 ..< 40_000 {
            let lat = 37 + random.unit() * 4
            let lon = 27 + random.unit() * 12
            text += "R\(index),\"Firma \(index), Ltd.\",\(codes[index % codes.count]),\(lat),\(lon),\(random.next() % 500)\n"
        }
        let path = folder.appendingPathComponent("registry.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        // Small blocks and 4 parts: many block and part boundaries fall inside the file.
        let options = RegistryReader.Options(blockBytes: 1 << 16, parallelParts: 4)
        let serial = try RegistryReader.read(path: path, options: options)
        let parallel = try await RegistryReader.readConcurrently(path: path, options: options)
        #expect(serial.count == 40_000)
        #expect(parallel.count == serial.count)
        #expect(parallel.coordinates == serial.coordinates)
        #expect(parallel.naceIndices == serial.naceIndices)
        #expect(parallel.employees == serial.employees)
        #expect(parallel.lines == serial.lines)
        #expect((0 ..< serial.count).allSatisfy { parallel.member(at: $0) == serial.member(at: $0) })
    }
}
