import Testing
@testable import KumeData
@testable import Kume
import KumeGeography

@Suite("Rules.declared")
struct DeclaredRuleTests {
    typealias F = RulesFixtures

    /// Six committed motor-vehicle firms in Kocaeli/Gebze, four in Sakarya/Adapazarı (three committed, one a
    /// committed textile firm), two committed in İstanbul/Tuzla; Sakarya's TSO; a university in Kocaeli/İzmit.
    /// Every member is inside the computed geography.
    static func application(university: (String, String) = ("Kocaeli", "İzmit")) -> (members: [Member], places: MemberPlaces) {
        var members: [Member] = []
        var places: [String: MemberPlaces.Place] = [:]
        func add(_ member: Member, _ province: String, _ district: String) {
            members.append(member)
            places[member.id] = MemberPlaces.Place(province: province, district: district, source: .boundaries)
        }
        for i in 1...6 { add(F.firm("K\(i)", nace: "29.32", committed: true), "Kocaeli", "Gebze") }
        for i in 1...3 { add(F.firm("S\(i)", nace: "29.32", committed: true), "Sakarya", "Adapazarı") }
        add(F.firm("S4", nace: "13.92", committed: true), "Sakarya", "Adapazarı")
        for i in 1...2 { add(F.firm("I\(i)", nace: "29.32", committed: true), "İstanbul", "Tuzla") }
        add(F.institution("TSO", "Sakarya Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry), "Sakarya", "Adapazarı")
        add(F.institution("U", "Kocaeli Üniversitesi", .university), university.0, university.1)
        return (members, MemberPlaces(byID: places))
    }

    static func verdict(declaring names: String, university: (String, String) = ("Kocaeli", "İzmit")) throws -> Verdict {
        let (members, places) = application(university: university)
        var geography = F.geography(provinces: ["Sakarya"], placements: Dictionary(uniqueKeysWithValues: members.map { ($0.id, F.inside) }))
        geography.memberPlaces = places
        var input = F.input(members: members, geography: geography, call: try Call.builtIn(id: "2017-3"), mainActivity: [NaceCode(canonical: "29")])
        input.declaredGeography = try DeclaredGeography.read(names)
        return Rules.evaluate(input)
    }

    @Test("The fit counts firms and committed main-activity firms inside and names the firms outside with their places")
    func fit() throws {
        let fit = try #require(try Self.verdict(declaring: "Kocaeli,Sakarya").declaredGeography)
        // 12 firms, 10 in Kocaeli or Sakarya; 11 committed in division 29, 9 of them inside.
        #expect(fit.firmsInside == 10 && fit.firms == 12)
        #expect(abs(fit.shareInside - 10.0 / 12.0) < 1e-12)
        #expect(fit.committedInside == 9 && fit.committed == 11)
        #expect(abs(fit.committedShareInside - 9.0 / 11.0) < 1e-12)
        #expect(fit.outside == [
            DeclaredFit.Outside(id: "I1", name: "Firma I1", province: "İstanbul", district: "Tuzla"),
            DeclaredFit.Outside(id: "I2", name: "Firma I2", province: "İstanbul", district: "Tuzla"),
        ])
    }

    @Test("Declaring Kocaeli and Sakarya needs Kocaeli's chamber of industry: the verdict fails on it though the computed geography passes")
    func chamberByDeclaredProvinces() throws {
        let verdict = try Self.verdict(declaring: "Kocaeli,Sakarya")
        let chamber = try #require(verdict.check(.chamber))
        #expect(chamber.status == .fail)
        #expect(chamber.message.hasPrefix("Against the declared geography (Kocaeli, Sakarya): The declared provinces are Kocaeli"))
        #expect(chamber.message.contains("Kocaeli Sanayi Odası"))
        #expect(chamber[evidence: "geography"]?.textValue == "declared")
        let computed = try #require(chamber[evidence: "computed_geography"])
        #expect(computed[field: "status"]?.textValue == "pass")
        #expect(verdict.declaredGeography?.checks.first { $0.rule == .chamber }?.status == .fail)
        #expect(!verdict.eligible)
        // Declaring Sakarya alone, its TSO is the chamber: no declared province has a chamber of industry.
        let sakarya = try Self.verdict(declaring: "Sakarya")
        #expect(sakarya.check(.chamber)?.status == .pass)
        #expect(sakarya.check(.chamber)?.message.contains("No declared province (Sakarya") == true)
    }

