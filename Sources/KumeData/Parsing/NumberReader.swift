import Foundation

/// kume's one reader of numbers in tables: every number of a roster, registry, plans file, region table,
/// plant table, point pattern or call is read here, so a value is read the same way everywhere.
///
/// A number is digits with an optional sign, at most one decimal mark, and thousands grouped by three
/// digits (`1.250.000,50`, `1,250,000.50`, `1 250 000`). Most forms have one reading:
/// - both `.` and `,`: the last one is the decimal mark, the other groups thousands;
/// - one mark written more than once (`1.250.000`), or spaces between digits: it groups thousands;
/// - one mark followed by other than three digits (`40.7654`, `12,5`): it is the decimal mark.
///
/// A single mark followed by exactly three digits (`12.500`, `1,250`) has two readings, 12.5 and 12500.
/// What the column can hold decides first (a count has no decimals, an amount in TL at most two, a
/// latitude is within ±90°); if both readings remain, the file's ``Convention`` decides: a `;`-separated
/// file writes decimals with `,` (as Excel in a Turkish locale does), so `.` groups thousands there; a
/// `,`-separated file (and JSON) writes decimals with `.`; a tab-separated file may be either, so the value
/// is refused as ambiguous. Nothing is ever read by guessing.
package struct NumberReader: Sendable {
    /// Which mark a file writes decimals with.
    package enum Convention: Sendable, Equatable {
        /// `.` (a `,`-separated file, JSON): `12.500` is 12.5, `"1,250"` is 1250.
        case decimalPoint
        /// `,` (a `;`-separated file): `12.500` is 12500, `12,5` is 12.5.
        case decimalComma
        /// Either (a tab-separated file): `12.500` is refused as ambiguous.
        case either

        /// The convention of a table with this field delimiter.
        package init(delimiter: UInt8) {
            switch delimiter {
            case UInt8(ascii: ";"): self = .decimalComma
            case UInt8(ascii: ","): self = .decimalPoint
            default: self = .either
            }
        }

        /// Whether `,` may be a decimal mark in this convention (the registry's fast path asks).
        package var allowsDecimalComma: Bool { self != .decimalPoint }

        /// An example of the form to write, for messages.
        var example: String {
            switch self {
            case .decimalPoint: "1250 or 1250.5 ('.' marks decimals in a ','-separated file)"
            case .decimalComma: "1250 or 1250,5 (',' marks decimals in a ';'-separated file)"
            case .either: "1250, 1250.5 or 1250,5"
            }
        }
    }

    /// Why a cell was not read as a number, as a phrase that follows the cell (`'12a' is not a number`).
    package struct Refusal: Error, Equatable, Sendable {
        /// The kinds of refusal.
        package enum Reason: Sendable, Equatable {
            case empty, notANumber, ambiguous, negative, notWhole, tooManyDecimals, outOfRange, tooLarge
        }

        /// Why.
        package var reason: Reason
        /// What is wrong, starting with a verb (`is not a number`).
        package var problem: String
        /// What to do.
        package var remedy: String
    }

    /// The file's decimal convention.
    package let convention: Convention

    /// A reader for a file with this convention.
    package init(convention: Convention) {
        self.convention = convention
    }

    /// A reader for a delimited table (``Convention/init(delimiter:)``).
    package init(delimiter: UInt8) {
        self.convention = Convention(delimiter: delimiter)
    }

    /// A real number, optionally within a range (`40.7654`, `-3`, `1e3`, `12.500` as the convention says).
    /// - Parameters:
    ///   - text: The cell as written.
    ///   - range: The values the column can hold, when limited (a latitude's −90…90).
    package func real(_ text: String, in range: ClosedRange<Double>? = nil) -> Result<Double, Refusal> {
        // Plain decimals (`40.1875`, `-3`, `37,9389` where a comma may mark decimals), most cells of a roster, are
        // read from the bytes by ``FastNumber``, which takes only the forms with one reading and reads them as
        // below; a text ending in its mark (`5.`), anything else and values out of range take the full path.
        var text = text
        if let last = text.utf8.last, last &- 48 < 10,
           let value = text.withUTF8({ FastNumber.double($0, decimalComma: convention.allowsDecimalComma) }),
           range?.contains(value) ?? true {
            return .success(value)
        }
        return realByReadings(text, in: range)
    }

    /// ``real(_:in:)`` without its fast path: every reading of the text, then the one the convention takes.
    func realByReadings(_ text: String, in range: ClosedRange<Double>? = nil) -> Result<Double, Refusal> {
        let readings: [Reading]
        switch parse(text, allowExponent: true) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let found): readings = found
        }
        let values = readings.compactMap { reading -> (Reading, Double)? in
            guard let value = Double(reading.canonical), value.isFinite else { return nil }
            return (reading, value)
        }
        if values.isEmpty {
            return .failure(Refusal(reason: .tooLarge, problem: "is too large", remedy: "write a finite number"))
        }
        let valid = values.filter { range?.contains($0.1) ?? true }
        switch choose(valid.map(\.0)) {
        case .success(let reading):
            return .success(valid.first { $0.0 == reading }?.1 ?? 0)
        case .failure(let refusal) where refusal.reason != .outOfRange:
            return .failure(refusal)
        case .failure:
            let shown = preferred(readings)
            let value = Double(shown.canonical) ?? 0
            if let range, range.lowerBound == 0, value < 0 {
                return .failure(Refusal(reason: .negative, problem: "is negative", remedy: "write 0 or more"))
            }
            let bounds = range.map { "\(NumberText.plain($0.lowerBound))…\(NumberText.plain($0.upperBound))" } ?? ""
            let reading = readings.count > 1 ? " (read as \(NumberText.plain(value)))" : ""
            return .failure(Refusal(reason: .outOfRange, problem: "is out of range\(reading): \(bounds)",
                                    remedy: "write a value within \(bounds)"))
        }
    }

    /// A non-negative whole number (`120`, `1.250` and `1,250` are 1250: a count has no decimals).
    package func count(_ text: String) -> Result<Int, Refusal> {
        let readings: [Reading]
        switch parse(text, allowExponent: false) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let found): readings = found
        }
        if readings.contains(where: \.negative) {
            return .failure(Refusal(reason: .negative, problem: "is negative", remedy: "write a whole number of 0 or more"))
        }
        let whole = readings.filter { $0.fraction.isEmpty }
        guard let reading = whole.first else {
            return .failure(Refusal(reason: .notWhole, problem: "is not a whole number",
                                    remedy: "write a whole number of 0 or more, without decimals"))
        }
        guard reading.integer.count <= 18, let value = Int(reading.integer.isEmpty ? "0" : reading.integer) else {
            return .failure(Refusal(reason: .tooLarge, problem: "is too large", remedy: "write a whole number below 10^18"))
        }
        return .success(value)
    }

    /// A non-negative amount of money, exactly, with at most two decimals (`1.250.000,50`, `₺ 7 500,25`;
    /// `250.000` is 250000: an amount in TL is not written with three decimals). `TL` and `₺` are ignored.
    package func amount(_ text: String) -> Result<Decimal, Refusal> {
        let stripped = text.replacingOccurrences(of: "TL", with: "").replacingOccurrences(of: "₺", with: "")
        let readings: [Reading]
        switch parse(stripped, allowExponent: false) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let found): readings = found
        }
        if readings.contains(where: \.negative) {
            return .failure(Refusal(reason: .negative, problem: "is negative", remedy: "costs and support are 0 or more TL"))
        }
        let valid = readings.filter { $0.fraction.count <= 2 }
        guard let reading = valid.first else {
            return .failure(Refusal(reason: .tooManyDecimals, problem: "has more than two decimals",
                                    remedy: "write the amount in TL with at most two decimals (kuruş), e.g. \(convention.example)"))
        }
        guard let value = Decimal(string: reading.canonical, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(notANumber)
        }
        return .success(value)
    }

    // MARK: - Readings

    /// One way of reading a number's text.
    struct Reading: Equatable {
        var negative: Bool
        /// The integer digits, without grouping.
        var integer: String
        /// The digits after the decimal mark.
        var fraction: String
        /// The exponent's digits with their sign, when written (`1e3`).
        var exponent: String?
        /// The mark this reading takes as the decimal mark, when it has a fraction.
        var decimalMark: Character?

        /// `-12500.5e3` in the form `Double(String)` and `Decimal(string:)` read.
        var canonical: String {
            var text = negative ? "-" : ""
            text += integer.isEmpty ? "0" : integer
            if !fraction.isEmpty { text += "." + fraction }
            if let exponent { text += "e" + exponent }
            return text
        }
    }

    private var notANumber: Refusal {
        Refusal(reason: .notANumber, problem: "is not a number", remedy: "write it as \(convention.example)")
    }

    /// The readings of `text` (one or two), or why it has none.
    func parse(_ raw: String, allowExponent: Bool) -> Result<[Reading], Refusal> {
        var body = Substring(raw.trimmingSpaces)
        guard !body.isEmpty else {
            return .failure(Refusal(reason: .empty, problem: "is empty", remedy: "write a number"))
        }
        var negative = false
        if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            body = body.dropFirst()
        }
        guard let last = body.last, last.isASCII, last.isNumber else { return .failure(notANumber) }
        if allowExponent, let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            return exponentForm(negative: negative, mantissa: body[..<e], exponent: body[body.index(after: e)...])
        }
        let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]
        var groupBySpace = false
        var dots = 0, commas = 0
        for character in body {
            switch character {
            case ".": dots += 1
            case ",": commas += 1
            case _ where spaces.contains(character): groupBySpace = true
            case _ where character.isASCII && character.isNumber: break
            default: return .failure(notANumber)
            }
        }
        if groupBySpace {
            // Spaces group thousands; one '.' or ',' may then mark decimals.
            guard dots + commas <= 1 else { return .failure(notANumber) }
            let mark: Character? = dots == 1 ? "." : commas == 1 ? "," : nil
            let parts = mark.map { body.split(separator: $0, omittingEmptySubsequences: false) } ?? [body]
            guard let integer = grouped(parts[0], by: spaces) else { return .failure(badGrouping) }
            let fraction = parts.count > 1 ? String(parts[1]) : ""
            guard parts.count == 1 || !fraction.isEmpty else { return .failure(notANumber) }
            return .success([Reading(negative: negative, integer: integer, fraction: fraction, exponent: nil,
                                     decimalMark: mark)])
        }
        if dots > 0, commas > 0 {
            // Both marks: the last is the decimal mark (once), the other groups thousands before it.
            guard let decimal = body.last(where: { $0 == "." || $0 == "," }) else { return .failure(notANumber) }
            let group: Character = decimal == "." ? "," : "."
            let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].contains(group), let integer = grouped(parts[0], by: [group]) else {
                return .failure(badGrouping)
            }
            return .success([Reading(negative: negative, integer: integer, fraction: String(parts[1]), exponent: nil,
                                     decimalMark: decimal)])
        }
        if dots + commas == 0 {
            return .success([Reading(negative: negative, integer: String(body), fraction: "", exponent: nil, decimalMark: nil)])
        }
        let mark: Character = dots > 0 ? "." : ","
        if dots + commas > 1 {
            // One mark written more than once groups thousands.
            guard let integer = grouped(body, by: [mark]) else { return .failure(badGrouping) }
            return .success([Reading(negative: negative, integer: integer, fraction: "", exponent: nil, decimalMark: nil)])
        }
        let parts = body.split(separator: mark, omittingEmptySubsequences: false)
        let before = String(parts[0]), after = String(parts[1])
        var readings: [Reading] = []
        if !after.isEmpty {
            readings.append(Reading(negative: negative, integer: before, fraction: after, exponent: nil, decimalMark: mark))
        }
        if let integer = grouped(body, by: [mark]) {
            readings.append(Reading(negative: negative, integer: integer, fraction: "", exponent: nil, decimalMark: nil))
        }
        return readings.isEmpty ? .failure(notANumber) : .success(readings)
    }

    private var badGrouping: Refusal {
        Refusal(reason: .notANumber, problem: "is not a number (thousands must be grouped by three digits)",
                remedy: "write it as \(convention.example)")
    }

    /// The digits of `text` when its `separators` group them by three (`1.250.000`): a first group of one
    /// to three digits not starting with 0, then groups of three; `nil` otherwise.
    private func grouped(_ text: Substring, by separators: Set<Character>) -> String? {
        let groups = text.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count), first.first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return groups.joined()
    }

    private func exponentForm(negative: Bool, mantissa: Substring, exponent: Substring) -> Result<[Reading], Refusal> {
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var digits = exponent
        if let sign = digits.first, sign == "-" || sign == "+" { digits = digits.dropFirst() }
        guard parts.count <= 2, !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              !(parts[0].isEmpty && (parts.count == 1 || parts[1].isEmpty)) else { return .failure(notANumber) }
        return .success([Reading(negative: negative, integer: String(parts[0]), fraction: parts.count > 1 ? String(parts[1]) : "",
                                 exponent: String(exponent), decimalMark: parts.count > 1 ? "." : nil)])
    }

    /// The reading the convention takes among two (the decimal one under its own decimal mark).
    private func preferred(_ readings: [Reading]) -> Reading {
        guard readings.count == 2 else { return readings[0] }
        let decimal = readings[0]
        switch convention {
        case .decimalPoint: return decimal.decimalMark == "." ? decimal : readings[1]
        case .decimalComma: return decimal.decimalMark == "," ? decimal : readings[1]
        case .either: return decimal
        }
    }

    /// The one reading to take among the valid ones.
    private func choose(_ valid: [Reading]) -> Result<Reading, Refusal> {
        switch valid.count {
        case 0:
            return .failure(Refusal(reason: .outOfRange, problem: "", remedy: ""))
        case 1:
            return .success(valid[0])
        default:
            if convention != .either { return .success(preferred(valid)) }
            let mark = valid[0].decimalMark.map(String.init) ?? "."
            let asGroups = valid[1].integer
            var decimal = valid[0]
            while decimal.fraction.hasSuffix("0") { decimal.fraction.removeLast() }
            let asDecimal = decimal.canonical
            return .failure(Refusal(
                reason: .ambiguous,
                problem: "is ambiguous: '\(mark)' may group thousands (\(asGroups)) or mark decimals (\(asDecimal))",
                remedy: "write \(asGroups) if thousands are meant or \(asDecimal) if decimals are (in a tab-separated file a mark followed by exactly three digits could be either)"))
        }
    }
}
