import Testing
@testable import KumeData
@testable import Kume
import KumeGeography

/// The chamber and university checks over the robustness grid, on hand-made facts whose readings are counted
/// here by hand.
@Suite("Rules.robustness")
struct RobustnessTests {
    typealias F = RulesFixtures

    /// `firms` firms per "Province/District", a university and a chamber at the given places, and a hull per
    /// concavity at which the university lies `universityKm` from the hull.
    static func input(
        firms: [(String, Int)], university: String, universityKm: [Double: Double], chamber: (name: String, type: MemberType, place: String)
    ) throws -> CheckInput {
        var members: [Member] = []
        var places: [String: MemberPlaces.Place] = [:]
        func place(_ key: String) -> MemberPlaces.Place {
            let parts = key.split(separator: "/").map(String.init)
            return MemberPlaces.Place(province: parts[0], district: parts.count > 1 ? parts[1] : nil, source: .boundaries)
        }
        for (key, count) in firms {
            for index in 1...count {
                let id = "F-\(key)-\(index)"
                members.append(F.firm(id, nace: "29.10", committed: true))
                places[id] = place(key)
            }
        }
        members.append(F.institution("U", "Üniversite", .university))
        places["U"] = place(university)
        members.append(F.institution("C", chamber.name, chamber.type))
        places["C"] = place(chamber.place)
        var placements: [String: MemberPlacement] = [:]
        for member in members { placements[member.id] = F.inside }
        let plain = universityKm[0.3] ?? 0
        placements["U"] = plain == 0 ? F.inside : F.outside(plain)
        var facts = F.geography(provinces: [], placements: placements)
        facts.memberPlaces = MemberPlaces(byID: places)
        facts.provinceShares = FirmShares.provinceTable(
            firms: members.filter { $0.type == .firm }, places: facts.memberPlaces, areaShares: nil, minimumShare: 0.1)
        facts.hullReadings = HullReadings(hulls: universityKm.keys.sorted().map { concavity in
            var distances = Dictionary(uniqueKeysWithValues: members.map { ($0.id, 0.0) })
            distances["U"] = universityKm[concavity]
            return HullReadings.Hull(concavity: concavity, distanceKm: distances)
        })
        var input = CheckInput(
            roster: Roster(source: "roster.csv", members: members), geography: facts, call: try Call.builtIn(id: "2017-3"),
            provincesWithChamberOfIndustry: ChambersOfIndustry.shared.byProvince)
        input.robustnessGrid = .standard
        return input
    }

    @Test("A university 7.42 km from the hull is inside from the 7.5 km buffer on: 17 of 28 hull readings, all 6 administrative ones")
    func universityThreshold() throws {
        let input = try Self.input(
            firms: [("Manisa/Yunusemre", 30), ("Manisa/Şehzadeler", 8)], university: "Manisa/Yunusemre",
            universityKm: [0.1: 7.42, 0.3: 7.40, 0.5: 7.10, 1: 5.0],
            chamber: ("Manisa Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry, "Manisa/Şehzadeler"))
        let robustness = try #require(Rules.robustness(.university, input: input, grid: .standard))
        #expect(robustness.of == 34)
        // Buffers 7.5, 10, 15, 20 at concavities 0.1, 0.3, 0.5 (12); 5 … 20 at 1 (5); 3 provinces; 3 districts.
        #expect(robustness.passes == 12 + 5 + 3 + 3)
        #expect(robustness.outcome == .depends)
        #expect(robustness.note.contains("from a 7.42 km buffer on at concavity 0.1"))
        #expect(robustness.note.contains("from a 5.00 km buffer on at 1"))
        #expect(robustness.note.contains("provinces: passes at every minimum share"))
        #expect(robustness.noteTR.contains("7,42 km ve üzeri tamponda geçiyor"))
        let first = try #require(robustness.readings.first)
        #expect(first.method == "hull-buffer")
        #expect(first.parameters.map(\.name) == ["concavity", "buffer_km"])
        #expect(first.status == .fail)

        let verdict = Rules.evaluate(input)
        #expect(verdict.check(.chamber)?.robustness?.outcome == .pass)
        #expect(!verdict.robust)
        #expect(verdict.dependentChecks == [.university])
    }

    @Test("A university in another province 180 km away fails under every reading")
    func farUniversity() throws {
        let input = try Self.input(
            firms: [("Kocaeli/Gebze", 20)], university: "Ankara/Çankaya", universityKm: [0.1: 180, 0.3: 180, 0.5: 179, 1: 178],
            chamber: ("Kocaeli Sanayi Odası", .chamberOfIndustry, "Kocaeli/İzmit"))
        let robustness = try #require(Rules.robustness(.university, input: input, grid: .standard))
        #expect(robustness.outcome == .fail)
        #expect(robustness.passes == 0)
        #expect(robustness.note.contains("never up to a 20 km buffer"))
    }

    @Test("Kocaeli and Sakarya firms with only Sakarya's TSO fail at every minimum share")
    func kocaeliSakarya() throws {
        let input = try Self.input(
            firms: [("Kocaeli/Gebze", 14), ("Sakarya/Arifiye", 6)], university: "Kocaeli/Gebze",
            universityKm: [0.1: 0, 0.3: 0, 0.5: 0, 1: 0],
            chamber: ("Sakarya Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry, "Sakarya/Adapazarı"))
        let robustness = try #require(Rules.robustness(.chamber, input: input, grid: .standard))
        #expect(robustness.of == 6)
        #expect(robustness.outcome == .fail)
        #expect(Rules.chamber(input).status == .fail)
    }

    @Test("Two firms of 38 in İzmir (5.3 %) make the TSO's pass depend on the minimum share, said in words")
    func chamberDepends() throws {
        let input = try Self.input(
            firms: [("Manisa/Yunusemre", 36), ("İzmir/Bornova", 2)], university: "Manisa/Yunusemre",
            universityKm: [0.1: 0, 0.3: 0, 0.5: 0, 1: 0],
            chamber: ("Manisa Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry, "Manisa/Şehzadeler"))
        #expect(Rules.chamber(input).status == .pass)
        let robustness = try #require(Rules.robustness(.chamber, input: input, grid: .standard))
        // Provinces at 5 %: İzmir counts and has EBSO → fail; 10 %, 20 %: pass. Districts: Bornova holds 5.3 % → same.
        #expect(robustness.passes == 4)
        #expect(robustness.outcome == .depends)
        #expect(robustness.note.contains("provinces: passes at a minimum share of 10 % and 20 %, not at 5 %"))
        let verdict = Rules.evaluate(input)
        #expect(!verdict.robust)
        #expect(VerdictReport.text(verdict).hasPrefix("ELIGIBLE — call 2017-3"))
        #expect(VerdictReport.text(verdict).contains("not robust: the chamber of industry outcome depends on the reading"))
        #expect(VerdictReport.json(verdict).contains("\"robust\": false"))
        #expect(VerdictReport.json(verdict).contains("\"outcome\": \"depends\""))
    }
}
