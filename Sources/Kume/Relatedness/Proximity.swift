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
        let n = presence.columns.count
        let c = CoOccurrence.matrix(presence: presence, includeDiagonal: true)
        var phi = [Double](repeating: 0, count: n * n)
        c.values.withUnsafeBufferPointer { c in
            phi.withUnsafeMutableBufferPointer { phi in
                for i in 0..<n {
                    let ui = c[i * n + i]
                    for j in 0..<n {
                        let uj = c[j * n + j]
                        let v = min(c[i * n + j] / uj, c[i * n + j] / ui)
                        phi[i * n + j] = v.isNaN ? 0 : v
                    }
                }
            }
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
