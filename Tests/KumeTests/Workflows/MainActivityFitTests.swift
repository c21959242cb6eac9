import KumeGeo
import Testing
@testable import KumeData
@testable import Kume

@Suite("MainActivityFit")
struct MainActivityFitTests {
    func firm(_ id: String, _ nace: String, _ lon: Double = 29.0, _ lat: Double = 40.2) -> Member {
        Member(id: id, name: id, type: .firm, nace: NaceCode(canonical: nace), location: Coordinate(longitude: lon, latitude: lat), committed: true)
    }

    @Test("Firms in the main activity score 1, a neighbour group of the section 0.25, another section 0 and is named")
    func taxonomy() throws {
        let members = [firm("A", "29.10"), firm("B", "29.32"), firm("C", "22.19"), firm("D", "56.10")]
        let roster = Roster(source: "t.csv", members: members)
        let call = try Call.builtIn(id: "2017-3")
        var verdict = Rules.evaluate(CheckInput(
            roster: roster, geography: nil, call: call, mainActivity: [NaceCode(canonical: "29")],
            provincesWithChamberOfIndustry: [:]))
        try MainActivityFit.annotate(&verdict, geography: nil, reference: nil)
        let scores = Dictionary(uniqueKeysWithValues: verdict.members.map { ($0.id, $0.mainActivityRelatedness) })
        // 29.10 and 29.32 lie inside division 29; 22.19 shares only section C with it; 56.10 is section I.
        #expect(scores == ["A": 1, "B": 1, "C": 0.25, "D": 0])
        #expect(verdict.warnings.contains { $0.memberID == "D" && $0.message.contains("unrelated") })
        #expect(!verdict.warnings.contains { $0.memberID == "C" })
        #expect(verdict.members.allSatisfy { $0.mainActivityProximity == nil })
    }

    @Test("The reference LQ is the main activity's share inside over its share in the registry")
    func locationQuotient() {
        // 4 of the 10 firms inside are in the main activity; 5 of the registry's 100: (4/10)/(5/100) = 8.
        let reference = ReferenceConcentration(source: "r.csv", firmsInside: 10, mainActivityFirmsInside: 4, firms: 100, mainActivityFirms: 5)
        #expect(reference.locationQuotient == 8)
        let empty = ReferenceConcentration(source: "r.csv", firmsInside: 0, mainActivityFirmsInside: 0, firms: 100, mainActivityFirms: 5)
        #expect(empty.locationQuotient == nil)
    }
}
