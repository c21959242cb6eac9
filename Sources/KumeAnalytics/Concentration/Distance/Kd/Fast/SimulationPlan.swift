/// What the simulations of one binned Kd envelope share, fixed before they run from a pilot labelling
/// (its own random stream): a moment grid in metres, and how the bandwidth's quartiles are found.
///
/// Silverman's bandwidth takes min(sd, IQR/1.34). When the pilot's sd is clearly the smaller, as for
/// firms spread over a region, a simulation needs only bounds on its quartiles, which the grid's cell
/// counts give; otherwise (or for weighted Kd, whose grid holds weights) it gathers the distances in
/// windows around the pilot's quartiles and selects the order statistics among them.
///
/// With it each simulation computes its distances once and folds everything in that one pass
/// (``SimulationPass``) instead of storing them and reading them three times. The plan only decides
/// how the work is laid out: a simulation whose bandwidth or quartiles fall outside it is recomputed
/// by the general two-pass route, so the plan never changes a result beyond rounding.
struct SimulationPlan: Sendable {
    /// The distances at which Kd is evaluated, in metres.
    let rMetres: [Double]
    /// Distances up to this take part in the bandwidth (2·rmax), in metres.
    let limitMetres: Double
    /// The pilot's mean distance: squared deviations are summed about it in one pass.
    let shiftMetres: Double
    /// Whether simulations gather distances near the quartiles (false: they bound the quartiles from
    /// the grid's cell counts and expect the sd to be the smaller term).
    let gathersQuartiles: Bool
    /// Distances gathered to find the first quartile's order statistics, in metres.
    let firstQuartileWindow: ClosedRange<Double>
    /// See `firstQuartileWindow`.
    let thirdQuartileWindow: ClosedRange<Double>
    /// The moment grid's cell width, in metres: at most 1/16 of any accepted bandwidth.
    let stepMetres: Double
    /// The accepted bandwidths, in metres.
    let bandwidthRange: ClosedRange<Double>
    /// The bandwidth factor (dbmss `Adjust`).
    let adjust: Double
    /// How many distances a quartile window may hold.
    let windowCapacity: Int
    /// How many distances may wait for the bandwidth to decide their reflection.
    let asideCapacity: Int

    /// How far an accepted bandwidth may lie from the pilot's.
    static let bandwidthSpread = 0.8...1.5

    /// Plans from a pilot labelling's distances; nil when the pilot has too few distances to plan from
    /// (the simulations then take the general route).
    init?(pilot: PairPoints, parameters: KdParameters) {
        let r = parameters.rMetres
        let limit = DurantonOvermanKd.bandwidthLimit(parameters)
        var summary = DistanceSummaryPass(limitMetres: limit)
        pilot.accumulateRows(into: &summary, weighted: false)
        let n = summary.count
        guard n >= 8, limit > 0 else { return nil }
        let width = limit / Double(summary.binCount)
        var squares = 0.0
        for (k, c) in summary.histogram.enumerated() where c > 0 {
            let middle = (Double(k) + 0.5) * width
            squares += Double(c) * middle * middle
        }
        let mean = summary.sum / Double(n)
        let sd = max(0, (squares - Double(n) * mean * mean) / Double(n - 1)).squareRoot()
        // A random labelling's quartile wanders, in rank, by about 0.2/√m for m reference points (measured
        // on uniform points): windows of ±1/√m of the ranks rarely miss.
        let margin = min(0.24, max(0.01, 1 / Double(pilot.referenceX.count).squareRoot()))
        func edges(_ p: Double) -> ClosedRange<Double> {
            let low = summary.locate(ranks: [Int((p - margin) * Double(n - 1))])[0].bin
            let high = summary.locate(ranks: [Int(((p + margin) * Double(n - 1)).rounded(.up))])[0].bin
            return (Double(low) * width)...(Double(high + 1) * width)
        }
        let q1 = edges(0.25), q3 = edges(0.75)
        func countWithin(_ window: ClosedRange<Double>) -> Int {
            let low = DistanceSummaryPass.bin(window.lowerBound, limit: limit, binCount: summary.binCount)
            let high = DistanceSummaryPass.bin(window.upperBound, limit: limit, binCount: summary.binCount)
            return summary.histogram[low...high].reduce(0, +)
        }
        let iqr = summary.locate(ranks: [(3 * (n - 1)) / 4])[0].bin - summary.locate(ranks: [(n - 1) / 4])[0].bin
        let pilotBandwidth = RStatistics.silvermanBandwidth(
            count: n, mean: mean, standardDeviation: sd, interquartileRange: Double(iqr) * width) * parameters.adjust
        guard pilotBandwidth > 0, pilotBandwidth.isFinite else { return nil }
        // The sd governs when it stays below IQR/1.34 by more than a simulation's quartiles wander.
        gathersQuartiles = parameters.weighted || sd >= 0.97 * Double(iqr) * width / 1.34
        let smallest = pilotBandwidth * SimulationPlan.bandwidthSpread.lowerBound
        // Cells of at most 1/16 of the smallest accepted bandwidth, a whole fraction of r's spacing
        // when r is evenly spaced from 0 (the kernel is then tabulated once per simulation).
        let widest = smallest * MomentGrid.largestStepRatio
        var step = widest
        if r.count >= 2, r[0] == 0, r[1] > 0 {
            let spacing = r[1]
            step = spacing / (spacing / widest).rounded(.up)
        }
        rMetres = r
        limitMetres = limit
        shiftMetres = mean
        firstQuartileWindow = q1
        thirdQuartileWindow = q3
        stepMetres = step
        bandwidthRange = smallest...(pilotBandwidth * SimulationPlan.bandwidthSpread.upperBound)
        adjust = parameters.adjust
        // Room for twice what the pilot had in each window (a simulation that needs more recomputes).
        windowCapacity = gathersQuartiles ? 2 * max(countWithin(q1), countWithin(q3)) + 1024 : 1
        let asideRange = (DurantonOvermanKd.reflectionReach * bandwidthRange.lowerBound)...(
            DurantonOvermanKd.reflectionReach * bandwidthRange.upperBound)
        asideCapacity = 2 * countWithin(asideRange.clamped(to: 0...limit)) + 1024
    }

    /// An empty moment grid for one simulation: it reaches 8 of the largest accepted bandwidths past the
    /// last r and past the bandwidth's limit, and reflects distances up to 4 of those bandwidths.
    func emptyGrid() -> MomentGrid {
        let largest = bandwidthRange.upperBound
        let kernelEnd = (rMetres.last ?? 0) + DurantonOvermanKd.kernelReach * largest
        return MomentGrid(stepMetres: stepMetres, reachMetres: max(kernelEnd, limitMetres) + stepMetres,
                          reflectedReachMetres: DurantonOvermanKd.reflectionReach * largest)
    }
}
