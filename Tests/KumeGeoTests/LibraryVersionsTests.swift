import Testing
import KumeGeo

@Suite("LibraryVersions")
struct LibraryVersionsTests {
    @Test("GEOS reports a 3.x version and PROJ a 9.x version")
    func versions() {
        #expect(LibraryVersions.geos.hasPrefix("3."))
        #expect(LibraryVersions.proj.hasPrefix("9."))
    }
}
