import Foundation
import Testing
@testable import KumeGeography

@Suite("DBFTable")
struct DBFTableTests {
    @Test(
        "The district table's fields match pyshp's reading",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func fieldsMatchPyshp() throws {
        let table = try DBFTable.read(path: try BoundaryTestSupport.fullPath("dbf"))
        let expected = try BoundaryTestSupport.fixtureRows("boundaries_fields.csv")
        #expect(table.encoding == .utf8)  // from tur_polbna_adm2.cpg
        #expect(table.fields.map(\.name) == expected.map { $0["name"] ?? "" })
        #expect(table.fields.map { String($0.type) } == expected.map { $0["type"] ?? "" })
        #expect(table.fields.map(\.length) == expected.map { Int($0["length"] ?? "") ?? -1 })
        #expect(table.fields.map(\.decimalCount) == expected.map { Int($0["decimals"] ?? "") ?? -1 })
    }

    @Test(
        "Every record's codes, Turkish names, OBJECTID and Shape_Area match pyshp",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func recordsMatchPyshp() throws {
        let table = try DBFTable.read(path: try BoundaryTestSupport.fullPath("dbf"))
        let expected = try BoundaryTestSupport.fixtureRows("boundaries_records.csv")
        try #require(table.records.count == expected.count)
        let column = { (name: String) throws -> Int in try #require(table.fieldIndex(named: name)) }
        let (pcode, adm1, adm1tr, adm2tr, adm2en, objectID, area) = (
            try column("pcode"), try column("adm1"), try column("adm1_tr"), try column("adm2_tr"),
            try column("adm2_en"), try column("OBJECTID"), try column("Shape_Area")
        )
        for (row, want) in zip(table.records, expected) {
            #expect(row[pcode] == .text(want["pcode"] ?? ""))
            #expect(row[adm1] == .text(want["adm1"] ?? ""))
            #expect(row[adm1tr] == .text(want["adm1_tr"] ?? ""))
            #expect(row[adm2tr] == .text(want["adm2_tr"] ?? ""))
            #expect(row[adm2en] == .text(want["adm2_en"] ?? ""))
            #expect(row[objectID] == .number(Double(want["objectid"] ?? "") ?? .nan))
            #expect(row[area] == .number(Double(want["shape_area"] ?? "") ?? .nan))
        }
        #expect(!table.deleted.contains(true))
    }

    @Test(
        "Turkish names agree with the district points table made from the same file",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func turkishNamesAgreeWithPointsTable() throws {
        let table = try DBFTable.read(path: try BoundaryTestSupport.fullPath("dbf"))
        let points = try BoundaryTestSupport.districtPoints()
        let pcode = try #require(table.fieldIndex(named: "pcode"))
        let adm2tr = try #require(table.fieldIndex(named: "adm2_tr"))
        let adm1tr = try #require(table.fieldIndex(named: "adm1_tr"))
        let byCode = Dictionary(uniqueKeysWithValues: table.records.map { ($0[pcode].text ?? "", $0) })
        #expect(byCode.count == 973)
        for point in points {
            let row = try #require(byCode[point["pcode"] ?? ""])
            #expect(row[adm2tr].text == point["adm2_tr"])
            #expect(row[adm1tr].text == point["adm1_tr"])
        }
        // Spot checks written out by hand.
        #expect(byCode["TUR034035"]?[adm2tr].text == "ŞİŞLİ")
        #expect(byCode["TUR035010"]?[adm2tr].text == "ÇİĞLİ")
    }

    @Test("Windows-1254 bytes named by the language driver decode to Turkish letters")
    func windows1254() throws {
        // "ŞİŞLİ ığüöç" in Windows-1254: Ş DE, İ DD, L 4C, space 20, ı FD, ğ F0, ü FC, ö F6, ç E7.
        let cell: [UInt8] = [0xDE, 0xDD, 0xDE, 0x4C, 0xDD, 0x20, 0xFD, 0xF0, 0xFC, 0xF6, 0xE7, 0x20]
        let bytes = ByteBuilder.dbf(fields: [("ad", "C", 12, 0)], records: [cell], languageDriver: 0xCA)
        let table = try DBFTable.parse(bytes: bytes, file: "t.dbf")
        #expect(table.encoding == .windows1254)
        #expect(table.records == [[.text("ŞİŞLİ ığüöç")]])
    }

    @Test("Without a code page, bytes that are not UTF-8 are read as Windows-1254")
    func guessesWindows1254() throws {
        let bytes = ByteBuilder.dbf(fields: [("ad", "C", 4, 0)], records: [[0x49, 0xDF, 0xFD, 0x4B]])
        let table = try DBFTable.parse(bytes: bytes, file: "t.dbf")
        #expect(table.encoding == .windows1254)
        #expect(table.records == [[.text("IßıK")]])
    }

    @Test("Numeric, floating, logical and date fields decode, blanks become null")
    func fieldTypes() throws {
        let fields: [(String, Character, Int, Int)] = [("n", "N", 5, 0), ("f", "F", 8, 3), ("l", "L", 1, 0), ("d", "D", 8, 0)]
        let records: [[UInt8]] = [
            Array("   42  -1.250T20170811".utf8),
            Array("     ********?        ".utf8),
            Array("-0007   3.5e2n19991231".utf8),
        ]
        let table = try DBFTable.parse(bytes: ByteBuilder.dbf(fields: fields, records: records, deleted: [1]), file: "t.dbf")
        #expect(table.records[0] == [.number(42), .number(-1.25), .logical(true), .date(year: 2017, month: 8, day: 11)])
        #expect(table.records[1] == [.null, .null, .null, .null])
        #expect(table.records[2] == [.number(-7), .number(350), .logical(false), .date(year: 1999, month: 12, day: 31)])
        #expect(table.deleted == [false, true, false])
    }

    @Test("A number field holding letters is an error at that cell's byte offset")
    func badNumber() throws {
        let bytes = ByteBuilder.dbf(fields: [("a", "C", 2, 0), ("n", "N", 3, 0)], records: [Array("ab1x3".utf8)])
        let error = try #require(throws: BoundaryError.self) { _ = try DBFTable.parse(bytes: bytes, file: "t.dbf") }
        // Header 32 + 2 × 32 + 1 = 97; deletion flag 1; field a 2 → byte 100.
        #expect(error.description.hasPrefix("t.dbf: byte 100: field n: '1x3' is not a number"))
    }

    @Test(
        "A truncated district table is reported with file and byte offset",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage),
        arguments: [0, 20, 31, 200, 289, 5_000, 257_000])
    func truncated(length: Int) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try BoundaryTestSupport.fullPath("dbf"))))
        let error = try #require(throws: BoundaryError.self) {
            _ = try DBFTable.parse(bytes: Array(bytes.prefix(length)), file: "cut.dbf")
        }
        guard case .malformed(let file, let offset, _) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(file == "cut.dbf")
        #expect(offset <= length)
    }

    @Test("A .cpg naming an unknown code page is an unsupported-encoding error")
    func unknownCodePage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kume-dbf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bytes = ByteBuilder.dbf(fields: [("a", "C", 2, 0)], records: [Array("ab".utf8)])
        try Data(bytes).write(to: folder.appendingPathComponent("t.dbf"))
        try Data("KOI8-R".utf8).write(to: folder.appendingPathComponent("t.cpg"))
        let error = try #require(throws: BoundaryError.self) {
            _ = try DBFTable.read(path: folder.appendingPathComponent("t.dbf").path)
        }
        #expect(error.description.contains("'KOI8-R' is not supported"))
    }
}
