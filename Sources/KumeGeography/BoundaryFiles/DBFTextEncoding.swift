import Foundation
import KumeData

/// The text encodings kume decodes in DBF character fields.
///
/// Windows-1254 goes through kume's one decoder of it (``Windows1254``, built from Foundation's code page,
/// which Foundation supports on Linux too); ISO-8859-9 equals it outside 0x80–0x9F; Windows-1252 is
/// Foundation's; ISO-8859-1 maps each byte to the scalar of the same value.
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
        case .windows1254:
            return Windows1254.decode(bytes)
        case .iso8859_9:
            // ISO-8859-9 is Windows-1254 without the 0x80–0x9F block, which it leaves to the C1 controls.
            var utf8: [UInt8] = []
            for byte in bytes {
                if (0x80...0x9F).contains(byte) {
                    utf8.append(contentsOf: String(Unicode.Scalar(byte)).utf8)
                } else {
                    Windows1254.appendUTF8(of: CollectionOfOne(byte), to: &utf8)
                }
            }
            return String(decoding: utf8, as: UTF8.self)
        case .windows1252:
            return String(bytes: Array(bytes), encoding: .windowsCP1252) ?? ISO8859_1.decode(bytes)
        case .iso8859_1:
            return ISO8859_1.decode(bytes)
        }
    }
}

/// ISO-8859-1 (Latin-1): each byte is the Unicode scalar of the same value.
private enum ISO8859_1 {
    static func decode(_ bytes: some Collection<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(byte)) }
        return String(scalars)
    }
}
