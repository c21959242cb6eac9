import KumeGeo

/// Parses one block of registry rows (complete records) into columns.
///
/// Why by hand at the byte level: a registry has a million rows; making a `String` per field and a
/// `Member` per row would cost more than pandas. Here numbers are read straight from the bytes, NACE
/// codes, provinces and types go through small caches keyed by their bytes, and texts are appended to
/// ``TextColumn`` buffers. Blocks are independent, so two of them can be parsed at once.
struct RegistryChunkParser {
    struct Layout: Sendable {
        var fieldCount: Int
        var id: Int, name: Int, nace: Int
        var type: Int?, latitude: Int?, longitude: Int?, x: Int?, y: Int?
        var employees: Int?, province: Int?, district: Int?
        var delimiter: UInt8
        var encoding: TableEncoding
        var planar: Bool { x != nil }
    }

    struct Output: Sendable {
        var registry: Registry
        var issues: [InputIssue]
        var omittedIssues: Int
        var warnings: [InputWarning]
        var omittedWarnings: Int
        var rows: Int
    }

    let file: String
    let layout: Layout
    let options: RegistryReader.Options
    /// Reads the numbers the fast path leaves, in the file's decimal convention.
    let numbers: NumberReader


    private var naceCache: [UInt64: Int16] = [:]
    /// Class codes written `dd.dd` (nearly every registry row), looked up by their four digits.
    private var classIndex = [Int16](repeating: notLooked, count: 10_000)
    private static let notLooked: Int16 = -2
    private var provinceCache = SmallByteKeyTable<UInt8>()
    private var typeCache: [ByteKey: MemberType] = [:]

    init(file: String, layout: Layout, options: RegistryReader.Options) {
        self.file = file
        self.layout = layout
        self.options = options
        numbers = NumberReader(delimiter: layout.delimiter)
    }

    /// Parses the complete records in `range` of `bytes`, whose first line is `firstLine`.
    mutating func parse(_ bytes: [UInt8], range: Range<Int>, firstLine: Int) -> Output {
        // One pass over the whole part: when it is valid UTF-8, no text field needs checking again.
        // (The standard library's validator is the fastest at hand; the transient String costs one copy.)
        let partIsUTF8 = layout.encoding == .utf8 && String(validating: bytes[range], as: UTF8.self) != nil
        var scanner = CSVScanner(completeRecords: bytes, range: range, file: file, firstLine: firstLine,
                                 delimiter: layout.delimiter, encoding: layout.encoding)
        return parse(records: &scanner, checkedUTF8: partIsUTF8, expectedBytes: range.count)
    }

