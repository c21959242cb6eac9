import Testing
import KumeData
import KumeGeo

@Suite("DistrictTable")
struct DistrictTableTests {
    let table = DistrictTable.shared

    @Test("All 973 districts join their interior point")
    func joined() {
        #expect(table.districts.count == 973)
        #expect(table.unjoinedDistrictNames.isEmpty)
    }

    @Test("Every district of tr_districts.csv is found by its name, Turkish upper case and ASCII spelling")
    func everyDistrictByName() throws {
        let rows = try InputTestSupport.plainRows("tables/tr_districts.csv").dropFirst()
        #expect(rows.count == 973)
        for row in rows {
            let plate = try #require(Int(row[1]))
            let name = row[3]
            for variant in [name, ProvinceTableTests.turkishUpper(name), ProvinceTableTests.ascii(name).lowercased()] {
                let found = table.district(named: variant, inProvince: plate)
                #expect(found?.name == name && found?.plate == plate, "\(row[2]) / \(variant)")
            }
        }
    }

    @Test("Every row of tr_district_points.csv is found by its upper-case name and carries its interior point")
    func everyPointRow() throws {
        // The points table names central districts after their province and writes names in capitals
        // (sometimes with a dotless I for İ): the lookup must find each one and return its pos_lon/pos_lat.
        let rows = try InputTestSupport.plainRows("tables/tr_district_points.csv").dropFirst()
        #expect(rows.count == 973)
        for row in rows {
            let plate = try #require(Int(row[1].dropFirst(3)))
            let found = try #require(table.district(named: row[3], inProvince: plate), "\(row[2]) / \(row[3])")
            #expect(found.pcode == row[0])
            #expect(abs(found.interiorPoint.longitude - (Double(row[5]) ?? .nan)) < 1e-9)
            #expect(abs(found.interiorPoint.latitude - (Double(row[6]) ?? .nan)) < 1e-9)
        }
    }

    @Test("Merkez and the province's name both find a central district")
    func central() throws {
        let merkez = try #require(table.district(named: "Merkez", inProvince: 2))
        #expect(merkez.province == "Adıyaman")
        #expect(table.district(named: "ADIYAMAN", inProvince: 2) == merkez)
        #expect(table.districts(named: "Merkez").count == 51)  // 51 rows named Merkez in tr_districts.csv
        // Metropolitan Bursa has no central district.
        #expect(table.district(named: "Merkez", inProvince: 16) == nil)
        #expect(table.districts(inProvince: 16).count == 17)
    }

    @Test("A district name is looked up across provinces")
    func acrossProvinces() {
        #expect(table.districts(named: "Nilüfer").map(\.plate) == [16])
        #expect(table.districts(named: "Kale").count > 1)
    }

    @Test("The nearest district point within a stated province: Altınova's point is nearest Yalova's districts overall, Orhangazi's within Bursa")
    func nearestInProvince() throws {
        // tr_district_points.csv: Altınova (Yalova) at 29.474185, 40.647054. Squared equirectangular distances in
        // degrees to Bursa's nearest interior points: Orhangazi 0.0447, İznik 0.0536, Gemlik 0.0905.
        let altinova = Coordinate(longitude: 29.474185, latitude: 40.647054)
        #expect(table.nearest(to: altinova)?.name == "Altınova")
        #expect(table.nearest(to: altinova, inProvince: 16)?.name == "Orhangazi")
        #expect(table.nearest(to: altinova, inProvince: 99) == nil)
    }
}
