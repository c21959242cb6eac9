import Foundation

/// The attribute table of a shapefile (`.dbf`, dBASE III), read natively.
///
/// Layout (dBASE III / ESRI): a 32-byte header (version, last-update date, record count UInt32 LE at
/// byte 4, header length UInt16 LE at 8, record length UInt16 LE at 10, language driver at 29), 32-byte
/// field descriptors up to a 0x0D terminator, then fixed-width records each starting with a deletion flag
/// (`*` deleted, space live). Text is decoded with the encoding named by the `.cpg` file beside it, else by
/// the language driver byte, else as UTF-8 when the bytes are valid UTF-8 and Windows-1254 otherwise.
public struct DBFTable: Sendable {
    /// The field descriptors in column order.
    public var fields: [DBFField]
    /// The records in file order, deleted ones included (see `deleted`), one value per field.
    public var records: [[DBFValue]]
    /// Whether each record is flagged as deleted.
    public var deleted: [Bool]
    /// The encoding the character fields were decoded with.
    public var encoding: DBFTextEncoding
    /// The header length in bytes (where the first record starts).
    public var headerLength: Int
    /// The length of one record in bytes, deletion flag included.
    public var recordLength: Int

    /// The byte offset in the file of `field` (an index into `fields`) of record `record` (0-based).
    public func byteOffset(record: Int, field: Int) -> Int {
        headerLength + record * recordLength + fields[field].offsetInRecord
    }

    /// The index of the field named `name` (compared case-insensitively), or nil.
    public func fieldIndex(named name: String) -> Int? {
        fields.firstIndex { $0.name.lowercased() == name.lowercased() }
    }

    /// Reads the table at `path` (the `.dbf` file), choosing its encoding from the `.cpg` file of the
    /// same name when present.
    ///
    /// - Parameters:
    ///   - path: the `.dbf` file.
    ///   - encoding: forces an encoding; nil chooses as described on the type.
    /// - Throws: `BoundaryError.unreadable`, `BoundaryError.malformed` (file and byte offset) for a truncated
    ///   or corrupt file, `BoundaryError.unsupportedEncoding` when the `.cpg` names an encoding kume does not
    ///   decode.
    public static func read(path: String, encoding: DBFTextEncoding? = nil) throws(BoundaryError) -> DBFTable {
        let reader = try ByteReader(contentsOf: path)
        var chosen = encoding
        if chosen == nil {
            let cpg = (path as NSString).deletingPathExtension + ".cpg"
            if let name = try? String(contentsOfFile: cpg, encoding: .utf8) {
                guard let named = DBFTextEncoding(codePageName: name) else {
                    throw .unsupportedEncoding(file: cpg, encoding: name.trimmingCharacters(in: .whitespacesAndNewlines))
                }
                chosen = named
            }
        }
        return try parse(reader, encoding: chosen)
    }

    /// Parses a table already in memory; `file` is the name shown in errors.
    ///
    /// - Parameter encoding: the text encoding; nil chooses from the language driver byte, else UTF-8 when
    ///   valid, else Windows-1254.
    /// - Throws: `BoundaryError.malformed` with the byte offset when the bytes are truncated or corrupt.
    public static func parse(bytes: [UInt8], file: String, encoding: DBFTextEncoding? = nil) throws(BoundaryError) -> DBFTable {
        try parse(ByteReader(file: file, bytes: bytes), encoding: encoding)
    }

