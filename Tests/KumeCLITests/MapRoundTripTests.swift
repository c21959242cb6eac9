import Foundation
import Testing

/// `kume check -o map.geojson`: the members and the geography as two GeoJSON files that GDAL converts to
/// Shapefile and GeoPackage with every property and type, and that kume reads back as a roster.
@Suite("Maps that round-trip")
struct MapRoundTripTests {
    static let bursa = ExampleVerdictTests.examples.appendingPathComponent("bursa-automotive.csv").path

    static func tool(_ name: String) throws -> String {
        try #require(
            ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first { FileManager.default.isExecutableFile(atPath: $0) },
            "\(name) is missing: scripts/test installs gdal-bin")
    }

    /// The field list `ogrinfo -so` prints for a layer: name and type (`Integer(Boolean)`, `Real`, …), in order.
    static func fields(_ path: String, layer: String) throws -> [(name: String, type: String)] {
        let summary = try Shell.run(try tool("ogrinfo"), ["-ro", "-so", path, layer])
        return summary.split(separator: "\n").compactMap { line -> (String, String)? in
            guard !line.hasPrefix(" "), let colon = line.range(of: ": "), let paren = line.range(of: " (", options: .backwards),
                  colon.upperBound <= paren.lowerBound else { return nil }
            let name = String(line[..<colon.lowerBound])
            guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
            return (name, String(line[colon.upperBound..<paren.lowerBound]))
        }
    }

    static func featureCount(_ path: String, layer: String) throws -> String? {
        try Shell.run(try tool("ogrinfo"), ["-ro", "-so", path, layer]).split(separator: "\n")
            .first { $0.hasPrefix("Feature Count: ") }.map { String($0.dropFirst("Feature Count: ".count)) }
    }

    func checks(_ text: String) throws -> [String] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(json["checks"] as? [[String: Any]]).map { "\($0["id"] ?? ""):\($0["status"] ?? ""):\($0["message"] ?? "")" }
    }

    @Test("The members and the geography are two files, each one layer of one geometry type, and kume reads the members back with the same verdict")
    func readBack() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.geojson").path
        let original = try KumeExecutable.run(["check", Self.bursa, "--format", "json", "-o", map], in: BoundaryCommandTests.repository)
        #expect(original.status == 0, "\(original.standardError)")
        let geography = folder.appendingPathComponent("map-geography.geojson").path
        #expect(try Shell.run(try Self.tool("ogrinfo"), ["-ro", "-so", map, "map"]).contains("Geometry: Point"))
        #expect(try Shell.run(try Self.tool("ogrinfo"), ["-ro", "-so", geography, "map-geography"]).contains("Geometry: Polygon"))
        let again = try KumeExecutable.run(["check", map, "--format", "json"], in: BoundaryCommandTests.repository)
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try checks(again.standardOutput) == checks(original.standardOutput))
    }

    @Test("Reals are written as reals in every run (10.0, 0.0), so a column's type never depends on its values")
    func realsStayReal() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.geojson").path
        _ = try KumeExecutable.run(["check", Self.bursa, "--buffer-km", "10", "-o", map], in: BoundaryCommandTests.repository)
        let geography = try String(contentsOfFile: folder.appendingPathComponent("map-geography.geojson").path, encoding: .utf8)
        #expect(geography.contains("\"buffer_km\":10.0"))
        let members = try String(contentsOfFile: map, encoding: .utf8)
        #expect(members.contains("\"distance_km\":0.0"))
        #expect(!members.contains("\"distance_km\":0,"))
        let map25 = folder.appendingPathComponent("map25.geojson").path
        _ = try KumeExecutable.run(["check", Self.bursa, "--buffer-km", "2.5", "-o", map25], in: BoundaryCommandTests.repository)
        // Both runs type buffer_km as Real, so appending one to the other keeps 2.5.
        for file in ["map-geography.geojson", "map25-geography.geojson"] {
            let path = folder.appendingPathComponent(file).path
            let fields = try Self.fields(path, layer: String(file.dropLast(".geojson".count)))
            #expect(fields.first { $0.name == "buffer_km" }?.type == "Real", "\(file)")
        }
    }

    @Test("ogr2ogr converts each layer to Shapefile and GeoPackage with every property and its type")
    func ogr2ogr() throws {
        let converter = try Self.tool("ogr2ogr")
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.geojson").path
        _ = try KumeExecutable.run(["check", Self.bursa, "-o", map], in: BoundaryCommandTests.repository)
        for layer in ["map", "map-geography"] {
            let source = folder.appendingPathComponent("\(layer).geojson").path
            let expected = try Self.fields(source, layer: layer)
            try #require(!expected.isEmpty)
            #expect(expected.contains { $0.name == "province" } || layer == "map-geography")

            let geoPackage = folder.appendingPathComponent("\(layer).gpkg").path
            _ = try Shell.run(converter, ["-f", "GPKG", geoPackage, source])
            let gpkgFields = try Self.fields(geoPackage, layer: layer)
            #expect(gpkgFields.map(\.name) == expected.map(\.name), "\(layer).gpkg")
            #expect(gpkgFields.map(\.type) == expected.map(\.type), "\(layer).gpkg")
            #expect(try Self.featureCount(geoPackage, layer: layer) == Self.featureCount(source, layer: layer))

            // A Shapefile keeps 10 characters of a field name and has no boolean type: booleans are integers 0/1.
            let shapefile = folder.appendingPathComponent("\(layer).shp").path
            _ = try Shell.run(converter, ["-f", "ESRI Shapefile", shapefile, source])
            let shpFields = try Self.fields(shapefile, layer: layer)
            #expect(shpFields.map(\.name) == expected.map { String($0.name.prefix(10)) }, "\(layer).shp")
            #expect(shpFields.map(\.type) == expected.map { $0.type == "Integer(Boolean)" ? "Integer" : $0.type }, "\(layer).shp")
            #expect(try Self.featureCount(shapefile, layer: layer) == Self.featureCount(source, layer: layer))
        }
        // The values survive too: the geography's area and the members' located provinces.
        let area = { (path: String, table: String) throws -> String in
            try Shell.run(try Self.tool("ogrinfo"), ["-ro", "-dialect", "sqlite", "-sql", "SELECT area_km2 FROM \"\(table)\"", path])
                .split(separator: "\n").first { $0.contains("area_km2 (Real) = ") }.map(String.init) ?? "none"
        }
        let geographyJSON = folder.appendingPathComponent("map-geography.geojson").path
        #expect(try area(geographyJSON, "map-geography") == area(folder.appendingPathComponent("map-geography.gpkg").path, "map-geography"))
        #expect(try area(geographyJSON, "map-geography") == area(folder.appendingPathComponent("map-geography.shp").path, "map-geography"))
        let provinces = try Shell.run(try Self.tool("ogrinfo"), [
            "-ro", "-dialect", "sqlite", "-sql", "SELECT COUNT(*) AS n FROM map WHERE province = 'Bursa'",
            folder.appendingPathComponent("map.shp").path,
        ])
        #expect(provinces.contains("n (Integer) = 40"))
    }

    @Test("batch --maps writes each roster's members and geography as two GeoJSON files, the members readable as a roster")
    func batchMaps() throws {
        let folder = try RosterFixture.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in"), output = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.bursa, toPath: input.appendingPathComponent("bursa.csv").path)
        let result = try KumeExecutable.run(["batch", input.path, "-o", output.path, "--maps"], in: BoundaryCommandTests.repository)
        #expect(result.status == 0, "\(result.standardError)")
        let members = output.appendingPathComponent("bursa.csv.geojson").path
        let geography = output.appendingPathComponent("bursa.csv-geography.geojson").path
        #expect(try Self.featureCount(members, layer: "bursa.csv") == "40")
        #expect(try Self.featureCount(geography, layer: "bursa.csv-geography") == "1")
        let again = try KumeExecutable.run(["check", members, "--format", "json"], in: BoundaryCommandTests.repository)
        let original = try KumeExecutable.run(["check", Self.bursa, "--format", "json"], in: BoundaryCommandTests.repository)
        #expect(try checks(again.standardOutput) == checks(original.standardOutput))
    }
}
