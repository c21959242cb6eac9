import Kume
import Testing

@Suite("SVGMap scale bar length")
struct SVGMapScaleTests {
    /// Map widths and the largest 1, 2 or 5 × 10ᵏ m not above a quarter of them, worked out by hand.
    static let cases: [(widthMetres: Double, barMetres: Double)] = [
        (10_000, 2_000),  // quarter 2,500 m
        (100_000, 20_000),  // quarter 25 km
        (3_000, 500),  // quarter 750 m
        (1_000, 200),  // quarter 250 m
        (40_000, 10_000),  // quarter exactly 10 km
        (1_500_000, 200_000),  // quarter 375 km
    ]

    @Test("The bar is a round length of at most a quarter of the map", arguments: cases)
    func roundLength(widthMetres: Double, barMetres: Double) {
        #expect(SVGMap.scaleBarMetres(forMapWidthMetres: widthMetres) == barMetres)
    }
}
