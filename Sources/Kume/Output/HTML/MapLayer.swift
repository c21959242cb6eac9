import KumeGeo

/// A polygon to draw on a map: rings in a projected planar frame (metres; x east, y north), the first of each
/// polygon its exterior, the others its holes.
package struct MapArea: Sendable {
    /// An identifier written to the drawing (`data-id`), e.g. a district's code.
    package var id: String?
    /// Polygons, each a list of rings (exterior first); orientation does not matter.
    package var polygons: [[[Coordinate]]]
    /// A label drawn at `labelPoint`.
    package var label: String?
    /// Where the label goes, inside the area (e.g. the district's interior point, projected).
    package var labelPoint: Coordinate?
    /// The tooltip.
    package var title: String?

    package init(id: String? = nil, polygons: [[[Coordinate]]], label: String? = nil, labelPoint: Coordinate? = nil,
                title: String? = nil) {
        self.id = id
        self.polygons = polygons
        self.label = label
        self.labelPoint = labelPoint
        self.title = title
    }
}

/// A line (or several parts of one) in the projected frame, in metres.
package struct MapLine: Sendable {
    package var id: String?
    package var parts: [[Coordinate]]
    package var title: String?

    package init(id: String? = nil, parts: [[Coordinate]], title: String? = nil) {
        self.id = id
        self.parts = parts
        self.title = title
    }
}

/// A point in the projected frame, in metres.
package struct MapPoint: Sendable {
    package var id: String?
    package var point: Coordinate
    /// A label drawn beside the symbol where there is room.
    package var label: String?
    package var title: String?

    package init(id: String? = nil, point: Coordinate, label: String? = nil, title: String? = nil) {
        self.id = id
        self.point = point
        self.label = label
        self.title = title
    }
}

/// How an area is filled. Hatching keeps areas apart in a black-and-white print.
package enum MapFill: Sendable, Equatable {
    case none
    /// A colour (CSS, e.g. `#d9d9d9`) with an opacity from 0 to 1.
    case solid(String, opacity: Double)
    /// Parallel lines of a colour, at an angle (degrees anticlockwise from horizontal), `spacingPixels` apart.
    case hatched(String, angleDegrees: Double, spacingPixels: Double)
}

/// A point symbol. Shapes and fills, not colours, tell the kinds apart, so a grey print keeps them distinct.
package struct MapSymbol: Sendable, Equatable {
    package enum Shape: String, Sendable, CaseIterable {
        case circle, square, triangle, diamond, cross, star
    }

    package var shape: Shape
    /// Filled with the stroke colour, or hollow (white inside).
    package var filled: Bool
    /// The symbol's width and height, in pixels.
    package var sizePixels: Double

    package init(_ shape: Shape, filled: Bool, sizePixels: Double = 9) {
        self.shape = shape
        self.filled = filled
        self.sizePixels = sizePixels
    }
}

/// How a layer is drawn.
package struct MapStyle: Sendable {
    /// The outline's (or line's, or symbol's) colour, in CSS.
    package var stroke: String
    package var strokeWidthPixels: Double
    /// Dash and gap lengths in pixels; empty for a solid line.
    package var dashPixels: [Double]
    package var fill: MapFill
    /// The symbol of a point layer.
    package var symbol: MapSymbol
    /// The size of the layer's labels, in pixels.
    package var labelSizePixels: Double
    /// Labels in bold (e.g. institutions), or regular.
    package var boldLabels: Bool

    package init(stroke: String = "#000", strokeWidthPixels: Double = 1, dashPixels: [Double] = [],
                fill: MapFill = .none, symbol: MapSymbol = MapSymbol(.circle, filled: true),
                labelSizePixels: Double = 11, boldLabels: Bool = false) {
        self.stroke = stroke
        self.strokeWidthPixels = strokeWidthPixels
        self.dashPixels = dashPixels
        self.fill = fill
        self.symbol = symbol
        self.labelSizePixels = labelSizePixels
        self.boldLabels = boldLabels
    }
}

/// One layer of a map: areas, lines or points with one style and one legend entry.
package struct MapLayer: Sendable {
    package enum Features: Sendable {
        case areas([MapArea])
        case lines([MapLine])
        case points([MapPoint])
    }

    /// A short identifier (letters, digits, `-`) written as `data-layer`, e.g. `economic-geography`.
    package var key: String
    /// The legend's text for the layer; nil leaves it out of the legend.
    package var legend: String?
    package var features: Features
    package var style: MapStyle

    package init(key: String, legend: String?, features: Features, style: MapStyle) {
        self.key = key
        self.legend = legend
        self.features = features
        self.style = style
    }

    /// Whether the layer has nothing to draw.
    var isEmpty: Bool {
        switch features {
        case .areas(let areas): areas.isEmpty
        case .lines(let lines): lines.isEmpty
        case .points(let points): points.isEmpty
        }
    }
}
