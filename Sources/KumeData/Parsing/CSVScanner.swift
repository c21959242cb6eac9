import Foundation

/// One field of a CSV record: a byte range in the scanner's buffer, valid until the next record is read.
struct CSVField {
    /// First byte of the field's content (after an opening quote).
    var start: Int
    /// One past the last byte of the content (before a closing quote).
    var end: Int
    /// Whether the content holds doubled quotes (`""`) that stand for one quote.
    var hasEscapedQuotes: Bool
    /// Whether text followed the closing quote (`"abc"def`), which RFC 4180 does not allow.
    var textAfterClosingQuote: Bool
    /// The 1-based line the field starts on.
    var line: Int
}

/// The text encodings kume reads: UTF-8 (with or without BOM) or Windows-1254 (Turkish Excel).
enum TableEncoding: Sendable {
    case utf8, windows1254
}

/// Reads RFC 4180 CSV records from a ``ByteSource`` in chunks, with bounded memory.
///
/// Why by hand: Foundation has no CSV reader, and the registry reader needs byte ranges rather than
/// strings to stay faster than pandas. Quotes, doubled quotes, delimiters and line breaks inside quotes,
/// CRLF/LF line ends and a UTF-8 BOM are handled; the delimiter (`,`, `;` or tab) is detected from the
/// header line and the encoding from the first chunk (invalid UTF-8 means Windows-1254). A record longer
/// than `maximumRecordBytes` stops the scan with an error instead of growing the buffer without end.
struct CSVScanner {
    static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// The file name used in issues.
    let file: String
    /// The detected delimiter byte.
    private(set) var delimiter: UInt8
    /// The detected encoding; becomes `.windows1254` for good once a field is not valid UTF-8.
    private(set) var encoding: TableEncoding
    /// The bytes read so far and not yet discarded; fields index into it.
    private(set) var buffer: [UInt8] = []
    /// Whether the file was empty apart from a BOM.
    private(set) var isEmpty: Bool

    private var source: ByteSource
    private var position = 0
    private var line = 1
    private var atEnd = false
    /// Where scanning stops when only part of ``buffer`` is to be read; `nil` means its end.
    private var limit: Int?
    private let chunkBytes: Int
    private let maximumRecordBytes: Int

    /// Starts scanning: reads the first chunk, skips a BOM, detects delimiter and encoding.
    init(source: ByteSource, file: String, chunkBytes: Int = 1 << 20, maximumRecordBytes: Int = 1 << 20,
         firstLine: Int = 1, delimiter knownDelimiter: UInt8? = nil, encoding knownEncoding: TableEncoding? = nil,
         skipsByteOrderMark: Bool = true)
        throws(InputError)
    {
        line = firstLine
        self.source = source
        self.file = file
        self.chunkBytes = chunkBytes
        self.maximumRecordBytes = maximumRecordBytes
        delimiter = UInt8(ascii: ",")
        encoding = .utf8
        isEmpty = false
        try fill()
        if skipsByteOrderMark, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
        isEmpty = buffer.count == position && atEnd
        encoding = knownEncoding
            ?? (UTF8Check.isValid(buffer[position...], allowTruncatedEnd: !atEnd) ? .utf8 : .windows1254)
        delimiter = knownDelimiter ?? Self.detectDelimiter(buffer[position...])
    }

    /// Scans the complete records in `range` of `bytes` (a part of a registry block), without copying them.
    init(completeRecords bytes: [UInt8], range: Range<Int>, file: String, firstLine: Int, delimiter: UInt8,
         encoding: TableEncoding) {
        source = ByteSource(bytes: [])
        self.file = file
        chunkBytes = 1
        maximumRecordBytes = Int.max
        self.delimiter = delimiter
        self.encoding = encoding
        isEmpty = range.isEmpty
        buffer = bytes
        position = range.lowerBound
        limit = range.upperBound
        atEnd = true
        line = firstLine
    }

