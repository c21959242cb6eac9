/// A column of texts stored as one UTF-8 byte buffer with offsets, so a million names cost two
/// allocations instead of a million.
package struct TextColumn: RandomAccessCollection, Sendable {
    /// The UTF-8 bytes of all texts, one after another.
    package private(set) var utf8: [UInt8] = []
    /// `offsets[i]..<offsets[i + 1]` are the bytes of text `i`; starts with 0.
    package private(set) var offsets: [Int] = [0]

    /// An empty column.
    package init() {}

    /// A column holding these texts.
    package init(_ texts: some Sequence<String>) {
        for text in texts { append(text) }
    }

    /// The first text's index, 0.
    package var startIndex: Int { 0 }
    /// One past the last text's index (the number of texts).
    package var endIndex: Int { offsets.count - 1 }

    /// Text `index`, decoded from the buffer.
    package subscript(index: Int) -> String {
        String(decoding: utf8[offsets[index]..<offsets[index + 1]], as: UTF8.self)
    }

    /// Appends a text.
    package mutating func append(_ text: String) {
        utf8.append(contentsOf: text.utf8)
        offsets.append(utf8.count)
    }

    /// Appends UTF-8 bytes the caller has validated.
    mutating func appendUTF8(_ bytes: UnsafeBufferPointer<UInt8>) {
        utf8.append(contentsOf: bytes)
        offsets.append(utf8.count)
    }

    /// Appends bytes already in the buffer's encoding, or Windows-1254 bytes transcoded to UTF-8.
    mutating func appendWindows1254(_ bytes: UnsafeBufferPointer<UInt8>) {
        Windows1254.appendUTF8(of: bytes, to: &utf8)
        offsets.append(utf8.count)
    }

    /// Appends the texts of another column.
    mutating func append(contentsOf other: TextColumn) {
        let base = utf8.count
        utf8.append(contentsOf: other.utf8)
        offsets.append(contentsOf: other.offsets.dropFirst().map { $0 + base })
    }

    mutating func reserveCapacity(texts: Int, bytes: Int) {
        utf8.reserveCapacity(bytes)
        offsets.reserveCapacity(texts + 1)
    }
}
