/// A column of the member/registry table (DESIGN.md, "Input contract"), with the header names accepted
/// for it. Headers are compared after ``TurkishText/folded(_:)``, so "Çalışan Sayısı", "calisan_sayisi"
/// and "CALISAN-SAYISI" are the same header.
public enum MemberColumn: String, CaseIterable, Sendable {
    case id, name, type, nace, latitude, longitude, x, y, employees, committed, province, district

    /// The header names accepted for this column (the first is the canonical one).
    public var aliases: [String] {
        switch self {
        case .id: return ["id", "no", "kimlik", "sira_no"]
        case .name: return ["name", "ad", "unvan", "firma_adi", "kurum_adi"]
        case .type: return ["type", "tur", "tip", "uye_turu"]
        case .nace: return ["nace", "nace_kodu", "nace_rev2", "faaliyet_kodu"]
        case .latitude: return ["lat", "latitude", "enlem"]
        case .longitude: return ["lon", "longitude", "lng", "boylam"]
        case .x: return ["x"]
        case .y: return ["y"]
        case .employees: return ["employees", "calisan", "calisan_sayisi", "istihdam"]
        case .committed: return ["committed", "taahhut", "taahhut_verdi"]
        case .province: return ["province", "il"]
        case .district: return ["district", "ilce"]
        }
    }

    /// The canonical header name.
    public var header: String { aliases[0] }

    private static let byFoldedAlias: [String: MemberColumn] = {
        var map: [String: MemberColumn] = [:]
        for column in allCases {
            for alias in column.aliases { map[TurkishText.folded(alias)] = column }
        }
        return map
    }()

    /// The column a header names, or `nil` for a column kume does not use (it is ignored).
    /// - Parameter header: The header cell as written ("Çalışan Sayısı").
    public init?(header: String) {
        guard let column = Self.byFoldedAlias[TurkishText.folded(header.trimmingSpaces)] else { return nil }
        self = column
    }
}
