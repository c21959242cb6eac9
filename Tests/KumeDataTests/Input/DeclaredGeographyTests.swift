import Foundation
import Testing
@testable import KumeData

@Suite("DeclaredGeography")
struct DeclaredGeographyTests {
    @Test("Provinces and Province/District names match the tables whatever the case and Turkish letters")
    func matchesFolded() throws {
        let declared = try DeclaredGeography.read("MANİSA, bursa/NİLÜFER ; Bursa / gemlik,izmit")
        #expect(declared.areas.map(\.name) == ["Manisa", "Bursa/Nilüfer", "Bursa/Gemlik", "Kocaeli"])
        #expect(declared.provinces == ["Manisa", "Bursa", "Kocaeli"])
        #expect(declared.namesDistricts)
        #expect(declared.areas[0].plate == 45 && declared.areas[1].plate == 16 && declared.areas[3].plate == 41)
        #expect(try !DeclaredGeography.read("Manisa").namesDistricts)
    }

    @Test("Repeated names are kept once")
    func repeatsDropped() throws {
        #expect(try DeclaredGeography.read("Bursa/Gemlik,bursa/gemlik,Manisa,MANISA").areas.map(\.name) == ["Bursa/Gemlik", "Manisa"])
    }

    @Test("A place is inside a whole declared province, inside a declared district only in that district, unknown without its district")
    func contains() throws {
        let declared = try DeclaredGeography.read("Manisa,Bursa/Gemlik,Bursa/Nilüfer")
        #expect(declared.contains(province: "Manisa", district: nil) == true)
        #expect(declared.contains(province: "Manisa", district: "Turgutlu") == true)
        #expect(declared.contains(province: "Bursa", district: "Nilüfer") == true)
        #expect(declared.contains(province: "Bursa", district: "nilufer") == true)
        #expect(declared.contains(province: "Bursa", district: "Osmangazi") == false)
        #expect(declared.contains(province: "Bursa", district: nil) == nil)
        #expect(declared.contains(province: "İzmir", district: "Bornova") == false)
    }

    @Test("An unknown name is an error that suggests the nearest known one")
    func suggestions() {
        #expect(message("Bursaa") == "the declared geography setting: unknown province 'Bursaa' — did you mean 'Bursa'?")
        #expect(message("Gemlik") == "the declared geography setting: unknown province 'Gemlik' — 'Gemlik' is a district: write it with its province, 'Bursa/Gemlik'")
        #expect(message("Bursa/Gemlk") == "the declared geography setting: 'Gemlk' is not a district of Bursa — did you mean 'Bursa/Gemlik'?")
        #expect(message("Bursa/Kadıköy")?.hasSuffix("(there is 'İstanbul/Kadıköy')") == true)
        #expect(message("Bursa/Kadıköy")?.contains("Bursa's districts are Büyükorhan, Gemlik,") == true)
        #expect(message("a/b/c")?.contains("'a/b/c' is not a province or a Province/District name") == true)
        #expect(message(" , ")?.contains("names no province or district") == true)
    }

    @Test("A file of names is read line by line with # comments; each unknown name is located FILE:LINE:COLUMN")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("declared-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "# our geography\nBursa/Gemlik, Bursa/Nilüfer  # west\n\nbursa/osmangazi\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try DeclaredGeography.read(url.path).areas.map(\.name) == ["Bursa/Gemlik", "Bursa/Nilüfer", "Bursa/Osmangazi"])
        try "Bursa\nBursaa,  Ankra\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(message(url.path) == "\(url.path):2:1: unknown province 'Bursaa' — did you mean 'Bursa'?\n"
            + "\(url.path):2:10: unknown province 'Ankra' — did you mean 'Ankara'?")
    }

    @Test("A polygon layer or a missing names file is refused")
    func refused() {
        #expect(message("area.geojson")?.contains("takes province and district names, not a polygon layer") == true)
        #expect(message("no-such-file.txt")?.contains("cannot read the declared geography file") == true)
    }

    private func message(_ value: String) -> String? {
        do {
            _ = try DeclaredGeography.read(value)
            return nil
        } catch {
            return error.description
        }
    }
}
