/// The yes/no words of a member or plans table (numbers go through ``NumberReader``).
enum ValueParsing {
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
