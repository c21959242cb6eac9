import ArgumentParser
import Foundation
import Kume
import KumeGeo

/// `kume pattern FUNCTION FILE`: distance-based concentration measures of a point pattern.
struct Pattern: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kd (Duranton–Overman), M (Marcon–Puech), Ripley's K and L of a point CSV.",
        discussion: """
            FILE is a CSV with a header row and planar coordinates in metres (a local projection). \
            Prints CSV `r,value` (r in the input's units), plus `lo,hi` with --simulations (kd only).
            """)

    enum Function: String, ExpressibleByArgument, CaseIterable {
        case kd, m, k, l
    }

    @Argument(help: "The function: kd, m, k or l.") var function: Function
    @Argument(help: "The point CSV.") var file: String
    @Option(help: "Column of the x coordinate (easting, metres).") var x = "x"
    @Option(help: "Column of the y coordinate (northing, metres).") var y = "y"
    @Option(help: "Column of the point type (needed by kd and m).") var mark: String?
    @Option(help: "The reference type (kd, m).") var reference: String?
    @Option(help: "The neighbour type for a bivariate kd or m.") var neighbor: String?
    @Option(help: "Column of the point weight (e.g. employees); weighted kd, weighted m.") var weight: String?
    @Option(help: "Rectangle window XMIN,XMAX,YMIN,YMAX (metres).") var windowRect: String?
    @Option(help: "Polygon window: a CSV of vertices with columns x, y.") var window: String?
    @Option(help: "Distances FROM:TO:STEP (metres); default as dbmss/spatstat from the window.") var r: String?
    @Option(help: "Edge correction for k and l: none, border, translate, isotropic.")
    var correction: EdgeCorrection = .isotropic
    @Option(help: "Random labellings for the kd envelope (999 when only --global is given).") var simulations: Int?
    @Option(help: "Seed of the simulations.") var seed: UInt64 = 1
    @Flag(help: "Print the global (Duranton–Overman) envelope instead of the local one.") var global = false
    @Option(help: "Risk level of the envelope.") var alpha = 0.05
    @Option(help: "Write an SVG chart of the kd curve (and envelope) to this file.") var plot: String?
    @Option(name: .shortAndLong, help: "Write the CSV to this file instead of standard output.") var output: String?

    func validate() throws {
        if function == .kd || function == .m {
            guard mark != nil else { throw ValidationError("'--mark COL' is needed by \(function.rawValue)") }
            guard reference != nil else { throw ValidationError("'--reference VALUE' is needed by \(function.rawValue)") }
        }
        if simulations != nil, function != .kd {
            throw ValidationError("'--simulations' is only valid with kd")
        }
        if let simulations, simulations < 1 { throw ValidationError("'--simulations' must be at least 1") }
        if global, function != .kd { throw ValidationError("'--global' is only valid with kd") }
        if plot != nil, function != .kd { throw ValidationError("'--plot' is only valid with kd") }
        if windowRect != nil, window != nil { throw ValidationError("give '--window-rect' or '--window', not both") }
        guard alpha > 0, alpha < 1 else { throw ValidationError("'--alpha' must lie between 0 and 1") }
    }

    func run() async throws {
        do {
            try await compute()
        } catch let error as InputError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        } catch let error as DistanceMeasureError {
            FileHandle.standardError.write(Data(("kume pattern: \(error)\n").utf8))
            throw ExitCode(2)
        }
    }

    private func compute() async throws {
        let table = try PointTable(text: try InputFile.text(file, kind: "point table", format: "UTF-8 CSV"), fileName: file)
        let points = try PlanarPattern(xMetres: table.numbers(x), yMetres: table.numbers(y))
        let area = try PatternInput.window(rect: windowRect, file: window, points: points)
        var csv = ""
        switch function {
        case .kd:
            let marked = try MarkedPattern(points: points, types: table.strings(mark ?? ""),
                                           weights: weight.map { try table.numbers($0) })
            let distances = try r.map(PatternInput.distances)
                ?? DurantonOvermanKd.defaultDistances(windowDiameterMetres: area.diameterMetres)
            let parameters = KdParameters(rMetres: distances, referenceType: reference ?? "", neighbourType: neighbor,
                                          weighted: weight != nil,
                                          bandwidthRangeMetres: r == nil ? area.diameterMetres / 3 : nil)
            if simulations != nil || global {
                let simulations = simulations ?? 999
                let bar = ProgressBar(total: simulations, unit: "simulations")
                let envelope = try await DurantonOvermanKd.envelope(
                    marked, parameters: parameters,
                    envelope: EnvelopeParameters(simulations: simulations, seed: seed, alpha: alpha),
                    progress: { bar.update($0) })
                bar.finish()
                let band = envelope.band(global ? .global : .local)
                csv = PatternInput.csv(distances, envelope.observed.values, band.lower, band.upper)
                if let plot {
                    let chart = KdPlot(envelope: envelope, kind: global ? .global : .local,
                                       title: "Kd of \(reference ?? "")\(neighbor.map { " → \($0)" } ?? "")")
                    try AtomicFile.write(chart.svg(), to: plot)
                }
            } else {
                let curve = try await DurantonOvermanKd.estimate(marked, parameters: parameters)
                csv = PatternInput.csv(distances, curve.values)
                if let plot {
                    let chart = KdPlot(curve: curve, title: "Kd of \(reference ?? "")\(neighbor.map { " → \($0)" } ?? "")")
                    try AtomicFile.write(chart.svg(), to: plot)
                }
            }
        case .m:
            let marked = try MarkedPattern(points: points, types: table.strings(mark ?? ""),
                                           weights: weight.map { try table.numbers($0) })
            let distances = try r.map(PatternInput.distances) ?? PatternInput.defaultMDistances(area.diameterMetres)
            let values = try await MarconPuechM.estimate(marked, rMetres: distances, referenceType: reference ?? "",
                                                         neighbourType: neighbor)
            csv = PatternInput.csv(distances, values)
        case .k, .l:
            // spatstat's default rmax for a rectangle is a quarter of the shorter side; 513 values.
            let distances = try r.map(PatternInput.distances) ?? PatternInput.defaultKDistances(area)
            let values = function == .k
                ? try await RipleyK.estimate(points, window: area, rMetres: distances, correction: correction)
                : try await RipleyK.estimateL(points, window: area, rMetres: distances, correction: correction)
            csv = PatternInput.csv(distances, values)
        }
        if let output {
            try AtomicFile.write(csv, to: output)
        } else {
            FileHandle.standardOutput.write(Data(csv.utf8))
        }
    }
}

