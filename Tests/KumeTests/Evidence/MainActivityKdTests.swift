import Foundation
import KumeGeo
import Testing
@testable import KumeData
@testable import KumeAnalytics
@testable import Kume

/// A roster of 25 committed firms of NACE 29.32 on a 5 × 5 grid about 2 km apart in Nilüfer (Bursa):
/// longitudes 28.900–28.996, latitudes 40.200–40.272; its hull-buffer geography is that square buffered by
/// 5 km. Registries are written out row by row so each test knows which firms lie inside.
enum KdCheckFixtures {
    static let rosterPoints: [Coordinate] = (0..<25).map { i in
        Coordinate(longitude: 28.90 + Double(i % 5) * 0.024, latitude: 40.20 + Double(i / 5) * 0.018)
    }

    static var roster: Roster {
        Roster(source: "roster.csv", members: rosterPoints.enumerated().map { i, point in
            Member(id: "F\(i)", name: "Firma \(i)", type: .firm, nace: NaceCode(canonical: "29.32"), location: point,
                   committed: true)
        })
    }

    /// One registry row.
    struct Row {
        var id: String
        var type = "firm"
        var nace: String
        var latitude: Double
        var longitude: Double
    }

    static func main(_ id: String, _ latitude: Double, _ longitude: Double) -> Row {
        Row(id: id, nace: "29.10", latitude: latitude, longitude: longitude)
    }

    static func other(_ id: String, _ latitude: Double, _ longitude: Double) -> Row {
        Row(id: id, nace: "46.90", latitude: latitude, longitude: longitude)
    }

    static func registry(_ rows: [Row]) throws -> Registry {
        var lines = ["id,name,type,nace,lat,lon"]
        for row in rows { lines.append("\(row.id),Firma \(row.id),\(row.type),\(row.nace),\(row.latitude),\(row.longitude)") }
        return try RegistryReader.read(data: Array((lines.joined(separator: "\n") + "\n").utf8), name: "registry.csv")
    }

    static func check(_ registry: Registry?, kd: MainActivityKd.Settings? = MainActivityKd.Settings()) async throws
        -> ClusterCheck.Outcome {
        let options = ClusterCheck.Options(call: try Call.builtIn(id: "2017-3"), reference: registry, kd: kd)
        return try await ClusterCheck.run(roster, options: options)
    }

    /// Main-activity firms within about 300 m of (40.236 N, 28.948 E).
    static func tightMain(_ count: Int) -> [Row] {
        (0..<count).map { k in
            let angle = Double(k) * 2.399963  // the golden angle, so the points do not line up
            let radius = 0.0027 * (Double(k + 1) / Double(count)).squareRoot()  // ≤ 0.0027° ≈ 300 m
            return main("M\(k)", 40.236 + radius * sin(angle), 28.948 + radius * cos(angle))
        }
    }

    /// Other firms on a 12 × 12 lattice over the roster's square (cells about 700 m).
    static var latticeOthers: [Row] {
        (0..<144).map { k in other("O\(k)", 40.200 + Double(k / 12) * 0.0065, 28.900 + Double(k % 12) * 0.0087) }
    }
}

@Suite("MainActivityKd")
struct MainActivityKdTests {
    typealias F = KdCheckFixtures

