import ArgumentParser
import Foundation
import Kume

/// `kume-bench detect`: times DBSCAN or HDBSCAN on a binary file of planar points.
///
/// The points file holds little-endian float64 pairs `x0 y0 x1 y1 …` in metres (as numpy's
/// `tofile` writes an n × 2 array). Prints `operation,n,seconds` and optionally writes the result for the
/// script to compare with the peer: one byte per point (1 = core) for DBSCAN, int32 labels for HDBSCAN.
struct Detect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times DBSCAN or HDBSCAN on binary float64 x,y pairs (metres).")

    /// The clustering to time.
    enum Algorithm: String, ExpressibleByArgument, CaseIterable {
        case dbscan, hdbscan
    }

    @Option(help: "Binary file of little-endian float64 x,y pairs in metres.")
    var points: String

    @Option(help: "dbscan or hdbscan.")
    var algorithm: Algorithm = .dbscan

    @Option(help: "DBSCAN radius in metres.")
    var epsMetres: Double = 2000

    @Option(help: "DBSCAN minimum neighbourhood size, counting the point itself.")
    var minPoints: Int = 10

    @Option(help: "HDBSCAN minimum cluster size.")
    var minClusterSize: Int = 50

    @Option(help: "Workers (default: active processors).")
    var workers: Int = DBSCAN.defaultWorkers

    @Option(help: "Write core flags (dbscan, uint8) or labels (hdbscan, int32) here.")
    var output: String?

    func run() async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: points))
        guard data.count % 16 == 0 else {
            throw ValidationError("\(points) holds \(data.count) bytes, not a whole number of float64 pairs")
        }
        let n = data.count / 16
        var xs = [Double](repeating: 0, count: n)
        var ys = [Double](repeating: 0, count: n)
        data.withUnsafeBytes { raw in
            for index in 0 ..< n {
                xs[index] = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * index, as: UInt64.self)))
                ys[index] = Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 * index + 8, as: UInt64.self)))
            }
        }
        let clock = ContinuousClock()
        switch algorithm {
        case .dbscan:
            let dbscan = try DBSCAN(epsMetres: epsMetres, minPoints: minPoints)
            let start = clock.now
            let result = try await dbscan.cluster(xMetres: xs, yMetres: ys, workers: workers)
            let seconds = (clock.now - start) / .seconds(1)
            print("dbscan,\(n),\(seconds),clusters=\(result.clustering.clusterCount),core=\(result.coreIndices.count)")
            if let output {
                try Data(result.isCore.map { $0 ? UInt8(1) : 0 }).write(to: URL(fileURLWithPath: output))
            }
        case .hdbscan:
            let hdbscan = try HDBSCAN(minClusterSize: minClusterSize)
            let start = clock.now
            let result = try await hdbscan.cluster(xMetres: xs, yMetres: ys, workers: workers)
            let seconds = (clock.now - start) / .seconds(1)
            print("hdbscan,\(n),\(seconds),clusters=\(result.clustering.clusterCount)")
            if let output {
                var bytes = Data(capacity: 4 * n)
                for label in result.labels {
                    withUnsafeBytes(of: Int32(label).littleEndian) { bytes.append(contentsOf: $0) }
                }
                try bytes.write(to: URL(fileURLWithPath: output))
            }
        }
    }
}
