import KumeResources

/// The NACE Rev.2 classification: all 996 codes with titles, parents and sections (Eurostat; see
/// data/README.md), and a parser for the forms registries write codes in.
public struct NaceClassification: Sendable {
    /// One code of the classification.
    public struct Entry: Sendable, Hashable {
        /// The canonical code (`29.10`).
        public let code: NaceCode
        /// The official English title (section titles in capitals, as Eurostat publishes them).
        public let title: String
        /// The official Turkish title (Eurostat's Turkish version of NACE Rev.2), `nil` when the table has none.
        public var titleTR: String? = nil
        /// The code one level up (`29.1` for `29.10`; the section for a division); `nil` for a section.
        public let parent: NaceCode?
        /// The section letter the code belongs to (`C`).
        public let section: NaceCode
    }

    /// Why a text is not a NACE Rev.2 code.
    package enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The text has none of the accepted shapes.
        case malformed(String)
        /// The text has a code's shape but the code does not exist in NACE Rev.2.
        case unknown(text: String, canonical: String)

        /// What is wrong with the text and how to write a code.
        package var description: String {
            switch self {
            case .malformed(let text):
                return "'\(text)' is not a NACE Rev.2 code — write a class as 29.10 (also 2910, 29.10.01 "
                    + "or 291001), a group as 29.1, a division as 29 or a section letter as C"
            case .unknown(let text, let canonical):
                let shown = text == canonical ? "'\(text)'" : "'\(text)' (\(canonical))"
                return "\(shown) is not in NACE Rev.2 — check the code against the classification"
            }
        }
    }

    /// The classification embedded in kume (data/tables/nace_rev2.csv), parsed on first use.
    public static let shared = NaceClassification(csv: EmbeddedData.naceRev2Csv, turkishTitles: EmbeddedData.naceRev2TrCsv)

    /// Every entry in the table's order (section, its divisions, their groups and classes).
    public let entries: [Entry]
    private let indexByCode: [String: Int]

    /// Builds the classification from CSV text with columns `code,level,parent,section,title`.
    /// - Parameters:
    ///   - csv: The table text; rows that cannot be read are skipped.
    ///   - turkishTitles: A table with columns `code,title_tr` (data/tables/nace_rev2_tr.csv), or `nil`.
    public init(csv: String, turkishTitles: String? = nil) {
        var turkish: [String: String] = [:]
        if let turkishTitles {
            for row in EmbeddedTable(turkishTitles, name: "nace_rev2_tr.csv").rows {
                turkish[row.text("code")] = row.text("title_tr")
            }
        }
        var entries: [Entry] = []
        for row in EmbeddedTable(csv, name: "nace_rev2.csv").rows {
            let parent = row.text("parent")
            let code = row.text("code")
            entries.append(Entry(
                code: NaceCode(canonical: code), title: row.text("title"), titleTR: turkish[code].flatMap { $0.isEmpty ? nil : $0 },
                parent: parent.isEmpty ? nil : NaceCode(canonical: parent),
                section: NaceCode(canonical: row.text("section"))))
        }
        self.entries = entries
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() { index[entry.code.code] = position }
        indexByCode = index
    }

    /// The entry for a canonical code, or `nil` when it is not in the classification.
    public func entry(for code: NaceCode) -> Entry? {
        indexByCode[code.code].map { entries[$0] }
    }

    /// The position of a code in ``entries`` (a compact key for registries), or `nil` if unknown.
    public func index(of code: NaceCode) -> Int? { indexByCode[code.code] }

    /// The official title of a code, or `nil` if unknown.
    public func title(of code: NaceCode) -> String? { entry(for: code)?.title }

    /// The official title of a code in Turkish (falling back to English where the Turkish table has none) or
    /// English, or `nil` if the code is unknown.
    public func title(of code: NaceCode, turkish: Bool) -> String? {
        guard let entry = entry(for: code) else { return nil }
        return turkish ? entry.titleTR ?? entry.title : entry.title
    }

    /// The section a code belongs to (`C` for `29.10`), or `nil` if unknown.
    public func section(of code: NaceCode) -> NaceCode? { entry(for: code)?.section }

    /// The parent of a code (`29.1` for `29.10`), or `nil` for a section or an unknown code.
    public func parent(of code: NaceCode) -> NaceCode? { entry(for: code)?.parent }

    /// The codes directly below `code`, in table order.
    public func children(of code: NaceCode) -> [NaceCode] {
        entries.lazy.filter { $0.parent == code }.map(\.code)
    }

    /// All codes at one level, in table order (615 classes, 272 groups, 88 divisions, 21 sections).
    public func codes(at level: NaceCode.Level) -> [NaceCode] {
        entries.lazy.map(\.code).filter { $0.level == level }
    }

    /// Whether `code` lies inside `ancestor`, sections included (`C` contains `29.10`).
    public func code(_ code: NaceCode, isWithin ancestor: NaceCode) -> Bool {
        if ancestor.level == .section { return section(of: code) == ancestor }
        return ancestor.contains(code)
    }

    /// Reads a code as registries write it and checks that it exists.
    ///
    /// Accepted: `29.10`, `2910`, `29.10.01` and `291001` (Türkiye's 6-digit extension, mapped to its
    /// class 29.10; the extension digits themselves are not checked), `29.1` or `291` (group), `29`
    /// (division), `C` (section, either case). A comma may stand for the dot (`29,10`, Turkish Excel), and
    /// a leading zero dropped by a spreadsheet is restored where the shape shows it (`1.11` and `11101`
    /// are 01.11; `1` is division 01). Digits alone: 2 a division, 3 a group, 4 or 6 a class.
    /// - Parameter text: The code as written; surrounding spaces are ignored.
    /// - Returns: The canonical code.
    /// - Throws: ``ParseError/malformed(_:)`` or ``ParseError/unknown(text:canonical:)``.
    package func parse(_ text: String) throws(ParseError) -> NaceCode {
        guard let canonical = Self.canonicalText(text) else { throw .malformed(text) }
        guard indexByCode[canonical] != nil else {
            throw .unknown(text: text.trimmingSpaces, canonical: canonical)
        }
        return NaceCode(canonical: canonical)
    }

    /// The canonical shape of a code text, without checking that the code exists.
    static func canonicalText(_ raw: String) -> String? {
        let text = raw.trimmingSpaces
        let bytes = Array(text.utf8)
        if bytes.count == 1, let letter = bytes.first, !(48...57).contains(letter) {
            let upper = letter & ~0x20
            return (UInt8(ascii: "A")...UInt8(ascii: "U")).contains(upper) ? String(UnicodeScalar(upper)) : nil
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (48...57).contains($0) } }) else { return nil }
        var digits: String
        if parts.count == 1 {
            digits = String(parts[0])
            switch digits.count {
            case 1, 5: digits = "0" + digits  // a dropped leading zero: `1` is 01, `11101` is 01.11.01
            case 2, 3, 4, 6: break
            default: return nil
            }
        } else {
            var division = String(parts[0])
            if division.count == 1 { division = "0" + division }
            guard division.count == 2 else { return nil }
            let rest = parts.dropFirst().map(String.init)
            switch rest.count {
            case 1 where rest[0].count <= 2: digits = division + rest[0]
            case 2 where rest[0].count == 2 && rest[1].count == 2: digits = division + rest[0] + rest[1]
            default: return nil
            }
        }
        switch digits.count {
        case 2: return digits
        case 3: return digits.prefix(2) + "." + digits.suffix(1)
        case 4, 6:
            let start = digits.index(digits.startIndex, offsetBy: 2)
            let end = digits.index(start, offsetBy: 2)
            return digits.prefix(2) + "." + digits[start..<end]
        default: return nil
        }
    }
}
