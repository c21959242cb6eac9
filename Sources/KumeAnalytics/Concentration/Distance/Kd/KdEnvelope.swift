import Foundation
import KumeData

/// The settings of a random-labelling envelope.
public struct EnvelopeParameters: Sendable, Hashable {
    /// The number of simulations (dbmss `NumberOfSimulations`).
    public var simulations: Int
    /// The seed of the simulations' random streams.
    public var seed: UInt64
    /// The risk level (dbmss `Alpha`), in (0, 1).
    public var alpha: Double

    /// Creates the settings.
    /// - Parameters:
    ///   - simulations: how many random labellings (default 999).
    ///   - seed: the seed; equal seeds give equal envelopes on any core count.
    ///   - alpha: the risk level (default 0.05).
    public init(simulations: Int = 999, seed: UInt64, alpha: Double = 0.05) {
        self.simulations = simulations
        self.seed = seed
        self.alpha = alpha
    }
}

/// A Kd curve with its confidence envelopes under random labelling.
public struct KdEnvelope: Sendable, Hashable {
    /// The observed curve.
    public var observed: KdCurve
    /// Pointwise envelope: type-7 quantiles of the simulations at α/2 and 1 − α/2.
    public var localLower: [Double]
    /// See `localLower`.
    public var localUpper: [Double]
    /// Duranton–Overman's global envelope (dbmss `GlobalEnvelope`). Its level is only approximate: with 99
    /// simulations it is left by far more than α of the curves under the null hypothesis, so significance
    /// is read on ``rankTest`` instead.
    public var globalLower: [Double]
    /// See `globalLower`.
    public var globalUpper: [Double]
    /// The global rank envelope test by extreme rank length (R's GET), with its p-value: the test whose
    /// level holds at any number of simulations. nil only for an envelope assembled by hand.
    package var rankTest: GlobalRankTest?
    /// The settings used.
    public var parameters: EnvelopeParameters

    /// Creates an envelope from its parts; see the properties for their meaning.
    package init(observed: KdCurve, localLower: [Double], localUpper: [Double], globalLower: [Double],
                globalUpper: [Double], parameters: EnvelopeParameters, rankTest: GlobalRankTest? = nil) {
        self.observed = observed
        self.localLower = localLower
        self.localUpper = localUpper
        self.globalLower = globalLower
        self.globalUpper = globalUpper
        self.rankTest = rankTest
        self.parameters = parameters
    }

    /// The distances, in metres.
    public var rMetres: [Double] { observed.rMetres }

    /// The lower and upper bands of one kind.
    package func band(_ kind: EnvelopeKind) -> (lower: [Double], upper: [Double]) {
        switch kind {
        case .local: return (localLower, localUpper)
        case .global: return (globalLower, globalUpper)
        case .extremeRank:
            let none = [Double](repeating: .nan, count: observed.values.count)
            return (rankTest?.lower ?? none, rankTest?.upper ?? none)
        }
    }
}

/// Which envelope a significance statement refers to.
package enum EnvelopeKind: String, Sendable, CaseIterable {
    /// Pointwise quantiles.
    case local
    /// Duranton–Overman's global band (dbmss `GlobalEnvelope`).
    case global
    /// The global rank envelope by extreme rank length (R's GET), whose test has its stated level.
    case extremeRank = "extreme_rank_length"
}

