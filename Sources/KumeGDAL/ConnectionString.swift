/// GDAL's PostgreSQL connection strings (`PG:dbname=kume host=127.0.0.1 port=5433 tables=firms`), as far as
/// kume needs them: recognising one, and hiding its password in anything printed.
public enum ConnectionString {
    /// True for a GDAL PostgreSQL source (`PG:…`, any case), which is opened as a connection, not a file.
    public static func isPostgreSQL(_ source: String) -> Bool {
        source.prefix(3).uppercased() == "PG:"
    }

    /// `text` with every PostgreSQL password replaced by `***`: `password=…` in a conninfo (quoted or not,
    /// spaces around `=` allowed) and `user:password@` in a `postgresql://` URI. Other text comes back unchanged.
    ///
    /// Errors, reports and logs print sources through this, so a password given in the connection string is
    /// never shown (PostgreSQL's other ways, `PGPASSWORD` and `.pgpass`, never reach the string).
    public static func redacted(_ text: String) -> String {
        redactingURIPassword(redactingConninfoPassword(text))
    }

    private static func redactingConninfoPassword(_ source: String) -> String {
        var text = Substring(source)
        var result = ""
        while let range = text.firstRange(of: "password") {
            result += text[..<range.upperBound]
            let afterKey = text[range.upperBound...].drop(while: { $0 == " " })
            guard afterKey.first == "=" else {
                text = text[range.upperBound...]
                continue
            }
            let value = afterKey.dropFirst().drop(while: { $0 == " " })
            result += "=***"
            text = value.first == "'" ? afterQuotedValue(value) : value.drop(while: { $0 != " " && $0 != "\n" })
        }
        return result + text
    }

    /// The text after a single-quoted conninfo value starting at `value` (backslash escapes honoured).
    private static func afterQuotedValue(_ value: Substring) -> Substring {
        var index = value.index(after: value.startIndex)
        while index < value.endIndex, value[index] != "'" {
            if value[index] == "\\" { index = value.index(after: index) }
            if index < value.endIndex { index = value.index(after: index) }
        }
        return index < value.endIndex ? value[value.index(after: index)...] : value[value.endIndex...]
    }

    private static func redactingURIPassword(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.firstRange(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authority = rest.prefix(while: { $0 != "/" && $0 != " " && $0 != "?" && $0 != "\n" })
            if let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") {
                result += rest[..<rest.index(after: colon)] + "***"
                rest = rest[at...]
            }
        }
        return result + rest
    }
}