extension EdgeCorrection: ExpressibleByArgument {}

/// Reading and writing for `kume pattern`: files, windows, distance sequences, CSV output.
enum PatternInput {
    /// FROM:TO:STEP as R's `seq(from, to, by = step)`: from + k·step while ≤ to (with R's 1e-10 fuzz).
    static func distances(_ text: String) throws -> [Double] {
        let parts = text.split(separator: ":").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 3, let from = parts[0], let to = parts[1], let step = parts[2],
              step > 0, to >= from, from >= 0 else {
            throw ValidationError("'--r \(text)' must be FROM:TO:STEP with 0 ≤ FROM ≤ TO and STEP > 0, e.g. 0:50000:500")
        }
        let count = Int(((to - from) / step + 1e-10).rounded(.down)) + 1
        guard count <= 100_000 else { throw ValidationError("'--r \(text)' gives \(count) distances; use a larger STEP") }
        return (0..<count).map { from + Double($0) * step }
    }

    /// The window from `--window-rect`, `--window FILE`, or else the points' bounding box.
    static func window(rect: String?, file: String?, points: PlanarPattern) throws -> PatternWindow {
        if let rect {
            let values = rect.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard values.count == 4 else {
                throw ValidationError("'--window-rect \(rect)' must be XMIN,XMAX,YMIN,YMAX in metres")
            }
            return try PatternWindow.rectangle(xMin: values[0], xMax: values[1], yMin: values[2], yMax: values[3])
        }
        if let file {
            let table = try PointTable(text: try InputFile.text(file, kind: "window file", format: "UTF-8 CSV"), fileName: file)
            let xs = try table.numbers("x"), ys = try table.numbers("y")
            return try PatternWindow.polygon(zip(xs, ys).map { Coordinate(x: $0, y: $1) })
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
