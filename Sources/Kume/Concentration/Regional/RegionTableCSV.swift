/// A minimal RFC 4180 record splitter for the small tables the region-based measures read.
///
/// The delimiter (`,`, `;` or tab) is the first of these found outside quotes on the first line.
/// Quoted fields may hold delimiters, doubled quotes and line breaks. A leading byte-order mark is dropped.
/// Works on the UTF-8 bytes: every structural character is ASCII, so multi-byte characters pass through.
enum RegionTableCSV {
    /// One record and the 1-based line it starts on.
    struct Record: Equatable {
        var fields: [String]
        var line: Int
    }

    static func parse(_ text: String) -> [Record] {
        var text = text
        return text.withUTF8 { parse(bytes: $0) }
    }

    static func parse(bytes all: UnsafeBufferPointer<UInt8>) -> [Record] {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var start = 0
        if all.count >= 3, all[0] == 0xEF, all[1] == 0xBB, all[2] == 0xBF { start = 3 }
        let delimiter = detectDelimiter(all, from: start)
        var records: [Record] = []
        var fields: [String] = []
        var line = 1, recordLine = 1
        var i = start
        let end = all.count
        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: all[from..<to]), as: UTF8.self)
        }
        while i < end {
            // One field starting at i.
            if all[i] == quote {
                var bytes: [UInt8] = []
                i += 1
                while i < end {
                    let c = all[i]
                    if c == quote {
                        if i + 1 < end, all[i + 1] == quote { bytes.append(quote); i += 2; continue }
                        i += 1
                        break
                    }
                    if c == newline { line += 1 }
                    bytes.append(c)
                    i += 1
                }
                // Anything after the closing quote up to the delimiter is kept, as lenient readers do.
                let tail = i
                while i < end, all[i] != delimiter, all[i] != newline, all[i] != carriage { i += 1 }
                fields.append(String(decoding: bytes, as: UTF8.self) + string(tail, i))
            } else {
                let from = i
                while i < end, all[i] != delimiter, all[i] != newline, all[i] != carriage { i += 1 }
                fields.append(string(from, i))
            }
            if i < end, all[i] == delimiter {
                i += 1
                if i == end { fields.append("") }
                continue
            }
            // End of record (line break or end of text).
            if i < end, all[i] == carriage { i += 1 }
            if i < end, all[i] == newline { i += 1 }
            records.append(Record(fields: fields, line: recordLine))
            fields = []
            line += 1
            recordLine = line
        }
        if !fields.isEmpty { records.append(Record(fields: fields, line: recordLine)) }
        return records
    }

    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var inQuotes = false
        for i in start..<bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: "\t") { return c }
        }
        return UInt8(ascii: ",")
    }
}
