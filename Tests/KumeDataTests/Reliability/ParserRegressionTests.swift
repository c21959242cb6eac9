import Foundation
import Testing
import KumeData
import KumeGeo

/// Inputs the fuzzers (scripts/fuzz) found to crash a reader. Each runs in a child process (an exit test),
/// so a crash fails this test instead of ending the test run.
@Suite("Parser regressions found by fuzzing")
struct ParserRegressionTests {
    @Test("A GeoJSON string with a high surrogate escape followed by a non-surrogate escape is an input error, not a trap")
    func unpairedHighSurrogate() async {
        // Found by the roster-geojson fuzzer: "\ud800\ud800" makes JSONParser.parseString compute
        // low − 0xDC00 on a UInt32 below 0xDC00, an arithmetic overflow trap.
        await #expect(processExitsWith: .success) {
            let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[29.06,40.18]},"properties":{"id":"\ud800\ud800","name":"A","type":"firm","nace":"29.10"}}]}"#
            _ = try? RosterReader.read(data: Array(text.utf8), name: "roster.geojson")
        }
    }

    @Test("A lone high surrogate escape at the end of a string still reads (as U+FFFD)")
    func loneHighSurrogate() async {
        await #expect(processExitsWith: .success) {
            let text = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[29.06,40.18]},"properties":{"id":"F1","name":"A\ud800","type":"firm","nace":"29.10","committed":true}}]}"#
            let roster = try RosterReader.read(data: Array(text.utf8), name: "roster.geojson")
            guard roster.members.first?.name == "A\u{FFFD}" else { exit(1) }
        }
    }

    @Test("Writing a point at 1e308 as WKT fails cleanly instead of overflowing GEOS's number buffer")
    func hugeCoordinateWKT() async {
        // Found by the wkt and wkb fuzzers: GEOS 3.11.1's trimmed WKT writer (GEOSWKTWriter_setTrim_r 1)
        // formats numbers into a fixed stack buffer; 1e200 already smashes it ("stack smashing detected").
        await #expect(processExitsWith: .success) {
            let context = try GeometryContext()
            let point = try Geometry(wkt: "POINT (1e308 -1e308)", in: context)
            // Refused with a GeometryError before GEOS sees it.
            guard (try? point.wkt()) == nil else { exit(1) }
        }
    }

    @Test("Reading WKB of a point at 1e308 and writing it back as WKB works")
    func hugeCoordinateWKB() async throws {
        let context = try GeometryContext()
        // Little-endian WKB point (1, type 1) at (1e308, -1e308), written out by hand.
        var bytes: [UInt8] = [1, 1, 0, 0, 0]
        withUnsafeBytes(of: (1e308).bitPattern.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: (-1e308).bitPattern.littleEndian) { bytes += $0 }
        let point = try Geometry(wkb: bytes, in: context)
        #expect(try point.wkb() == bytes)
    }
}