extension DurantonOvermanKd {
    /// Computes Kd and its envelopes under random labelling (dbmss `KdEnvelope`, `SimulationType =
    /// "RandomLocation"`): each simulation permutes the types and weights together over all points
    /// (dbmss `rlabel`) and recomputes Kd, with its own bandwidth, exactly as for the observed pattern.
    ///
    /// Simulations run in blocks on at most `workers` child tasks; simulation s draws from its own stream
    /// `SeededGenerator(seed:stream: s)`, so the result depends on the seed only, not on the core count.
    /// - Parameters:
    ///   - pattern: the marked points, in metres.
    ///   - parameters: the Kd parameters.
    ///   - envelope: the number of simulations, seed and risk level.
    ///   - workers: how many child tasks may run at once.
    ///   - progress: called on the calling task with the number of simulations finished so far.
    /// - Throws: `DistanceMeasureError` as `estimate` does, `.invalidParameter` for fewer than one
    ///   simulation or α outside (0, 1), `.tooFewSimulations` when the global envelope cannot be formed.
    package static func envelope(_ pattern: MarkedPattern, parameters: KdParameters, envelope: EnvelopeParameters,
                                workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                                progress: (@Sendable (Int) -> Void)? = nil)
        async throws(DistanceMeasureError) -> KdEnvelope {
        guard envelope.simulations >= 1 else {
            throw .invalidParameter(name: "simulations", value: "\(envelope.simulations)", expected: "at least 1")
        }
        guard envelope.alpha > 0, envelope.alpha < 1 else {
            throw .invalidParameter(name: "alpha", value: "\(envelope.alpha)", expected: "a risk level between 0 and 1")
        }
        let selection = try KdPairSelection(pattern, parameters: parameters)
        let observed = try await estimate(pattern, parameters: parameters, workers: workers)
        // Fix the method for every simulation: the automatic choice depends on the pair count, which
        // random labelling keeps for univariate Kd but may not for bivariate Kd.
        var simulated = parameters
        simulated.method = observed.method
        let fixed = simulated
        // Binned simulations share a grid and quartile windows planned from a pilot labelling (a stream
        // no simulation uses); exact ones keep the general route.
        let plan: SimulationPlan? = fixed.method == .binned
            ? SimulationPlan(pilot: selection.pairPoints(labels: SimulationBlock.labels(
                count: selection.pattern.count, seed: envelope.seed, stream: .max)), parameters: fixed)
            : nil
        let total = envelope.simulations
        let blockSize = max(1, min(8, total / max(1, 4 * workers)))
        let blocks = stride(from: 0, to: total, by: blockSize).map { $0..<min(total, $0 + blockSize) }
        var finished = 0
        let outcomes = await ParallelJobs.map(count: blocks.count, workers: workers, onFinished: { b in
            finished += blocks[b].count
            progress?(finished)
        }) { b in
            await SimulationBlock.run(blocks[b], selection: selection, parameters: fixed, seed: envelope.seed,
                                      plan: plan)
        }
        var curves: [[Double]] = []
        curves.reserveCapacity(total)
        for outcome in outcomes {
            switch outcome {
            case let .success(values): curves.append(contentsOf: values)
            case let .failure(error): throw error
            }
        }
        let local = ConfidenceEnvelope.local(curves, alpha: envelope.alpha)
        let global = try ConfidenceEnvelope.global(curves, alpha: envelope.alpha)
        let rankTest = try GlobalRankTest(observed: observed.values, simulations: curves, alpha: envelope.alpha)
        return KdEnvelope(observed: observed, localLower: local.lower, localUpper: local.upper,
                          globalLower: global.lower, globalUpper: global.upper, parameters: envelope,
                          rankTest: rankTest)
    }
}

/// One block of simulations, run in one child task on value inputs.
enum SimulationBlock {
    /// Above this many pairs a simulation streams its distances instead of storing them.
    static let storedPairLimit = 8_000_000

    /// Random labelling s: `labels[p]` is the point whose type and weight point p carries.
    static func labels(count: Int, seed: UInt64, stream: UInt64) -> [Int] {
        var generator = SeededGenerator(seed: seed, stream: stream)
        var labels = Array(0..<count)
        generator.shuffle(&labels)
        return labels
    }

    /// The curves of simulations `indices`, through `plan`'s single pass when given and the simulation
    /// fits it, otherwise through the general route of `DurantonOvermanKd.curve`.
    static func run(_ indices: Range<Int>, selection: KdPairSelection, parameters: KdParameters,
                    seed: UInt64, plan: SimulationPlan? = nil) async -> Result<[[Double]], DistanceMeasureError> {
        var curves: [[Double]] = []
        var storage: [Double] = []
        var pass = plan.map { SimulationPass(plan: $0, weighted: parameters.weighted) }
        for s in indices {
            let points = selection.pairPoints(labels: labels(count: selection.pattern.count, seed: seed,
                                                             stream: UInt64(s)))
            if var fused = pass.take() {
                fused.reset()
                points.accumulateRows(into: &fused, weighted: parameters.weighted)
                let values = fused.finish()
                pass = consume fused
                if let values {
                    curves.append(values)
                    continue
                }
            }
            do {
                let curve: KdCurve
                if points.pairCount <= storedPairLimit {
                    let feed = StoredPairFeed(points: points, weighted: parameters.weighted,
                                              reusing: consume storage,
                                              summaryLimitMetres: DurantonOvermanKd.bandwidthLimit(parameters))
                    storage = []
                    curve = try await DurantonOvermanKd.curve(feed: feed, pairCount: points.pairCount,
                                                              parameters: parameters)
                    storage = feed.distances
                } else {
                    let feed = StreamedPairFeed(points: points, weighted: parameters.weighted, workers: 1)
                    curve = try await DurantonOvermanKd.curve(feed: feed, pairCount: points.pairCount,
                                                              parameters: parameters)
                }
                curves.append(curve.values)
            } catch {
                return .failure(error)
            }
        }
        return .success(curves)
    }
}