    /// Parses every record `scanner` yields (a part in memory, or a whole file streamed in chunks).
    /// - Parameters:
    ///   - checkedUTF8: Whether all the bytes are known to be valid UTF-8.
    ///   - expectedBytes: About how many bytes will be read, to reserve the columns once.
    mutating func parse(records scanner: inout CSVScanner, checkedUTF8 partIsUTF8: Bool, expectedBytes: Int) -> Output {
        var registry = Registry(source: file)
        registry.coordinateFrame = layout.planar ? .planar : .wgs84LongitudeLatitude
        var issues = IssueCollector(file: file, limit: options.maximumIssues)
        var warnings: [InputWarning] = []
        var omittedWarnings = 0
        let estimate = expectedBytes / 96 + 16
        registry.ids.reserveCapacity(texts: estimate, bytes: expectedBytes / 4)
        registry.names.reserveCapacity(texts: estimate, bytes: expectedBytes * 3 / 4)  // untouched pages cost no memory
        registry.types.reserveCapacity(estimate)
        registry.naceIndices.reserveCapacity(estimate)
        registry.coordinates.reserveCapacity(estimate)
        registry.employees.reserveCapacity(estimate)
        registry.provincePlates.reserveCapacity(estimate)
        registry.districtIndices.reserveCapacity(estimate)
        registry.placements.reserveCapacity(estimate)
        registry.lines.reserveCapacity(estimate)
        registry.idHashes.reserveCapacity(estimate)
        var rows = 0
        do {
            var fields: [CSVField] = []
            fields.reserveCapacity(layout.fieldCount + 1)
            while let line = try scanner.next(into: &fields) {
                if fields.count == 1, fields[0].start == fields[0].end { continue }
                rows += 1
                guard fields.count == layout.fieldCount else {
                    if fields.allSatisfy({ $0.start == $0.end }) { rows -= 1; continue }
                    issues.add(line: line, column: min(fields.count, layout.fieldCount) + 1,
                               "this row has \(fields.count) fields, the header has \(layout.fieldCount)",
                               "give every row as many fields as the header (quote fields that contain the delimiter)")
                    continue
                }
                let before = issues.issues.count + issues.omitted
                var row = RowValues()
                var textsAppended = false
                scanner.buffer.withUnsafeBufferPointer { buffer in
                    row = readRow(fields, buffer: buffer, scanner: scanner, line: line, issues: &issues)
                    guard issues.issues.count + issues.omitted == before else { return }
                    // The common case, straight from the buffer: UTF-8 texts without doubled quotes.
                    let id = fields[layout.id], name = fields[layout.name]
                    guard scanner.encoding == .utf8, !id.hasEscapedQuotes, !name.hasEscapedQuotes else { return }
                    let idBytes = UnsafeBufferPointer(rebasing: buffer[id.start..<id.end])
                    let nameBytes = UnsafeBufferPointer(rebasing: buffer[name.start..<name.end])
                    guard partIsUTF8 || (UTF8Check.isValid(idBytes) && UTF8Check.isValid(nameBytes)) else { return }
                    registry.ids.appendUTF8(idBytes)
                    registry.idHashes.append(Self.fnv1a(idBytes))
                    registry.names.appendUTF8(nameBytes)
                    textsAppended = true
                }
                guard issues.issues.count + issues.omitted == before else { continue }
                if !textsAppended {
                    // Texts: unescaped, checked, and transcoded from Windows-1254 when the file turns out not
                    // to be UTF-8.
                    appendText(fields[layout.id], scanner: &scanner, checked: partIsUTF8, to: &registry.ids)
                    registry.idHashes.append(Self.fnv1a(scanner.bytes(of: fields[layout.id])))
                    appendText(fields[layout.name], scanner: &scanner, checked: partIsUTF8, to: &registry.names)
                }
                registry.lines.append(Int32(truncatingIfNeeded: line))
                registry.types.append(row.type)
                registry.naceIndices.append(row.nace)
                registry.employees.append(row.employees)
                registry.provincePlates.append(row.plate)
                registry.districtIndices.append(row.district)
                var point = row.point
                var placement = Member.PlacementSource.coordinates
                var warning: String?
                if point.x.isNaN {
                    if row.district >= 0, !layout.planar {
                        point = DistrictTable.shared.districts[Int(row.district)].interiorPoint
                        placement = .district
                        warning = "no coordinates: placed at an interior point of its district"
                    } else if row.plate > 0, !layout.planar, let province = ProvinceTable.shared.province(plate: Int(row.plate)) {
                        point = province.centre
                        placement = .province
                        warning = "no coordinates: placed at the centre of \(province.name)"
                    } else {
                        placement = .none
                        warning = "no coordinates, district or province: it has no point"
                    }
                } else if !layout.planar, TurkiyeBounds.isProbablySwapped(point) {
                    if options.swappedCoordinates == .swap { point = Coordinate(x: point.y, y: point.x) }
                    warning = "latitude and longitude are probably swapped"
                        + (options.swappedCoordinates == .swap ? "; kume uses them swapped" : "")
                        + " — swap the two columns in the file"
                } else if !layout.planar, !TurkiyeBounds.contains(point) {
                    // As in a roster: a sign or digit slip (latitude −40.2 for 40.2) would otherwise pass unseen.
                    warning = "the point (latitude \(point.latitude), longitude \(point.longitude)) lies outside Türkiye"
                }
                registry.coordinates.append(point)
                registry.placements.append(placement)
                if let warning {
                    if warnings.count < options.maximumIssues {
                        let id = String(decoding: scanner.bytes(of: fields[layout.id]), as: UTF8.self)
                        warnings.append(InputWarning(memberID: id, location: "\(file):\(line)", message: "\(id): \(warning)"))
                    } else {
                        omittedWarnings += 1
                    }
                }
            }
        } catch {
            issues.add(error)
        }
        return Output(registry: registry, issues: issues.issues, omittedIssues: issues.omitted, warnings: warnings,
                      omittedWarnings: omittedWarnings, rows: rows)
    }

