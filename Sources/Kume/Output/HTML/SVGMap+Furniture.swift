import Foundation
import KumeGeo

extension SVGMap {
    /// Draws the scale bar (bottom left) and the north arrow (top right) on white backgrounds, and returns the
    /// boxes they take, which labels must avoid.
    func writeFurniture(into svg: inout SVGBuilder, frame: MapFrame) -> [MapLabelPlacer.Box] {
        let metres = Self.scaleBarMetres(forMapWidthMetres: frame.shown.width)
        let length = metres * frame.scale
        let left = 14.0, baseline = frame.heightPixels - 14, barHeight = 6.0
        let text = metres >= 1000
            ? "\(Self.number(metres / 1000)) \(words.kilometres)" : "\(Self.number(metres)) \(words.metres)"
        let half = metres >= 1000 ? Self.number(metres / 2000) : Self.number(metres / 2)
        let labelWidth = MapLabelPlacer.estimatedWidth(text, sizePixels: 11, bold: false)
        let scaleBox = MapLabelPlacer.Box(minX: left - 8, minY: baseline - barHeight - 22,
                                          maxX: left + length + labelWidth / 2 + 8, maxY: baseline + 8)
        svg.open("g", ["data-role": "scale-bar", "data-metres": Self.number(metres), "font-size": "11"])
        svg.empty("rect", ["x": SVGNumber.format(scaleBox.minX), "y": SVGNumber.format(scaleBox.minY),
                           "width": SVGNumber.format(scaleBox.maxX - scaleBox.minX),
                           "height": SVGNumber.format(scaleBox.maxY - scaleBox.minY), "fill": "#fff",
                           "fill-opacity": "0.85"])
        // Two halves, black then white, outlined: the classic alternating bar, legible in any print.
        for (index, fill) in ["#000", "#fff"].enumerated() {
            svg.empty("rect", [
                "x": SVGNumber.format(left + Double(index) * length / 2, decimals: 2),
                "y": SVGNumber.format(baseline - barHeight), "width": SVGNumber.format(length / 2, decimals: 2),
                "height": SVGNumber.format(barHeight), "fill": fill, "stroke": "#000", "stroke-width": "1",
                "data-role": "scale-segment",
            ])
        }
        for (offset, label, anchor) in [(0.0, "0", "start"), (length / 2, half, "middle"), (length, text, "middle")] {
            svg.element("text", ["x": SVGNumber.format(left + offset, decimals: 2),
                                 "y": SVGNumber.format(baseline - barHeight - 4), "text-anchor": anchor],
                        text: label)
        }
        svg.close()

        // The arrow points to true north: rotated from the drawing's up by the angle of north in the frame.
        let degrees = atan2(northDirection.x, northDirection.y) * 180 / .pi
        let centreX = frame.widthPixels - 26, centreY = 34.0
        let northBox = MapLabelPlacer.Box(minX: centreX - 20, minY: centreY - 30, maxX: centreX + 20, maxY: centreY + 24)
        svg.open("g", ["data-role": "north-arrow", "data-degrees": SVGNumber.format(degrees, decimals: 2),
                       "transform": "translate(\(SVGNumber.format(centreX)) \(SVGNumber.format(centreY)))"])
        svg.empty("circle", ["r": "19", "fill": "#fff", "fill-opacity": "0.85"])
        svg.open("g", ["transform": "rotate(\(SVGNumber.format(degrees, decimals: 2)))"])
        // Half black, half white: reads as an arrow in black and white.
        svg.empty("path", ["d": "M0 -16L7 10L0 5Z", "fill": "#000", "stroke": "#000", "stroke-width": "1",
                           "data-role": "north-tip"])
        svg.empty("path", ["d": "M0 -16L-7 10L0 5Z", "fill": "#fff", "stroke": "#000", "stroke-width": "1"])
        svg.close()
        svg.element("text", ["x": "0", "y": "-20", "text-anchor": "middle", "font-size": "12", "font-weight": "bold",
                             "transform": "rotate(\(SVGNumber.format(degrees, decimals: 2)))"],
                    text: words.north)
        svg.close()
        return [scaleBox, northBox]
    }

