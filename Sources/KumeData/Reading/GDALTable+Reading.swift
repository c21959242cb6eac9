extension GDALTable {
    /// Reads the table as a roster with kume's CSV roster reader, then moves every line number to the table's
    /// own row numbers.
    func roster(options: RosterReader.Options) throws(InputError) -> Roster {
        var roster: Roster
        do {
            roster = try RosterReader.readCSV(ByteSource(bytes: csv), name: name, options: options)
        } catch {
            throw shifted(error, limit: options.maximumIssues)
        }
        if !issues.isEmpty { throw shifted(InputError(issues: []), limit: options.maximumIssues) }
        for index in roster.members.indices { roster.members[index].line += lineShift }
        roster.warnings = warnings + roster.warnings.map(shifted)
        return roster
    }

    /// Reads the table as a registry with kume's CSV registry reader, then moves every line number to the
    /// table's own row numbers.
    func registry(options: RegistryReader.Options) throws(InputError) -> Registry {
        var registry: Registry
        do {
            registry = try RegistryReader.read(data: csv, name: name, options: options)
        } catch {
            throw shifted(error, limit: options.maximumIssues)
        }
        if !issues.isEmpty { throw shifted(InputError(issues: []), limit: options.maximumIssues) }
        let shift = Int32(lineShift)
        for index in registry.lines.indices { registry.lines[index] += shift }
        registry.warnings = warnings + registry.warnings.map(shifted)
        return registry
    }

    /// The reader's issues at the table's rows, with the geometry issues, in row order.
    private func shifted(_ error: InputError, limit: Int) -> InputError {
        var all = error.issues.map { issue -> InputIssue in
            var moved = issue
            if moved.line > 0 { moved.line = max(0, moved.line + lineShift) }
            return moved
        } + issues
        all.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        let omitted = error.omitted + max(0, all.count - max(1, limit))
        return InputError(issues: Array(all.prefix(max(1, limit))), omitted: omitted)
    }

    /// A warning whose location `NAME:LINE…` is moved to the table's row.
    private func shifted(_ warning: InputWarning) -> InputWarning {
        guard let location = warning.location, location.hasPrefix(name + ":") else { return warning }
        let rest = location.dropFirst(name.count + 1)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let line = Int(digits) else { return warning }
        var moved = warning
        moved.location = "\(name):\(line + lineShift)\(rest.dropFirst(digits.count))"
        return moved
    }
}
