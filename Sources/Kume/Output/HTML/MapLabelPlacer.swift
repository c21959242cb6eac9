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

    private(set) var taken: [Box] = []
    let width: Double
    let height: Double

    init(width: Double, height: Double, reserved: [Box]) {
        self.width = width
        self.height = height
        taken = reserved
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
        where box.minX >= 2 && box.minY >= 2 && box.maxX <= width - 2 && box.maxY <= height - 2
            && !taken.contains(where: { $0.overlaps(box) }) {
            taken.append(box)
            return placement
        }
        return nil
    }
}