    static func parse(_ reader: ByteReader, encoding: DBFTextEncoding?) throws(BoundaryError) -> DBFTable {
        let recordCount = Int(try reader.uint32LE(at: 4, for: "the record count"))
        let headerLength = try reader.uint16LE(at: 8, for: "the header length")
        let recordLength = try reader.uint16LE(at: 10, for: "the record length")
        let driver = try reader.uint8(at: 29, for: "the language driver")

        var fields: [DBFField] = []
        var offset = 32
        var inRecord = 1
        while try reader.uint8(at: offset, for: "a field descriptor or the 0x0D terminator") != 0x0D {
            let descriptor = try reader.slice(32, at: offset, for: "field descriptor \(fields.count + 1)")
            let base = descriptor.startIndex
            let nameBytes = descriptor[base..<base + 11].prefix { $0 != 0 }
            let field = DBFField(
                name: String(decoding: nameBytes, as: UTF8.self).trimmingCharacters(in: .whitespaces),
                type: Character(Unicode.Scalar(descriptor[base + 11])),
                length: Int(descriptor[base + 16]),
                decimalCount: Int(descriptor[base + 17]),
                offsetInRecord: inRecord)
            fields.append(field)
            inRecord += field.length
            offset += 32
            guard offset < headerLength else {
                throw .malformed(
                    file: reader.file, byteOffset: offset,
                    problem: "the field descriptors run past the header length \(headerLength) with no 0x0D terminator")
            }
        }
        guard inRecord == recordLength else {
            throw .malformed(
                file: reader.file, byteOffset: 10,
                problem: "the record length \(recordLength) is not 1 + the field widths (\(inRecord))")
        }
        let (dataLength, overflow) = recordCount.multipliedReportingOverflow(by: recordLength)
        guard !overflow else {
            throw .malformed(file: reader.file, byteOffset: 4, problem: "impossible record count \(recordCount)")
        }
        try reader.require(dataLength, at: headerLength, for: "\(recordCount) records of \(recordLength) bytes")

        let chosen = encoding ?? DBFTextEncoding(languageDriver: driver) ?? guessEncoding(reader, from: headerLength, length: dataLength)
        var records: [[DBFValue]] = []
        var deleted: [Bool] = []
        records.reserveCapacity(recordCount)
        for index in 0..<recordCount {
            let start = headerLength + index * recordLength
            let flag = reader.bytes[start]
            guard flag == 0x20 || flag == 0x2A else {
                throw .malformed(
                    file: reader.file, byteOffset: start,
                    problem: "record \(index + 1) starts with byte 0x\(String(flag, radix: 16)), not a deletion flag")
            }
            deleted.append(flag == 0x2A)
            var row: [DBFValue] = []
            row.reserveCapacity(fields.count)
            for field in fields {
                let cell = reader.bytes[(start + field.offsetInRecord)..<(start + field.offsetInRecord + field.length)]
                row.append(try decode(cell, field: field, encoding: chosen, file: reader.file, at: start + field.offsetInRecord))
            }
            records.append(row)
        }
        return DBFTable(
            fields: fields, records: records, deleted: deleted, encoding: chosen, headerLength: headerLength,
            recordLength: recordLength)
    }

    /// UTF-8 when all record bytes are valid UTF-8, else Windows-1254 (Turkish tables without a `.cpg`).
    private static func guessEncoding(_ reader: ByteReader, from start: Int, length: Int) -> DBFTextEncoding {
        let bytes = reader.bytes[start..<start + length]
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return .utf8
            case .error: return .windows1254
            }
        }
    }

    /// Decodes one cell by its field type.
    private static func decode(
        _ cell: ArraySlice<UInt8>, field: DBFField, encoding: DBFTextEncoding, file: String, at offset: Int
    ) throws(BoundaryError) -> DBFValue {
        let ascii = { String(decoding: cell, as: UTF8.self).trimmingCharacters(in: .whitespaces) }
        switch field.type {
        case "N", "F":
            let text = ascii()
            if text.isEmpty || text.allSatisfy({ $0 == "*" }) { return .null }
            guard let value = Double(text) else {
                throw .malformed(file: file, byteOffset: offset, problem: "field \(field.name): '\(text)' is not a number")
            }
            return .number(value)
        case "L":
            switch ascii() {
            case "T", "t", "Y", "y": return .logical(true)
            case "F", "f", "N", "n": return .logical(false)
            case "", "?": return .null
            case let other:
                throw .malformed(file: file, byteOffset: offset, problem: "field \(field.name): '\(other)' is not a logical value")
            }
        case "D":
            let text = ascii()
            if text.isEmpty || text.allSatisfy({ $0 == "0" }) { return .null }
            guard text.count == 8, let ymd = Int(text) else {
                throw .malformed(file: file, byteOffset: offset, problem: "field \(field.name): '\(text)' is not a YYYYMMDD date")
            }
            return .date(year: ymd / 10000, month: ymd / 100 % 100, day: ymd % 100)
        default:
            var end = cell.endIndex
            while end > cell.startIndex, cell[end - 1] == 0x20 || cell[end - 1] == 0 { end -= 1 }
            return .text(encoding.decode(cell[cell.startIndex..<end]))
        }
    }
}
