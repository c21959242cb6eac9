import Testing
@testable import KumeGeography

@Suite("Corrupt boundary files")
struct CorruptFileTests {
    @Test("Randomly corrupted shapefiles are read or refused with a typed error, never a crash")
    func corruptShapefiles() {
        let shell = [(0.0, 0.0), (0, 10), (10, 10), (10, 0), (0, 0)]
        let hole = [(2.0, 2.0), (4, 2), (4, 4), (2, 4), (2, 2)]
        let original = ByteBuilder.polygonShapefile(rings: [shell, hole, shell])
        #expect(throws: Never.self) { _ = try Shapefile.parse(bytes: original, file: "t.shp") }
        var generator = BoundaryTestGenerator(seed: 2017)
        var refused = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            let length = generator.next() % 4 == 0 ? Int(generator.next() % UInt64(bytes.count)) : bytes.count
            do {
                _ = try Shapefile.parse(bytes: Array(bytes.prefix(length)), file: "fuzz.shp").records.map { $0.polygons() }
            } catch {
                refused += 1
                #expect(error.description.hasPrefix("fuzz.shp: byte "))
            }
        }
        // Most corruptions hit a length, count or code and are refused; some only change coordinates.
        #expect(refused > 1_000)
    }

    @Test("Randomly corrupted DBF tables are read or refused with a typed error, never a crash")
    func corruptTables() {
        let fields: [(String, Character, Int, Int)] = [("ad", "C", 6, 0), ("n", "N", 5, 0), ("l", "L", 1, 0), ("d", "D", 8, 0)]
        // Records of 6 + 5 + 1 + 8 bytes; "Şile" in Windows-1254 (Ş = 0xDE).
        let original = ByteBuilder.dbf(
            fields: fields,
            records: [[0xDE] + Array("ile     42T20170811".utf8), Array("Bursa     7F19991231".utf8)],
            languageDriver: 0xCA)
        #expect(throws: Never.self) {
            let table = try DBFTable.parse(bytes: original, file: "t.dbf")
            #expect(table.records[0] == [.text("Şile"), .number(42), .logical(true), .date(year: 2017, month: 8, day: 11)])
        }
        var generator = BoundaryTestGenerator(seed: 5174)
        var refused = 0
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            let length = generator.next() % 4 == 0 ? Int(generator.next() % UInt64(bytes.count)) : bytes.count
            do {
                _ = try DBFTable.parse(bytes: Array(bytes.prefix(length)), file: "fuzz.dbf")
            } catch {
                refused += 1
                #expect(error.description.hasPrefix("fuzz.dbf: byte "))
            }
        }
        #expect(refused > 500)
    }
}
