import Foundation

/// Recognises UTF-16 text (as some spreadsheets save "Unicode text") and turns it into UTF-8, so every
/// table reader reads it like any other file.
///
/// With a byte-order mark (`FF FE` little-endian, `FE FF` big-endian) the file is UTF-16 for certain.
/// Without one it is recognised by its zero bytes: text in Latin or Turkish letters has a zero high byte
/// in most code units, so at least a third of the even (big-endian) or odd (little-endian) bytes of the
/// first ones are 0 while the others are not, which no UTF-8 or Windows-1254 table has.
enum UTF16Text {
    /// The UTF-16 byte order of a file that starts with `prefix`, or `nil` when it is not UTF-16.
    static func byteOrder(of prefix: some Collection<UInt8>) -> String.Encoding? {
        let bytes = Array(prefix.prefix(512))
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LittleEndian }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BigEndian }
        let pairs = bytes.count / 2
        guard pairs >= 4 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for index in 0..<pairs {
            if bytes[2 * index] == 0 { evenZeros += 1 }
            if bytes[2 * index + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 3 >= pairs, evenZeros * 10 < pairs { return .utf16LittleEndian }
        if evenZeros * 3 >= pairs, oddZeros * 10 < pairs { return .utf16BigEndian }
        return nil
    }

    /// The UTF-8 bytes of UTF-16 `bytes` (a byte-order mark is dropped).
    /// - Throws: ``InputError`` naming the file when the bytes are not valid UTF-16.
    static func utf8(_ bytes: [UInt8], byteOrder: String.Encoding, file: String) throws(InputError) -> [UInt8] {
        var body = bytes[...]
        if body.count >= 2, (body.first == 0xFF && body.dropFirst().first == 0xFE)
            || (body.first == 0xFE && body.dropFirst().first == 0xFF) {
            body = body.dropFirst(2)
        }
        guard body.count % 2 == 0, let text = String(bytes: body, encoding: byteOrder) else {
            throw InputError(issues: [InputIssue(
                file: file, line: 0, column: 0, problem: "the file looks like UTF-16 text but is not valid UTF-16",
                remedy: "save it as UTF-8 (CSV UTF-8 in Excel)")])
        }
        return Array(text.utf8)
    }

    /// `bytes` as UTF-8 when they are UTF-16, else unchanged.
    static func normalized(_ bytes: [UInt8], file: String) throws(InputError) -> [UInt8] {
        guard let order = byteOrder(of: bytes) else { return bytes }
        return try utf8(bytes, byteOrder: order, file: file)
    }

    /// A source for a file: its bytes in chunks, or, when it is UTF-16, its whole text as UTF-8.
    /// - Parameters:
    ///   - path: The file's path.
    ///   - displayName: The name used in issues.
    ///   - prefix: Filled with the first bytes of the (UTF-8) text, for sniffing the format.
    static func source(path: String, displayName: String, prefix: inout [UInt8]) throws(InputError) -> ByteSource {
        try source(first: [], rest: ByteSource(path: path, displayName: displayName), displayName: displayName, prefix: &prefix)
    }

    /// A source for a file whose first bytes `first` were already read from `rest` (which this takes over).
    /// - Parameters:
    ///   - displayName: The name used in issues.
    ///   - prefix: Filled with the first bytes of the (UTF-8) text, for sniffing the format.
    static func source(first: [UInt8], rest: ByteSource, displayName: String, prefix: inout [UInt8]) throws(InputError) -> ByteSource {
        var file = rest
        var first = first
        while first.count < 512, try file.read(into: &first, upTo: 512 - first.count) > 0 {}
        guard let order = byteOrder(of: first) else {
            prefix = Array(first.prefix(64))
            return ByteSource(prefix: first, then: file)
        }
        var all = first
        while try file.read(into: &all, upTo: 1 << 20) > 0 {}
        file.close()
        let converted = try utf8(all, byteOrder: order, file: displayName)
        prefix = Array(converted.prefix(64))
        return ByteSource(bytes: converted)
    }
}
