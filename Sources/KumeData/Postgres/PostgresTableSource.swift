import KumePostgres

/// A registry in PostgreSQL/PostGIS, named as GDAL names one: `PG:dbname=kume host=… port=… tables=firms`.
///
/// Everything after `PG:` is a libpq conninfo (credentials the PostgreSQL way: the string, `PG*` variables,
/// `~/.pgpass`), except GDAL's own keys: `tables=[schema.]table[(geometry_column)]` names the table (one), and
/// `schemas`/`active_schema` are refused as kume does not list tables. Instead of `tables=`, an SQL query may give the
/// rows (`--sql "SELECT …"`), run in a read-only transaction.
package struct PostgresTableSource: Sendable, Hashable {
    /// The libpq conninfo, GDAL's keys removed.
    package let conninfo: String
    /// The table's schema, when `tables=` qualifies it.
    package let schema: String?
    /// The table, when `tables=` gives one.
    package let table: String?
    /// The geometry column `tables=firms(geom)` names, if any.
    package let geometryColumn: String?
    /// The query giving the rows, instead of a table.
    package let sql: String?

    /// Whether a command-line argument names a PostgreSQL source (`PG:…`).
    package static func isPostgres(_ argument: String) -> Bool {
        argument.hasPrefix("PG:")
    }

    /// Parses a `PG:` argument.
    ///
    /// - Parameters:
    ///   - argument: `PG:` and a conninfo with `tables=` (or without it when `sql` is given).
    ///   - sql: The `--sql` query, if given.
    /// - Throws: ``InputError`` for a missing or repeated table, several tables, GDAL keys kume does not take, or
    ///   both `tables=` and `--sql`.
    package init(argument: String, sql: String? = nil) throws(InputError) {
        var text = Substring(argument.dropFirst(3))
        var kept: [String] = []
        // A URI (`postgresql://user@host:port/db?sslmode=…`) is one word; only GDAL's keys may follow it.
        let isURI = text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
        if isURI {
            let end = text.firstIndex(where: \.isWhitespace) ?? text.endIndex
            kept = [String(text[..<end])]
            text = text[end...]
        }
        var tables: String?
        for token in Self.tokens(String(text)) {
            switch token.key?.lowercased() {
            case "tables":
                tables = token.value
            case "schemas", "active_schema", "list_all_tables":
                throw Self.error(argument, "the GDAL option '\(token.key ?? "")' is not taken by kume",
                                 "name the table with tables=schema.table")
            default:
                if isURI {
                    throw Self.error(argument, "'\(token.key ?? token.value)' follows a postgresql:// URI",
                                     "put connection options in the URI's query (?sslmode=require), and only tables= after it")
                }
                kept.append(token.raw)
            }
        }
        conninfo = kept.joined(separator: " ")
        self.sql = sql
        switch (tables, sql) {
        case (nil, nil):
            throw Self.error(argument, "no table named", "add tables=NAME to the connection string, or give \(Setting.sql.words) \"SELECT …\"")
        case (.some, .some):
            throw Self.error(argument, "both tables= and \(Setting.sql.words) given", "give one of them")
        case (nil, .some):
            (schema, table, geometryColumn) = (nil, nil, nil)
        case (.some(let spec), nil):
            guard !spec.contains(",") else {
                throw Self.error(argument, "tables= names several tables", "give one table")
            }
            var name = Substring(spec)
            var geometry: String?
            if name.hasSuffix(")"), let open = name.firstIndex(of: "(") {
                geometry = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                name = name[..<open]
            }
            let parts = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty }) else {
                throw Self.error(argument, "tables=\(spec) is not a table name", "write tables=firms or tables=schema.firms")
            }
            (schema, table, geometryColumn) = parts.count == 2
                ? (String(parts[0]), String(parts[1]), geometry) : (nil, String(parts[0]), geometry)
        }
    }

    /// The source as errors and outputs name it: `PG:firms`, `PG:schema.firms` or `PG:(--sql)`, never the
    /// connection string (which may hold a password).
    package var displayName: String {
        guard let table else { return "PG:(SQL query)" }
        return "PG:" + (schema.map { $0 + "." } ?? "") + table
    }

    /// One `key=value` of a conninfo, with its raw text.
    struct Token {
        let key: String?
        let value: String
        let raw: String
    }

    /// Splits a conninfo into its `key = value` parts (values single-quoted with `\` escapes, or bare).
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var index = text.startIndex
        func skipSpaces() { while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) } }
        while true {
            skipSpaces()
            guard index < text.endIndex else { break }
            let start = index
            while index < text.endIndex, text[index] != "=", !text[index].isWhitespace { index = text.index(after: index) }
            let key = String(text[start..<index])
            skipSpaces()
            guard index < text.endIndex, text[index] == "=" else {
                tokens.append(Token(key: nil, value: key, raw: key))
                continue
            }
            index = text.index(after: index)
            skipSpaces()
            var value = ""
            if index < text.endIndex, text[index] == "'" {
                index = text.index(after: index)
                while index < text.endIndex, text[index] != "'" {
                    if text[index] == "\\", text.index(after: index) < text.endIndex { index = text.index(after: index) }
                    value.append(text[index])
                    index = text.index(after: index)
                }
                if index < text.endIndex { index = text.index(after: index) }
            } else {
                while index < text.endIndex, !text[index].isWhitespace {
                    value.append(text[index])
                    index = text.index(after: index)
                }
            }
            tokens.append(Token(key: key, value: value, raw: String(text[start..<index])))
        }
        return tokens
    }

    /// A libpq or server failure as an input error naming the source (`PG:firms`), never the connection string.
    static func error(_ name: String, _ failure: PostgresError) -> InputError {
        InputError(issues: [InputIssue(file: name, line: 0, column: 0, problem: failure.problem, remedy: failure.remedy)])
    }

    static func error(_ argument: String, _ problem: String, _ remedy: String) -> InputError {
        let shown = PasswordScrubber(conninfo: String(argument.dropFirst(3))).scrub(argument)
        return InputError(issues: [InputIssue(file: shown, line: 0, column: 0, problem: problem, remedy: remedy)])
    }
}
