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
        #expect(!NaceCode(canonical: "C").contains(NaceCode(canonical: "29.10")))
    }
}
