/// A JSON value with the line and column (1-based, in characters) where it starts.
struct JSONNode {
    enum Value {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        /// The number's text exactly as written (so `29.10` stays `29.10`, not 29.1).
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    /// The member named `key` of an object (the first, if repeated).
    subscript(key: String) -> JSONNode? {
        guard case .object(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

/// A JSON syntax error at a position.
struct JSONSyntaxError: Error {
    var line: Int
    var column: Int
    var problem: String
}

/// A small JSON parser (RFC 8259) that records where every value starts.
///
/// Why not Foundation's `JSONSerialization`: it gives no positions, and kume reports every input problem
/// as `FILE:LINE:COLUMN`; it also keeps number lexemes so codes written as numbers are not rounded. The
/// parser is iterative (an explicit stack, never recursion) with a nesting limit, so deeply nested input
/// is an error, not a stack overflow.
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    // The column is counted lazily and incrementally: positions only grow, so the cost stays linear.
    private var columnMark = 0
    private var columnAtMark = 1
    let maximumDepth: Int
    let maximumStringBytes: Int

    init(bytes: [UInt8], maximumDepth: Int = 64, maximumStringBytes: Int = 1 << 20) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
        self.maximumStringBytes = maximumStringBytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3; lineStart = 3; columnMark = 3 }
    }

    private mutating func column() -> Int {
        if columnMark < lineStart { columnMark = lineStart; columnAtMark = 1 }
        while columnMark < index {
            if bytes[columnMark] & 0xC0 != 0x80 { columnAtMark += 1 }
            columnMark += 1
        }
        return columnAtMark
    }

    private mutating func error(_ problem: String) -> JSONSyntaxError {
        JSONSyntaxError(line: line, column: column(), problem: problem)
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private enum Frame {
        case array([JSONNode], line: Int, column: Int)
        case object([(key: String, value: JSONNode)], key: String, line: Int, column: Int)
    }

    /// Parses the whole input as one JSON value.
    mutating func parse() throws(JSONSyntaxError) -> JSONNode {
        var stack: [Frame] = []
        parsing: while true {
            skipSpace()
            guard index < bytes.count else { throw error(stack.isEmpty ? "the file is empty" : "the JSON ends early") }
            let startLine = line, startColumn = column()
            var node: JSONNode
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else { throw error("nested deeper than \(maximumDepth) levels") }
                let isObject = bytes[index] == UInt8(ascii: "{")
                index += 1
                skipSpace()
                if index < bytes.count, bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    node = JSONNode(value: isObject ? .object([]) : .array([]), line: startLine, column: startColumn)
                } else if isObject {
                    let key = try parseKey()
                    stack.append(.object([], key: key, line: startLine, column: startColumn))
                    continue parsing
                } else {
                    stack.append(.array([], line: startLine, column: startColumn))
                    continue parsing
                }
            case UInt8(ascii: "\""):
                node = JSONNode(value: .string(try parseString()), line: startLine, column: startColumn)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                node = JSONNode(value: .number(try parseNumber()), line: startLine, column: startColumn)
            case UInt8(ascii: "t"): try expectWord("true"); node = JSONNode(value: .bool(true), line: startLine, column: startColumn)
            case UInt8(ascii: "f"): try expectWord("false"); node = JSONNode(value: .bool(false), line: startLine, column: startColumn)
            case UInt8(ascii: "n"): try expectWord("null"); node = JSONNode(value: .null, line: startLine, column: startColumn)
            default:
                throw error("unexpected character '\(String(decoding: bytes[index...].prefix(1), as: UTF8.self))'")
            }
            // Hand the finished value to the enclosing containers, closing those that end here.
            while true {
                guard let frame = stack.popLast() else {
                    skipSpace()
                    guard index == bytes.count else { throw error("text after the end of the JSON value") }
                    return node
                }
                skipSpace()
                let next = index < bytes.count ? bytes[index] : 0
                switch frame {
                case .array(var items, let line, let column):
                    items.append(node)
                    if next == UInt8(ascii: ",") {
                        index += 1
                        stack.append(.array(items, line: line, column: column))
                        continue parsing
                    }
                    guard next == UInt8(ascii: "]") else { throw error("expected ',' or ']' in an array") }
                    index += 1
                    node = JSONNode(value: .array(items), line: line, column: column)
                case .object(var entries, let key, let line, let column):
                    entries.append((key: key, value: node))
                    if next == UInt8(ascii: ",") {
                        index += 1
                        let key = try parseKey()
                        stack.append(.object(entries, key: key, line: line, column: column))
                        continue parsing
                    }
                    guard next == UInt8(ascii: "}") else { throw error("expected ',' or '}' in an object") }
                    index += 1
                    node = JSONNode(value: .object(entries), line: line, column: column)
                }
            }
        }
    }

    private mutating func parseKey() throws(JSONSyntaxError) -> String {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
        let key = try parseString()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
        index += 1
        return key
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard index + expected.count <= bytes.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw error("expected '\(word)'")
        }
        index += expected.count
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.index
            while parser.index < parser.bytes.count, (48...57).contains(parser.bytes[parser.index]) { parser.index += 1 }
            return parser.index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits(&self) > 0 else { throw error("a number needs digits") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error("a number needs digits after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // the opening quote
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("a string is never closed") }
            guard out.count <= maximumStringBytes else {
                throw error("a string is longer than \(maximumStringBytes / 1024) KiB")
            }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw error("a string is not valid UTF-8 (GeoJSON must be UTF-8)")
                }
                return text
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw error("a string is never closed") }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                       bytes[index + 1] == UInt8(ascii: "u") {
                        // A high surrogate pairs only with a low one (DC00–DFFF); otherwise it stands alone
                        // (written as U+FFFD) and the next escape is read on its own.
                        let afterHigh = index
                        index += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            index = afterHigh
                        }
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
                default: throw error("unknown escape '\\\(String(UnicodeScalar(escape)))' in a string")
                }
            case 0..<0x20:
                throw error("a control character (a line break?) inside a string")
            default:
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        // Exactly four hex digits: UInt32(_:radix:) alone would also take a sign.
        let isHexDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20) }
        guard index + 4 <= bytes.count, bytes[index..<(index + 4)].allSatisfy(isHexDigit),
              let value = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { throw error("expected four hex digits after \\u") }
        index += 4
        return value
    }
}