    private func appendText(_ field: CSVField, scanner: inout CSVScanner, checked: Bool, to column: inout TextColumn) {
        let raw = scanner.bytes(of: field)
        raw.withUnsafeBufferPointer { pointer in
            if !checked, scanner.encoding == .utf8, !UTF8Check.isValid(pointer) { scanner.switchToWindows1254() }
            if scanner.encoding == .utf8 { column.appendUTF8(pointer) } else { column.appendWindows1254(pointer) }
        }
    }

    private struct RowValues {
        var type = MemberType.firm
        var nace: Int16 = -1
        var point = Coordinate(x: .nan, y: .nan)
        var employees: Int32 = -1
        var plate: UInt8 = 0
        var district: Int16 = -1
    }

    private mutating func readRow(_ fields: [CSVField], buffer: UnsafeBufferPointer<UInt8>, scanner: CSVScanner,
                                  line: Int, issues: inout IssueCollector) -> RowValues {
        var row = RowValues()
        func slice(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            let field = fields[index]
            return UnsafeBufferPointer(rebasing: buffer[field.start..<field.end])
        }
        func text(_ index: Int) -> String {
            var copy = scanner
            return copy.string(of: fields[index])
        }
        func report(_ index: Int, _ problem: String, _ remedy: String) {
            issues.add(line: fields[index].line, column: index + 1, problem, remedy)
        }
        func number(_ bytes: UnsafeBufferPointer<UInt8>, index: Int, name: String, limit: Double) -> Double? {
            if let value = FastNumber.double(bytes, decimalComma: numbers.convention.allowsDecimalComma),
               layout.planar || abs(value) <= limit {
                return value
            }
            let written = text(index).trimmingSpaces
            switch numbers.real(written, in: layout.planar ? nil : -limit...limit) {
            case .success(let value):
                return value
            case .failure(let refusal) where refusal.reason == .outOfRange:
                report(index, "\(name) \(written) is out of range (−\(Int(limit))…\(Int(limit)) degrees)",
                       "write WGS84 decimal degrees, or give projected values as x and y with their CRS")
            case .failure(let refusal):
                report(index, "\(name) '\(written)' \(refusal.problem)", refusal.remedy)
            }
            return nil
        }
        if FastNumber.isBlank(slice(layout.id)) { report(layout.id, "empty id", "give every row an id, unique in the file") }
        if FastNumber.isBlank(slice(layout.name)) { report(layout.name, "empty name", "give the firm's or institution's name") }
        if let index = layout.type {
            let bytes = slice(index)
            let key = Self.key(bytes)
            if let key, let known = typeCache[key] {
                row.type = known
            } else if let type = MemberTypeVocabulary.type(for: text(index)) {
                if let key { typeCache[key] = type }
                row.type = type
            } else if FastNumber.isBlank(bytes) {
                row.type = .firm  // a registry's type defaults to firm
            } else {
                report(index, "unknown member type '\(text(index).trimmingSpaces)'",
                       "use one of: \(MemberTypeVocabulary.acceptedSummary)")
            }
        }
        let naceBytes = slice(layout.nace)
        if FastNumber.isBlank(naceBytes) {
            if row.type == .firm {
                report(layout.nace, "firm without a NACE code", "give the firm's NACE Rev.2 class, e.g. 29.10")
            }
        } else if let key = Self.classKey(naceBytes), classIndex[key] != Self.notLooked {
            row.nace = classIndex[key]
        } else if naceBytes.count <= 8, let cached = naceCache[Self.packed(naceBytes)] {
            row.nace = cached
        } else {
            do {
                let code = try NaceClassification.shared.parse(text(layout.nace))
                let index = Int16(NaceClassification.shared.index(of: code) ?? -1)
                if let key = Self.classKey(naceBytes) {
                    classIndex[key] = index
                } else if naceBytes.count <= 8 {
                    naceCache[Self.packed(naceBytes)] = index
                }
                row.nace = index
            } catch {
                let raw = text(layout.nace).trimmingSpaces
                switch error {
                case .malformed: report(layout.nace, "'\(raw)' is not a NACE Rev.2 code",
                                        "write a class as 29.10 (also 2910, 29.10.01, 291001), a group as 29.1 or a division as 29")
                case .unknown(_, let canonical):
                    report(layout.nace, raw == canonical ? "unknown NACE code '\(raw)'" : "unknown NACE code '\(raw)' (read as \(canonical))",
                           "check the code against NACE Rev.2 (Eurostat); Türkiye's 6-digit codes start with the class")
                }
            }
        }
        let pair: (Int, Int, String, String)? = layout.planar
            ? layout.x.flatMap { x in layout.y.map { (x, $0, "x", "y") } }
            : layout.longitude.flatMap { lon in layout.latitude.map { (lon, $0, "longitude", "latitude") } }
        if let (xIndex, yIndex, xName, yName) = pair {
            let xBytes = slice(xIndex), yBytes = slice(yIndex)
            let xBlank = FastNumber.isBlank(xBytes), yBlank = FastNumber.isBlank(yBytes)
            if xBlank != yBlank {
                let (given, missing, index) = xBlank ? (yName, xName, xIndex) : (xName, yName, yIndex)
                report(index, "\(given) given without \(missing)", "give both, or neither")
            } else if !xBlank {
                let x = number(xBytes, index: xIndex, name: xName, limit: 180)
                let y = number(yBytes, index: yIndex, name: yName, limit: 90)
                if let x, let y { row.point = Coordinate(x: x, y: y) }
            }
        }
        if let index = layout.employees {
            let bytes = slice(index)
            if !FastNumber.isBlank(bytes) {
                if let value = FastNumber.count(bytes), value <= Int(Int32.max) {
                    row.employees = Int32(value)
                } else {
                    let written = text(index).trimmingSpaces
                    switch numbers.count(written) {
                    case .success(let value) where value <= Int(Int32.max):
                        row.employees = Int32(value)
                    case .success:
                        report(index, "employees '\(written)' is too large", "write a whole number below 2^31")
                    case .failure(let refusal):
                        report(index, "employees '\(written)' \(refusal.problem)", "\(refusal.remedy), or leave it empty")
                    }
                }
            }
        }
        if let index = layout.province {
            let bytes = slice(index)
            if !FastNumber.isBlank(bytes) {
                let key = Self.key(bytes)
                if let key, let plate = provinceCache.value(for: key) {
                    row.plate = plate
                } else if let province = ProvinceTable.shared.province(named: text(index)) {
                    if let key { provinceCache.insert(UInt8(province.plate), for: key) }
                    row.plate = UInt8(province.plate)
                } else {
                    report(index, "unknown province '\(text(index).trimmingSpaces)'",
                           "write one of the 81 province names (e.g. Bursa) or its plate number, or leave it empty")
                }
            }
        }
        if let index = layout.district {
            let bytes = slice(index)
            if !FastNumber.isBlank(bytes) {
                let name = text(index)
                let tables = DistrictTable.shared
                if row.plate > 0 {
                    if let district = tables.district(named: name, inProvince: Int(row.plate)) {
                        row.district = Int16(tables.districts.firstIndex(of: district) ?? -1)
                    } else if TurkishText.folded(name) != "merkez" {
                        report(index, "unknown district '\(name.trimmingSpaces)'", "check the spelling, or leave it empty")
                    }
                } else {
                    let found = tables.districts(named: name)
                    if found.count == 1, let district = found.first {
                        row.district = Int16(tables.districts.firstIndex(of: district) ?? -1)
                        row.plate = UInt8(district.plate)
                    } else {
                        report(index, found.isEmpty ? "unknown district '\(name.trimmingSpaces)'"
                                                    : "district '\(name.trimmingSpaces)' exists in \(found.count) provinces",
                               "add a 'province' column, or check the spelling")
                    }
                }
            }
        }
        return row
    }

    /// The 64-bit FNV-1a hash of some bytes.
    static func fnv1a(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { fnv1a($0) }
    }

    static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The four digits of a code written exactly `dd.dd`, as a number 0–9999; `nil` for other shapes.
    private static func classKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ".") else { return nil }
        let a = bytes[0] &- 48, b = bytes[1] &- 48, c = bytes[3] &- 48, d = bytes[4] &- 48
        guard a < 10, b < 10, c < 10, d < 10 else { return nil }
        return Int(a) * 1000 + Int(b) * 100 + Int(c) * 10 + Int(d)
    }

    /// Up to 8 bytes packed into an integer (NACE codes are at most `29.10.01`).
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte) }
        return value
    }

    /// An exact key for texts up to 16 bytes; `nil` for longer ones (they are looked up uncached).
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteKey? {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { low = low << 8 | UInt64(byte) } else { high = high << 8 | UInt64(byte) }
        }
        return ByteKey(low: low, high: high, length: bytes.count)
    }
}
