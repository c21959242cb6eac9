import ArgumentParser
import Foundation
import Kume

/// `kume-bench distance`: times Kd, Kd with a random-labelling envelope, and Ripley's K on a point CSV
/// with columns x, y (metres), PointType and optionally PointWeight.
struct Distance: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Times Kd (exact), Kd + envelope and Ripley's K; prints operation,n,seconds.")

    @Option(help: "Point CSV (x, y in metres; PointType).") var points: String
    @Option(help: "The reference type.") var reference = "Ref"
    @Option(help: "Side of the square window [0, side]², in metres.") var windowSide = 100_000.0
    @Option(help: "Simulations for the envelope (0 skips it).") var simulations = 99
    @Option(help: "Seed of the simulations.") var seed: UInt64 = 1
    @Option(help: "Ripley's K: largest r, in metres (0 skips it).") var ripleyMax = 0.0
    @Option(help: "Ripley's K: number of steps up to --ripley-max.") var ripleySteps = 50
    @Flag(help: "Ripley's K: count d < r (pointpats) instead of d ≤ r.") var strict = false
    @Flag(help: "Skip Kd (time Ripley's K only).") var skipKd = false

    func run() async throws {
        let text = try String(contentsOfFile: points, encoding: .utf8)
        let table = try PointTable(text: text, fileName: points)
        let pattern = try PlanarPattern(xMetres: table.numbers("x"), yMetres: table.numbers("y"))
        let n = pattern.count
        if !skipKd {
            let marked = try MarkedPattern(points: pattern, types: table.strings("PointType"))
            let r = DurantonOvermanKd.defaultDistances(windowDiameterMetres: windowSide * 2.0.squareRoot())
            let parameters = KdParameters(rMetres: r, referenceType: reference)
            var start = Date()
            let curve = try await DurantonOvermanKd.estimate(marked, parameters: parameters)
            print("kd_exact,\(n),\(Date().timeIntervalSince(start)),\(curve.method.rawValue)")
            if simulations > 0 {
                start = Date()
                let envelope = try await DurantonOvermanKd.envelope(
                    marked, parameters: parameters, envelope: EnvelopeParameters(simulations: simulations, seed: seed))
                print("kd_envelope\(simulations),\(n),\(Date().timeIntervalSince(start)),\(envelope.observed.method.rawValue)")
            }
        }
        if ripleyMax > 0 {
            let r = (0...ripleySteps).map { ripleyMax * Double($0) / Double(ripleySteps) }
            guard let box = pattern.boundingBox else { return }
            let window = try PatternWindow.rectangle(xMin: box.xMin, xMax: box.xMax, yMin: box.yMin, yMax: box.yMax)
            let start = Date()
            let k = try await RipleyK.estimate(pattern, window: window, rMetres: r, correction: .none,
                                               counting: strict ? .strictlyBelow : .atMost)
            print("ripley_k,\(n),\(Date().timeIntervalSince(start)),K(rmax)=\(k.last ?? .nan)")
        }
    }
}
