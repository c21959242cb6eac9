import ArgumentParser
import Foundation
import Kume
import KumeGeo

/// `kume pattern FUNCTION FILE`: distance-based concentration measures of a point pattern.
struct Pattern: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kd (Duranton–Overman), M (Marcon–Puech), Ripley's K and L of a point CSV.",
        discussion: """
            FILE is a CSV with a header row and planar coordinates in metres (a local projection), or \
            longitude and latitude in degrees with --lonlat. Prints CSV `r,value` (r in the input's units), \
            plus `lo,hi` with --simulations (kd only). With --mark and --reference, k and l are those of the \
            reference type's points alone (spatstat Kest/Lest of that type, dbmss Khat with ReferenceType); \
            with --neighbor too, the cross K or L from the reference to the neighbour type (spatstat \
            Kcross/Lcross).
            """)

    enum Function: String, ExpressibleByArgument, CaseIterable {
        case kd, m, k, l
    }

    @Argument(help: "The function: kd, m, k or l.") var function: Function
    @Argument(help: "The point CSV.") var file: String
    @Option(help: "Column of the x coordinate (easting, metres; longitude with --lonlat).") var x = "x"
    @Option(help: "Column of the y coordinate (northing, metres; latitude with --lonlat).") var y = "y"
    @Flag(help: "x and y are longitude and latitude (WGS84 degrees): project them to a local equal-area projection in metres.")
    var lonlat = false
    @Flag(help: "x and y are planar coordinates even though they look like longitude and latitude.")
    var planar = false
    @Option(help: "Column of the point type (needed by kd and m; with --reference, k and l of that type).") var mark: String?
    @Option(help: "The reference type.") var reference: String?
    @Option(help: "The neighbour type: bivariate kd and m, cross k and l.") var neighbor: String?
    @Option(help: "Column of the point weight (e.g. employees); weighted kd, weighted m.") var weight: String?
    @Option(help: "Rectangle window XMIN,XMAX,YMIN,YMAX (metres).") var windowRect: String?
    @Option(help: "Polygon window: a CSV of vertices with columns x, y (longitude, latitude with --lonlat).") var window: String?
    @Option(help: "Distances FROM:TO:STEP (metres); default as dbmss/spatstat from the window.") var r: String?
    @Option(help: "Edge correction for k and l: none, border, translate, isotropic (default isotropic).")
    var correction: EdgeCorrection?
    @Option(help: "Random labellings for the kd envelope (999 when only --global is given).") var simulations: Int?
    @Option(help: "Seed of the simulations (default 1).") var seed: UInt64?
    @Flag(help: "Print the global envelope (extreme rank length, as R's GET) instead of the local one, and its p-value on standard error.")
    var global = false
    @Option(help: "Risk level of the envelope (default 0.05).") var alpha: Double?
    @Option(help: "Write an SVG chart of the kd curve (and envelope) to this file.") var plot: String?
    @Option(name: .shortAndLong, help: "Write the CSV to this file instead of standard output.") var output: String?

    func validate() throws {
        let name = function.rawValue
        switch function {
        case .kd, .m:
            guard mark != nil else { throw ValidationError("'--mark COL' is needed by \(name)") }
            guard reference != nil else { throw ValidationError("'--reference VALUE' is needed by \(name)") }
        case .k, .l:
            if mark != nil, reference == nil {
                throw ValidationError("'--mark' needs '--reference VALUE' with \(name): the type whose \(name.uppercased()) to compute")
            }
            if weight != nil {
                throw ValidationError("'--weight' is not defined for \(name) (spatstat's Kest and dbmss's Khat take no weights); drop it, or use kd or m for weighted measures")
            }
        }
        if reference != nil, mark == nil { throw ValidationError("'--reference' needs '--mark COL', the column of the point types") }
        if neighbor != nil, reference == nil { throw ValidationError("'--neighbor' needs '--mark COL' and '--reference VALUE'") }
        if correction != nil, function != .k, function != .l {
            throw ValidationError("'--correction' is only valid with k and l (\(name) needs no edge correction)")
        }
        if simulations != nil, function != .kd { throw ValidationError("'--simulations' is only valid with kd") }
        if let simulations, simulations < 1 { throw ValidationError("'--simulations' must be at least 1") }
        if global, function != .kd { throw ValidationError("'--global' is only valid with kd") }
        let simulated = simulations != nil || global
        if seed != nil, !simulated { throw ValidationError("'--seed' is only used with '--simulations' or '--global'") }
        if let alpha {
            guard simulated else { throw ValidationError("'--alpha' is only used with '--simulations' or '--global'") }
            guard alpha > 0, alpha < 1 else { throw ValidationError("'--alpha' must lie between 0 and 1") }
        }
        if plot != nil, function != .kd { throw ValidationError("'--plot' is only valid with kd") }
        if windowRect != nil, window != nil { throw ValidationError("give '--window-rect' or '--window', not both") }
        if lonlat, planar { throw ValidationError("give '--lonlat' or '--planar', not both") }
        if lonlat, windowRect != nil {
            throw ValidationError("'--window-rect' is in metres and cannot be used with '--lonlat'; give '--window FILE' with longitude, latitude vertices")
        }
        if let r { _ = try PatternInput.distances(r) }
    }

    func run() async throws {
        do {
            try await compute()
        } catch let error as InputError {
            FileHandle.standardError.write(Data((Setting.flagged(error) + "\n").utf8))
            throw ExitCode(2)
        } catch let error as DistanceMeasureError {
            FileHandle.standardError.write(Data(("kume pattern: \(error)\n").utf8))
            throw ExitCode(2)
        } catch let error as ProjectionError {
            FileHandle.standardError.write(Data(("kume pattern: \(error)\n").utf8))
            throw ExitCode(2)
        }
    }

    private func compute() async throws {
        let table = try PointTable(text: try InputFile.text(file, kind: "point table", format: "UTF-8 CSV"), fileName: file)
        let coordinates = try PatternInput.coordinates(table: table, x: x, y: y, lonlat: lonlat, planar: planar)
        let points = try PlanarPattern(xMetres: coordinates.xMetres, yMetres: coordinates.yMetres)
        let area = try PatternInput.window(rect: windowRect, file: window, points: points, projection: coordinates.projection)
        if windowRect != nil || window != nil { try PatternInput.requireInside(points, area, file: file) }
        let marked = try mark.map { try MarkedPattern(points: points, types: table.strings($0),
                                                      weights: weight.map { try table.numbers($0) }) }
        let seed = self.seed ?? 1, alpha = self.alpha ?? 0.05
        var csv = ""
        switch function {
        case .kd:
            guard let marked, let reference else { return }
            let distances = try r.map(PatternInput.distances)
                ?? DurantonOvermanKd.defaultDistances(windowDiameterMetres: area.diameterMetres)
            let parameters = KdParameters(rMetres: distances, referenceType: reference, neighbourType: neighbor,
                                          weighted: weight != nil,
                                          bandwidthRangeMetres: r == nil ? area.diameterMetres / 3 : nil)
            let title = "Kd of \(reference)\(neighbor.map { " → \($0)" } ?? "")"
            if simulations != nil || global {
                let simulations = simulations ?? 999
                let bar = ProgressBar(total: simulations, unit: "simulations")
                let envelope = try await DurantonOvermanKd.envelope(
                    marked, parameters: parameters,
                    envelope: EnvelopeParameters(simulations: simulations, seed: seed, alpha: alpha),
                    progress: { bar.update($0) })
                bar.finish()
                let kind: EnvelopeKind = global ? .extremeRank : .local
                let band = envelope.band(kind)
                csv = PatternInput.csv(distances, envelope.observed.values, band.lower, band.upper)
                if global, let test = envelope.rankTest { StandardError.line(PatternInput.rankTestLine(test, simulations: simulations)) }
                if let plot {
                    let chart = KdPlot(envelope: envelope, kind: kind, title: title)
                    try AtomicFile.write(chart.svg(), to: plot)
                }
            } else {
                let curve = try await DurantonOvermanKd.estimate(marked, parameters: parameters)
                csv = PatternInput.csv(distances, curve.values)
                if let plot { try AtomicFile.write(KdPlot(curve: curve, title: title).svg(), to: plot) }
            }
        case .m:
            guard let marked, let reference else { return }
            let distances = try r.map(PatternInput.distances) ?? PatternInput.defaultMDistances(area.diameterMetres)
            let values = try await MarconPuechM.estimate(marked, rMetres: distances, referenceType: reference,
                                                         neighbourType: neighbor)
            csv = PatternInput.csv(distances, values)
        case .k, .l:
            // spatstat's default rmax for a rectangle is a quarter of the shorter side; 513 values.
            let distances = try r.map(PatternInput.distances) ?? PatternInput.defaultKDistances(area)
            let correction = self.correction ?? .isotropic
            let values: [Double]
            if let marked, let reference {
                values = function == .k
                    ? try await RipleyK.estimate(marked, referenceType: reference, neighbourType: neighbor, window: area,
                                                 rMetres: distances, correction: correction)
                    : try await RipleyK.estimateL(marked, referenceType: reference, neighbourType: neighbor, window: area,
                                                  rMetres: distances, correction: correction)
            } else {
                values = function == .k
                    ? try await RipleyK.estimate(points, window: area, rMetres: distances, correction: correction)
                    : try await RipleyK.estimateL(points, window: area, rMetres: distances, correction: correction)
            }
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
