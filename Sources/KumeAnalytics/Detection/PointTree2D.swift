/// A static kd-tree over planar points (metres) with bounding boxes per node, built once by median splits
/// on the wider side; used for HDBSCAN's core distances and its spanning-tree searches.
///
/// Points are stored in tree order; node `i`'s points are positions `start[i] ..< end[i]`. Nodes are stored
/// in preorder, so a node's children always have larger indices than the node.
struct PointTree2D: Sendable {
    /// x in tree order (metres).
    let xs: [Double]
    /// y in tree order (metres).
    let ys: [Double]
    /// `inputIndex[p]` is the input index of tree position `p`.
    let inputIndex: [Int32]
    let start: [Int32]
    let end: [Int32]
    /// The children of a node, or −1 for a leaf.
    let left: [Int32]
    let right: [Int32]
    let minX: [Double]
    let maxX: [Double]
    let minY: [Double]
    let maxY: [Double]

    /// The largest number of points in a leaf.
    static let leafSize = 16

    /// Builds the tree over the points `(x[i], y[i])`.
    init(x: [Double], y: [Double]) {
        let n = x.count
        var order = (0 ..< n).map { Int32($0) }
        var start: [Int32] = [], end: [Int32] = [], left: [Int32] = [], right: [Int32] = []
        var minX: [Double] = [], maxX: [Double] = [], minY: [Double] = [], maxY: [Double] = []
        // Recursive median splits (depth about log2(n / leafSize)); nodes are appended in preorder.
        func build(_ from: Int, _ to: Int) -> Int {
            var lowX = Double.infinity, highX = -Double.infinity, lowY = Double.infinity, highY = -Double.infinity
            for position in from ..< to {
                let point = Int(order[position])
                lowX = min(lowX, x[point]); highX = max(highX, x[point])
                lowY = min(lowY, y[point]); highY = max(highY, y[point])
            }
            let node = start.count
            start.append(Int32(from)); end.append(Int32(to)); left.append(-1); right.append(-1)
            minX.append(lowX); maxX.append(highX); minY.append(lowY); maxY.append(highY)
            guard to - from > PointTree2D.leafSize else { return node }
            let keys = highX - lowX >= highY - lowY ? x : y
            PointTree2D.select(&order, from, to, rank: (from + to) / 2, keys: keys)
            let middle = (from + to) / 2
            let leftNode = build(from, middle)
            let rightNode = build(middle, to)
            left[node] = Int32(leftNode)
            right[node] = Int32(rightNode)
            return node
        }
        if n > 0 { _ = build(0, n) }
        self.inputIndex = order
        self.xs = order.map { x[Int($0)] }
        self.ys = order.map { y[Int($0)] }
        self.start = start; self.end = end; self.left = left; self.right = right
        self.minX = minX; self.maxX = maxX; self.minY = minY; self.maxY = maxY
    }
}

extension PointTree2D {
    /// Reorders `order[from ..< to]` so that position `rank` holds the element of that rank under the
    /// total order (key, index), smaller ones before it and larger ones after (Hoare's quickselect with a
    /// middle pivot; deterministic).
    static func select(_ order: inout [Int32], _ from: Int, _ to: Int, rank: Int, keys: [Double]) {
        func less(_ a: Int32, _ b: Int32) -> Bool {
            let keyA = keys[Int(a)], keyB = keys[Int(b)]
            return keyA < keyB || (keyA == keyB && a < b)
        }
        var low = from, high = to - 1
        while low < high {
            let pivot = order[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while less(order[i], pivot) { i += 1 }
                while less(pivot, order[j]) { j -= 1 }
                if i <= j {
                    order.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return
            }
        }
    }

    /// The number of nodes.
    var nodeCount: Int { start.count }

    /// The squared distance from `(px, py)` to node `node`'s bounding box (0 inside), in m².
    @inline(__always)
    func boxDistanceSquared(_ node: Int, _ px: Double, _ py: Double) -> Double {
        let dx = max(minX[node] - px, 0, px - maxX[node])
        let dy = max(minY[node] - py, 0, py - maxY[node])
        return dx * dx + dy * dy
    }

    /// The squared distances (m²) to the `k` nearest points of tree position `position`, itself included,
    /// in ascending order (fewer when the tree holds fewer than `k` points).
    func nearestSquaredDistances(of position: Int, k: Int) -> [Double] {
        var best: [Double] = []
        var stack: [Int32] = []
        nearestSquaredDistances(of: position, k: k, best: &best, stack: &stack)
        return best
    }

    /// As ``nearestSquaredDistances(of:k:)``, into `best`, reusing `best` and `stack` as scratch.
    func nearestSquaredDistances(of position: Int, k: Int, best: inout [Double], stack: inout [Int32]) {
        let px = xs[position], py = ys[position]
        best.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        stack.append(0)
        while let top = stack.popLast() {
            let node = Int(top)
            if best.count == k, boxDistanceSquared(node, px, py) > best[k - 1] { continue }
            if left[node] < 0 {
                for other in Int(start[node]) ..< Int(end[node]) {
                    let dx = xs[other] - px, dy = ys[other] - py
                    let squared = dx * dx + dy * dy
                    if best.count == k {
                        if squared >= best[k - 1] { continue }
                        best.removeLast()
                    }
                    var slot = best.count
                    while slot > 0, best[slot - 1] > squared { slot -= 1 }
                    best.insert(squared, at: slot)
                }
                continue
            }
            let a = Int(left[node]), b = Int(right[node])
            // Visit the nearer child first (pushed last).
            if boxDistanceSquared(a, px, py) <= boxDistanceSquared(b, px, py) {
                stack.append(Int32(b)); stack.append(Int32(a))
            } else {
                stack.append(Int32(a)); stack.append(Int32(b))
            }
        }
    }
}
