/// Co-location proximity φ_ij = min(P(i | j), P(j | i)) of sectors (Hidalgo, Klinger, Barabási & Hausmann
/// 2007, Science 317:482–487).
///
/// P(i | j) = C_ij / u_j is the share of the regions with RCA ≥ 1 in j that also have RCA ≥ 1 in i
/// (C the co-occurrence with its diagonal, u_j = C_jj the ubiquity). The diagonal is 1. This is
/// ecomplexity's `proximity(…, presence_test = "rca")` (symmetric form). A sector present nowhere has
/// proximity 0 to every other sector.
public enum Proximity {
    /// The sectors × sectors proximity of a regions × sectors presence (0/1) matrix.
    public static func matrix(presence: LabeledMatrix) -> LabeledMatrix {
        let m = presence.rows.count, n = presence.columns.count
        var phi: [Double]
        // min(C_ij/u_j, C_ij/u_i) = C_ij / max(u_i, u_j) exactly (division is monotone and correctly
        // rounded). C_ij = 0 whenever u_i or u_j is 0, so flooring the divisor keeps 0/0 at 0.
        if let counts = DenseKernels.byteCoOccurrence(presence.values, rows: m, columns: n) {
            let ubiquity = (0..<n).map { max(Double(counts[$0 * n + $0]), .leastNormalMagnitude) }
            // Every entry is written below, so the 3 MB for 615 sectors are not zeroed first.
            phi = [Double](unsafeUninitializedCapacity: n * n) { phi, count in
                counts.withUnsafeBufferPointer { c in
                    ubiquity.withUnsafeBufferPointer { u in
                        guard let cBase = c.baseAddress, let out = phi.baseAddress else { return }
                        for i in 0..<n {
                            let ui = u[i], row = cBase + i * n, target = out + i * n
                            for j in 0..<n { target[j] = Double(row[j]) / max(ui, u[j]) }
                        }
                    }
                }
                count = n * n
            }
        } else {
            phi = [Double](repeating: 0, count: n * n)
            let c = CoOccurrence.matrix(presence: presence, includeDiagonal: true).values
            let ubiquity = (0..<n).map { max(c[$0 * n + $0], .leastNormalMagnitude) }
            for i in 0..<n { for j in 0..<n { phi[i * n + j] = c[i * n + j] / max(ubiquity[i], ubiquity[j]) } }
        }
        return LabeledMatrix(validatedRows: presence.columns, columns: presence.columns, values: phi)
    }
}

extension RegionSectorMatrix {
    /// The sectors × sectors proximity φ from this matrix's binary location quotients (see ``Proximity``).
    public func proximity() -> LabeledMatrix {
        Proximity.matrix(presence: binaryLocationQuotients())
    }
}
