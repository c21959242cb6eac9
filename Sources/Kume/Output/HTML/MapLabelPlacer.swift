/// Places labels beside their anchors without overlapping each other or the map's furniture: each label tries the
/// right, left, top and bottom of its anchor, in that order, and is left out where none is free.
struct MapLabelPlacer {
    struct Box {
        var minX, minY, maxX, maxY: Double

        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    struct Placement {
        var x: Double
        var y: Double
        /// `start`, `end` or `middle`.
        var anchor: String
    }

    /// The boxes taken so far, filed by the grid cells they cover, so a check looks at its neighbours only
    /// (thousands of labelled points stay fast).
    private var cells: [Int: [Box]] = [:]
    private static let cellPixels = 48.0
    let width: Double
    let height: Double

    init(width: Double, height: Double, reserved: [Box]) {
        self.width = width
        self.height = height
        for box in reserved { take(box) }
    }

    private func cellKeys(_ box: Box) -> [Int] {
        let columns = Int(width / Self.cellPixels) + 1
        let x0 = max(Int(box.minX / Self.cellPixels), 0), x1 = max(Int(box.maxX / Self.cellPixels), 0)
        let y0 = max(Int(box.minY / Self.cellPixels), 0), y1 = max(Int(box.maxY / Self.cellPixels), 0)
        return (y0...y1).flatMap { y in (x0...x1).map { x in y * columns + x } }
    }

    private mutating func take(_ box: Box) {
        for key in cellKeys(box) { cells[key, default: []].append(box) }
    }

    private func isFree(_ box: Box) -> Bool {
        !cellKeys(box).contains { key in cells[key]?.contains { $0.overlaps(box) } ?? false }
    }

    /// An estimate of the text's width in pixels (0.6 em a character: wide enough for the sans-serif fonts used).
    static func estimatedWidth(_ text: String, sizePixels: Double, bold: Bool) -> Double {
        Double(text.count) * sizePixels * (bold ? 0.66 : 0.6)
    }

    /// A free place for a label of that size next to a symbol `gap` pixels in radius at (x, y); nil when none.
    mutating func place(_ text: String, at x: Double, _ y: Double, gap: Double, sizePixels: Double,
                        bold: Bool) -> Placement? {
        let w = Self.estimatedWidth(text, sizePixels: sizePixels, bold: bold)
        let h = sizePixels * 1.2
        let candidates: [(Box, Placement)] = [
            (Box(minX: x + gap, minY: y - h / 2, maxX: x + gap + w, maxY: y + h / 2),
             Placement(x: x + gap, y: y + sizePixels * 0.35, anchor: "start")),
            (Box(minX: x - gap - w, minY: y - h / 2, maxX: x - gap, maxY: y + h / 2),
             Placement(x: x - gap, y: y + sizePixels * 0.35, anchor: "end")),
            (Box(minX: x - w / 2, minY: y - gap - h, maxX: x + w / 2, maxY: y - gap),
             Placement(x: x, y: y - gap - h * 0.25, anchor: "middle")),
            (Box(minX: x - w / 2, minY: y + gap, maxX: x + w / 2, maxY: y + gap + h),
             Placement(x: x, y: y + gap + sizePixels * 0.9, anchor: "middle")),
        ]
        for (box, placement) in candidates
        where box.minX >= 2 && box.minY >= 2 && box.maxX <= width - 2 && box.maxY <= height - 2 && isFree(box) {
            take(box)
            return placement
        }
        return nil
    }
}
