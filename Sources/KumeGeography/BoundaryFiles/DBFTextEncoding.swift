import Foundation

/// The text encodings kume decodes in DBF character fields.
///
/// Hand-written because Foundation on Linux does not decode Windows-1254 or ISO-8859-9, the two
/// single-byte encodings Turkish tables use besides UTF-8. Both equal Windows-1252 / ISO-8859-1 except
/// for six Turkish letters.
public enum DBFTextEncoding: String, Sendable, CaseIterable {
    /// UTF-8.
    case utf8 = "UTF-8"
    /// Windows-1254 (Turkish, as Excel and ArcGIS write it on Turkish Windows).
    case windows1254 = "Windows-1254"
    /// ISO-8859-9 (Latin-5, Turkish).
    case iso8859_9 = "ISO-8859-9"
    /// Windows-1252 (Western European).
    case windows1252 = "Windows-1252"
    /// ISO-8859-1 (Latin-1).
    case iso8859_1 = "ISO-8859-1"

    /// The encoding a `.cpg` file names (`UTF-8`, `65001`, `1254`, `CP1254`, `ISO-8859-9`, …), or nil.
    public init?(codePageName: String) {
        let key = codePageName.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
            .replacingOccurrences(of: "_", with: "-")
        switch key {
        case "UTF-8", "UTF8", "65001": self = .utf8
        case "1254", "CP1254", "WINDOWS-1254", "ANSI 1254", "LATIN5-WINDOWS": self = .windows1254
        case "ISO-8859-9", "ISO8859-9", "88599", "28599", "LATIN5": self = .iso8859_9
        case "1252", "CP1252", "WINDOWS-1252", "ANSI 1252": self = .windows1252
        case "ISO-8859-1", "ISO8859-1", "88591", "28591", "LATIN1": self = .iso8859_1
        default: return nil
        }
    }

    /// The encoding a DBF header's language driver byte (offset 29) names, or nil for 0 (unspecified)
    /// and drivers kume does not decode. Values from the dBASE / ArcGIS language driver table.
    public init?(languageDriver: UInt8) {
        switch languageDriver {
        case 0xCA: self = .windows1254
        case 0x03, 0x57, 0x58, 0x59: self = .windows1252
        default: return nil
        }
    }

    /// Decodes `bytes`; invalid UTF-8 sequences become U+FFFD.
    public func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        switch self {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .windows1254, .iso8859_9, .windows1252, .iso8859_1:
            var scalars = String.UnicodeScalarView()
            for byte in bytes {
                scalars.append(scalar(for: byte))
            }
            return String(scalars)
        }
    }

    private func scalar(for byte: UInt8) -> Unicode.Scalar {
        let turkish = self == .windows1254 || self == .iso8859_9
        if turkish, let letter = Self.turkishLetters[byte] {
            return letter
        }
        // Windows-1254 leaves 0x8E and 0x9E (Ž, ž in Windows-1252) undefined.
        if self == .windows1254, byte == 0x8E || byte == 0x9E {
            return Unicode.Scalar(byte)
        }
        if self == .windows1254 || self == .windows1252, (0x80...0x9F).contains(byte),
            let mapped = Self.windows80to9F[Int(byte) - 0x80]
        {
            return mapped
        }
        return Unicode.Scalar(byte)
    }

    /// The six positions where the Turkish encodings differ from their Western twins.
    private static let turkishLetters: [UInt8: Unicode.Scalar] = [
        0xD0: "Ğ", 0xDD: "İ", 0xDE: "Ş", 0xF0: "ğ", 0xFD: "ı", 0xFE: "ş",
    ]

    /// Windows-125x's 0x80–0x9F block (nil where undefined, read as the C1 control of the same value).
    private static let windows80to9F: [Unicode.Scalar?] = [
        "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
        nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
    ]
}
