@testable import KumeAnalytics
import Testing

/// The kd-tree's nearest-neighbour distances against a brute-force sort of all distances.
@Suite("PointTree2D")
struct PointTree2DTests {
    @Test("k nearest squared distances equal brute force, duplicates and ties included", arguments: [1, 2, 7, 40])
    func nearest(k: Int) throws {
        // Points of the DBSCAN fixture plus exact duplicates of its first 50 points.
        let table = try DetectionFixture.table("dbscan/py_dbscan_points_labels.csv")
        let x = try table.doubles("x").prefix(600) + table.doubles("x").prefix(50)
        let y = try table.doubles("y").prefix(600) + table.doubles("y").prefix(50)
        let xs = Array(x), ys = Array(y)
        let tree = PointTree2D(x: xs, y: ys)
        for position in stride(from: 0, to: xs.count, by: 13) {
            let input = Int(tree.inputIndex[position])
            let brute = xs.indices.map { other -> Double in
                let dx = xs[other] - xs[input], dy = ys[other] - ys[input]
                return dx * dx + dy * dy
            }.sorted()
            #expect(tree.nearestSquaredDistances(of: position, k: k) == Array(brute.prefix(k)))
        }
    }

    @Test("Every point appears once and every node's box holds its points")
    func structure() throws {
        let table = try DetectionFixture.table("dbscan/py_dbscan_points_labels.csv")
        let xs = try table.doubles("x"), ys = try table.doubles("y")
        let tree = PointTree2D(x: xs, y: ys)
        #expect(tree.inputIndex.map(Int.init).sorted() == Array(xs.indices))
        for node in 0 ..< tree.nodeCount {
            for position in Int(tree.start[node]) ..< Int(tree.end[node]) {
                #expect(tree.xs[position] >= tree.minX[node] && tree.xs[position] <= tree.maxX[node])
                #expect(tree.ys[position] >= tree.minY[node] && tree.ys[position] <= tree.maxY[node])
            }
            if tree.left[node] >= 0 {
                let left = Int(tree.left[node]), right = Int(tree.right[node])
                #expect(tree.start[left] == tree.start[node] && tree.end[right] == tree.end[node])
                #expect(tree.end[left] == tree.start[right])
            } else {
                #expect(tree.end[node] - tree.start[node] <= Int32(PointTree2D.leafSize))
            }
        }
    }
}
