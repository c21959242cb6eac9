/// One run of ``RegistryReader``: the header, the block loop and the joining of parts.
struct RegistryReading {
    private var source: ByteSource
    private let file: String
    private let options: RegistryReader.Options
    private var buffer: [UInt8] = []
    private var atEnd = false
    private var line = 1
    private var layout: RegistryChunkParser.Layout?
    private var headerLine = 1
    private var headerIssues: [InputIssue] = []

    init(source: ByteSource, file: String, options: RegistryReader.Options) throws(InputError) {
        self.source = source
        self.file = file
        self.options = options
    }

    private mutating func readMore() throws(InputError) {
        if try source.read(into: &buffer, upTo: options.blockBytes) == 0 {
            atEnd = true
            source.close()
        }
    }

    /// Where a block can be cut: the end of the last complete record, a cut near each of `parts`
    /// fractions, and how many line breaks precede each cut. Scans quotes so a line break inside a
    /// quoted field is never taken for a record end.
    private static func cuts(_ bytes: [UInt8], parts: Int, atEnd: Bool) -> (cuts: [Int], newlines: [Int]) {
        var cuts: [Int] = [], newlines: [Int] = []
        let step = max(bytes.count / parts, 1)
        var nextTarget = step
        var quoted = false
        var lines = 0
        var lastCut = 0, lastLines = 0
        bytes.withUnsafeBufferPointer { pointer in
            let count = pointer.count
            var index = 0
            while index < count {
                let byte = pointer[index]
                index += 1
                if byte > CSVScanner.quote { continue }  // most bytes: not a quote or line end
                if byte == CSVScanner.quote { quoted.toggle(); continue }
                if byte == CSVScanner.newline {
                    lines += 1
                    if !quoted {
                        lastCut = index
                        lastLines = lines
                        if index >= nextTarget, cuts.count < parts - 1 {
                            cuts.append(index)
                            newlines.append(lines)
                            nextTarget = index + step
                        }
                    }
                } else if byte == CSVScanner.carriageReturn, !quoted, index < count, pointer[index] != CSVScanner.newline {
                    lines += 1  // a lone CR ends a line (old Mac exports)
                    lastCut = index
                    lastLines = lines
                }
            }
        }
        if atEnd {
            lastCut = bytes.count
            lastLines = lines
        }
        cuts = cuts.filter { $0 < lastCut }
        newlines = Array(newlines.prefix(cuts.count))
        cuts.append(lastCut)
        newlines.append(lastLines)
        return (cuts, newlines)
    }

