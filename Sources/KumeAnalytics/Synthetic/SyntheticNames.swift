import KumeData

/// Plausible Turkish firm names for synthetic registries: "<surname or district> <sector word>
/// San. ve Tic. A.Ş." (or "Ltd. Şti."). Common surnames and generic sector words only; no real firm.
enum SyntheticNames {
    static let surnames = [
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
        "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
        "Korkmaz", "Karataş", "Güneş", "Acar", "Aksoy", "Tekin", "Ünal", "Bulut", "Akın", "Uçar", "Güler",
        "Ateş", "Keskin", "Sarı", "Taş", "Erdem", "Yavuz", "Bozkurt", "Türkmen",
    ]

    /// The sector word for a class (by group or division).
    static func sectorWord(_ nace: NaceCode) -> String {
        switch nace.code.prefix(4) {
        case "23.7": return "Mermer"
        case "23.3", "23.4": return "Seramik"
        default: break
        }
        switch Int(nace.code.prefix(2)) ?? 0 {
        case 1 ... 3: return "Tarım"
        case 10, 11: return "Gıda"
        case 13: return "Tekstil"
        case 14: return "Konfeksiyon"
        case 15: return "Deri"
        case 16, 17: return "Orman Ürünleri"
        case 20, 21: return "Kimya"
        case 22: return "Plastik"
        case 23: return "Yapı Malzemeleri"
        case 24, 25: return "Metal"
        case 26, 27: return "Elektrik Elektronik"
        case 28: return "Makina"
        case 29, 30: return "Otomotiv"
        case 31: return "Mobilya"
        case 41 ... 43: return "İnşaat"
        case 45 ... 47: return "Ticaret"
        case 49 ... 53: return "Lojistik"
        case 55, 56: return "Turizm"
        case 58 ... 63: return "Bilişim"
        default: return "Hizmet"
        }
    }

    /// A name for a firm of class `nace`, sometimes after its district.
    static func firmName(nace: NaceCode, place: String?, random: inout SeededGenerator) -> String {
        let useDistrict = place != nil && random.next(upperBound: UInt64(4)) == UInt64(0)
        let first = useDistrict ? (place ?? "") : surnames[Int(random.next(upperBound: UInt64(surnames.count)))]
        let form = random.next(upperBound: UInt64(3)) == UInt64(0) ? "San. ve Tic. Ltd. Şti." : "San. ve Tic. A.Ş."
        return "\(first) \(sectorWord(nace)) \(form)"
    }
}
