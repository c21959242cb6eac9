import Foundation
import KumeAnalytics
import KumeData

/// A chart of a Kd curve with its confidence band: the band shaded grey between dashed edges, the observed curve
/// drawn over it in black, axes with round ticks, and a legend, in English or Turkish. Drawn by `SVGLineChart`:
/// `svg()` gives a standalone SVG file, `markup()` the same drawing for an HTML page.
package struct KdPlot: Sendable {
    /// The unit shown on the distance axis.
    package enum DistanceUnit: String, Sendable {
        /// Metres; Kd in density per metre.
        case metres = "m"
        /// Kilometres; Kd in density per kilometre (the per-metre values × 1000).
        case kilometres = "km"
    }

    /// The distances, in metres.
    package var rMetres: [Double]
    /// Kd per metre.
    package var observed: [Double]
    /// The band (per metre), when an envelope was computed.
    package var band: (lower: [Double], upper: [Double])?
    /// Which envelope the band is, its confidence level in percent, and the number of random labellings.
    package var envelope: (kind: EnvelopeKind, confidencePercent: Double, simulations: Int)?
    /// The chart's title.
    package var title: String
    /// The distance unit; kilometres by default when r reaches 5 km.
    package var unit: DistanceUnit
    /// The language of the axis titles and the legend.
    package var language: VerdictReport.Language

    /// A chart of a curve alone.
    /// - Parameters:
    ///   - curve: the Kd curve.
    ///   - title: the title line.
    ///   - language: the language of the axes and legend.
    package init(curve: KdCurve, title: String, language: VerdictReport.Language = .english) {
        rMetres = curve.rMetres
        observed = curve.values
        band = nil
        envelope = nil
        self.title = title
        self.language = language
        unit = (curve.rMetres.last ?? 0) >= 5000 ? .kilometres : .metres
    }

    /// A chart of a curve and one of its envelopes.
    /// - Parameters:
    ///   - envelope: the curve and its bands.
    ///   - kind: which band to shade.
    ///   - title: the title line.
    ///   - language: the language of the axes and legend.
    package init(envelope: KdEnvelope, kind: EnvelopeKind, title: String,
                language: VerdictReport.Language = .english) {
        self.init(curve: envelope.observed, title: title, language: language)
        band = envelope.band(kind)
        self.envelope = (kind, (1 - envelope.parameters.alpha) * 100, envelope.parameters.simulations)
        rankPValue = kind == .extremeRank ? envelope.rankTest?.pValue : nil
    }

    /// The global rank test's p-value, shown in the legend when the band is its envelope.
    package var rankPValue: Double?

    /// The band's legend text: "Global 95 % envelope (999 random labellings)" or
    /// "Küresel %95 zarf (999 rastgele etiketleme)".
    package var bandLabel: String {
        guard let envelope else { return "" }
        let level = SVGLineChart.format(envelope.confidencePercent)
        switch language {
        case .english:
            let name = switch envelope.kind { case .local: "Local"; case .global: "Global"; case .extremeRank: "Global rank" }
            return "\(name) \(level) % envelope (\(envelope.simulations) random labellings"
                + (rankPValue.map { ", p = " + NumberText.decimal(Decimal($0), digits: 3, turkish: false, group: false) } ?? "") + ")"
        case .turkish:
            let name = switch envelope.kind { case .local: "Yerel"; case .global: "Küresel"; case .extremeRank: "Küresel sıra" }
            return "\(name) %\(level) zarf (\(envelope.simulations) rastgele etiketleme"
                + (rankPValue.map { ", p = " + NumberText.decimal(Decimal($0), digits: 3, turkish: true, group: false) } ?? "") + ")"
        }
    }

    /// The chart, values in the display unit (per kilometre when the distances are in kilometres).
    package func chart(widthPixels: Double = 720, heightPixels: Double = 440) -> SVGLineChart {
        let scale = unit == .kilometres ? 1000.0 : 1.0
        let xs = rMetres.map { $0 / scale }
        let turkish = language == .turkish
        let curve = SVGLineChart.Series(name: turkish ? "Gözlenen Kd" : "Observed Kd", xs: xs,
                                        ys: observed.map { $0 * scale })
        let shaded = band.map {
            SVGLineChart.Band(name: bandLabel, xs: xs, lower: $0.lower.map { $0 * scale },
                              upper: $0.upper.map { $0 * scale })
        }
        return SVGLineChart(
            title: title,
            xAxisTitle: turkish ? "Uzaklık (\(unit.rawValue))" : "Distance (\(unit.rawValue))",
            yAxisTitle: turkish ? "Kd (\(unit.rawValue) başına yoğunluk)" : "Kd (density per \(unit.rawValue))",
            series: [curve], band: shaded, widthPixels: widthPixels, heightPixels: heightPixels)
    }

    /// The chart for an HTML page.
    package func markup(widthPixels: Double = 720, heightPixels: Double = 440) -> SVGMarkup {
        chart(widthPixels: widthPixels, heightPixels: heightPixels).render()
    }

    /// The chart as a standalone SVG file.
    /// - Parameters:
    ///   - width: the width, in pixels.
    ///   - height: the height, in pixels.
    package func svg(width: Int = 720, height: Int = 440) -> String {
        markup(widthPixels: Double(width), heightPixels: Double(height)).standaloneFile
    }
}
