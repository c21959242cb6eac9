import Foundation
import KumeAnalytics
import KumeGeo
import Testing

/// Reads the R-written reference tables under Tests/Fixtures (header row, `"`-quoted strings,
/// `NA` for NaN), found relative to this source file.
enum DistanceFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    struct Table {
        var header: [String]
        var rows: [[String]]

        func column(_ name: String) throws -> [String] {
            let index = try #require(header.firstIndex(of: name), "no column \(name)")
            return rows.map { $0[index] }
        }

        func numbers(_ name: String) throws -> [Double] {
            try column(name).map { $0 == "NA" ? .nan : try #require(Double($0), "not a number: \($0)") }
        }
    }

    static func table(_ folder: String, _ name: String) throws -> Table {
        let text = try String(contentsOf: directory.appendingPathComponent(folder).appendingPathComponent(name),
                              encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        let header = lines.removeFirst()
        return Table(header: header, rows: lines)
    }

    /// dbmss's `paracou16`: 2426 trees in metres, PointType and PointWeight (basal area).
    static func paracou16(weighted: Bool = true) throws -> MarkedPattern {
        let t = try table("dbmss", "dbmss_paracou16_points.csv")
        let points = try PlanarPattern(xMetres: t.numbers("x"), yMetres: t.numbers("y"))
        return try MarkedPattern(points: points, types: t.column("PointType"),
                                 weights: weighted ? t.numbers("PointWeight") : nil)
    }

    static func paracou16Window() throws -> PatternWindow {
        let t = try table("dbmss", "dbmss_paracou16_window_polygon.csv")
        let xs = try t.numbers("x"), ys = try t.numbers("y")
        return try PatternWindow.polygon(zip(xs, ys).map { Coordinate(x: $0, y: $1) })
    }

    /// spatstat's `amacrine`, unmarked, and its rectangle.
    static func amacrine() throws -> (PlanarPattern, PatternWindow) {
        let t = try table("spatstat", "spatstat_amacrine_points.csv")
        let w = try table("spatstat", "spatstat_amacrine_window.csv")
        let pattern = try PlanarPattern(xMetres: t.numbers("x"), yMetres: t.numbers("y"))
        let window = try PatternWindow.rectangle(
            xMin: w.numbers("xmin")[0], xMax: w.numbers("xmax")[0],
            yMin: w.numbers("ymin")[0], yMax: w.numbers("ymax")[0])
        return (pattern, window)
    }

    static func relativeDifference(_ a: Double, _ b: Double) -> Double {
        if a == b { return 0 }
        return abs(a - b) / max(abs(a), abs(b))
    }
}
