import Foundation
import HeadlessChromium
import Kume
import KumeAnalytics
import Testing

extension HTMLInBrowserTests {
    @Suite("Kd chart in Chromium")
    struct SVGLineChartBrowserTests {
        /// A Kd curve over 0–50 km (per metre) that runs midway through its envelope, except at 20 km where it
        /// rises above it, and is undefined at 45 km.
        static func envelope() -> KdEnvelope {
            let r = stride(from: 0.0, through: 50_000, by: 5_000).map { $0 }
            let lower = r.map { 1e-6 + 2e-7 * $0 / 5_000 }
            let upper = lower.map { $0 + 4e-6 }
            var observed = zip(lower, upper).map { ($0 + $1) / 2 }
            observed[4] = upper[4] + 3e-6
            observed[9] = .nan
            let curve = KdCurve(rMetres: r, values: observed, bandwidthMetres: 2_000, pairCount: 100, method: .exact)
            return KdEnvelope(observed: curve, localLower: lower, localUpper: upper, globalLower: lower,
                              globalUpper: upper, parameters: EnvelopeParameters(simulations: 99, seed: 1))
        }

        static func page(_ language: VerdictReport.Language) -> HTMLDocument {
            let plot = KdPlot(envelope: envelope(), kind: .global, title: "Kd of 29.10", language: language)
            return HTMLDocument(language: language.rawValue, title: "Kd", body: [.element("figure", [.svg(plot.markup())])])
        }

        @Test("The curve lies inside the band where it should and above it where it rises; a gap stays a gap")
        func curveAndBand() throws {
            try BrowserPageFixture.withPage(Self.page(.english)) { page, _ in
                // The browser's own hit test of the band polygon at each drawn point of the curve.
                let inside = try page.evaluate("""
                    (() => { const band = document.querySelector('[data-role=band] polygon');
                             const at = (x, y) => band.isPointInFill(new DOMPoint(x, y));
                             return [[...document.querySelectorAll('[data-role=series] polyline')].map(line =>
                                      [...line.points].map(p => at(p.x, p.y))),
                                     [...document.querySelectorAll('[data-role=series] circle')].map(c =>
                                      at(c.cx.baseVal.value, c.cy.baseVal.value))] })()
                    """)
                // The undefined value at 45 km splits the curve: a line over 0–40 km (9 points, above the band at
                // 20 km) and a dot at 50 km.
                #expect(inside == [[[true, true, true, true, false, true, true, true, true]], [true]])
                #expect(try page.evaluate("[...document.querySelectorAll('[data-role=legend] text')].map(t => t.textContent)")
                        == ["Observed Kd", "Global 95 % envelope (99 random labellings)"])
                let ticks = try page.evaluate("[...document.querySelectorAll('[data-role=grid] text')].map(t => t.textContent)")
                // Per km, the highest value is the curve at 20 km: (1 + 0.8 + 4 + 3) × 10⁻⁶ per m = 0.0088 per km.
                // A sixth of 0–0.0088 is 0.00147, so ticks every 0.002 up to 0.01; x: a sixth of 50 km → every 10.
                #expect(ticks == ["0", "0.002", "0.004", "0.006", "0.008", "0.01", "0", "10", "20", "30", "40", "50"])
                #expect(try page.screenshot().inkFraction > 0.01)
                #expect(try page.printToPDF().pageCount == 1)
            }
        }

        @Test("In Turkish, the axes and the legend are Turkish")
        func turkish() throws {
            try BrowserPageFixture.withPage(Self.page(.turkish)) { page, _ in
                let text = try page.evaluate("document.querySelector('svg').textContent").string ?? ""
                #expect(text.contains("Uzaklık (km)"))
                #expect(text.contains("Kd (km başına yoğunluk)"))
                #expect(text.contains("Gözlenen Kd"))
                #expect(text.contains("Küresel %95 zarf (99 rastgele etiketleme)"))
            }
        }
    }
}