    /// Picks `,`, `;` or tab: whichever occurs most often outside quotes in the first line (`,` on a tie or none).
    static func detectDelimiter(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var counts = [0, 0, 0]  // ; tab ,
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle(); continue }
            if quoted { continue }
            if byte == newline || byte == carriageReturn { break }
            switch byte {
            case UInt8(ascii: ";"): counts[0] += 1
            case UInt8(ascii: "\t"): counts[1] += 1
            case UInt8(ascii: ","): counts[2] += 1
            default: break
            }
        }
        let best = counts.max() ?? 0
        if best == 0 || counts[2] == best { return UInt8(ascii: ",") }
        return counts[0] == best ? UInt8(ascii: ";") : UInt8(ascii: "\t")
    }

    private mutating func fill() throws(InputError) {
        do {
            if try source.read(into: &buffer, upTo: chunkBytes) == 0 { atEnd = true; source.close() }
        } catch {
            var located = error
            for index in located.issues.indices { located.issues[index].file = file }
            throw located
        }
    }

    private enum Outcome { case record, needMore }

    /// Reads the next record into `fields`; returns the line it starts on, or `nil` at the end of the file.
    /// - Throws: ``InputError`` for a quote never closed or a record longer than the bound.
    mutating func next(into fields: inout [CSVField]) throws(InputError) -> Int? {
        while true {
            fields.removeAll(keepingCapacity: true)
            if position == (limit ?? buffer.count) {
                if atEnd { return nil }
                buffer.removeAll(keepingCapacity: true)
                position = 0
                try fill()
                continue
            }
            let startLine = line
            var endPosition = position
            var endLine = line
            let outcome = scan(into: &fields, end: &endPosition, line: &endLine)
            switch outcome {
            case .record:
                position = endPosition
                line = endLine
                return startLine
            case .needMore:
                if atEnd {
                    if let open = fields.last, endPosition == -1 {
                        throw InputError(issues: [InputIssue(
                            file: file, line: open.line, column: fields.count,
                            problem: "a quoted field opened here is never closed",
                            remedy: "close the quote, or double each quote inside the field (\"\")")])
                    }
                    position = limit ?? buffer.count
                    line = endLine
                    return startLine
                }
                if buffer.count - position >= maximumRecordBytes {
                    throw InputError(issues: [InputIssue(
                        file: file, line: startLine, column: max(fields.count, 1),
                        problem: "line \(startLine) is longer than \(maximumRecordBytes / 1024) KiB "
                            + "(a quoted field never ends, or this is not a table)",
                        remedy: "check the file is a CSV table with one member per line")])
                }
                buffer.removeSubrange(0..<position)
                position = 0
                try fill()
            }
        }
    }

    /// Scans one record from `position`. On `.needMore` at the end of the data, `end` is -1 when a quoted
    /// field is still open (the fields so far are kept so the caller can finish the last record).
    private func scan(into fields: inout [CSVField], end: inout Int, line lineOut: inout Int) -> Outcome {
        let delimiter = self.delimiter
        let finalChunk = atEnd
        let limit = self.limit
        return buffer.withUnsafeBufferPointer { bytes -> Outcome in
            let count = limit ?? bytes.count
            var index = position
            var line = lineOut
            while true {
                // One field starts at `index`.
                let fieldLine = line
                if index < count, bytes[index] == Self.quote {
                    index += 1
                    let start = index
                    var escaped = false
                    var closed = false
                    while index < count {
                        let byte = bytes[index]
                        if byte > Self.quote { index += 1; continue }  // most bytes: nothing special
                        if byte == Self.quote {
                            if index + 1 < count, bytes[index + 1] == Self.quote {
                                escaped = true
                                index += 2
                                continue
                            }
                            if index + 1 == count, !finalChunk { break }  // a doubled quote may follow
                            closed = true
                            break
                        }
                        if byte == Self.newline { line += 1 }
                        index += 1
                    }
                    if !closed {
                        fields.append(CSVField(start: start, end: index, hasEscapedQuotes: escaped,
                                               textAfterClosingQuote: false, line: fieldLine))
                        end = -1
                        lineOut = line
                        return .needMore
                    }
                    let contentEnd = index
                    index += 1
                    var trailing = false
                    while index < count, bytes[index] != delimiter, bytes[index] != Self.newline,
                          bytes[index] != Self.carriageReturn {
                        trailing = true
                        index += 1
                    }
                    fields.append(CSVField(start: start, end: contentEnd, hasEscapedQuotes: escaped,
                                           textAfterClosingQuote: trailing, line: fieldLine))
                } else {
                    let start = index
                    while index < count {
                        let byte = bytes[index]
                        // Bytes above ';' are never a delimiter, quote or line end.
                        if byte > 0x3B { index += 1; continue }
                        if byte == delimiter || byte == Self.newline || byte == Self.carriageReturn { break }
                        index += 1
                    }
                    fields.append(CSVField(start: start, end: index, hasEscapedQuotes: false,
                                           textAfterClosingQuote: false, line: fieldLine))
                }
                if index == count {
                    end = index
                    lineOut = line
                    return .needMore
                }
                let byte = bytes[index]
                if byte == delimiter {
                    index += 1
                    continue
                }
                // A line end: LF, CRLF or a lone CR.
                if byte == Self.carriageReturn {
                    if index + 1 == count, !finalChunk {
                        end = index
                        lineOut = line
                        return .needMore
                    }
                    index += (index + 1 < count && bytes[index + 1] == Self.newline) ? 2 : 1
                } else {
                    index += 1
                }
                end = index
                lineOut = line + 1
                return .record
            }
        }
    }

    /// The offset in ``buffer`` of the next unread byte.
    var offset: Int { position }

    /// Decides the encoding for the rest of the file (after a field was found not to be UTF-8).
    mutating func switchToWindows1254() { encoding = .windows1254 }

    /// The field's bytes (quotes removed, doubled quotes undone).
    func bytes(of field: CSVField) -> ArraySlice<UInt8> {
        let raw = buffer[field.start..<field.end]
        guard field.hasEscapedQuotes else { return raw }
        var out = [UInt8]()
        out.reserveCapacity(raw.count)
        var skip = false
        for byte in raw {
            if skip { skip = false; continue }
            out.append(byte)
            if byte == Self.quote { skip = true }
        }
        return out[...]
    }

    /// The field decoded as text in the file's encoding.
    mutating func string(of field: CSVField) -> String {
        let raw = bytes(of: field)
        if encoding == .utf8 {
            if let text = String(validating: raw, as: UTF8.self) { return text }
            encoding = .windows1254
        }
        return Windows1254.decode(raw)
    }
}

