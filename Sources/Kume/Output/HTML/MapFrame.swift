import KumeGeo

/// A rectangle in a projected planar frame, in metres.
package struct PlanarBounds: Sendable, Equatable {
    package var minX: Double
    package var minY: Double
    package var maxX: Double
    package var maxY: Double

    package init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest rectangle holding every finite coordinate; nil when there is none.
    package init?(covering coordinates: some Sequence<Coordinate>) {
        var bounds: PlanarBounds?
        for c in coordinates where c.x.isFinite && c.y.isFinite {
            if var b = bounds {
                b.minX = min(b.minX, c.x); b.maxX = max(b.maxX, c.x)
                b.minY = min(b.minY, c.y); b.maxY = max(b.maxY, c.y)
                bounds = b
            } else {
                bounds = PlanarBounds(minX: c.x, minY: c.y, maxX: c.x, maxY: c.y)
            }
        }
        guard let bounds else { return nil }
        self = bounds
    }

    package var width: Double { maxX - minX }
    package var height: Double { maxY - minY }

    /// The rectangle grown by `metres` on every side.
    package func expanded(by metres: Double) -> PlanarBounds {
        PlanarBounds(minX: minX - metres, minY: minY - metres, maxX: maxX + metres, maxY: maxY + metres)
    }

    /// The smallest rectangle holding both.
    package func union(_ other: PlanarBounds) -> PlanarBounds {
        PlanarBounds(minX: min(minX, other.minX), minY: min(minY, other.minY),
                     maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// Whether the two rectangles overlap (touching counts).
    package func intersects(_ other: PlanarBounds) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }
}

/// The mapping from the planar frame (metres, y north) to the drawing (pixels, y down), with one scale on both
/// axes so distances and shapes are kept.
struct MapFrame {
    /// What the drawing shows, in metres: the requested extent widened on one axis to the drawing's proportions.
    let shown: PlanarBounds
    let widthPixels: Double
    let heightPixels: Double
    /// Pixels per metre.
    let scale: Double

    /// Fits `extent` (grown by `marginFraction` of its larger side, and at least 1 km wide) into a drawing
    /// `widthPixels` wide; its height follows the extent's proportions within `heightRange` times the width.
    init(extent: PlanarBounds, widthPixels: Double, heightRange: ClosedRange<Double> = 0.55...1.3,
         marginFraction: Double = 0.06) {
        let side = max(extent.width, extent.height, 1000)
        var bounds = extent.expanded(by: side * marginFraction)
        if bounds.width < side { bounds = PlanarBounds(minX: bounds.minX - (side - bounds.width) / 2, minY: bounds.minY,
                                                       maxX: bounds.maxX + (side - bounds.width) / 2, maxY: bounds.maxY) }
        if bounds.height < 1e-9 { bounds = bounds.expanded(by: side / 2) }
        let ratio = min(max(bounds.height / bounds.width, heightRange.lowerBound), heightRange.upperBound)
        let height = (widthPixels * ratio).rounded()
        // One scale for both axes: the tighter of the two, the other axis widened around the centre.
        let scale = min(widthPixels / bounds.width, height / bounds.height)
        let shownWidth = widthPixels / scale, shownHeight = height / scale
        let centreX = (bounds.minX + bounds.maxX) / 2, centreY = (bounds.minY + bounds.maxY) / 2
        shown = PlanarBounds(minX: centreX - shownWidth / 2, minY: centreY - shownHeight / 2,
                             maxX: centreX + shownWidth / 2, maxY: centreY + shownHeight / 2)
        self.widthPixels = widthPixels
        heightPixels = height
        self.scale = scale
    }

    /// The pixel position of a planar coordinate.
    func pixel(_ c: Coordinate) -> (x: Double, y: Double) {
        ((c.x - shown.minX) * scale, (shown.maxY - c.y) * scale)
    }
}
