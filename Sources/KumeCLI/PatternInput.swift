import ArgumentParser
import Foundation
import Kume
import KumeGeo

/// Reading and writing for `kume pattern`: files, windows, distance sequences, CSV output.
enum PatternInput {
    /// FROM:TO:STEP as R's `seq(from, to, by = step)`: from + k·step while ≤ to (with R's 1e-10 fuzz).
    static func distances(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ":").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let from = parts[0], let to = parts[1], let step = parts[2],
              from.isFinite, to.isFinite, step.isFinite, step > 0, to >= from, from >= 0 else {
            throw ValidationError("'--r \(text)' must be FROM:TO:STEP with 0 ≤ FROM ≤ TO and STEP > 0, e.g. 0:50000:500")
        }
        let count = Int(((to - from) / step + 1e-10).rounded(.down)) + 1
        guard count <= 100_000 else { throw ValidationError("'--r \(text)' gives \(count) distances; use a larger STEP") }
        return (0..<count).map { from + Double($0) * step }
    }

    /// The x, y columns in metres: as given, or projected from longitude, latitude (`--lonlat`) to a
    /// Lambert azimuthal equal-area projection centred on the points. Coordinates that look like
    /// longitude and latitude (by their column names, or all inside Türkiye's extent in degrees) are
    /// refused without `--lonlat` or `--planar`, since distances in degrees mean nothing.
    static func coordinates(table: PointTable, x: String, y: String, lonlat: Bool, planar: Bool) throws
        -> (xMetres: [Double], yMetres: [Double], projection: Transformer?) {
        let xs = try table.numbers(x), ys = try table.numbers(y)
        if lonlat {
            let lonLat = zip(xs, ys).map { Coordinate(longitude: $0, latitude: $1) }
            for (k, point) in lonLat.enumerated() where !(abs(point.x) <= 180 && abs(point.y) <= 90) {
                throw InputError(issues: [InputIssue(
                    file: table.fileName, line: table.lines[k], column: (try? table.columnIndex(x)).map { $0 + 1 } ?? 1,
                    problem: "(\(point.x), \(point.y)) is not a longitude, latitude in degrees",
                    remedy: "give longitude in [-180, 180] and latitude in [-90, 90], or drop --lonlat for planar metres")])
            }
            guard !lonLat.isEmpty else { return ([], [], nil) }
            let local = try LocalProjection.equalArea(around: lonLat)
            let transformer = try Transformer(from: .wgs84, to: local.crs, in: try ProjectionContext())
            let projected = try transformer.forward(lonLat)
            StandardError.line("kume: longitude, latitude projected to \(local.definition)")
            return (projected.map(\.x), projected.map(\.y), transformer)
        }
        if !planar, looksLikeLongitudeLatitude(xName: x, yName: y, xs: xs, ys: ys) {
            throw ValidationError("""
                columns '\(x)', '\(y)' look like longitude and latitude in degrees, where distances mean nothing: \
                add --lonlat to project them to metres, or --planar if they really are planar coordinates
                """)
        }
        return (xs, ys, nil)
    }

    /// Whether the columns are named as longitude and latitude, or every point lies inside Türkiye's
    /// extent in degrees (25–45.5° E, 35.5–42.5° N), which no metric frame of a real pattern does.
    static func looksLikeLongitudeLatitude(xName: String, yName: String, xs: [Double], ys: [Double]) -> Bool {
        let longitudeNames: Set = ["lon", "lng", "long", "longitude", "boylam"]
        let latitudeNames: Set = ["lat", "latitude", "enlem"]
        let named = longitudeNames.contains(TurkishText.folded(xName)) || latitudeNames.contains(TurkishText.folded(yName))
        let inDegrees = xs.allSatisfy { abs($0) <= 180 } && ys.allSatisfy { abs($0) <= 90 }
        let inTurkiye = !xs.isEmpty && xs.allSatisfy { (25...45.5).contains($0) } && ys.allSatisfy { (35.5...42.5).contains($0) }
        return (named && inDegrees) || inTurkiye
    }

    /// Refuses a pattern with a point outside the window the user gave.
    static func requireInside(_ points: PlanarPattern, _ window: PatternWindow, file: String) throws {
        for i in 0..<points.count where !window.contains(xMetres: points.xMetres[i], yMetres: points.yMetres[i]) {
            throw DistanceMeasureError.pointOutsideWindow(index: i, xMetres: points.xMetres[i], yMetres: points.yMetres[i])
        }
    }

    /// The window from `--window-rect`, `--window FILE` (its vertices projected when the points were), or
    /// else the points' bounding box.
    static func window(rect: String?, file: String?, points: PlanarPattern, projection: Transformer? = nil) throws
        -> PatternWindow {
        if let rect {
            let values = rect.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == 4, values.allSatisfy(\.isFinite) else {
                throw ValidationError("'--window-rect \(rect)' must be XMIN,XMAX,YMIN,YMAX in metres")
            }
            return try PatternWindow.rectangle(xMin: values[0], xMax: values[1], yMin: values[2], yMax: values[3])
        }
        if let file {
            let table = try PointTable(text: try InputFile.text(file, kind: "window file", format: "UTF-8 CSV"), fileName: file)
            let xs = try table.numbers("x"), ys = try table.numbers("y")
            var vertices = zip(xs, ys).map { Coordinate(x: $0, y: $1) }
            if let projection { vertices = try projection.forward(vertices) }
            return try PatternWindow.polygon(vertices)
        }
        guard let box = points.boundingBox else { throw ValidationError("the point file has no points") }
        return try PatternWindow.rectangle(xMin: box.xMin, xMax: box.xMax, yMin: box.yMin, yMax: box.yMax)
    }

    /// dbmss `Mhat`'s default: diameter · (0, 1:20, 22:40 by 2, 45:100 by 5, 110:200 by 10, 220:400 by 20)/800.
    static func defaultMDistances(_ diameter: Double) -> [Double] {
        let steps = Array(0...20) + Array(stride(from: 22, through: 40, by: 2))
            + Array(stride(from: 45, through: 100, by: 5)) + Array(stride(from: 110, through: 200, by: 10))
            + Array(stride(from: 220, through: 400, by: 20))
        return steps.map { diameter * Double($0) / 800 }
    }

    /// spatstat's default for a rectangle: 513 values from 0 to a quarter of the shorter side.
    static func defaultKDistances(_ window: PatternWindow) -> [Double] {
        var rmax = window.diameterMetres / 4
        if case let .rectangle(xMin, xMax, yMin, yMax) = window.shape { rmax = min(xMax - xMin, yMax - yMin) / 4 }
        return (0..<513).map { rmax * Double($0) / 512 }
    }

    /// The global rank test's outcome in one line, for standard error.
    static func rankTestLine(_ test: GlobalRankTest, simulations: Int) -> String {
        let level = String(format: "%g", test.alpha * 100)
        let p = String(format: "%.4f", test.pValue)
        return "kume: global rank envelope test (extreme rank length, \(simulations) random labellings): p = \(p); "
            + (test.rejects ? "Kd departs from random labelling at the \(level) % level"
                            : "no departure from random labelling at the \(level) % level")
    }

    /// `r,value` (and `lo,hi`) rows with 17 significant digits; NaN as `NA`.
    static func csv(_ r: [Double], _ values: [Double], _ lower: [Double]? = nil, _ upper: [Double]? = nil) -> String {
        func cell(_ v: Double) -> String { v.isNaN ? "NA" : "\(v)" }
        var out = lower == nil ? "r,value\n" : "r,value,lo,hi\n"
        for k in r.indices {
            out += "\(cell(r[k])),\(cell(values[k]))"
            if let lower, let upper { out += ",\(cell(lower[k])),\(cell(upper[k]))" }
            out += "\n"
        }
        return out
    }
}