    /// A length for the scale bar: an integer where it is one, else one decimal.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : SVGNumber.format(value)
    }
}

/// The legend under the map: one swatch and its text per layer that has a legend entry, in rows that wrap.
struct MapLegendLayout {
    struct Entry {
        var layerIndex: Int
        var layer: MapLayer
        var text: String
        var x: Double
        var row: Int
    }

    static let rowHeight = 20.0
    static let swatchWidth = 26.0
    let entries: [Entry]
    let rows: Int
    let words: SVGMap.Words

    init(layers: [MapLayer], words: SVGMap.Words, widthPixels: Double) {
        self.words = words
        var entries: [Entry] = []
        var x = 12.0, row = 0
        for (index, layer) in layers.enumerated() {
            guard let text = layer.legend, !text.isEmpty else { continue }
            let width = Self.swatchWidth + 6 + MapLabelPlacer.estimatedWidth(text, sizePixels: 11, bold: false) + 18
            if x + width > widthPixels - 8, x > 12 {
                row += 1
                x = 12
            }
            entries.append(Entry(layerIndex: index, layer: layer, text: text, x: x, row: row))
            x += width
        }
        self.entries = entries
        rows = entries.isEmpty ? 0 : row + 1
    }

    /// The legend's height, heading included; 0 without entries.
    var heightPixels: Double { rows == 0 ? 0 : 30 + Double(rows) * Self.rowHeight + 6 }

    func write(into svg: inout SVGBuilder, top: Double, idPrefix: String) {
        guard rows > 0 else { return }
        svg.open("g", ["data-role": "legend", "font-size": "11",
                       "transform": "translate(0 \(SVGNumber.format(top)))"])
        svg.element("text", ["x": "12", "y": "20", "font-weight": "bold", "font-size": "12"], text: words.legend)
        for entry in entries {
            let y = 30 + Double(entry.row) * Self.rowHeight
            let style = entry.layer.style
            let dash = style.dashPixels.isEmpty ? nil : style.dashPixels.map { SVGNumber.format($0) }.joined(separator: " ")
            svg.open("g", ["data-layer": entry.layer.key])
            switch entry.layer.features {
            case .areas:
                let fill: String
                var opacity: String?
                switch style.fill {
                case .none: fill = "none"
                case .solid(let colour, let alpha):
                    fill = colour
                    opacity = alpha < 1 ? SVGNumber.format(alpha, decimals: 2) : nil
                case .hatched: fill = "url(#\(idPrefix)-hatch-\(entry.layerIndex))"
                }
                svg.empty("rect", ["x": SVGNumber.format(entry.x), "y": SVGNumber.format(y + 2),
                                   "width": SVGNumber.format(Self.swatchWidth), "height": "12", "fill": fill,
                                   "fill-opacity": opacity, "stroke": style.stroke,
                                   "stroke-width": SVGNumber.format(style.strokeWidthPixels), "stroke-dasharray": dash])
            case .lines:
                svg.empty("line", ["x1": SVGNumber.format(entry.x), "y1": SVGNumber.format(y + 8),
                                   "x2": SVGNumber.format(entry.x + Self.swatchWidth), "y2": SVGNumber.format(y + 8),
                                   "stroke": style.stroke, "stroke-width": SVGNumber.format(style.strokeWidthPixels),
                                   "stroke-dasharray": dash])
            case .points:
                svg.empty("use", ["href": "#\(idPrefix)-symbol-\(entry.layerIndex)",
                                  "x": SVGNumber.format(entry.x + Self.swatchWidth / 2), "y": SVGNumber.format(y + 8)])
            }
            svg.element("text", ["x": SVGNumber.format(entry.x + Self.swatchWidth + 6), "y": SVGNumber.format(y + 12)],
                        text: entry.text)
            svg.close()
        }
        svg.close()
    }
}
