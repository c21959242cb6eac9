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
        // min(C_ij/u_j, C_ij/u_i) = C_ij / max(u_i, u_j) exactly (division is monotone and correctly
        // rounded). C_ij = 0 whenever u_i or u_j is 0, so flooring the divisor keeps 0/0 at 0.
        let phi: [Double]
        if let binary = BinaryProximity.matrix(presence.values, regions: m, sectors: n) {
            phi = binary
        } else {
            var general = [Double](repeating: 0, count: n * n)
            let c = CoOccurrence.matrix(presence: presence, includeDiagonal: true).values
            let ubiquity = (0..<n).map { max(c[$0 * n + $0], .leastNormalMagnitude) }
            for i in 0..<n { for j in 0..<n { general[i * n + j] = c[i * n + j] / max(ubiquity[i], ubiquity[j]) } }
            phi = general
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