/// A UTF-8 validity check that can allow a sequence cut at the end of a chunk.
enum UTF8Check {
    /// The length of the UTF-8 sequence a non-ASCII lead byte starts, or `nil` for a byte no sequence starts with.
    static func sequenceLength(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return nil
        }
    }

    static func isValid(_ bytes: ArraySlice<UInt8>, allowTruncatedEnd: Bool) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard let length = sequenceLength(lead: lead) else { return false }
            if index + length > end { return allowTruncatedEnd && end - index < 4 && continuationBytes(bytes[(index + 1)...]) }
            guard continuationBytes(bytes[(index + 1)..<(index + length)]) else { return false }
            index += length
        }
        return true
    }

    /// Whether a short byte run (a field) is valid UTF-8; ASCII is checked eight bytes at a time.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            if bytes[index] < 0x80 { index += 1; continue }
            let lead = bytes[index]
            guard let length = sequenceLength(lead: lead) else { return false }
            guard index + length <= count else { return false }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
            if length == 3, lead == 0xE0, bytes[index + 1] < 0xA0 { return false }  // overlong
            if length == 3, lead == 0xED, bytes[index + 1] > 0x9F { return false }  // surrogates
            if length == 4, lead == 0xF0, bytes[index + 1] < 0x90 { return false }  // overlong
            if length == 4, lead == 0xF4, bytes[index + 1] > 0x8F { return false }  // beyond U+10FFFF
            index += length
        }
        return true
    }

    private static func continuationBytes(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
