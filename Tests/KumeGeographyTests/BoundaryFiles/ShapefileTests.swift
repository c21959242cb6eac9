import Foundation
import KumeGeo
import Testing
@testable import KumeGeography

@Suite("Shapefile")
struct ShapefileTests {
    // Expected values: scripts/reference/boundaries_reader.py (pyshp 3.1.6) → Tests/Fixtures/boundaries/.

    @Test(
        "Every record's parts, points, first and last vertex and box match pyshp",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func recordsMatchPyshp() throws {
        let file = try Shapefile.read(path: try BoundaryTestSupport.fullPath("shp"))
        let expected = try BoundaryTestSupport.fixtureRows("boundaries_records.csv")
        #expect(file.shapeType == 5)
        try #require(file.records.count == expected.count)
        for (record, row) in zip(file.records, expected) {
            let rings = record.rings
            #expect(rings.count == Int(row["parts"] ?? ""), "record \(row["index"] ?? "")")
            #expect(record.vertexCount == Int(row["points"] ?? ""))
            let first = try #require(rings.first?.first)
            let last = try #require(rings.last?.last)
            // Exact: pyshp prints each double with repr, which round-trips.
            #expect(first == Coordinate(x: try double(row, "first_x"), y: try double(row, "first_y")))
            #expect(last == Coordinate(x: try double(row, "last_x"), y: try double(row, "last_y")))
            let box = try #require(record.boundingBox)
            #expect(box.minimum == Coordinate(x: try double(row, "min_x"), y: try double(row, "min_y")))
            #expect(box.maximum == Coordinate(x: try double(row, "max_x"), y: try double(row, "max_y")))
        }
    }

    @Test(
        "The header's bounding box and the vertex total match pyshp",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage))
    func headerMatchesPyshp() throws {
        let file = try Shapefile.read(path: try BoundaryTestSupport.fullPath("shp"))
        let summary = Dictionary(
            uniqueKeysWithValues: try BoundaryTestSupport.fixtureRows("boundaries_summary.csv").map {
                ($0["key"] ?? "", $0["value"] ?? "")
            })
        #expect(file.records.count == Int(summary["records"] ?? ""))
        #expect(file.records.reduce(0) { $0 + $1.vertexCount } == Int(summary["vertices"] ?? ""))
        #expect(file.bounds.minimum.x == Double(summary["min_x"] ?? ""))
        #expect(file.bounds.minimum.y == Double(summary["min_y"] ?? ""))
        #expect(file.bounds.maximum.x == Double(summary["max_x"] ?? ""))
        #expect(file.bounds.maximum.y == Double(summary["max_y"] ?? ""))
    }

    @Test(
        "A truncated district file is reported with the file and the byte offset where it ends",
        .enabled(if: BoundaryTestSupport.available, BoundaryTestSupport.unavailableMessage),
        arguments: [0, 50, 99, 100, 5_000, 1_000_000, 10_665_311])
    func truncatedFile(length: Int) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: try BoundaryTestSupport.fullPath("shp"))))
        let error = try #require(throws: BoundaryError.self) {
            _ = try Shapefile.parse(bytes: Array(bytes.prefix(length)), file: "cut.shp")
        }
        guard case .malformed(let file, let offset, _) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(file == "cut.shp")
        #expect(offset <= length)
        #expect(error.description.hasPrefix("cut.shp: byte \(offset): "))
        #expect(error.description.contains("scripts/fetch-boundaries"))
    }

    @Test("A square with a square hole is read as one polygon with one hole")
    func squareWithHole() throws {
        // Shell clockwise (ESRI rule), hole counter-clockwise; closed rings.
        let shell = [(0.0, 0.0), (0, 10), (10, 10), (10, 0), (0, 0)]
        let hole = [(2.0, 2.0), (4, 2), (4, 4), (2, 4), (2, 2)]
        let file = try Shapefile.parse(bytes: ByteBuilder.polygonShapefile(rings: [shell, hole]), file: "square.shp")
        let record = try #require(file.records.first)
        #expect(record.recordNumber == 1)
        let polygons = record.polygons()
        try #require(polygons.count == 1)
        #expect(polygons[0].shell.count == 5)
        #expect(polygons[0].holes.count == 1)
        #expect(polygons[0].holes[0][1] == Coordinate(x: 4, y: 2))
        // Hand calculation: shell area 100 (clockwise: −100), hole 4 (counter-clockwise: +4).
        #expect(ShapefilePolygon.signedArea(polygons[0].shell) == -100)
        #expect(ShapefilePolygon.signedArea(polygons[0].holes[0]) == 4)
    }

    @Test("Two clockwise rings are two polygons")
    func twoShells() throws {
        let a = [(0.0, 0.0), (0, 1), (1, 1), (1, 0), (0, 0)]
        let b = [(5.0, 5.0), (5, 6), (6, 6), (6, 5), (5, 5)]
        let file = try Shapefile.parse(bytes: ByteBuilder.polygonShapefile(rings: [a, b]), file: "two.shp")
        #expect(try #require(file.records.first).polygons().count == 2)
    }

    @Test("A part count that does not fit the record is an error at the part count's byte, not a crash")
    func corruptPartCount() throws {
        var bytes = ByteBuilder.polygonShapefile(rings: [[(0, 0), (0, 1), (1, 1), (0, 0)]])
        // Record content starts at 108; the part count is at content byte 36 → file byte 144.
        bytes.replaceSubrange(144..<148, with: [0xFF, 0xFF, 0xFF, 0x7F])
        let error = try #require(throws: BoundaryError.self) { _ = try Shapefile.parse(bytes: bytes, file: "bad.shp") }
        guard case .malformed(_, let offset, _) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(offset == 144)
    }

    @Test("A part that starts beyond the point count is an error at that part's index")
    func corruptPartStart() throws {
        var bytes = ByteBuilder.polygonShapefile(rings: [[(0, 0), (0, 1), (1, 1), (0, 0)], [(0, 0), (0, 1), (1, 1), (0, 0)]])
        // Second part index at content byte 48 → file byte 156; point count is 8.
        bytes.replaceSubrange(156..<160, with: [9, 0, 0, 0])
        let error = try #require(throws: BoundaryError.self) { _ = try Shapefile.parse(bytes: bytes, file: "bad.shp") }
        guard case .malformed(_, let offset, _) = error else {
            Issue.record("expected .malformed, got \(error)")
            return
        }
        #expect(offset == 156)
    }

    @Test("A file of another shape type is refused at byte 32")
    func pointShapefileRefused() throws {
        var bytes = ByteBuilder.polygonShapefile(rings: [[(0, 0), (0, 1), (1, 1), (0, 0)]])
        bytes.replaceSubrange(32..<36, with: [1, 0, 0, 0])
        let error = try #require(throws: BoundaryError.self) { _ = try Shapefile.parse(bytes: bytes, file: "points.shp") }
        #expect(error.description.hasPrefix("points.shp: byte 32: shape type 1"))
    }

    private func double(_ row: [String: String], _ key: String) throws -> Double {
        try #require(Double(row[key] ?? ""), "fixture column \(key)")
    }
}
