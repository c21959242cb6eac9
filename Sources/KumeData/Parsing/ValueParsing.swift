/// Parsers for the cells of a member table: numbers with a decimal point or comma, and commitment words.
enum ValueParsing {
    /// Reads a decimal number: `40.7654`, `-3`, `1e3`; with `allowDecimalComma`, also `40,7654`.
    static func double(_ text: String, allowDecimalComma: Bool) -> Double? {
        var text = text.trimmingSpaces
        if allowDecimalComma, text.contains(","), !text.contains(".") {
            text = String(text.map { $0 == "," ? "." : $0 })
        }
        guard !text.isEmpty, text.utf8.allSatisfy({ Self.numberBytes.contains($0) }) else { return nil }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    private static let numberBytes = Set("0123456789.-+eE".utf8)

    /// Reads a non-negative whole number (`120`; `120.0` and `120,0` are not accepted).
    static func count(_ text: String) -> Int? {
        let text = text.trimmingSpaces
        guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// The commitment words: yes/no, true/false, 1/0, evet/hayır, var/yok, x; empty means no.
    static let commitmentWords: [String: Bool] = {
        var map: [String: Bool] = [:]
        for word in ["yes", "y", "true", "1", "evet", "e", "var", "x", "✓"] { map[TurkishText.folded(word)] = true }
        for word in ["no", "n", "false", "0", "hayır", "h", "yok", "", "-"] { map[TurkishText.folded(word)] = false }
        return map
    }()

    /// Reads a `committed` cell, or `nil` when the word is not one of ``commitmentWords``.
    static func commitment(_ text: String) -> Bool? {
        commitmentWords[TurkishText.folded(text.trimmingSpaces)]
    }
}
