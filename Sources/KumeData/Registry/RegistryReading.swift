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

    private let totalBytes: Int?

    init(source: ByteSource, file: String, options: RegistryReader.Options, totalBytes: Int?) throws(InputError) {
        self.source = source
        self.totalBytes = totalBytes
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
    /// quoted field is never taken for a record end. Eight bytes are tested at a time (SWAR): most
    /// words hold no quote, LF or CR and are skipped whole.
    private static func cuts(_ bytes: [UInt8], parts: Int, atEnd: Bool, delimiter: UInt8) -> (cuts: [Int], newlines: [Int]) {
        let step = max(bytes.count / parts, 1)
        var (cuts, newlines, lastCut, lastLines, lines) = bytes.withUnsafeBytes { raw -> ([Int], [Int], Int, Int, Int) in
            var cuts: [Int] = [], newlines: [Int] = []
            var nextTarget = step
            var quoted = false, skipNext = false
            var lines = 0, lastCut = 0, lastLines = 0
            let count = raw.count
            var index = 0
            func handle(_ byte: UInt8, at position: Int) {
                if byte == CSVScanner.quote {
                    // As the scanner reads: a quote opens a field only at its start; inside, `""` is one
                    // quote and a lone quote closes. A stray quote mid-field (5" pipe) changes nothing.
                    if quoted {
                        if position + 1 < count, raw[position + 1] == CSVScanner.quote {
                            skipNext = true
                        } else {
                            quoted = false
                        }
                    } else if position == 0 || raw[position - 1] == delimiter || raw[position - 1] == CSVScanner.newline
                                || raw[position - 1] == CSVScanner.carriageReturn {
                        quoted = true
                    }
                } else if byte == CSVScanner.newline {
                    lines += 1
                    if !quoted {
                        lastCut = position + 1
                        lastLines = lines
                        if lastCut >= nextTarget, cuts.count < parts - 1 {
                            cuts.append(lastCut)
                            newlines.append(lines)
                            nextTarget = lastCut + step
                        }
                    }
                } else if byte == CSVScanner.carriageReturn, !quoted, position + 1 < count,
                          raw[position + 1] != CSVScanner.newline {
                    lines += 1  // a lone CR ends a line (old Mac exports)
                    lastCut = position + 1
                    lastLines = lines
                }
            }
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if skipNext || SWAR.hasByte(word, 0x22) || SWAR.hasByte(word, 0x0A) || SWAR.hasByte(word, 0x0D) {
                    for offset in 0..<8 {
                        if skipNext { skipNext = false; continue }
                        handle(raw[index + offset], at: index + offset)
                    }
                }
                index += 8
            }
            while index < count {
                if skipNext { skipNext = false } else { handle(raw[index], at: index) }
                index += 1
            }
            return (cuts, newlines, lastCut, lastLines, lines)
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
        while !atEnd, !buffer.contains(where: { $0 == CSVScanner.newline || $0 == CSVScanner.carriageReturn }),
              buffer.count < options.maximumLineBytes {
            try readMore()
        }
        if buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) && atEnd {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the file is empty",
                                                 remedy: "give a header row and one row per firm")])
        }
        let sample = buffer.prefix(1 << 20)
        let encoding: TableEncoding = UTF8Check.isValid(sample, allowTruncatedEnd: !atEnd || sample.count < buffer.count)
            ? .utf8 : .windows1254
        var scanner = CSVScanner(completeRecords: buffer, range: 0..<buffer.count, file: file, firstLine: 1,
                                 delimiter: CSVScanner.detectDelimiter(buffer[...]), encoding: encoding)
        var fields: [CSVField] = []
        _ = try scanner.next(into: &fields)
        let headerEnd = scanner.offset
        guard headerEnd <= options.maximumLineBytes else {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1,
                                                 problem: "line 1 is longer than \(options.maximumLineBytes / 1024) KiB",
                                                 remedy: "check the file is a CSV table with one firm per line")])
        }
        var position: [MemberColumn: Int] = [:]
        var issues = IssueCollector(file: file, limit: options.maximumIssues)
        var headers: [String] = []
        for (index, field) in fields.enumerated() {
            let header = scanner.string(of: field)
            headers.append(header.trimmingSpaces)
            guard let column = options.columnMapping.column(forHeader: header) else { continue }
            if let first = position[column] {
                issues.add(line: 1, column: index + 1, "column '\(header.trimmingSpaces)' means '\(column.header)', like column \(first + 1)",
                           "keep only one of them")
            } else {
                position[column] = index
            }
        }
        let unused = headers.filter { options.columnMapping.column(forHeader: $0) == nil }
        for column in [MemberColumn.id, .name, .nace] where position[column] == nil {
            var problem = "missing required column '\(column.header)' (also accepted: \(column.aliases.dropFirst().joined(separator: ", ")))"
                + "; the header has: " + headers.map { "'\($0)'" }.joined(separator: ", ")
            var remedy = "add a column '\(column.header)', or map the header that holds it: \(column.header)=\"HEADER\""
            if let (header, to) = options.columnMapping.movedAway(column, among: headers) {
                problem += "; the column mapping reads '\(header)' as '\(to.header)'"
                remedy = "map '\(column.header)' to a header too (\(column.header)=\"HEADER\"), or drop \(to.header)=\"\(header)\""
            } else if let (header, alias) = MissingColumn.nearestAlias(of: column, among: unused) {
                problem += "; '\(header)' is nearest to the accepted name '\(alias)'"
                remedy = "rename '\(header)' to '\(column.header)', or map it in the column mapping: \(column.header)=\"\(header)\""
            }
            issues.add(line: 1, column: 1, problem, remedy)
        }
        for (column, header) in options.columnMapping.unmatched(in: headers) {
            issues.add(line: 1, column: 1, "the column mapping names '\(header)' for '\(column.header)', but the header has no such column",
                       "use a header of the file: \(headers.map { "'\($0)'" }.joined(separator: ", "))")
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
    private mutating func nextParts(_ parts: Int) throws(InputError) -> (block: [UInt8], parts: [(range: Range<Int>, firstLine: Int)]) {
        while true {
            if !atEnd, buffer.count < options.blockBytes { try readMore() }
            if buffer.isEmpty, atEnd { return ([], []) }
            let (cuts, newlines) = Self.cuts(buffer, parts: parts, atEnd: atEnd, delimiter: layout?.delimiter ?? UInt8(ascii: ","))
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
            var result: [(range: Range<Int>, firstLine: Int)] = []
            var start = 0, startLines = 0
            for (cut, lines) in zip(cuts, newlines) where cut > start {
                result.append((start..<cut, line + startLines))
                start = cut
                startLines = lines
            }
            // The parts share the block; only the unfinished record after the last cut is kept over.
            let block = buffer
            buffer = Array(block[last...])
            line += startLines
            return (block, result)
        }
    }

    private struct Totals {
        var registry: Registry
        var issues: IssueCollector
        var rows = 0
        /// The file's size in bytes, when known, to reserve the columns once from the first part's density.
        var totalBytes: Int?
        var reserved = false
        /// The ids so far and the id column (1-based) for the duplicate check; nil when not checking.
        var duplicates: (index: DuplicateIDIndex, column: Int)?

        init(file: String, options: RegistryReader.Options, layout: RegistryChunkParser.Layout, totalBytes: Int?) {
            registry = Registry(source: file)
            issues = IssueCollector(file: file, limit: options.maximumIssues)
            self.totalBytes = totalBytes
            if options.checkDuplicateIDs {
                duplicates = (DuplicateIDIndex(expectedRows: (totalBytes ?? 0) / 96), layout.id + 1)
            }
        }

        mutating func add(_ output: RegistryChunkParser.Output, bytes: Int, limit: Int) {
            let firstRow = registry.count
            defer { checkDuplicates(from: firstRow) }
            if !reserved, let totalBytes, bytes > 0 {
                // Rows expected = rows per byte of this part × file size, with 5 % to spare.
                let scale = Double(totalBytes) / Double(bytes) * 1.05
                registry.reserveCapacity(for: [output.registry], scale: scale)
                reserved = true
            }
            if registry.count == 0, registry.warnings.isEmpty, totalBytes == nil {
                registry = output.registry  // the only part (streamed): taken whole, not copied
            } else {
                registry.append(contentsOf: output.registry)
            }
            for issue in output.issues { issues.add(line: issue.line, column: issue.column, issue.problem, issue.remedy) }
            issues.add(InputError(issues: [], omitted: output.omittedIssues))
            for warning in output.warnings {
                if registry.warnings.count < limit { registry.warnings.append(warning) } else { registry.omittedWarnings += 1 }
            }
            registry.omittedWarnings += output.omittedWarnings
            rows += output.rows
        }

        /// Reports every id from row `firstRow` on that was seen before.
        private mutating func checkDuplicates(from firstRow: Int) {
            guard var index = duplicates?.index, let column = duplicates?.column else { return }
            duplicates = nil  // the index is mutated alone, not copied
            let registry = self.registry
            var issues = self.issues
            index.add(registry, rows: firstRow..<registry.count) { row, first in
                issues.add(line: Int(registry.lines[row]), column: column,
                           "duplicate id '\(registry.ids[row])' (first used on line \(registry.lines[first]))",
                           "give every row an id, unique in the file")
            }
            self.issues = issues
            duplicates = (index, column)
        }
    }

    /// Reads on the calling thread: one scanner streams the file in chunks, carrying an unfinished
    /// record over to the next chunk, so no separate pass looks for record boundaries.
    mutating func runSequentially() throws(InputError) -> Registry {
        try readHeader()
        guard let layout else { throw InputError(issues: []) }
        var totals = Totals(file: file, options: options, layout: layout, totalBytes: nil)
        var parser = RegistryChunkParser(file: file, layout: layout, options: options)
        var scanner = try CSVScanner(
            source: ByteSource(prefix: buffer, then: source), file: file, chunkBytes: options.blockBytes,
            maximumRecordBytes: options.maximumLineBytes, firstLine: line, delimiter: layout.delimiter,
            encoding: layout.encoding, skipsByteOrderMark: false)
        buffer = []
        let output = parser.parse(records: &scanner, checkedUTF8: false, expectedBytes: totalBytes ?? options.blockBytes)
        totals.add(output, bytes: 0, limit: options.maximumIssues)
        return try finish(totals)
    }

    /// Reads with the parts of each block parsed in parallel, as a pipeline: while block k's parts are
    /// parsed, the calling task joins block k − 1's results and reads and cuts block k + 1, so the
    /// serial work hides behind the parsing.
    mutating func run(parallel: Bool) async throws(InputError) -> Registry {
        try readHeader()
        guard let layout else { throw InputError(issues: []) }
        var totals = Totals(file: file, options: options, layout: layout, totalBytes: totalBytes)
        let file = self.file, options = self.options
        var current = try nextParts(parallel ? options.parallelParts : 1)
        var parsed: [(output: RegistryChunkParser.Output, bytes: Int)] = []
        while !current.parts.isEmpty {
            let block = current.block, parts = current.parts
            async let outputs = Self.parse(block, parts: parts, file: file, layout: layout, options: options)
            for (output, bytes) in parsed { totals.add(output, bytes: bytes, limit: options.maximumIssues) }
            let upcoming: (block: [UInt8], parts: [(range: Range<Int>, firstLine: Int)])
            do {
                upcoming = try nextParts(parallel ? options.parallelParts : 1)
            } catch {
                _ = await outputs
                throw error
            }
            parsed = zip(await outputs, parts).map { ($0, $1.range.count) }
            current = upcoming
        }
        for (output, bytes) in parsed { totals.add(output, bytes: bytes, limit: options.maximumIssues) }
        return try finish(totals)
    }

    /// Parses a block's parts at once and returns their outputs in part order.
    private static func parse(_ block: [UInt8], parts: [(range: Range<Int>, firstLine: Int)], file: String,
                              layout: RegistryChunkParser.Layout,
                              options: RegistryReader.Options) async -> [RegistryChunkParser.Output] {
        await ParallelJobs.map(count: parts.count, workers: parts.count) { index in
            var parser = RegistryChunkParser(file: file, layout: layout, options: options)
            return parser.parse(block, range: parts[index].range, firstLine: parts[index].firstLine)
        }
    }

    private func finish(_ totals: Totals) throws(InputError) -> Registry {
        var totals = totals
        if let layout { totals.registry.coordinateFrame = layout.planar ? .planar : .wgs84LongitudeLatitude }
        if totals.rows == 0, totals.issues.isEmpty {
            throw InputError(issues: [InputIssue(file: file, line: 1, column: 1, problem: "the file has a header but no rows",
                                                 remedy: "add one row per firm below the header")])
        }
        totals.registry.idHashes = []  // only needed for the check
        if var error = totals.issues.error {
            error.issues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
            throw error
        }
        return totals.registry
    }
}

/// Tests on eight bytes at once (SIMD within a register).
enum SWAR {
    /// Whether any byte of `word` equals `byte` (the classic "has zero byte" test on `word ^ byte×8`).
    @inline(__always)
    static func hasByte(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
    }
}
