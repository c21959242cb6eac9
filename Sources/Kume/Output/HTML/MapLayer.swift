import KumeGeo

/// A polygon to draw on a map: rings in a projected planar frame (metres; x east, y north), the first of each
/// polygon its exterior, the others its holes.
public struct MapArea: Sendable {
    /// An identifier written to the drawing (`data-id`), e.g. a district's code.
    public var id: String?
    /// Polygons, each a list of rings (exterior first); orientation does not matter.
    public var polygons: [[[Coordinate]]]
    /// A label drawn at `labelPoint`.
    public var label: String?
    /// Where the label goes, inside the area (e.g. the district's interior point, projected).
    public var labelPoint: Coordinate?
    /// The tooltip.
    public var title: String?

    public init(id: String? = nil, polygons: [[[Coordinate]]], label: String? = nil, labelPoint: Coordinate? = nil,
                title: String? = nil) {
        self.id = id
        self.polygons = polygons
        self.label = label
        self.labelPoint = labelPoint
        self.title = title
    }
}

/// A line (or several parts of one) in the projected frame, in metres.
public struct MapLine: Sendable {
    public var id: String?
    public var parts: [[Coordinate]]
    public var title: String?

    public init(id: String? = nil, parts: [[Coordinate]], title: String? = nil) {
        self.id = id
        self.parts = parts
        self.title = title
    }
}

/// A point in the projected frame, in metres.
public struct MapPoint: Sendable {
    public var id: String?
    public var point: Coordinate
    /// A label drawn beside the symbol where there is room.
    public var label: String?
    public var title: String?

    public init(id: String? = nil, point: Coordinate, label: String? = nil, title: String? = nil) {
        self.id = id
        self.point = point
        self.label = label
        self.title = title
    }
}

/// How an area is filled. Hatching keeps areas apart in a black-and-white print.
public enum MapFill: Sendable, Equatable {
    case none
    /// A colour (CSS, e.g. `#d9d9d9`) with an opacity from 0 to 1.
    case solid(String, opacity: Double)
    /// Parallel lines of a colour, at an angle (degrees anticlockwise from horizontal), `spacingPixels` apart.
    case hatched(String, angleDegrees: Double, spacingPixels: Double)
}

/// A point symbol. Shapes and fills, not colours, tell the kinds apart, so a grey print keeps them distinct.
public struct MapSymbol: Sendable, Equatable {
    public enum Shape: String, Sendable, CaseIterable {
        case circle, square, triangle, diamond, cross, star
    }

    public var shape: Shape
    /// Filled with the stroke colour, or hollow (white inside).
    public var filled: Bool
    /// The symbol's width and height, in pixels.
    public var sizePixels: Double

    public init(_ shape: Shape, filled: Bool, sizePixels: Double = 9) {
        self.shape = shape
        self.filled = filled
        self.sizePixels = sizePixels
    }
}

/// How a layer is drawn.
public struct MapStyle: Sendable {
    /// The outline's (or line's, or symbol's) colour, in CSS.
    public var stroke: String
    public var strokeWidthPixels: Double
    /// Dash and gap lengths in pixels; empty for a solid line.
    public var dashPixels: [Double]
    public var fill: MapFill
    /// The symbol of a point layer.
    public var symbol: MapSymbol
    /// The size of the layer's labels, in pixels.
    public var labelSizePixels: Double
    /// Labels in bold (e.g. institutions), or regular.
    public var boldLabels: Bool

    public init(stroke: String = "#000", strokeWidthPixels: Double = 1, dashPixels: [Double] = [],
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
public struct MapLayer: Sendable {
    public enum Features: Sendable {
        case areas([MapArea])
        case lines([MapLine])
        case points([MapPoint])
    }

    /// A short identifier (letters, digits, `-`) written as `data-layer`, e.g. `economic-geography`.
    public var key: String
    /// The legend's text for the layer; nil leaves it out of the legend.
    public var legend: String?
    public var features: Features
    public var style: MapStyle

    public init(key: String, legend: String?, features: Features, style: MapStyle) {
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
