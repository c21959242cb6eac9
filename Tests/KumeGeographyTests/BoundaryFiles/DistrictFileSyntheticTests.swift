import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

/// District files made byte by byte (ByteBuilder, from the ESRI Shapefile and dBASE layouts), read through GDAL.
@Suite("DistrictFile on hand-made files")
struct DistrictFileSyntheticTests {
    static let shell = [(29.0, 40.0), (29.0, 40.2), (29.2, 40.2), (29.2, 40.0), (29.0, 40.0)]  // clockwise: a shell
    static let hole = [(29.05, 40.05), (29.1, 40.05), (29.1, 40.1), (29.05, 40.1), (29.05, 40.05)]  // counter-clockwise
    static let fields: [(String, Character, Int, Int)] = [("pcode", "C", 9, 0), ("adm1", "C", 6, 0), ("adm1_tr", "C", 8, 0),
                                                           ("adm2_tr", "C", 6, 0)]
    // "İSTANBUL" and "ŞİŞLİ" in Windows-1254 (İ DD, Ş DE), named by the language driver 0xCA.
    static let record: [UInt8] = Array("TUR034035TUR034".utf8) + [0xDD] + Array("STANBUL".utf8) + [0xDE, 0xDD, 0xDE, 0x4C, 0xDD, 0x20]

    /// A folder holding `tur_polbna_adm2.shp`, `.shx` and `.dbf` with one record.
    private func folder(rings: [[(Double, Double)]], fields: [(String, Character, Int, Int)] = fields,
                        record: [UInt8] = record) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-districts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let shp = ByteBuilder.polygonShapefile(rings: rings)
        let base = url.appendingPathComponent("tur_polbna_adm2")
        try Data(shp).write(to: base.appendingPathExtension("shp"))
        try Data(ByteBuilder.shapeIndex(forShapefile: shp)).write(to: base.appendingPathExtension("shx"))
        try Data(ByteBuilder.dbf(fields: fields, records: [record], languageDriver: 0xCA)).write(to: base.appendingPathExtension("dbf"))
        return url
    }

    private func coordinates(_ ring: [(Double, Double)]) -> [Coordinate] { ring.map { Coordinate(x: $0.0, y: $0.1) } }

    @Test("A shell with a hole is one polygon with one hole; Windows-1254 names decode and are spelled officially")
    func shellWithHole() throws {
        let url = try folder(rings: [Self.shell, Self.hole])
        defer { try? FileManager.default.removeItem(at: url) }
        let districts = try DistrictFile.read(directory: url.path)
        try #require(districts.count == 1)
        let district = districts[0]
        #expect(district.pcode == "TUR034035" && district.provinceCode == "TUR034" && district.plate == 34)
        #expect(district.sourceName == "ŞİŞLİ")
        #expect(district.province == "İstanbul" && district.district == "Şişli")
        #expect(district.polygons == [RingPolygon(shell: coordinates(Self.shell), holes: [coordinates(Self.hole)])])
    }

    @Test("Two clockwise rings are two polygons")
    func twoShells() throws {
        let other = Self.shell.map { ($0.0 + 1, $0.1) }
        let url = try folder(rings: [Self.shell, other])
        defer { try? FileManager.default.removeItem(at: url) }
        let polygons = try DistrictFile.read(directory: url.path)[0].polygons
        #expect(polygons == [RingPolygon(shell: coordinates(Self.shell), holes: []), RingPolygon(shell: coordinates(other), holes: [])])
    }

    @Test("A table without a field the districts need is an error naming the field")
    func missingField() throws {
        let url = try folder(rings: [Self.shell], fields: Array(Self.fields.prefix(3)), record: Array(Self.record.prefix(23)))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try DistrictFile.read(directory: url.path)
        } throws: { error in
            guard case BoundaryError.missingField(_, let field) = error else { return false }
            return field == "adm2_tr" && "\(error)".contains("scripts/fetch-boundaries")
        }
    }

    @Test("A malformed p-code is an error at its record")
    func badPcode() throws {
        var record = Self.record
        record.replaceSubrange(0..<3, with: Array("XYZ".utf8))
        let url = try folder(rings: [Self.shell], record: record)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            _ = try DistrictFile.read(directory: url.path)
        } throws: { error in
            guard case BoundaryError.invalidRecord(let file, 1, let problem) = error else { return false }
            return file.hasSuffix("tur_polbna_adm2.shp") && problem.contains("XYZ034035")
        }
    }

    @Test("A folder without the files is an unreadable-file error naming the .shp")
    func missingFile() throws {
        #expect {
            _ = try DistrictFile.read(directory: "/nonexistent-kume-folder")
        } throws: { error in
            guard case BoundaryError.unreadable(let file, _) = error else { return false }
            return file == "/nonexistent-kume-folder/tur_polbna_adm2.shp"
        }
    }

    @Test("Randomly corrupted .shp and .dbf files are read or refused with a BoundaryError naming the file, never a crash",
          arguments: ["shp", "dbf"])
    func corruptFiles(fileExtension: String) throws {
        let url = try folder(rings: [Self.shell, Self.hole, Self.shell.map { ($0.0 + 1, $0.1) }])
        defer { try? FileManager.default.removeItem(at: url) }
        let target = url.appendingPathComponent("tur_polbna_adm2." + fileExtension)
        let original = [UInt8](try Data(contentsOf: target))
        #expect(throws: Never.self) { _ = try DistrictFile.read(directory: url.path) }
        var generator = BoundaryTestGenerator(seed: fileExtension == "shp" ? 2017 : 5174)
        var refused = 0
        for _ in 0..<400 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            let length = generator.next() % 4 == 0 ? Int(generator.next() % UInt64(bytes.count)) : bytes.count
            try Data(bytes.prefix(length)).write(to: target)
            do throws(BoundaryError) {
                _ = try DistrictFile.read(directory: url.path)
            } catch {
                refused += 1
                #expect(error.description.hasPrefix(url.path + "/tur_polbna_adm2.shp: "), "\(error)")
            }
        }
        #expect(refused > 50)
    }
}
