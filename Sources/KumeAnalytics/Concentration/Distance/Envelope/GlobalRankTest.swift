/// The global rank envelope test by extreme rank length (Myllymäki, Mrkvička, Grabarnik, Seijo and
/// Hahn 2017, "Global envelope tests for spatial processes", JRSS B 79:381–404; R's GET
/// `global_envelope_test(type = "erl")`), two-sided.
///
/// With the observed curve T₁ and the simulated T₂ … T_{s+1} at r₁ … r_K: the pointwise rank of curve i
/// at r_k is R_ik = min(#{j : T_jk ≤ T_ik}, #{j : T_jk ≥ T_ik}) (small = extreme on either side); each
/// curve's ranks sorted ascending form its rank vector, and curves are ordered lexically by these (the
/// curve with the lowest rank, or as low a rank more often, is more extreme). The measure
/// e_i = #{j : R_j ⪯ R_i} / (s + 1) and the p-value p = #{i : e_i ≤ e₁} / (s + 1) (the observed curve
/// counted), which under the null hypothesis is uniform on {1, …, s + 1}/(s + 1): the test rejects at
/// level α exactly when p ≤ α, and has level ⌊α(s + 1)⌋/(s + 1) ≤ α for any number of simulations
/// (exactly 5 % with 99 or 999 at α = 0.05). The envelope is the pointwise range of the curves the test
/// would not reject (those i with #{j : e_j ≤ e_i} > α(s + 1)): a rejected observed curve lies outside it
/// at some r, an accepted one inside it everywhere. Distances where any curve is NaN take no part.
package struct GlobalRankTest: Sendable, Hashable {
    /// The p-value of the observed curve, in (0, 1].
    package var pValue: Double
    /// The envelope's lower bound at each r (NaN where a curve is NaN).
    package var lower: [Double]
    /// The envelope's upper bound at each r.
    package var upper: [Double]
    /// The risk level the envelope was drawn for.
    package var alpha: Double

    /// Creates a result from its parts; see the properties for their meaning.
    package init(pValue: Double, lower: [Double], upper: [Double], alpha: Double) {
        self.pValue = pValue
        self.lower = lower
        self.upper = upper
        self.alpha = alpha
    }

    /// Whether the test rejects the null hypothesis at its level: p ≤ α.
    package var rejects: Bool { pValue <= alpha }

    /// Runs the test.
    /// - Parameters:
    ///   - observed: the observed curve, one value per r.
    ///   - simulations: the simulated curves under the null hypothesis, each as long as `observed`.
    ///   - alpha: the risk level, in (0, 1).
    /// - Throws: `DistanceMeasureError.invalidParameter` for α outside (0, 1), `.mismatchedLengths` for a
    ///   curve of another length, `.tooFewSimulations` when there are none.
    package init(observed: [Double], simulations: [[Double]], alpha: Double) throws(DistanceMeasureError) {
        guard alpha > 0, alpha < 1 else {
            throw .invalidParameter(name: "alpha", value: "\(alpha)", expected: "a risk level between 0 and 1")
        }
        guard !simulations.isEmpty else { throw .tooFewSimulations(run: 0, reason: "the test needs simulated curves") }
        for curve in simulations where curve.count != observed.count {
            throw .mismatchedLengths(what: "values in a simulated curve", expected: observed.count, actual: curve.count)
        }
        let curves = [observed] + simulations
        let count = curves.count, width = observed.count
        let columns = (0..<width).filter { k in curves.allSatisfy { !$0[k].isNaN } }
        // Pointwise two-sided ranks, then each curve's ranks sorted ascending.
        var ranks = [[Int]](repeating: [], count: count)
        for k in columns {
            let order = (0..<count).sorted { curves[$0][k] < curves[$1][k] }
            var start = 0
            while start < count {
                var end = start + 1
                while end < count, curves[order[end]][k] == curves[order[start]][k] { end += 1 }
                // Tied values share #{≤} = end and #{≥} = count − start.
                for position in start..<end { ranks[order[position]].append(min(end, count - start)) }
                start = end
            }
        }
        for i in 0..<count { ranks[i].sort() }
        // e_i · (s + 1) = #{j : R_j ⪯ R_i}: positions in the lexical order, ties sharing the largest.
        let lexical = (0..<count).sorted { ranks[$0].lexicographicallyPrecedes(ranks[$1]) }
        var atMost = [Int](repeating: 0, count: count)
        var start = 0
        while start < count {
            var end = start + 1
            while end < count, ranks[lexical[end]] == ranks[lexical[start]] { end += 1 }
            for position in start..<end { atMost[lexical[position]] = end }
            start = end
        }
        // #{j : e_j ≤ e_i} = atMost[i] as well, since e is monotone in the lexical order.
        pValue = Double(atMost[0]) / Double(count)
        let kept = (0..<count).filter { Double(atMost[$0]) > alpha * Double(count) }
        var lower = [Double](repeating: .nan, count: width), upper = [Double](repeating: .nan, count: width)
        for k in columns {
            lower[k] = kept.map { curves[$0][k] }.min() ?? .nan
            upper[k] = kept.map { curves[$0][k] }.max() ?? .nan
        }
        self.lower = lower
        self.upper = upper
        self.alpha = alpha
    }
}
