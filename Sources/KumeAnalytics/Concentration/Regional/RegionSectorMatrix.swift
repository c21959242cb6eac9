/// A dense regions × sectors matrix of non-negative values (employment or firm counts), with labels.
///
/// Storage is row-major and contiguous: the value of region `r` and sector `s` is
/// `values[r * sectorCount + s]`. Sectors are plain strings (NACE codes or any label), so the same
/// type holds a province × NACE-class matrix or EconGeo's `R01…` × `I01…` examples.
public struct RegionSectorMatrix: Sendable, Equatable {
    /// The region labels, one per row, in row order.
    public let regions: [String]
    /// The sector labels, one per column, in column order.
    public let sectors: [String]
    /// The values, row-major: `values[r * sectors.count + s]` (employment or firm counts, ≥ 0).
    public let values: [Double]

    /// The number of regions (rows).
    public var regionCount: Int { regions.count }
    /// The number of sectors (columns).
    public var sectorCount: Int { sectors.count }

    /// Creates a matrix from row-major values.
    ///
    /// - Parameters:
    ///   - regions: region labels, one per row; must be distinct.
    ///   - sectors: sector labels, one per column; must be distinct.
    ///   - values: `regions.count × sectors.count` non-negative finite values, row-major.
    /// - Throws: ``RegionalMeasureError/shapeMismatch(expected:got:)`` when the counts disagree,
    ///   ``RegionalMeasureError/duplicateLabel(_:)`` for a repeated label and
    ///   ``RegionalMeasureError/invalidValue(region:sector:value:)`` for a negative or non-finite value.
    public init(regions: [String], sectors: [String], values: [Double]) throws(RegionalMeasureError) {
        guard values.count == regions.count * sectors.count else {
            throw .shapeMismatch(expected: regions.count * sectors.count, got: values.count)
        }
        if let dup = Self.firstDuplicate(regions) { throw .duplicateLabel(dup) }
        if let dup = Self.firstDuplicate(sectors) { throw .duplicateLabel(dup) }
        for (index, value) in values.enumerated() where !(value >= 0 && value.isFinite) {
            throw .invalidValue(
                region: regions[index / sectors.count], sector: sectors[index % sectors.count], value: value)
        }
        self.regions = regions
        self.sectors = sectors
        self.values = values
    }

    /// Creates a matrix from one array per region (rows).
    ///
    /// - Parameters:
    ///   - regions: region labels, one per row.
    ///   - sectors: sector labels, one per column.
    ///   - rows: one array of `sectors.count` values per region.
    /// - Throws: the same errors as ``init(regions:sectors:values:)``.
    public init(regions: [String], sectors: [String], rows: [[Double]]) throws(RegionalMeasureError) {
        guard rows.count == regions.count, rows.allSatisfy({ $0.count == sectors.count }) else {
            throw .shapeMismatch(
                expected: regions.count * sectors.count, got: rows.reduce(0) { $0 + $1.count })
        }
        try self.init(regions: regions, sectors: sectors, values: rows.flatMap { $0 })
    }

    /// Internal initialiser for values already known to be valid.
    init(validatedRegions regions: [String], sectors: [String], values: [Double]) {
        self.regions = regions
        self.sectors = sectors
        self.values = values
    }

    /// The value of region `region` (row index) and sector `sector` (column index).
    public subscript(region: Int, sector: Int) -> Double {
        values[region * sectors.count + sector]
    }

    /// The index of a region label, or `nil` when the matrix has no such region.
    public func regionIndex(of label: String) -> Int? { regions.firstIndex(of: label) }

    /// The index of a sector label, or `nil` when the matrix has no such sector.
    public func sectorIndex(of label: String) -> Int? { sectors.firstIndex(of: label) }

    /// Each region's total over all sectors (row sums), in row order.
    public var regionTotals: [Double] {
        let m = regions.count, n = sectors.count
        var sums = [Double](repeating: 0, count: m)
        values.withUnsafeBufferPointer { v in
            // Four rows side by side: four independent running sums, each still added in column order.
            var r = 0
            while r + 4 <= m {
                var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
                for s in 0..<n {
                    s0 += v[r * n + s]
                    s1 += v[(r + 1) * n + s]
                    s2 += v[(r + 2) * n + s]
                    s3 += v[(r + 3) * n + s]
                }
                sums[r] = s0
                sums[r + 1] = s1
                sums[r + 2] = s2
                sums[r + 3] = s3
                r += 4
            }
            while r < m {
                var sum = 0.0
                for s in 0..<n { sum += v[r * n + s] }
                sums[r] = sum
                r += 1
            }
        }
        return sums
    }

    /// Each sector's total over all regions (column sums), in column order.
    public var sectorTotals: [Double] {
        let n = sectors.count
        var sums = [Double](repeating: 0, count: n)
        values.withUnsafeBufferPointer { v in
            sums.withUnsafeMutableBufferPointer { out in
                for r in 0..<regions.count {
                    for s in 0..<n { out[s] += v[r * n + s] }
                }
            }
        }
        return sums
    }

    /// The grand total of all values.
    public var total: Double { values.reduce(0, +) }

    /// The values of one sector across regions (a column), in row order.
    public func column(_ sector: Int) -> [Double] {
        (0..<regions.count).map { values[$0 * sectors.count + sector] }
    }

    /// The values of one region across sectors (a row), in column order.
    public func row(_ region: Int) -> [Double] {
        Array(values[(region * sectors.count)..<((region + 1) * sectors.count)])
    }

    private static func firstDuplicate(_ labels: [String]) -> String? {
        var seen = Set<String>()
        for label in labels where !seen.insert(label).inserted { return label }
        return nil
    }
}
