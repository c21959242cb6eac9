import Testing
@testable import KumeData

@Suite("Windows1254")
struct Windows1254Tests {
    /// Code page 1254 as Microsoft publishes it (unicode.org's CP1254.TXT): the Turkish letters, the
    /// 0x80–0x9F punctuation block, and Latin-1 letters it shares.
    @Test("Bytes decode as the published code page table", arguments: [
        (UInt8(0xD0), "Ğ"), (0xDD, "İ"), (0xDE, "Ş"), (0xF0, "ğ"), (0xFD, "ı"), (0xFE, "ş"),
        (0xC7, "Ç"), (0xE7, "ç"), (0xD6, "Ö"), (0xF6, "ö"), (0xDC, "Ü"), (0xFC, "ü"),
        (0x80, "€"), (0x8A, "Š"), (0x91, "‘"), (0x92, "’"), (0x96, "–"), (0x9F, "Ÿ"),
        (0xA0, "\u{00A0}"), (0xFF, "ÿ"), (0x41, "A"),
    ])
    func table(byte: UInt8, expected: String) {
        #expect(Windows1254.decode([byte]) == expected)
    }

    @Test("Bytes the code page leaves undefined decode as the C1 control of the same value")
    func undefined() {
        for byte: UInt8 in [0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E] {
            #expect(Windows1254.decode([byte]).unicodeScalars.map(\.value) == [UInt32(byte)])
        }
    }

    @Test("A Turkish Excel header decodes whole")
    func header() {
        // "Çalışan Sayısı" in Windows-1254.
        let bytes: [UInt8] = [0xC7, 0x61, 0x6C, 0xFD, 0xFE, 0x61, 0x6E, 0x20, 0x53, 0x61, 0x79, 0xFD, 0x73, 0xFD]
        #expect(Windows1254.decode(bytes) == "Çalışan Sayısı")
    }
}
