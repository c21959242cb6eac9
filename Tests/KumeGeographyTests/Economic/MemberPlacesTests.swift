import KumeData
import KumeGeo
import Testing
@testable import KumeGeography

@Suite("MemberPlaces")
struct MemberPlacesTests {
    static func member(_ id: String, province: String?, district: String?, placement: Member.PlacementSource = .coordinates) -> Member {
        Member(id: id, name: "Üye \(id)", type: .firm, location: Coordinate(longitude: 29, latitude: 40.2),
               placement: placement, province: province, district: district, line: 2)
    }

    static let located = MemberPlaces(byID: [
        "A": .init(province: "Bursa", district: "Osmangazi", source: .boundaries),
        "B": .init(province: "Adıyaman", district: "Merkez", source: .boundaries),
        "C": .init(province: "Bursa", district: "Gemlik", source: .stated),
    ])

    @Test("Stated places that name the located ones in another spelling agree: BURSA, 16, osmangazi")
    func spellingsAgree() {
        for (province, district) in [("BURSA", "OSMANGAZİ"), ("16", "osmangazi"), ("Bursa", nil), (nil, "Osmangazi")] {
            let stated = Self.located.statedDisagreement(of: Self.member("A", province: province, district: district))
            #expect(stated.province == nil && stated.district == nil, "\(province ?? "-") \(district ?? "-")")
        }
    }

    @Test("A central district stated by its province's name is the official Merkez")
    func centralDistrict() {
        let stated = Self.located.statedDisagreement(of: Self.member("B", province: "Adıyaman", district: "Adıyaman"))
        #expect(stated.province == nil && stated.district == nil)
    }

    @Test("Another district is kept as stated_district; another province keeps both as stated")
    func disagreements() {
        let district = Self.located.statedDisagreement(of: Self.member("A", province: "Bursa", district: "Nilüfer"))
        #expect(district.province == nil && district.district == "Nilüfer")
        let province = Self.located.statedDisagreement(of: Self.member("A", province: "Kocaeli", district: "Gebze"))
        #expect(province.province == "Kocaeli" && province.district == "Gebze")
    }

    @Test("A place taken from what the member states never disagrees with it")
    func statedSource() {
        let stated = Self.located.statedDisagreement(of: Self.member("C", province: "Bursa", district: "Gemlik", placement: .district))
        #expect(stated.province == nil && stated.district == nil)
    }

    @Test("A member placed at its district's point takes that district, as stated (with the polygons: MemberPlacesCommandTests)")
    func placedAtDistrict() throws {
        let member = Self.member("P", province: "Bursa", district: "Gemlik", placement: .district)
        let places = try MemberPlaces(members: [member], locator: nil)
        #expect(places["P"] == .init(province: "Bursa", district: "Gemlik", source: .stated))
    }
}