    @Test("The university must be in a declared area: in the declared district it passes, in another district it fails naming where it is")
    func university() throws {
        let inside = try Self.verdict(declaring: "Sakarya,Kocaeli/İzmit")
        #expect(inside.check(.university)?.status == .pass)
        #expect(inside.check(.university)?.message.contains("Kocaeli Üniversitesi (U), Kocaeli/İzmit") == true)
        let outside = try Self.verdict(declaring: "Sakarya,Kocaeli/Gebze")
        let check = try #require(outside.check(.university))
        #expect(check.status == .fail)
        #expect(check.message.contains("the roster's are outside: Kocaeli Üniversitesi (U), Kocaeli/İzmit"))
        #expect(check[evidence: "computed_geography"]?[field: "status"]?.textValue == "pass")
        // Known only to its province, and that province declared by a district: unknown, not outside.
        let (members, _) = Self.application()
        var places = Self.application().places.byID
        places["U"] = MemberPlaces.Place(province: "Kocaeli", district: nil, source: .stated)
        var input = F.input(members: members, geography: nil, call: try Call.builtIn(id: "2017-3"))
        input.memberPlaces = MemberPlaces(byID: places)
        input.declaredGeography = try DeclaredGeography.read("Kocaeli/İzmit")
        #expect(Rules.evaluate(input).check(.university)?.status == .unknown)
    }

    @Test("JSON gives declared_geography with the contract's fields; without a declaration it is null")
    func json() throws {
        let text = VerdictReport.json(try Self.verdict(declaring: "Kocaeli,Sakarya"))
        #expect(text.contains("""
              "declared_geography": {
                "areas": [
                  "Kocaeli",
                  "Sakarya"
                ],
                "firms_inside": 10,
                "firms": 12,
                "share_inside": 0.8333,
                "committed_inside": 9,
                "committed": 11,
                "committed_share_inside": 0.8182,
                "outside": [
            """), "\(text)")
        #expect(text.contains("\"rule\": \"chamber\""))
        let (members, places) = Self.application()
        var geography = F.geography(provinces: ["Sakarya"], placements: [:])
        geography.memberPlaces = places
        let plain = Rules.evaluate(F.input(members: members, geography: geography, call: try Call.builtIn(id: "2017-3")))
        #expect(VerdictReport.json(plain).contains("\"declared_geography\": null"))
    }

    @Test("Text and Turkish text say the fit and the firms outside in words")
    func text() throws {
        let verdict = try Self.verdict(declaring: "Kocaeli,Sakarya")
        let english = VerdictReport.text(verdict)
        #expect(english.contains("Declared economic geography: Kocaeli, Sakarya (the chamber and university checks use it)"))
        #expect(english.contains("Firms: 10 of 12 inside (83.3 %); 9 of the 11 committed main-activity firms inside (81.8 %)"))
        #expect(english.contains("Firms outside: Firma I1 (İstanbul/Tuzla) and Firma I2 (İstanbul/Tuzla)"))
        let turkish = VerdictReport.text(verdict, language: .turkish)
        #expect(turkish.contains("Beyan edilen küme ekonomik coğrafyası: Kocaeli, Sakarya"))
        #expect(turkish.contains("12 firmanın 10 tanesi içeride (%83,3)"))
        #expect(turkish.contains("Dışarıdaki firmalar: Firma I1 (İstanbul/Tuzla) ve Firma I2 (İstanbul/Tuzla)"))
        #expect(VerdictReport.markdown(verdict).contains("## Declared geography"))
    }
}
