import Foundation
import Testing

@Suite("kume detect")
struct DetectCommandTests {
    /// Planted automotive clusters (data/synthetic/planted_clusters.csv): Bursa centred at 28.950 E,
    /// 40.235 N and Kocaeli at 29.440 E, 40.800 N, each 0.6 % of the firms within 10 km.
    static let bursa = (lon: 28.950, lat: 40.235)
    static let kocaeli = (lon: 29.440, lat: 40.800)

    func synthetic(_ folder: URL, planted: Bool) throws -> URL {
        let registry = folder.appendingPathComponent("registry.csv")
        let result = try KumeExecutable.run(
            ["synth", "--firms", "20000", "--seed", "3", "-o", registry.path] + (planted ? [] : ["--no-planted"]))
        #expect(result.status == 0, "\(result.standardError)")
        return registry
    }

    @Test("The planted automotive clusters of Bursa and Kocaeli come back as the top two candidates of NACE 29")
    func recoversPlanted() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try synthetic(folder, planted: true)
        let map = folder.appendingPathComponent("candidates.geojson")
        let table = folder.appendingPathComponent("candidates.csv")
        let result = try KumeExecutable.run(["detect", registry.path, "--sector", "29", "-o", map.path, "--csv", table.path])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: map)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        let top = features.prefix(2).compactMap { $0["geometry"] as? [String: Any] }
        #expect(top.count == 2)
        // Each planted centre lies inside one of the two top candidates' polygons' bounding boxes.
        let boxes = top.map(Self.boundingBox)
        for centre in [Self.bursa, Self.kocaeli] {
            #expect(boxes.contains { $0.minX <= centre.lon && centre.lon <= $0.maxX && $0.minY <= centre.lat && centre.lat <= $0.maxY })
        }
        let csv = try String(contentsOf: table, encoding: .utf8).split(separator: "\n")
        #expect(csv.first?.hasPrefix("rank,sector,firms,") == true)
        #expect(csv.count == features.count + 1)
    }

    @Test("A registry with no planted cluster yields no candidate of 20 or more automotive firms")
    func noPlanted() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try synthetic(folder, planted: false)
        let table = folder.appendingPathComponent("candidates.csv")
        // Every DBSCAN cluster is listed (--min-candidate-firms 1), so the claim is about their sizes.
        let result = try KumeExecutable.run([
            "detect", registry.path, "--sector", "29", "--csv", table.path, "--min-candidate-firms", "1",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try String(contentsOf: table, encoding: .utf8).split(separator: "\n").dropFirst()
        let firmCounts = rows.compactMap { Int($0.split(separator: ",")[2]) }
        #expect(firmCounts.allSatisfy { $0 < 20 })
    }

    @Test("With no planted cluster, detect over every division says there is no concentration beyond chance")
    func noConcentration() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try synthetic(folder, planted: false)
        let result = try KumeExecutable.run(["detect", registry.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("No concentration beyond chance in "), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("rank  sector"))
    }

    @Test("The headline counts every candidate while --top limits the rows; chamber and university are unknown without --institutions")
    func headlineAndUnknown() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = try synthetic(folder, planted: true)
        let result = try KumeExecutable.run(["detect", registry.path, "--top", "1", "--all"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        let headline = try #require(lines.first)
        // "S of N candidate clusters …": N counts every candidate, however few rows are shown.
        let counts = headline.split(separator: " ").prefix(3)
        let total = try #require(Int(counts.last ?? ""))
        #expect(total > 1)
        #expect(lines.filter { $0.hasPrefix("1 ") || $0.hasPrefix("2 ") }.count == 1)
        #expect(result.standardOutput.contains("unknown: chamber,university"))
        #expect(!result.standardOutput.contains("no: chamber"))
    }

    @Test("Options a method does not use are refused", arguments: [
        ["--method", "hdbscan", "--eps-km", "3"], ["--method", "hdbscan", "--min-firms", "5"],
        ["--min-cluster-size", "30"], ["--with-firms"], ["--near-km", "5"], ["--min-share", "0.2"],
        ["--geography", "provinces"],
    ])
    func refusedOptions(arguments: [String]) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("r.csv")
        try "id,name,nace,lat,lon\n1,A,29.10,40.2,29.0\n".write(to: registry, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["detect", registry.path] + arguments)
        #expect(result.status == 2, "\(arguments): \(result.standardError)")
    }

    @Test("Parameters out of range exit 2 and say what to use", arguments: [
        (["--eps-km", "0"], "--eps-km"), (["--min-firms", "1"], "--min-firms"), (["--sector", "99.99"], "99.99"),
    ])
    func parameters(arguments: [String], expected: String) throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("r.csv")
        try "id,name,nace,lat,lon\n1,A,29.10,40.2,29.0\n".write(to: registry, atomically: true, encoding: .utf8)
        let result = try KumeExecutable.run(["detect", registry.path] + arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(expected), "\(result.standardError)")
    }

    static func boundingBox(_ geometry: [String: Any]) -> (minX: Double, maxX: Double, minY: Double, maxY: Double) {
        var points: [[Double]] = []
        func collect(_ value: Any) {
            if let pair = value as? [Double], pair.count == 2 { points.append(pair) } else if let list = value as? [Any] { list.forEach(collect) }
        }
        collect(geometry["coordinates"] ?? [])
        let xs = points.map { $0[0] }, ys = points.map { $0[1] }
        return (xs.min() ?? .nan, xs.max() ?? .nan, ys.min() ?? .nan, ys.max() ?? .nan)
    }
}
