import Testing
import KumeData

@Suite("NaceCode")
struct NaceCodeTests {
    @Test("A class truncates to its group and division")
    func truncation() {
        let code = NaceCode(canonical: "29.10")
        #expect(code.level == .class)
        #expect(code.truncated(to: .group)?.code == "29.1")
        #expect(code.truncated(to: .division)?.code == "29")
        #expect(code.division == "29")
    }

    @Test("A division contains its classes but not its neighbours'")
    func containment() {
        let division = NaceCode(canonical: "22")
        #expect(division.contains(NaceCode(canonical: "22.19")))
        #expect(!division.contains(NaceCode(canonical: "29.10")))
    }

    @Test("A section contains its divisions, groups and classes, and itself")
    func sectionContainment() {
        let manufacturing = NaceCode(canonical: "C")
        #expect(manufacturing.contains(NaceCode(canonical: "29.10")))
        #expect(manufacturing.contains(NaceCode(canonical: "29")))
        #expect(manufacturing.contains(NaceCode(canonical: "10.1")))
        #expect(manufacturing.contains(manufacturing))
        #expect(!manufacturing.contains(NaceCode(canonical: "45.11")))
        #expect(!manufacturing.contains(NaceCode(canonical: "G")))
        #expect(NaceCode(canonical: "G").contains(NaceCode(canonical: "45.11")))
        #expect(!NaceCode(canonical: "29").contains(manufacturing))
    }

    @Test("The section of every division agrees with the embedded NACE Rev.2 table")
    func sectionsAgreeWithTable() {
        let divisions = NaceClassification.shared.codes(at: .division)
        #expect(divisions.count == 88)
        for division in divisions {
            #expect(division.sectionLetter == NaceClassification.shared.section(of: division)?.code, "\(division)")
        }
    }
}
