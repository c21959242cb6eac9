import Testing
@testable import KumeData
@testable import Kume
import KumeGeography

@Suite("Rules.chamber")
struct ChamberRuleTests {
    typealias F = RulesFixtures

    @Test("A chamber of industry serving a province where the cluster is passes")
    func industryServing() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["KSO": F.inside])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .pass)
        #expect(result.message.contains("Kocaeli Sanayi Odası (KSO), Kocaeli"))
        #expect(result[evidence: "kind"]?.textValue == "chamber_of_industry")
        let chambers = try #require(result[evidence: "chambers"]?.listValue)
        #expect(chambers.first?[field: "jurisdiction"]?.textValue == "Kocaeli")
        #expect(chambers.first?[field: "jurisdiction_source"]?.textValue == "chambers-table")
    }

    @Test("A chamber of industry counts by its jurisdiction, not its office: 18 km outside still passes, the distance kept")
    func industryOfficeOutside() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("KSO", "Kocaeli Sanayi Odası", .chamberOfIndustry)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["KSO": F.outside(18)], places: ["KSO": "Kocaeli"])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .pass)
        let chambers = try #require(result[evidence: "chambers"]?.listValue)
        #expect(chambers.first?[field: "distance_km"]?.kilometresValue == 18)
        #expect(chambers.first?[field: "counts"] == .flag(true))
    }

    @Test("A TSO while a counted province has a chamber of industry fails, naming it and the nearest chamber of industry")
    func commerceButKocaeliCounts() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [
            F.institution("GTO", "Gebze Ticaret Odası", .chamberOfCommerceAndIndustry),
            F.institution("ISO", "İstanbul Sanayi Odası", .chamberOfIndustry),
        ]
        // The member chamber of industry serves İstanbul, which holds none of the firms; its office is 7.5 km out.
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["GTO": F.inside, "ISO": F.outside(7.5)])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("Kocaeli Sanayi Odası"))
        #expect(result.message.contains("serves another province: İstanbul Sanayi Odası (ISO), İstanbul"))
        #expect(result.messageTR.contains("Kocaeli Sanayi Odası"))
        let covered = try #require(result[evidence: "provinces_with_chamber_of_industry"]?.listValue)
        #expect(covered.count == 1)
        #expect(covered.first?[field: "province"]?.textValue == "Kocaeli")
        #expect(covered.first?[field: "chamber"]?.textValue == "Kocaeli Sanayi Odası")
        let nearest = try #require(result[evidence: "nearest_chamber_of_industry"])
        #expect(nearest[field: "id"]?.textValue == "ISO")
        #expect(nearest[field: "distance_km"]?.kilometresValue == 7.5)
    }

    @Test("Firms spanning Kocaeli and Sakarya still need Kocaeli's chamber of industry: Sakarya's TSO does not do")
    func kocaeliSakarya() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("STSO", "Sakarya Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry)]
        let geography = F.geography(provinces: ["Kocaeli", "Sakarya"], placements: ["STSO": F.inside], places: ["STSO": "Sakarya"])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result.message.contains("Kocaeli Sanayi Odası"))
        #expect(result.message.contains("counts only where"))
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

    @Test("Where no counted province has a chamber of industry, a TSO serving one passes")
    func commerceNoIndustryProvince() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("BTSO", "Bursa Ticaret ve Sanayi Odası", .chamberOfCommerceAndIndustry)]
        let geography = F.geography(provinces: ["Bursa"], placements: ["BTSO": F.inside])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .pass)
        #expect(result[evidence: "kind"]?.textValue == "chamber_of_commerce_and_industry")
    }

    @Test("A TSO of a province that holds no material share fails, with the nearest chamber")
    func commerceElsewhere() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [
            F.institution("A", "Uzak TSO", .chamberOfCommerceAndIndustry),
            F.institution("B", "Yakın TSO", .chamberOfCommerceAndIndustry),
        ]
        let geography = F.geography(
            provinces: ["Bursa"], placements: ["A": F.outside(40), "B": F.outside(12.346)], places: ["A": "Bilecik", "B": "Balıkesir"])
        let result = Rules.chamber(F.input(members: members, geography: geography, call: call))
        #expect(result.status == .fail)
        #expect(result[evidence: "nearest_chamber"]?[field: "id"]?.textValue == "B")
        // 12.346 km is written rounded to 0.01 km: 12.35 km.
        #expect(result.message.contains("Yakın TSO (B), Balıkesir"))
    }

    @Test("A chamber of industry not in the table and without a place makes the check unknown")
    func industryWithoutPoint() throws {
        let call = try Call.builtIn(id: "2017-3")
        let members = [F.institution("XSO", "Bilinmeyen Sanayi Odası", .chamberOfIndustry, hasPoint: false)]
        let geography = F.geography(provinces: ["Kocaeli"], placements: ["XSO": F.noPoint])
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

@Suite("FirmShares")
struct FirmSharesTests {
    @Test("Places reaching the share count; 2 of 20 firms reach 10 %; with none reaching it, the largest counts")
    func counted() {
        #expect(FirmShares.counted(["Kocaeli": 18, "Sakarya": 2], minimumShare: 0.1) == ["Kocaeli", "Sakarya"])
        #expect(FirmShares.counted(["Kocaeli": 19, "Sakarya": 1], minimumShare: 0.1) == ["Kocaeli"])
        let thin = Dictionary(uniqueKeysWithValues: (1...12).map { ("P\($0)", $0 == 3 ? 2 : 1) })
        #expect(FirmShares.counted(thin, minimumShare: 0.1) == ["P3"])
        #expect(FirmShares.counted([:], minimumShare: 0.1).isEmpty)
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
