import Testing
import KumeData

@Suite("Example applications")
struct ExampleApplicationsTests {
    func read(_ name: String) throws -> Roster {
        try RosterReader.read(path: InputTestSupport.dataFile("examples/" + name).path)
    }

    func committedFirms(_ roster: Roster, division: String) -> Int {
        roster.firms.filter { $0.committed == true && $0.nace?.division == division }.count
    }

    @Test("Bursa automotive: 23 committed firms of division 29, a chamber of commerce and industry, two universities")
    func bursa() throws {
        let roster = try read("bursa-automotive.csv")
        #expect(roster.members.count == 40)
        #expect(committedFirms(roster, division: "29") == 23)
        #expect(roster.institutions.map(\.type) == [.chamberOfCommerceAndIndustry, .university, .organizedIndustrialZone,
                                                    .exportersAssociation, .university])
        let placed = try #require(roster.members.first { $0.id == "F035" })
        #expect(placed.placement == .district)
        #expect(roster.warnings.map(\.memberID) == ["F035"])
    }

    @Test("The Bursa roster reads the same from GeoJSON as from CSV")
    func bursaGeoJSON() throws {
        let csv = try read("bursa-automotive.csv")
        let geoJSON = try read("bursa-automotive.geojson")
        #expect(geoJSON.members.count == csv.members.count)
        for (a, b) in zip(geoJSON.members, csv.members) {
            #expect(a.id == b.id && a.name == b.name && a.type == b.type && a.nace == b.nace)
            #expect(a.location == b.location && a.placement == b.placement)
            #expect(a.employees == b.employees && a.committed == b.committed && a.district == b.district)
        }
    }

    @Test("Akşehir lists only a chamber of commerce and industry")
    func aksehir() throws {
        let roster = try read("aksehir-food-tso-only.csv")
        #expect(roster.institutions.filter { $0.type == .chamberOfCommerceAndIndustry }.count == 1)
        #expect(!roster.members.contains { $0.type == .chamberOfIndustry })
        #expect(ChambersOfIndustry.shared.chamber(inProvince: 42)?.name == "Konya Sanayi Odası")
    }

    @Test("Denizli's only university is in Erzurum")
    func denizli() throws {
        let roster = try read("denizli-textiles-far-university.csv")
        let universities = roster.members.filter { $0.type == .university }
        #expect(universities.map(\.province) == ["Erzurum"])
        #expect(committedFirms(roster, division: "13") == 22)
    }

    @Test("Kayseri has exactly 19 committed furniture firms")
    func kayseri() throws {
        let roster = try read("kayseri-furniture-19-committed.csv")
        #expect(committedFirms(roster, division: "31") == 19)
        #expect(committedFirms(roster, division: "16") == 3)
    }

    @Test("Eskişehir lists one member of type other")
    func eskisehir() throws {
        let roster = try read("eskisehir-rail-ineligible-member.csv")
        #expect(roster.members.filter { $0.type == .other }.map(\.id) == ["K04"])
        // Only the member type fails: 22 committed firms of division 30 (rail vehicles 30.20, 30.99).
        #expect(committedFirms(roster, division: "30") == 22)
    }

    @Test("The Konya Excel export reads as Windows-1254 with decimal commas and Turkish headers")
    func konya() throws {
        let roster = try read("konya-machinery-excel-1254.csv")
        #expect(roster.members.count == 31)
        #expect(committedFirms(roster, division: "28") == 23)
        let chamber = try #require(roster.members.first { $0.id == "27" })
        #expect(chamber.name == "Konya Sanayi Odası")
        #expect(chamber.type == .chamberOfIndustry)
        #expect(chamber.location?.latitude == 37.8746)
        #expect(roster.members.allSatisfy { $0.location.map(TurkiyeBounds.contains) == true })
        #expect(roster.warnings.isEmpty)
    }
}