    @Test("Kd is measured on exactly the registry firms inside the geography, projected as the geography is")
    func insideSelectionAndProjection() async throws {
        // Inside the geography (the roster's square): six main-activity firms and eight others, interleaved.
        // Outside: two firms in Ankara and a main-activity firm 10 km east of the square's buffer edge.
        // Not counted: a university inside (not a firm).
        let rows: [(F.Row, inside: Bool)] = [
            (F.main("M1", 40.230, 28.930), true), (F.other("O1", 40.205, 28.905), true),
            (F.main("X1", 39.930, 32.850), false), (F.main("M2", 40.232, 28.934), true),
            (F.other("O2", 40.210, 28.990), true), (F.main("M3", 40.236, 28.929), true),
            (F.other("O3", 40.265, 28.910), true), (F.other("X2", 39.940, 32.860), false),
            (F.main("M4", 40.228, 28.940), true), (F.other("O4", 40.268, 28.985), true),
            (F.Row(id: "U1", type: "university", nace: "", latitude: 40.235, longitude: 28.950), false),
            (F.other("O5", 40.236, 28.960), true), (F.main("X3", 40.236, 29.180), false),
            (F.main("M5", 40.240, 28.950), true), (F.other("O6", 40.222, 28.975), true),
            (F.other("O7", 40.255, 28.930), true), (F.main("M6", 40.250, 28.960), true),
            (F.other("O8", 40.245, 28.915), true),
        ]
        let settings = MainActivityKd.Settings(simulations: 39, seed: 7)
        let outcome = try await F.check(try F.registry(rows.map(\.0)), kd: settings)
        let reference = try #require(outcome.verdict.reference)
        #expect(reference.firmsInside == 14)
        #expect(reference.mainActivityFirmsInside == 6)
        let kd = try #require(reference.kd)
        #expect(kd.firms == 14)
        #expect(kd.mainActivityFirms == 6)
        let measurement = try #require(kd.measurement)

        // The expected pattern, built here: the inside firms in file order, projected with a Lambert
        // azimuthal equal-area projection centred on the roster's firms (the geography's own).
        let local = try LocalProjection.equalArea(around: F.rosterPoints)
        #expect(outcome.geography?.projection == local.definition)
        let inside = rows.filter(\.inside).map(\.0)
        let transformer = try Transformer(from: .wgs84, to: local.crs, in: try ProjectionContext())
        let planar = try transformer.forward(inside.map { Coordinate(longitude: $0.longitude, latitude: $0.latitude) })
        let pattern = try MarkedPattern(
            points: try PlanarPattern(xMetres: planar.map(\.x), yMetres: planar.map(\.y)),
            types: inside.map { $0.nace == "29.10" ? "main" : "other" })
        let r = (0...100).map { Double($0) * 500 }
        let parameters = KdParameters(rMetres: r, referenceType: "main", bandwidthRangeMetres: 50_000)
        let expected = try await DurantonOvermanKd.estimate(pattern, parameters: parameters)
        #expect(measurement.envelope.rMetres == r)
        #expect(measurement.envelope.observed.pairCount == 15)  // 6 · 5 / 2
        #expect(abs(measurement.envelope.observed.bandwidthMetres - expected.bandwidthMetres) <= 1e-9 * expected.bandwidthMetres)
        for (value, wanted) in zip(measurement.envelope.observed.values, expected.values) {
            #expect(abs(value - wanted) <= 1e-12 + 1e-9 * abs(wanted))
        }
        // Same points, same order, same seed: the same envelope.
        let envelope = try await DurantonOvermanKd.envelope(
            pattern, parameters: parameters, envelope: EnvelopeParameters(simulations: 39, seed: 7))
        let sameEnvelope = measurement.envelope == envelope  // a Bool, so a failure does not print both curves
        #expect(sameEnvelope)
        // Γ and Ψ as D&O: Σ over r of the excess over (shortfall under) the band, times the 500 m step; the
        // band is the global rank envelope (extreme rank length), whose test holds its level.
        let rank = try #require(envelope.rankTest)
        var gamma = 0.0, psi = 0.0
        for k in r.indices {
            gamma += max(envelope.observed.values[k] - rank.upper[k], 0) * 500
            psi += max(rank.lower[k] - envelope.observed.values[k], 0) * 500
        }
        #expect(measurement.pValue == rank.pValue)
        #expect(abs(measurement.localisationIndex - gamma) <= 1e-12)
        #expect(abs(measurement.dispersionIndex - (gamma > 0 ? 0 : psi)) <= 1e-12)
    }

