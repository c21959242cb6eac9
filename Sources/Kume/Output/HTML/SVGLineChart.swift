import Foundation

/// A line chart drawn as SVG: curves over a shaded band (e.g. Kd and its confidence envelope), axes with round
/// ticks, axis titles and a legend above the plot. Line styles and a grey band keep it legible in black and white.
package struct SVGLineChart: Sendable {
    /// A curve. Non-finite values leave gaps.
    package struct Series: Sendable {
        package var name: String
        package var xs: [Double]
        package var ys: [Double]
        package var stroke: String
        package var widthPixels: Double
        package var dashPixels: [Double]

        package init(name: String, xs: [Double], ys: [Double], stroke: String = "#000", widthPixels: Double = 2,
                    dashPixels: [Double] = []) {
            self.name = name
            self.xs = xs
            self.ys = ys
            self.stroke = stroke
            self.widthPixels = widthPixels
            self.dashPixels = dashPixels
        }
    }

    /// A band between two curves over the same x values, e.g. a confidence envelope.
    package struct Band: Sendable {
        package var name: String
        package var xs: [Double]
        package var lower: [Double]
        package var upper: [Double]
        package var fill: String

        package init(name: String, xs: [Double], lower: [Double], upper: [Double], fill: String = "#c9c9c9") {
            self.name = name
            self.xs = xs
            self.lower = lower
            self.upper = upper
            self.fill = fill
        }
    }

    package var title: String
    package var xAxisTitle: String
    package var yAxisTitle: String
    package var series: [Series]
    package var band: Band?
    package var widthPixels: Double
    package var heightPixels: Double

    package init(title: String, xAxisTitle: String, yAxisTitle: String, series: [Series], band: Band? = nil,
                widthPixels: Double = 720, heightPixels: Double = 440) {
        self.title = title
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.series = series
        self.band = band
        self.widthPixels = widthPixels
        self.heightPixels = heightPixels
    }

    /// Draws the chart.
    package func render() -> SVGMarkup {
        let left = 78.0, right = widthPixels - 24, top = 72.0, bottom = heightPixels - 58
        let allX = (series.flatMap(\.xs) + (band?.xs ?? [])).filter(\.isFinite)
        let allY = (series.flatMap(\.ys) + (band?.lower ?? []) + (band?.upper ?? [])).filter(\.isFinite)
        let xTicks = Self.ticks(min: allX.min() ?? 0, max: allX.max() ?? 1)
        let yTicks = Self.ticks(min: min(allY.min() ?? 0, 0), max: max(allY.max() ?? 1, 1e-300))
        let xMin = xTicks.first ?? 0, xMax = xTicks.last ?? 1
        let yMin = yTicks.first ?? 0, yMax = yTicks.last ?? 1
        func px(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * (right - left) }
        func py(_ y: Double) -> Double { bottom - (y - yMin) / (yMax - yMin) * (bottom - top) }
        func f(_ v: Double) -> String { SVGNumber.format(v, decimals: 2) }

        var svg = SVGBuilder()
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "width": f(widthPixels), "height": f(heightPixels),
            "viewBox": "0 0 \(f(widthPixels)) \(f(heightPixels))", "role": "img", "aria-label": title,
            "class": "kume-chart", "font-family": "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif",
            "font-size": "12",
        ])
        svg.title(title)
        svg.empty("rect", ["width": "100%", "height": "100%", "fill": "#fff"])
        svg.element("text", ["x": f((left + right) / 2), "y": "24", "text-anchor": "middle", "font-size": "15"],
                    text: title)
        svg.open("g", ["data-role": "grid"])
        for t in yTicks {
            svg.empty("line", ["x1": f(left), "y1": f(py(t)), "x2": f(right), "y2": f(py(t)), "stroke": "#e0e0e0"])
            svg.element("text", ["x": f(left - 6), "y": f(py(t) + 4), "text-anchor": "end"], text: Self.format(t))
        }
        for t in xTicks {
            svg.empty("line", ["x1": f(px(t)), "y1": f(bottom), "x2": f(px(t)), "y2": f(bottom + 5), "stroke": "#333"])
            svg.element("text", ["x": f(px(t)), "y": f(bottom + 19), "text-anchor": "middle"], text: Self.format(t))
        }
        svg.close()
        if let band {
            var upper: [(x: Double, y: Double)] = [], lower: [(x: Double, y: Double)] = []
            for k in band.xs.indices where band.xs[k].isFinite {
                if k < band.upper.count, band.upper[k].isFinite { upper.append((px(band.xs[k]), py(band.upper[k]))) }
                if k < band.lower.count, band.lower[k].isFinite { lower.append((px(band.xs[k]), py(band.lower[k]))) }
            }
            svg.open("g", ["data-role": "band"])
            svg.empty("polygon", ["points": SVGNumber.points(upper + lower.reversed()), "fill": band.fill,
                                  "stroke": "none"])
            // Dashed edges, so the band's limits stay visible where a print loses the grey.
            for edge in [upper, lower] where edge.count > 1 {
                svg.empty("polyline", ["points": SVGNumber.points(edge), "fill": "none", "stroke": "#555",
                                       "stroke-width": "1", "stroke-dasharray": "4 3"])
            }
            svg.close()
        }
        for line in series {
            svg.open("g", ["data-role": "series", "data-name": line.name])
            for run in Self.finiteRuns(xs: line.xs, ys: line.ys) {
                // A value alone between gaps is a dot, which a one-point line would not show.
                if run.count == 1 {
                    svg.empty("circle", ["cx": f(px(run[0].x)), "cy": f(py(run[0].y)),
                                         "r": f(max(line.widthPixels, 1.5)), "fill": line.stroke])
                    continue
                }
                svg.empty("polyline", [
                    "points": SVGNumber.points(run.map { (px($0.x), py($0.y)) }), "fill": "none",
                    "stroke": line.stroke, "stroke-width": f(line.widthPixels), "stroke-linejoin": "round",
                    "stroke-dasharray": line.dashPixels.isEmpty ? nil : line.dashPixels.map(f).joined(separator: " "),
                ])
            }
            svg.close()
        }
        svg.open("g", ["data-role": "axes", "stroke": "#333"])
        svg.empty("line", ["x1": f(left), "y1": f(bottom), "x2": f(right), "y2": f(bottom)])
        svg.empty("line", ["x1": f(left), "y1": f(top), "x2": f(left), "y2": f(bottom)])
        svg.close()
        svg.element("text", ["x": f((left + right) / 2), "y": f(bottom + 42), "text-anchor": "middle"],
                    text: xAxisTitle)
        svg.element("text", ["transform": "translate(18 \(f((top + bottom) / 2))) rotate(-90)",
                             "text-anchor": "middle"], text: yAxisTitle)
        writeLegend(into: &svg, left: left)
        svg.close()
        return svg.finish()
    }

    /// One row between the title and the plot, so the legend never hides a curve.
    private func writeLegend(into svg: inout SVGBuilder, left: Double) {
        func f(_ v: Double) -> String { SVGNumber.format(v, decimals: 2) }
        let y = 48.0
        var x = left
        svg.open("g", ["data-role": "legend"])
        for line in series {
            svg.empty("line", ["x1": f(x), "y1": f(y), "x2": f(x + 26), "y2": f(y), "stroke": line.stroke,
                               "stroke-width": f(line.widthPixels),
                               "stroke-dasharray": line.dashPixels.isEmpty ? nil : line.dashPixels.map(f).joined(separator: " ")])
            svg.element("text", ["x": f(x + 32), "y": f(y + 4)], text: line.name)
            x += 32 + MapLabelPlacer.estimatedWidth(line.name, sizePixels: 12, bold: false) + 20
        }
        if let band {
            svg.empty("rect", ["x": f(x), "y": f(y - 5), "width": "26", "height": "10", "fill": band.fill,
                               "stroke": "#555", "stroke-dasharray": "4 3"])
            svg.element("text", ["x": f(x + 32), "y": f(y + 4)], text: band.name)
        }
        svg.close()
    }

    /// The stretches of consecutive points where both coordinates are finite.
    static func finiteRuns(xs: [Double], ys: [Double]) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for k in 0..<min(xs.count, ys.count) {
            if xs[k].isFinite && ys[k].isFinite {
                runs[runs.count - 1].append((xs[k], ys[k]))
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
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

    /// A short decimal rendering (up to 6 decimals, no exponent for ordinary magnitudes).
    static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        if abs(value) < 1e-4 || abs(value) >= 1e6 { return String(format: "%.2g", value) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
