import Foundation
import KumeAnalytics

/// An SVG chart of a Kd curve with its confidence band: the band shaded, the observed curve drawn over
/// it, axes with ticks and labels, and a legend. Self-contained SVG 1.1 text, fit for a report.
public struct KdPlot: Sendable {
    /// The unit shown on the distance axis.
    public enum DistanceUnit: String, Sendable {
        /// Metres; Kd in density per metre.
        case metres = "m"
        /// Kilometres; Kd in density per kilometre (the per-metre values × 1000).
        case kilometres = "km"
    }

    /// The distances, in metres.
    public var rMetres: [Double]
    /// Kd per metre.
    public var observed: [Double]
    /// The band (per metre), when an envelope was computed.
    public var band: (lower: [Double], upper: [Double])?
    /// The band's legend text, e.g. "Global 95 % envelope (999 simulations)".
    public var bandLabel: String
    /// The chart's title.
    public var title: String
    /// The distance unit; kilometres by default when r reaches 5 km.
    public var unit: DistanceUnit

    /// A chart of a curve alone.
    /// - Parameters:
    ///   - curve: the Kd curve.
    ///   - title: the title line.
    public init(curve: KdCurve, title: String) {
        rMetres = curve.rMetres
        observed = curve.values
        band = nil
        bandLabel = ""
        self.title = title
        unit = (curve.rMetres.last ?? 0) >= 5000 ? .kilometres : .metres
    }

    /// A chart of a curve and one of its envelopes.
    /// - Parameters:
    ///   - envelope: the curve and its bands.
    ///   - kind: which band to shade.
    ///   - title: the title line.
    public init(envelope: KdEnvelope, kind: EnvelopeKind, title: String) {
        self.init(curve: envelope.observed, title: title)
        band = envelope.band(kind)
        let level = KdPlot.format((1 - envelope.parameters.alpha) * 100)
        bandLabel = "\(kind == .global ? "Global" : "Local") \(level) % envelope "
            + "(\(envelope.parameters.simulations) random labellings)"
    }

    /// The SVG document.
    /// - Parameters:
    ///   - width: the width, in pixels.
    ///   - height: the height, in pixels.
    public func svg(width: Int = 720, height: Int = 440) -> String {
        let scale = unit == .kilometres ? 1000.0 : 1.0
        let xs = rMetres.map { $0 / scale }
        let ys = observed.map { $0 * scale }
        let lows = band?.lower.map { $0 * scale } ?? []
        let highs = band?.upper.map { $0 * scale } ?? []
        let left = 78.0, right = Double(width) - 24, top = 72.0, bottom = Double(height) - 58
        let xTicks = KdPlot.ticks(min: xs.first ?? 0, max: xs.last ?? 1)
        let finite = (ys + lows + highs).filter(\.isFinite)
        let yTicks = KdPlot.ticks(min: 0, max: max(finite.max() ?? 1, 1e-300))
        let xMin = xTicks.first ?? 0, xMax = xTicks.last ?? 1
        let yMin = yTicks.first ?? 0, yMax = yTicks.last ?? 1
        func px(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (y - yMin) / (yMax - yMin) * (bottom - top) }
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(f((left + right) / 2))" y="24" text-anchor="middle" font-size="15">\(KdPlot.escape(title))</text>

            """
        // Grid and ticks.
        for t in yTicks {
            out += "<line x1=\"\(f(left))\" y1=\"\(f(py(t)))\" x2=\"\(f(right))\" y2=\"\(f(py(t)))\" stroke=\"#e3e3e3\"/>\n"
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(py(t) + 4))\" text-anchor=\"end\">\(KdPlot.format(t))</text>\n"
        }
        for t in xTicks {
            out += "<line x1=\"\(f(px(t)))\" y1=\"\(f(bottom))\" x2=\"\(f(px(t)))\" y2=\"\(f(bottom + 5))\" stroke=\"#333\"/>\n"
            out += "<text x=\"\(f(px(t)))\" y=\"\(f(bottom + 19))\" text-anchor=\"middle\">\(KdPlot.format(t))</text>\n"
        }
        // Band.
        if !lows.isEmpty {
            var points: [String] = []
            for k in xs.indices where highs[k].isFinite { points.append("\(f(px(xs[k]))),\(f(py(highs[k])))") }
            for k in xs.indices.reversed() where lows[k].isFinite { points.append("\(f(px(xs[k]))),\(f(py(lows[k])))") }
            out += "<polygon points=\"\(points.joined(separator: " "))\" fill=\"#9ecae1\" fill-opacity=\"0.6\" stroke=\"none\"/>\n"
        }
        // Observed curve.
        let line = xs.indices.filter { ys[$0].isFinite }.map { "\(f(px(xs[$0]))),\(f(py(ys[$0])))" }
        out += "<polyline points=\"\(line.joined(separator: " "))\" fill=\"none\" stroke=\"#08306b\" stroke-width=\"2\"/>\n"
        // Axes and labels.
        out += "<line x1=\"\(f(left))\" y1=\"\(f(bottom))\" x2=\"\(f(right))\" y2=\"\(f(bottom))\" stroke=\"#333\"/>\n"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(bottom))\" stroke=\"#333\"/>\n"
        out += "<text x=\"\(f((left + right) / 2))\" y=\"\(f(bottom + 42))\" text-anchor=\"middle\">"
            + "Distance (\(unit.rawValue))</text>\n"
        out += "<text transform=\"translate(18 \(f((top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">"
            + "Kd (density per \(unit.rawValue))</text>\n"
        // Legend: one row between the title and the plot, so it never hides the curve.
        let legendY = 48.0
        out += "<line x1=\"\(f(left))\" y1=\"\(f(legendY))\" x2=\"\(f(left + 26))\" y2=\"\(f(legendY))\" "
            + "stroke=\"#08306b\" stroke-width=\"2\"/>\n"
        out += "<text x=\"\(f(left + 32))\" y=\"\(f(legendY + 4))\">Observed Kd</text>\n"
        if !lows.isEmpty {
            let bandX = left + 130
            out += "<rect x=\"\(f(bandX))\" y=\"\(f(legendY - 5))\" width=\"26\" height=\"10\" fill=\"#9ecae1\"/>\n"
            out += "<text x=\"\(f(bandX + 32))\" y=\"\(f(legendY + 4))\">\(KdPlot.escape(bandLabel))</text>\n"
        }
        out += "</svg>\n"
        return out
    }

    /// About six round tick values (1, 2 or 5 × 10ᵏ apart) covering [min, max].
    static func ticks(min lower: Double, max upper: Double) -> [Double] {
        guard upper > lower else { return [lower, lower + 1] }
        let raw = (upper - lower) / 6
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = (lower / step).rounded(.down) * step
        var values: [Double] = []
        var k = 0.0
        while first + k * step < upper + step * 0.999 {
            values.append(first + k * step)
            k += 1
        }
        return values
    }

    /// A short decimal rendering (up to 4 significant digits, no exponent for ordinary magnitudes).
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) < 1e-4 || abs(value) >= 1e6 { return String(format: "%.2g", value) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
