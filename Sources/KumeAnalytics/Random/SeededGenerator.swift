import Foundation

/// kume's one seeded pseudo-random generator (xoshiro256**, Blackman & Vigna 2018, seeded through
/// SplitMix64), so that simulations and synthetic data are reproducible: the same seed gives the same
/// stream on every machine and core count.
///
/// Written by hand because the standard library only offers an unseeded system generator.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates the generator for a seed and a stream number (for example a simulation's index);
    /// distinct streams of one seed are statistically independent.
    /// - Parameters:
    ///   - seed: any 64-bit seed.
    ///   - stream: the stream number.
    package init(seed: UInt64, stream: UInt64 = 0) {
        var state = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        state = SeededGenerator.splitMix(&state) ^ stream
        s0 = SeededGenerator.splitMix(&state)
        s1 = SeededGenerator.splitMix(&state)
        s2 = SeededGenerator.splitMix(&state)
        s3 = SeededGenerator.splitMix(&state)
    }

    /// Creates the generator with its four state words drawn straight from SplitMix64 of `seed`, as the
    /// authors recommend: the stream the synthetic registry is generated from (a fixed file per seed).
    /// - Parameter seed: any 64-bit seed.
    package init(directSeed seed: UInt64) {
        var state = seed
        s0 = SeededGenerator.splitMix(&state)
        s1 = SeededGenerator.splitMix(&state)
        s2 = SeededGenerator.splitMix(&state)
        s3 = SeededGenerator.splitMix(&state)
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform integer in 0..<bound without modulo bias (Lemire's method).
    package mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// Shuffles an array in place (Fisher–Yates, from the end).
    package mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = nextIndex(below: i + 1)
            if i != j { array.swapAt(i, j) }
            i -= 1
        }
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    package mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A standard normal deviate (Box–Muller, one of the pair).
    package mutating func nextGaussian() -> Double {
        let u = 1 - nextUnit()
        let v = nextUnit()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
