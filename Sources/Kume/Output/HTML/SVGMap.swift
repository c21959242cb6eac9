import Foundation
import KumeGeo

/// A map drawn as SVG from layers in a projected planar frame (metres; x east, y north): areas with holes,
/// lines and point symbols, labels placed without overlaps, a scale bar of a round length, a north arrow and a
/// legend. Shapes, hatching and dashes rather than colour tell the layers apart, so it reads printed in black and
/// white. Areas and lines are clipped to the drawing and simplified below half a pixel; nothing outside the SVG
/// is referenced.
package struct SVGMap: Sendable {
    /// The words drawn on the map, in the report's language.
    package struct Words: Sendable {
        /// The accessible name of the drawing (`<title>`).
        package var title: String
        /// The north arrow's letter ("N"; Turkish "K" for kuzey).
        package var north: String
        /// The legend's heading.
        package var legend: String
        /// The unit words of the scale bar.
        package var kilometres: String
        package var metres: String

        package init(title: String, north: String = "N", legend: String = "Legend", kilometres: String = "km",
                    metres: String = "m") {
            self.title = title
            self.north = north
            self.legend = legend
            self.kilometres = kilometres
            self.metres = metres
        }
    }

    /// The layers, drawn in order (the first at the bottom; points go last).
    package var layers: [MapLayer]
    package var words: Words
    /// What to show, in metres; nil shows every feature. Features reaching outside are clipped.
    package var extent: PlanarBounds?
    /// The drawing's width in pixels; the map's height follows the extent's proportions, the legend adds to it.
    package var widthPixels: Double
    /// The direction of true north at the map's centre, in the planar frame; (0, 1) when the frame's y axis points
    /// north (as it does at the centre of kume's local projections).
    package var northDirection: Coordinate
    /// A prefix for the drawing's ids, unique within the page (`clipPath`, hatching, symbols).
    package var idPrefix: String
    /// How far a simplified outline may stray from the true one, in pixels.
    package var simplificationPixels: Double

    package init(layers: [MapLayer], words: Words, extent: PlanarBounds? = nil, widthPixels: Double = 760,
                northDirection: Coordinate = Coordinate(x: 0, y: 1), idPrefix: String = "map",
                simplificationPixels: Double = 0.5) {
        self.layers = layers
        self.words = words
        self.extent = extent
        self.widthPixels = widthPixels
        self.northDirection = northDirection
        self.idPrefix = idPrefix
        self.simplificationPixels = simplificationPixels
    }

    /// The scale bar's length in metres for a map `widthMetres` wide: the largest 1, 2 or 5 × 10ᵏ metres that is at
    /// most a quarter of the width.
    package static func scaleBarMetres(forMapWidthMetres widthMetres: Double) -> Double {
        let target = max(widthMetres / 4, 1)
        let magnitude = pow(10, log10(target).rounded(.down))
        return [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= target } ?? magnitude
    }

    /// Draws the map.
    /// - Throws: `GeometryError` when GEOS cannot clip or simplify an area or line.
    package func render() throws(GeometryError) -> SVGMarkup {
        let everything = PlanarBounds(covering: layers.lazy.flatMap(\.coordinates))
            ?? PlanarBounds(minX: -500, minY: -500, maxX: 500, maxY: 500)
        let frame = MapFrame(extent: extent ?? everything, widthPixels: widthPixels)
        let geometry = try MapGeometry(clipBounds: frame.shown.expanded(by: 20 / frame.scale),
                                       toleranceMetres: simplificationPixels / frame.scale)
        let legend = MapLegendLayout(layers: layers, words: words, widthPixels: widthPixels)
        let totalHeight = frame.heightPixels + legend.heightPixels
        var svg = SVGBuilder()
        svg.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "width": SVGNumber.format(widthPixels),
            "height": SVGNumber.format(totalHeight),
            "viewBox": "0 0 \(SVGNumber.format(widthPixels)) \(SVGNumber.format(totalHeight))",
            "role": "img", "aria-label": words.title, "class": "kume-map",
            "font-family": "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif",
        ])
        svg.title(words.title)
        writeDefinitions(into: &svg, frame: frame)
        svg.empty("rect", ["width": SVGNumber.format(widthPixels), "height": SVGNumber.format(totalHeight),
                           "fill": "#fff"])
        svg.open("g", ["clip-path": "url(#\(idPrefix)-clip)", "data-role": "features"])
        var labels: [PendingLabel] = []
        for (index, layer) in layers.enumerated() where !layer.isEmpty {
            if case .points = layer.features { continue }
            try writeLayer(layer, index: index, frame: frame, geometry: geometry, into: &svg, labels: &labels)
        }
        for (index, layer) in layers.enumerated() where !layer.isEmpty {
            guard case .points = layer.features else { continue }
            try writeLayer(layer, index: index, frame: frame, geometry: geometry, into: &svg, labels: &labels)
        }
        svg.close()
        let furniture = writeFurniture(into: &svg, frame: frame)
        writeLabels(labels, reserved: furniture, frame: frame, into: &svg)
        svg.empty("rect", ["x": "0.5", "y": "0.5", "width": SVGNumber.format(widthPixels - 1),
                           "height": SVGNumber.format(frame.heightPixels - 1), "fill": "none", "stroke": "#000",
                           "data-role": "frame"])
        legend.write(into: &svg, top: frame.heightPixels, idPrefix: idPrefix)
        svg.close()
        return svg.finish()
    }

    /// A label waiting for a free place, collected while the layers are drawn.
    struct PendingLabel {
        var text: String
        var x: Double
        var y: Double
        var gap: Double
        var sizePixels: Double
        var bold: Bool
        var layerKey: String
    }

    private func writeDefinitions(into svg: inout SVGBuilder, frame: MapFrame) {
        svg.open("defs")
        svg.open("clipPath", ["id": "\(idPrefix)-clip"])
        svg.empty("rect", ["width": SVGNumber.format(frame.widthPixels), "height": SVGNumber.format(frame.heightPixels)])
        svg.close()
        for (index, layer) in layers.enumerated() {
            if case .hatched(let colour, let angle, let spacing) = layer.style.fill {
                svg.open("pattern", [
                    "id": "\(idPrefix)-hatch-\(index)", "patternUnits": "userSpaceOnUse",
                    "width": SVGNumber.format(spacing), "height": SVGNumber.format(spacing),
                    "patternTransform": "rotate(\(SVGNumber.format(-angle)))",
                ])
                svg.empty("line", ["x1": "0", "y1": "0", "x2": "0", "y2": SVGNumber.format(spacing),
                                   "stroke": colour, "stroke-width": "1"])
                svg.close()
            }
            if case .points = layer.features {
                let symbol = layer.style.symbol
                svg.empty("path", [
                    "id": "\(idPrefix)-symbol-\(index)", "d": symbol.shape.pathData(size: symbol.sizePixels),
                    "fill": symbol.filled ? layer.style.stroke : "#fff", "stroke": layer.style.stroke,
                    "stroke-width": SVGNumber.format(layer.style.strokeWidthPixels),
                ])
            }
        }
        svg.close()
    }

    /// The fill attribute of a layer's areas.
    func fillAttribute(_ layer: MapLayer, index: Int) -> (fill: String, opacity: String?) {
        switch layer.style.fill {
        case .none: ("none", nil)
        case .solid(let colour, let opacity): (colour, opacity < 1 ? SVGNumber.format(opacity, decimals: 2) : nil)
        case .hatched: ("url(#\(idPrefix)-hatch-\(index))", nil)
        }
    }

    private func writeLayer(_ layer: MapLayer, index: Int, frame: MapFrame, geometry: MapGeometry,
                            into svg: inout SVGBuilder, labels: inout [PendingLabel]) throws(GeometryError) {
        let style = layer.style
        let dash = style.dashPixels.isEmpty ? nil : style.dashPixels.map { SVGNumber.format($0) }.joined(separator: " ")
        switch layer.features {
        case .areas(let areas):
            let (fill, opacity) = fillAttribute(layer, index: index)
            svg.open("g", ["data-layer": layer.key, "fill": fill, "fill-opacity": opacity, "fill-rule": "evenodd",
                           "stroke": style.stroke, "stroke-width": SVGNumber.format(style.strokeWidthPixels),
                           "stroke-dasharray": dash, "stroke-linejoin": "round"])
            for area in areas {
                let polygons = try geometry.areas(area.polygons)
                guard !polygons.isEmpty else { continue }
                let data = polygons.joined().map { ring in Self.pathData(ring, frame: frame, closed: true) }.joined()
                if let title = area.title {
                    svg.open("path", ["d": data, "data-id": area.id])
                    svg.title(title)
                    svg.close()
                } else {
                    svg.empty("path", ["d": data, "data-id": area.id])
                }
                if let label = area.label, let point = area.labelPoint {
                    let p = frame.pixel(point)
                    labels.append(PendingLabel(text: label, x: p.x, y: p.y, gap: 0, sizePixels: style.labelSizePixels,
                                               bold: style.boldLabels, layerKey: layer.key))
                }
            }
            svg.close()
        case .lines(let lines):
            svg.open("g", ["data-layer": layer.key, "fill": "none", "stroke": style.stroke,
                           "stroke-width": SVGNumber.format(style.strokeWidthPixels), "stroke-dasharray": dash,
                           "stroke-linejoin": "round", "stroke-linecap": "round"])
            for line in lines {
                let parts = try geometry.lines(line.parts)
                guard !parts.isEmpty else { continue }
                let data = parts.map { Self.pathData($0, frame: frame, closed: false) }.joined()
                svg.open("path", ["d": data, "data-id": line.id])
                svg.title(line.title)
                svg.close()
            }
            svg.close()
        case .points(let points):
            svg.open("g", ["data-layer": layer.key])
            let radius = style.symbol.sizePixels / 2
            for point in points where point.point.x.isFinite && point.point.y.isFinite {
                let p = frame.pixel(point.point)
                guard p.x >= -radius, p.y >= -radius, p.x <= frame.widthPixels + radius,
                      p.y <= frame.heightPixels + radius else { continue }
                svg.open("use", ["href": "#\(idPrefix)-symbol-\(index)", "x": SVGNumber.format(p.x),
                                 "y": SVGNumber.format(p.y), "data-id": point.id])
                svg.title(point.title ?? point.label)
                svg.close()
                if let label = point.label, !label.isEmpty {
                    labels.append(PendingLabel(text: label, x: p.x, y: p.y, gap: radius + 3,
                                               sizePixels: style.labelSizePixels, bold: style.boldLabels,
                                               layerKey: layer.key))
                }
            }
            svg.close()
        }
    }

    private func writeLabels(_ labels: [PendingLabel], reserved: [MapLabelPlacer.Box], frame: MapFrame,
                             into svg: inout SVGBuilder) {
        var placer = MapLabelPlacer(width: frame.widthPixels, height: frame.heightPixels, reserved: reserved)
        svg.open("g", ["data-role": "labels", "fill": "#000", "stroke": "#fff", "stroke-width": "3",
                       "stroke-linejoin": "round", "paint-order": "stroke"])
        // Point labels first (institutions are the ones a reader looks for), then area names where room is left.
        for label in labels.sorted(by: { ($0.gap > 0 ? 0 : 1) < ($1.gap > 0 ? 0 : 1) }) {
            guard let place = placer.place(label.text, at: label.x, label.y, gap: label.gap,
                                           sizePixels: label.sizePixels, bold: label.bold) else { continue }
            svg.element("text", [
                "x": SVGNumber.format(place.x), "y": SVGNumber.format(place.y), "text-anchor": place.anchor,
                "font-size": SVGNumber.format(label.sizePixels), "font-weight": label.bold ? "bold" : nil,
                "data-layer": label.layerKey,
            ], text: label.text)
        }
        svg.close()
    }

    /// Path data for a ring or line in pixels, 0.1 px precision, repeated pixels dropped.
    static func pathData(_ coordinates: [Coordinate], frame: MapFrame, closed: Bool) -> String {
        var out = ""
        var last: (Double, Double)?
        var written = 0
        let end = closed && coordinates.count > 1 && coordinates.first == coordinates.last
            ? coordinates.count - 1 : coordinates.count
        for c in coordinates[..<end] {
            let p = frame.pixel(c)
            let rounded = ((p.x * 10).rounded() / 10, (p.y * 10).rounded() / 10)
            if let last, last == rounded { continue }
            out += (written == 0 ? "M" : "L") + SVGNumber.format(rounded.0) + " " + SVGNumber.format(rounded.1)
            last = rounded
            written += 1
        }
        if closed && written > 0 { out += "Z" }
        return out
    }
}

extension MapLayer {
    /// Every coordinate of the layer, for its extent.
    var coordinates: [Coordinate] {
        switch features {
        case .areas(let areas): areas.flatMap { $0.polygons.flatMap { $0.first ?? [] } }
        case .lines(let lines): lines.flatMap { $0.parts.joined() }
        case .points(let points): points.map(\.point)
        }
    }
}
