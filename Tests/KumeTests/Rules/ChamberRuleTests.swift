import Testing
@testable import KumeData
@testable import Kume

@Suite("Rules.chamber")
struct ChamberRuleTests {
    typealias F = RulesFixtures

    @Test("A chamber of industry inside the geography passes")
    func industryInside() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["KSO": F.inside])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .pass)
        #expect(result.message.contains("Kocaeli Sanayi Odası (KSO)"))
        #expect(result[evidence: "kind"]?.textValue == "chamber_of_industry")
    }

    @Test("A TSO inside while the geography covers Kocaeli fails, naming Kocaeli Sanayi Odası")
    func commerceInsideButKocaeliCovered() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [
            F.institution("GTO", "Gebze Ticaret Odası", .chamberOfCommerceAndIndustry),
            F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry),
        ]
        // The chamber of industry is a member but its point lies 7.5 km outside the geography.
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["GTO": F.inside, "KSO": F.outside(7.5)])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("Kocaeli Sanayi Odası"))
        #expect(result.message.contains("7.50 km outside"))
        #expect(result.messageTR.contains("7,50 km"))
        let covered = try #require(result[evidence: "provinces_with_chamber_of_industry"]?.listValue)
        #expect(covered.count == 1)
        #expect(covered.first?[field: "province"]?.textValue == "Kocaeli")
        #expect(covered.first?[field: "chamber"]?.textValue == "Kocaeli Sanayi Odası")
        let nearest = try #require(result[evidence: "nearest_chamber_of_industry"])
        #expect(nearest[field: "id"]?.textValue == "KSO")
        #expect(nearest[field: "distance_km"]?.kilometresValue == 7.5)
    }

    @Test("Province names match regardless of case and Turkish dotted capitals")
    func provinceFolding() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("TSO", "Bir TSO", .chamberOfCommerceAndIndustry)]
        let geography = F.geography(provinces: ["ISTANBUL"], placements: ["TSO": F.inside])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("İstanbul Sanayi Odası"))
    }

    @Test("Where no covered province has a chamber of industry, a TSO inside passes")
    func commerceInsideNoIndustryProvince() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("BTSO", "Bursa Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry)]
        let geography = F.geography(provinces: ["Bursa"], placements: ["BTSO": F.inside])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .pass)
        #expect(result[evidence: "kind"]?.textValue == "chamber_of_commerce_and_industry")
    }

    @Test("No chamber inside and none in a covered province fails with the nearest chamber")
    func nothingInside() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [
            F.institution("A", "Uzak TSO", .chamberOfCommerceAndIndustry),
            F.institution("B", "Yakın TSO", .chamberOfCommerceAndIndustry),
        ]
        let geography = F.geography(provinces: ["Bursa"], placements: ["A": F.outside(40), "B": F.outside(12.346)])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result[evidence: "nearest_chamber"]?[field: "id"]?.textValue == "B")
        // 12.346 km is written rounded to 0.01 km: 12.35 km.
        #expect(result.message.contains("Yakın TSO (B), 12.35 km outside"))
    }

    @Test("A chamber of industry without a point makes the check unknown")
    func industryWithoutPoint() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry, hasPoint: false)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["KSO": F.noPoint])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .unknown)
    }

    @Test("Without a geography the check is unknown")
    func noGeography() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry)]
        #expect(Rules.chamber(F.input(members: members, geography: nil, call: call)).status == .unknown)
    }
}

@Suite("Rules.university")
struct UniversityRuleTests {
    typealias F = RulesFixtures

    @Test("A university inside passes")
    func inside() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("GTU", "Gebze Teknik Üniversitesi", .university)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["GTU": F.inside])
        #expect(Rules.university(F.input(members: members, geography: geography, call: call)).status == .pass)
    }

    @Test("No university inside fails with the nearest one and its distance")
    func nearestOutside() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [
            F.institution("U1", "Birinci Üniversite", .university),
            F.institution("U2", "İkinci Üniversite", .university),
        ]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["U1": F.outside(31.2), "U2": F.outside(3.004)])
        let result = Rules.university(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        let nearest = try #require(result[evidence: "nearest_university"])
        #expect(nearest[field: "id"]?.textValue == "U2")
        #expect(result.message.contains("3.00 km outside"))
        #expect(result.messageTR.contains("3,00 km"))
    }

    @Test("A roster without a university fails")
    func none() throws {
        let call = try Call.builtIn(id: "2017-3")
        let result = Rules.university(F.input(members: [F.firm("F1", nace: "29.10", committed: true)],
                                              geography: F.geography(provinces: [], placements: [:]), call: call))
        #expect(result.status == .fail)
        #expect(result[evidence: "nearest_university"] == EvidenceValue.null)
    }

    @Test("A university without a point, and none inside, is unknown")
    func withoutPoint() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("U1", "Birinci Üniversite", .university, hasPoint: false)]
        let result = Rules.university(F.input(members: members, geography: F.geography(provinces: [], placements: [:]), call: call))
        #expect(result.status == .unknown)
    }
}
