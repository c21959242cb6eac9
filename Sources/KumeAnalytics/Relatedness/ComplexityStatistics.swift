/// Small descriptive statistics used to fix eigenvector signs and standardise indices.
enum ComplexityStatistics {
    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    /// Standard deviation with divisor n (numpy's default, ddof = 0).
    static func populationSD(_ x: [Double]) -> Double {
        let m = mean(x)
        return (x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count)).squareRoot()
    }

    /// Pearson correlation over the pairs where both values are numbers (R's `use = "pairwise.complete.obs"`).
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let pairs = zip(x, y).filter { !$0.0.isNaN && !$0.1.isNaN }
        let a = pairs.map(\.0), b = pairs.map(\.1)
        let ma = mean(a), mb = mean(b)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (p, q) in zip(a, b) {
            sab += (p - ma) * (q - mb)
            saa += (p - ma) * (p - ma)
            sbb += (q - mb) * (q - mb)
        }
        return sab / (saa * sbb).squareRoot()
    }

    /// Spearman rank correlation: Pearson on ranks, ties given their average rank.
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        pearson(ranks(x), ranks(y))
    }

    static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] || (x[$0] == x[$1] && $0 < $1) }
        var rank = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, x[order[j + 1]] == x[order[i]] { j += 1 }
            let average = Double(i + j) / 2 + 1
            for k in i...j { rank[order[k]] = average }
            i = j + 1
        }
        return rank
    }
}