    /// Reads and maps the header.
    private mutating func readHeader() throws(InputError) {
        try readMore()
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { buffer.removeFirst(3) }
        while !atEnd, !buffer.contains(CSVScanner.newline), buffer.count < options.maximumLineBytes { try readMore() }
        if buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) && atEnd {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "give a header row and one row per firm")])
        }
        let headerEnd = (buffer.firstIndex(of: CSVScanner.newline).map { $0 + 1 }) ?? buffer.count
        guard headerEnd <= options.maximumLineBytes else {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1,
                                                 problem: "line 1 is longer than \(options.maximumLineBytes / 1024) KiB",
                                                 remedy: "check the file is a CSV table with one firm per line")])
        }
        let sample = buffer.prefix(1 << 20)
        let encoding: TableEncoding = UTF8Check.isValid(sample, allowTruncatedEnd: !atEnd || sample.count < buffer.count)
            ? .utf8 : .windows1254
        var scanner = try CSVScanner(source: ByteSource(bytes: Array(buffer[..<headerEnd])), file: file, encoding: encoding)
        var fields: [CSVField] = []
        _ = try scanner.next(into: &fields)
        var position: [MemberColumn: Int] = [:]
        var issues = IssueCollector(file: file, limit: options.maximumIssues)
        for (index, field) in fields.enumerated() {
            let header = scanner.string(of: field)
            guard let column = MemberColumn(header: header) else { continue }
            if let first = position[column] {
                issues.add(line: 1, column: index + 1, "column '\(header.trimmingSpaces)' means '\(column.header)', like column \(first + 1)",
                           "keep only one of them")
            } else {
                position[column] = index
            }
        }
        for column in [MemberColumn.id, .name, .nace] where position[column] == nil {
            issues.add(line: 1, column: 1, "missing required column '\(column.header)' (also accepted: \(column.aliases.dropFirst().joined(separator: ", ")))",
                       "add a column '\(column.header)'")
        }
        let geographic = position[.latitude] != nil || position[.longitude] != nil
        let planar = position[.x] != nil || position[.y] != nil
        if geographic, planar {
            issues.add(line: 1, column: 1, "both lat/lon and x/y columns", "keep one pair")
        } else if geographic, position[.latitude] == nil || position[.longitude] == nil {
            issues.add(line: 1, column: 1, "only one of the 'lat' and 'lon' columns", "give both")
        } else if planar, position[.x] == nil || position[.y] == nil {
            issues.add(line: 1, column: 1, "only one of the 'x' and 'y' columns", "give both")
        } else if !geographic, !planar, position[.province] == nil, position[.district] == nil {
            issues.add(line: 1, column: 1, "missing required column 'lat' (or 'x', 'province', 'district')",
                       "add 'lat' and 'lon' columns (WGS84 degrees), 'x' and 'y' with their CRS, or 'province'/'district'")
        }
        if let error = issues.error { throw error }
        guard let id = position[.id], let name = position[.name], let nace = position[.nace] else { return }
        layout = RegistryChunkParser.Layout(
            fieldCount: fields.count, id: id, name: name, nace: nace, type: position[.type],
            latitude: position[.latitude], longitude: position[.longitude], x: position[.x], y: position[.y],
            employees: position[.employees], province: position[.province], district: position[.district],
            delimiter: scanner.delimiter, encoding: encoding)
        buffer.removeSubrange(0..<headerEnd)
        line = 2
    }

    /// The next block's parts (complete records) with their first lines; empty at the end.
    private mutating func nextParts(_ parts: Int) throws(InputError) -> [(bytes: [UInt8], firstLine: Int)] {
        while true {
            if !atEnd, buffer.count < options.blockBytes { try readMore() }
            if buffer.isEmpty, atEnd { return [] }
            let (cuts, newlines) = Self.cuts(buffer, parts: parts, atEnd: atEnd)
            guard let last = cuts.last, last > 0 else {
                guard buffer.count < options.maximumLineBytes else {
                    throw InputError(issues: [InputIssue(
                        file: file, line: line, column: 1,
                        problem: "line \(line) is longer than \(options.maximumLineBytes / 1024) KiB "
                            + "(a quoted field never ends, or this is not a table)",
                        remedy: "check the file is a CSV table with one firm per line")])
                }
                try readMore()
                continue
            }
            var result: [(bytes: [UInt8], firstLine: Int)] = []
            var start = 0, startLines = 0
            for (cut, lines) in zip(cuts, newlines) where cut > start {
                result.append((Array(buffer[start..<cut]), line + startLines))
                start = cut
                startLines = lines
            }
            buffer.removeSubrange(0..<last)
            line += startLines
            return result
        }
    }

    private struct Totals {
        var registry: Registry
        var issues: IssueCollector
        var rows = 0
        mutating func add(_ output: RegistryChunkParser.Output, limit: Int) {
            registry.append(contentsOf: output.registry)
            for issue in output.issues { issues.add(line: issue.line, column: issue.column, issue.problem, issue.remedy) }
            issues.add(InputError(issues: [], omitted: output.omittedIssues))
            for warning in output.warnings {
                if registry.warnings.count < limit { registry.warnings.append(warning) } else { registry.omittedWarnings += 1 }
            }
            registry.omittedWarnings += output.omittedWarnings
            rows += output.rows
        }
    }

    mutating func runSequentially() throws(InputError) -> Registry {
        try readHeader()
        guard let layout else { throw InputError(issues: []) }
        var totals = Totals(registry: Registry(source: file), issues: IssueCollector(file: file, limit: options.maximumIssues))
        var parser = RegistryChunkParser(file: file, layout: layout, options: options)
        while true {
            let parts = try nextParts(1)
            if parts.isEmpty { break }
            for part in parts { totals.add(parser.parse(part.bytes, firstLine: part.firstLine), limit: options.maximumIssues) }
        }
        return try finish(totals)
    }

    mutating func run(parallel: Bool) async throws(InputError) -> Registry {
        try readHeader()
        guard let layout else { throw InputError(issues: []) }
        var totals = Totals(registry: Registry(source: file), issues: IssueCollector(file: file, limit: options.maximumIssues))
        let file = self.file, options = self.options
        while true {
            let parts = try nextParts(options.parallelParts)
            if parts.isEmpty { break }
            let outputs = await withTaskGroup(of: (Int, RegistryChunkParser.Output).self) { group in
                for (index, part) in parts.enumerated() {
                    group.addTask {
                        var parser = RegistryChunkParser(file: file, layout: layout, options: options)
                        return (index, parser.parse(part.bytes, firstLine: part.firstLine))
                    }
                }
                var outputs: [(Int, RegistryChunkParser.Output)] = []
                for await output in group { outputs.append(output) }
                return outputs.sorted { $0.0 < $1.0 }.map(\.1)
            }
            for output in outputs { totals.add(output, limit: options.maximumIssues) }
        }
        return try finish(totals)
    }

    private func finish(_ totals: Totals) throws(InputError) -> Registry {
        var totals = totals
        if let layout { totals.registry.coordinateFrame = layout.planar ? .planar : .wgs84LongitudeLatitude }
        if totals.rows == 0, totals.issues.isEmpty {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the file has a header but no rows",
                                                 remedy: "add one row per firm below the header")])
        }
        if options.checkDuplicateIDs, let layout { Self.checkDuplicates(totals.registry, column: layout.id + 1, issues: &totals.issues) }
        if var error = totals.issues.error {
            error.issues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            throw error
        }
        return totals.registry
    }

    /// Reports every id seen before, by hashing the id bytes (FNV-1a) and comparing bytes on a match.
    private static func checkDuplicates(_ registry: Registry, column: Int, issues: inout IssueCollector) {
        var firstRow: [UInt64: Int32] = [:]
        firstRow.reserveCapacity(registry.count)
        var sameHash: [String: Int] = [:]
        let ids = registry.ids
        ids.utf8.withUnsafeBufferPointer { bytes in
            for row in 0..<ids.count {
                let start = ids.offsets[row], end = ids.offsets[row + 1]
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for index in start..<end { hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
                guard let first = firstRow[hash] else {
                    firstRow[hash] = Int32(row)
                    continue
                }
                let other = Int(first)
                let same = bytes[ids.offsets[other]..<ids.offsets[other + 1]].elementsEqual(bytes[start..<end])
                let earlier = same ? other : sameHash[ids[row]]
                if let earlier {
                    issues.add(line: Int(registry.lines[row]), column: column,
                               "duplicate id '\(ids[row])' (first used on line \(registry.lines[earlier]))",
                               "give every row an id, unique in the file")
                } else {
                    sameHash[ids[row]] = row
                }
            }
        }
    }
}
