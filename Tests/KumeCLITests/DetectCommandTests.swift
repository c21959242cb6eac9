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

    /// A sector whose firms form one group: 80 motor-vehicle firms on a sunflower spiral of radius 3 km
    /// (uniform density) around 40.20 N, 29.00 E, 20 more on a grid over 0.8° × 1.2° around it, and 300
    /// retail firms on a grid over the same area.
    static func oneGroupRegistry() -> String {
        var rows = ["id,name,nace,lat,lon"]
        func add(_ nace: String, _ lat: Double, _ lon: Double) {
            rows.append("\(rows.count),F\(rows.count),\(nace),\(lat),\(lon)")
        }
        for k in 0..<80 {
            let radiusKilometres = 3 * ((Double(k) + 0.5) / 80).squareRoot(), angle = Double(k) * 2.399963
            add("29.10", 40.20 + radiusKilometres * sin(angle) / 111, 29.00 + radiusKilometres * cos(angle) / 85)
        }
        for a in 0..<5 { for b in 0..<4 { add("29.10", 39.8 + 0.8 * (Double(b) + 0.5) / 4, 28.4 + 1.2 * (Double(a) + 0.5) / 5) } }
        for a in 0..<20 { for b in 0..<15 { add("47.11", 39.8 + 0.8 * (Double(b) + 0.5) / 15, 28.4 + 1.2 * (Double(a) + 0.5) / 20) } }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("HDBSCAN finds a sector's only group with --allow-single-cluster, and nothing without it")
    func singleCluster() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let registry = folder.appendingPathComponent("r.csv"), table = folder.appendingPathComponent("c.csv")
        try Self.oneGroupRegistry().write(to: registry, atomically: true, encoding: .utf8)
        let base = ["detect", registry.path, "--sector", "29", "--method", "hdbscan", "--no-boundaries",
                    "--min-candidate-firms", "5"]
        let plain = try KumeExecutable.run(base)
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(plain.standardOutput.hasPrefix("No candidate cluster"), "\(plain.standardOutput)")
        let single = try KumeExecutable.run(base + ["--allow-single-cluster", "--csv", table.path])
        #expect(single.status == 0, "\(single.standardError)")
        #expect(single.standardOutput.contains("allow_single_cluster=true"), "\(single.standardOutput)")
        let lines = try String(contentsOf: table, encoding: .utf8).split(separator: "\n")
        try #require(lines.count == 2)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let row = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        try #require(header.count == row.count)
        let field = { (name: String) in header.firstIndex(of: name).map { row[$0] } }
        #expect(field("sector") == "29")
        #expect(field("significant") == "yes")
        // The members are the group's densest core (hdbscan's single-cluster labelling), inside the 3 km disc;
        // the sector firms inside their hull are the group's 80 and at most one of the scattered 20.
        let members = try #require(field("firms").flatMap { Int($0) })
        #expect(members >= 20 && members <= 80)
        let sectorInside = try #require(field("sector_firms_inside").flatMap { Int($0) })
        #expect(sectorInside >= members && sectorInside <= 81)
    }

    @Test("Options a method does not use are refused", arguments: [
        ["--method", "hdbscan", "--eps-km", "3"], ["--method", "hdbscan", "--min-firms", "5"],
        ["--min-cluster-size", "30"], ["--allow-single-cluster"], ["--with-firms"], ["--near-km", "5"], ["--min-share", "0.2"],
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
