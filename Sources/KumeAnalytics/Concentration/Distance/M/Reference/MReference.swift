/// Marcon and Puech's M by its definition, as ``MarconPuechM`` states it: for every reference point and
/// every r, all other points visited, no grid, no cumulative sums. The tests hold ``MarconPuechM``'s grid
/// route to it; it is kept short so that it can be read against the formula.
///
/// M(r) = Σ_i [Σ_{j ≠ i, d_ij² ≤ r², j neighbour type} w_j / Σ_{j ≠ i, d_ij² ≤ r²} w_j]
///        / Σ_i [(W_neighbour − 1(i neighbour type)·w_i) / (W − w_i)],
/// both sums over the reference points i with some point within r.
enum MReference {
    static func m(_ pattern: MarkedPattern, rMetres: [Double], referenceType: String, neighbourType: String? = nil)
        throws -> [Double] {
        let reference = try pattern.code(of: referenceType)
        let neighbour = try neighbourType.map { try pattern.code(of: $0) } ?? reference
        let x = pattern.points.xMetres, y = pattern.points.yMetres, codes = pattern.typeCodes, w = pattern.weights
        let total = w.reduce(0, +)
        let neighbourTotal = codes.indices.reduce(0.0) { $0 + (codes[$1] == neighbour ? w[$1] : 0) }
        return rMetres.map { r in
            var local = 0.0, global = 0.0
            for i in codes.indices where codes[i] == reference {
                var ofInterest = 0.0, all = 0.0
                for j in codes.indices where j != i {
                    let d2 = (x[j] - x[i]) * (x[j] - x[i]) + (y[j] - y[i]) * (y[j] - y[i])
                    guard d2 <= r * r else { continue }
                    all += w[j]
                    if codes[j] == neighbour { ofInterest += w[j] }
                }
                guard all > 0 else { continue }
                local += ofInterest / all
                global += (neighbourTotal - (codes[i] == neighbour ? w[i] : 0)) / (total - w[i])
            }
            return local / global
        }
    }
}
