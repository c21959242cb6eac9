import Foundation

/// Whether a candidate cluster holds more of its sector's firms than the registry's own mix predicts:
/// a one-sided binomial test with Holm's correction for the number of candidates tested.
///
/// With n registry firms inside a candidate's geography, k of them in the sector, and the sector's share
/// p₀ of the whole registry, the p-value is P(X ≥ k) for X ~ Binomial(n, p₀): the chance of at least that
/// many sector firms among n firms drawn from the registry's mix. Holm's step-down procedure (1979)
/// adjusts the p-values of m candidates so that the chance of calling any chance concentration significant
/// stays at most α (family-wise), uniformly more powerful than Bonferroni's m·p.
package enum ConcentrationTest {
    /// P(X ≥ k) for X ~ Binomial(n, p), summed in log space from k upwards (exact to rounding).
    /// - Parameters:
    ///   - k: the observed count (0…n).
    ///   - n: the number of trials.
    ///   - p: the success probability, in [0, 1].
    package static func binomialUpperTail(atLeast k: Int, of n: Int, probability p: Double) -> Double {
        guard k > 0 else { return 1 }
        guard k <= n else { return 0 }
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        let logP = log(p), logQ = log1p(-p)
        let logN = logFactorial(n)
        func logTerm(_ i: Int) -> Double {
            logN - logFactorial(i) - logFactorial(n - i) + Double(i) * logP + Double(n - i) * logQ
        }
        // Terms rise to the mode ⌊(n + 1)p⌋ and fall after it; sum relative to the largest term.
        let mode = min(n, max(k, Int((Double(n + 1) * p).rounded(.down))))
        let peak = logTerm(mode)
        var sum = 0.0
        for i in k...n {
            let term = exp(logTerm(i) - peak)
            sum += term
            if i > mode, term < 1e-17 * sum { break }
        }
        return min(1, exp(peak + log(sum)))
    }

    /// ln(n!) through the log-gamma function.
    static func logFactorial(_ n: Int) -> Double {
        let x: Double = Double(n) + 1
        return Foundation.lgamma(x)
    }

    /// Holm's adjusted p-values, in the order given: for p sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎,
    /// p̃₍ᵢ₎ = max_{j ≤ i} min(1, (m − j + 1)·p₍ⱼ₎). A candidate is significant at α when p̃ ≤ α.
    package static func holmAdjusted(_ pValues: [Double]) -> [Double] {
        let m = pValues.count
        let order = pValues.indices.sorted { (pValues[$0], $0) < (pValues[$1], $1) }
        var adjusted = [Double](repeating: 1, count: m)
        var running = 0.0
        for (position, index) in order.enumerated() {
            running = max(running, min(1, Double(m - position) * pValues[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