    @Test("Thirty main-activity firms within 300 m among 144 spread firms are significantly localised from near 0")
    func tightClusterIsLocalised() async throws {
        let outcome = try await F.check(try F.registry(F.tightMain(30) + F.latticeOthers))
        let kd = try #require(outcome.verdict.reference?.kd)
        #expect(kd.firms == 174 && kd.mainActivityFirms == 30)
        #expect(kd.settings == MainActivityKd.Settings())
        let measurement = try #require(kd.measurement)
        #expect(measurement.isLocalised)
        #expect(measurement.localisationIndex > 0)
        #expect(!measurement.isDispersed)
        let first = try #require(measurement.localisedRanges.first)
        #expect(first.fromMetres <= 1_000)
        // Every pair lies within 600 m, so the excess ends within a few bandwidths of it.
        #expect(first.toMetres < 5_000)
    }

    @Test("Thirty main-activity firms on a coarse lattice over the whole geography are not localised")
    func spreadMainActivityIsNotLocalised() async throws {
        // A 6 × 5 lattice over the same square, offset from the others' lattice: the main activity is as
        // spread as the site pattern allows (regular, so if anything dispersed).
        let spread = (0..<30).map { k in
            F.main("M\(k)", 40.203 + Double(k / 6) * 0.0165, 28.904 + Double(k % 6) * 0.0175)
        }
        let outcome = try await F.check(try F.registry(spread + F.latticeOthers))
        let measurement = try #require(outcome.verdict.reference?.kd?.measurement)
        #expect(!measurement.isLocalised)
        #expect(measurement.localisationIndex == 0)
        #expect(measurement.localisedRanges.isEmpty)
    }

    @Test("Two main-activity firms inside are too few: reported, and the verdict is the same as without a registry")
    func tooFewMainActivityFirms() async throws {
        let rows = [F.main("M1", 40.23, 28.93), F.main("M2", 40.24, 28.95), F.main("X1", 39.93, 32.85)]
            + F.latticeOthers
        let outcome = try await F.check(try F.registry(rows))
        let kd = try #require(outcome.verdict.reference?.kd)
        #expect(kd.outcome == .unavailable(.tooFewMainActivityFirms(inside: 2)))
        #expect(kd.measurement == nil)
        let without = try await F.check(nil)
        #expect(outcome.verdict.eligible == without.verdict.eligible)
        #expect(outcome.verdict.checks == without.verdict.checks)
    }

    @Test("When every firm inside is of the main activity there is nothing to label against: reported")
    func noOtherFirms() async throws {
        let outcome = try await F.check(try F.registry(F.tightMain(10) + [F.other("X1", 39.93, 32.85)]))
        #expect(outcome.verdict.reference?.kd?.outcome == .unavailable(.noOtherFirms))
    }

    @Test("No Kd settings, no Kd: the LQ is still reported")
    func noSettings() async throws {
        let outcome = try await F.check(try F.registry(F.tightMain(10) + F.latticeOthers), kd: nil)
        let reference = try #require(outcome.verdict.reference)
        #expect(reference.mainActivityFirmsInside == 10)
        #expect(reference.kd == nil)
    }

    @Test("The result is the same on one worker and on four")
    func sameOnAnyCoreCount() async throws {
        let rows = F.tightMain(20) + F.latticeOthers
        let lonLat = rows.map { Coordinate(longitude: $0.longitude, latitude: $0.latitude) }
        let flags = rows.map { $0.nace == "29.10" }
        let projection = try LocalProjection.equalArea(around: F.rosterPoints).definition
        let settings = MainActivityKd.Settings(simulations: 39, seed: 11)
        let one = await MainActivityKd.measure(
            lonLat: lonLat, isMainActivity: flags, projection: projection, settings: settings, workers: 1)
        let four = await MainActivityKd.measure(
            lonLat: lonLat, isMainActivity: flags, projection: projection, settings: settings, workers: 4)
        #expect(one.measurement != nil)
        #expect(one == four)
    }

    @Test("Settings give r = 0, 0.5, …, 50 km")
    func distances() {
        let r = MainActivityKd.Settings().distancesMetres
        #expect(r.count == 101)
        #expect(r.first == 0 && r[1] == 500 && r.last == 50_000)
        #expect(MainActivityKd.Settings(distanceStepMetres: 0).distancesMetres.isEmpty)
    }
}
