import Foundation
import KumeAnalytics
import Kume
import Testing

@Suite("KdPlot")
struct KdPlotTests {
    @Test("The chart has a shaded band, the curve, axis labels in km and a legend")
    func chart() {
        let curve = KdCurve(rMetres: [0, 10_000, 20_000], values: [1e-5, 2e-5, 1.5e-5], bandwidthMetres: 1000,
                            pairCount: 10, method: .exact)
        let envelope = KdEnvelope(observed: curve, localLower: [0.5e-5, 1e-5, 1e-5], localUpper: [1.5e-5, 2.5e-5, 2e-5],
                                  globalLower: [0.4e-5, 0.9e-5, 0.9e-5], globalUpper: [1.6e-5, 2.6e-5, 2.1e-5],
                                  parameters: EnvelopeParameters(simulations: 99, seed: 1))
        let svg = KdPlot(envelope: envelope, kind: .global, title: "Kd of 29.10 <motor vehicles>").svg()
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<polygon"))
        #expect(svg.contains("<polyline"))
        #expect(svg.contains("Distance (km)"))
        #expect(svg.contains("Kd (density per km)"))
        #expect(svg.contains("Global 95 % envelope (99 random labellings)"))
        #expect(svg.contains("&lt;motor vehicles&gt;"))
        // Per-km values: the curve's top, 2e-5 per metre, is 0.02 per km, inside the axis ticks.
        #expect(svg.contains(">0.02<"))
    }
}
