/// A column of the member/registry table (DESIGN.md, "Input contract"), with the header names accepted
/// for it. Headers are compared by ``HeaderKey/of(_:)``, so "Çalışan Sayısı", "calisan_sayisi",
/// "CALISAN-SAYISI" and "Çalışan Sayısı (kişi)" are the same header.
package enum MemberColumn: String, CaseIterable, Sendable {
    case id, name, type, nace, latitude, longitude, x, y, employees, committed, province, district
    case role, accredited, active
    case taxID = "tax_id"

    /// The header names accepted for this column (the first is the canonical one), in English and as
    /// Turkish spreadsheets write them.
    package var aliases: [String] {
        switch self {
        case .id: return ["id", "no", "kimlik", "sira_no", "sira", "numara", "uye_no", "kayit_no"]
        case .name:
            return ["name", "ad", "adi", "unvan", "unvani", "firma_adi", "kurum_adi", "firma_unvani", "kurum_unvani",
                    "firma_kurum_adi", "firma_kurum_unvani", "kurulus_adi", "uye_adi", "ad_unvan"]
        case .type: return ["type", "tur", "tip", "uye_turu", "uye_tipi", "kurum_turu", "kurulus_turu"]
        case .nace:
            return ["nace", "nace_kodu", "nace_rev2", "nace_rev2_kodu", "faaliyet_kodu", "nace_faaliyet_kodu"]
        case .latitude: return ["lat", "latitude", "enlem"]
        case .longitude: return ["lon", "longitude", "lng", "boylam"]
        case .x: return ["x"]
        case .y: return ["y"]
        case .employees:
            return ["employees", "calisan", "calisan_sayisi", "istihdam", "istihdam_sayisi", "personel_sayisi"]
        case .committed:
            return ["committed", "taahhut", "taahhut_verdi", "taahhut_durumu", "isbirligi_taahhudu", "taahhutname"]
        case .province: return ["province", "il", "il_adi", "sehir"]
        case .district: return ["district", "ilce", "ilce_adi"]
        case .role: return ["role", "rol", "gorev", "kumedeki_rolu"]
        case .accredited: return ["accredited", "akredite", "akreditasyon", "akredite_mi"]
        case .active: return ["active", "aktif", "aktif_mi", "faal"]
        case .taxID: return ["tax_id", "vergi_no", "vkn", "vergi_kimlik_no", "vergi_numarasi", "tckn", "vkn_tckn"]
        }
    }

    /// The canonical header name.
    package var header: String { aliases[0] }

    private static let byKey: [String: MemberColumn] = {
        var map: [String: MemberColumn] = [:]
        for column in allCases {
            for alias in column.aliases { map[HeaderKey.of(alias)] = column }
        }
        return map
    }()

    /// The column a header names by one of its aliases, or `nil` for a column kume does not use (it is
    /// ignored). A ``ColumnMapping`` may override this; readers go through ``ColumnMapping/column(forHeader:)``.
    /// - Parameter header: The header cell as written ("Çalışan Sayısı").
    package init?(header: String) {
        guard let column = Self.byKey[HeaderKey.of(header)] else { return nil }
        self = column
    }
}
