import Foundation
import Testing

/// Reads the committed reference tables under Tests/Fixtures/ (plain CSV without quoted commas).
enum DetectionFixture {
    /// The fixtures folder, found relative to this file.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
    }

    /// A CSV table as its header and rows of fields.
    struct Table {
        let header: [String]
        let rows: [[String]]

        /// The column named `name` as text.
        func column(_ name: String) throws -> [String] {
            let index = try #require(header.firstIndex(of: name), "no column \(name)")
            return rows.map { $0[index] }
        }

        /// The column named `name` as numbers.
        func doubles(_ name: String) throws -> [Double] {
            try column(name).map { try #require(Double($0), "not a number: \($0)") }
        }

        /// The column named `name` as integers.
        func ints(_ name: String) throws -> [Int] {
            try column(name).map { try #require(Int($0), "not an integer: \($0)") }
        }
    }

    /// Reads `Fixtures/<path>`.
    static func table(_ path: String) throws -> Table {
        let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = try #require(lines.first).split(separator: ",").map(String.init)
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        return Table(header: header, rows: Array(rows))
    }

    /// Whether two labellings are the same partition of `indices` (noise −1 must match noise).
    static func samePartition(_ a: [Int], _ b: [Int], over indices: [Int]) -> Bool {
        var forward: [Int: Int] = [:]
        var backward: [Int: Int] = [:]
        for index in indices {
            let x = a[index], y = b[index]
            if (x < 0) != (y < 0) { return false }
            if x < 0 { continue }
            if let mapped = forward[x], mapped != y { return false }
            if let mapped = backward[y], mapped != x { return false }
            forward[x] = y
            backward[y] = x
        }
        return true
    }

    /// Renumbers clusters by their smallest member index (noise stays −1).
    static func canonical(_ labels: [Int]) -> [Int] {
        var mapping: [Int: Int] = [:]
        return labels.map { label in
            guard label >= 0 else { return -1 }
            if let mapped = mapping[label] { return mapped }
            mapping[label] = mapping.count
            return mapping.count - 1
        }
    }

    /// The adjusted Rand index of two labellings (Hubert & Arabie 1985), noise (−1) counted as one more
    /// class, as scikit-learn's `adjusted_rand_score` does with label arrays.
    static func adjustedRandIndex(_ a: [Int], _ b: [Int]) -> Double {
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        var table: [[Int]: Int] = [:], rows: [Int: Int] = [:], columns: [Int: Int] = [:]
        for (x, y) in zip(a, b) {
            table[[x, y], default: 0] += 1
            rows[x, default: 0] += 1
            columns[y, default: 0] += 1
        }
        let index = table.values.reduce(0) { $0 + pairs($1) }
        let rowSum = rows.values.reduce(0) { $0 + pairs($1) }
        let columnSum = columns.values.reduce(0) { $0 + pairs($1) }
        let expected = rowSum * columnSum / pairs(a.count)
        let maximum = (rowSum + columnSum) / 2
        return maximum == expected ? 1 : (index - expected) / (maximum - expected)
    }
}
