internal import CLibPQ
import Foundation

/// Removes the passwords of one connection from any text before kume shows it.
///
/// The secrets are the `password` of the conninfo as libpq parses it, the password as written in the string
/// (`password=…` quoted or not, a URI's `user:password@` and `?password=`, raw and percent-decoded, so a string
/// libpq cannot parse is covered too), and `PGPASSWORD`. Each is replaced by `***`; secrets shorter than four
/// characters only where they stand as a whole word, so that a short password does not erase the message around it.
public struct PasswordScrubber: Sendable {
    /// The secrets, longest first.
    let secrets: [String]

    /// Collects the secrets of `conninfo` (a key=value string or a `postgresql://` URI) and of the environment.
    public init(conninfo: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var found = Set<String>()
        found.formUnion(Self.parsedPassword(conninfo))
        found.formUnion(Self.keywordPasswords(conninfo))
        found.formUnion(Self.uriPasswords(conninfo))
        if let fromEnvironment = environment["PGPASSWORD"] { found.insert(fromEnvironment) }
        secrets = found.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// `text` with every secret replaced by `***`.
    public func scrub(_ text: String) -> String {
        var result = text
        for secret in secrets {
            if secret.count >= 4 {
                result = result.replacingOccurrences(of: secret, with: "***")
            } else {
                result = Self.replaceWholeWords(secret, in: result)
            }
        }
        return result
    }

    /// The password libpq itself reads from `conninfo` (`PQconninfoParse`), if the string parses.
    static func parsedPassword(_ conninfo: String) -> [String] {
        var error: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(conninfo, &error) else {
            if let error { PQfreemem(error) }
            return []
        }
        defer { PQconninfoFree(options) }
        var values: [String] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "password", let value = option.pointee.val {
                values.append(String(cString: value))
            }
            option += 1
        }
        return values
    }

    /// Values after `password =` in a key=value string: quoted (with `\` escapes) or up to the next space.
    static func keywordPasswords(_ conninfo: String) -> [String] {
        var values: [String] = []
        var rest = Substring(conninfo)
        while let range = rest.range(of: "password", options: .caseInsensitive) {
            var index = range.upperBound
            rest = rest[range.upperBound...]
            while index < rest.endIndex, rest[index] == " " { index = rest.index(after: index) }
            guard index < rest.endIndex, rest[index] == "=" else { continue }
            index = rest.index(after: index)
            while index < rest.endIndex, rest[index] == " " { index = rest.index(after: index) }
            guard index < rest.endIndex else { break }
            if rest[index] == "'" {
                var value = ""
                var raw = ""
                var cursor = rest.index(after: index)
                while cursor < rest.endIndex, rest[cursor] != "'" {
                    raw.append(rest[cursor])
                    if rest[cursor] == "\\", rest.index(after: cursor) < rest.endIndex {
                        cursor = rest.index(after: cursor)
                        raw.append(rest[cursor])
                    }
                    value.append(rest[cursor])
                    cursor = rest.index(after: cursor)
                }
                values += [value, raw]
            } else {
                let end = rest[index...].firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\n" }) ?? rest.endIndex
                values.append(String(rest[index..<end]))
            }
        }
        return values
    }

    /// A URI's `user:password@` and `password=` query values, raw and percent-decoded.
    static func uriPasswords(_ conninfo: String) -> [String] {
        guard let scheme = conninfo.range(of: "://"),
              conninfo.hasPrefix("postgresql://") || conninfo.hasPrefix("postgres://")
        else { return [] }
        var values: [String] = []
        let afterScheme = conninfo[scheme.upperBound...]
        if let at = afterScheme.lastIndex(of: "@") {
            let userInfo = afterScheme[..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                values.append(String(userInfo[userInfo.index(after: colon)...]))
            }
        }
        if let query = conninfo.firstIndex(of: "?") {
            for pair in conninfo[conninfo.index(after: query)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0].lowercased() == "password" { values.append(String(parts[1])) }
            }
        }
        return values + values.compactMap { $0.removingPercentEncoding }
    }

    /// `text` with `word` replaced by `***` where no letter or digit touches it.
    static func replaceWholeWords(_ word: String, in text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: word) {
            let before = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : nil
            let after = range.upperBound < rest.endIndex ? rest[range.upperBound] : nil
            let isWord = !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
            result += rest[..<range.lowerBound]
            result += isWord ? "***" : word
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
