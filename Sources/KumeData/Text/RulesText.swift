import Foundation

/// Number and name formatting shared by the checks' English and Turkish messages.
///
/// Written by hand rather than with `NumberFormatter` so that messages do not depend on the machine's
/// locale data: English groups thousands with `,` and uses `.` for decimals; Turkish the reverse.
package enum RulesText {
    /// `12.34 km` (English) or `12,34 km` (Turkish), rounded to 0.01 km.
    package static func kilometres(_ value: Double, turkish: Bool) -> String {
        fixed(Decimal(value), digits: 2, turkish: turkish, group: false) + " km"
    }

    /// `1,250,000.50 TL` (English) or `1.250.000,50 TL` (Turkish).
    package static func liras(_ value: Decimal, turkish: Bool) -> String {
        fixed(value, digits: 2, turkish: turkish, group: true) + " TL"
    }

    /// `44.09 %` (English) or `%44,09` (Turkish), rounded to 0.01; whole numbers without decimals.
    package static func percent(_ value: Decimal, turkish: Bool) -> String {
        var rounded = value
        var copy = value
        NSDecimalRound(&rounded, &copy, 2, .plain)
        var whole = rounded
        var again = rounded
        NSDecimalRound(&whole, &again, 0, .plain)
        let text = fixed(rounded, digits: whole == rounded ? 0 : 2, turkish: turkish, group: false)
        return turkish ? "%\(text)" : "\(text) %"
    }

    /// A decimal rounded half away from zero to `digits` places, with the language's separators.
    package static func fixed(_ value: Decimal, digits: Int, turkish: Bool, group: Bool) -> String {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, digits, .plain)
        let negative = rounded < 0
        let magnitude = negative ? -rounded : rounded
        // Decimal's description is locale-free: digits, optional '.', digits.
        let plain = "\(magnitude)"
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts.first ?? "0")
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        fraction += String(repeating: "0", count: max(0, digits - fraction.count))
        fraction = String(fraction.prefix(digits))
        if group {
            var grouped: [String] = []
            while integer.count > 3 {
                grouped.insert(String(integer.suffix(3)), at: 0)
                integer.removeLast(3)
            }
            grouped.insert(integer, at: 0)
            integer = grouped.joined(separator: turkish ? "." : ",")
        }
        let sign = negative ? "-" : ""
        return digits > 0 ? "\(sign)\(integer)\(turkish ? "," : ".")\(fraction)" : "\(sign)\(integer)"
    }

    /// `Name (id)`.
    package static func member(_ member: Member) -> String { "\(member.name) (\(member.id))" }

    /// `a, b and c` (English) or `a, b ve c` (Turkish).
    package static func list(_ items: [String], turkish: Bool) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (turkish ? " ve " : " and ") + last
    }

    /// The first `limit` items of a list, then "… and N more" / "… ve N tane daha".
    package static func shortList(_ items: [String], limit: Int = 5, turkish: Bool) -> String {
        guard items.count > limit else { return list(items, turkish: turkish) }
        let shown = items.prefix(limit).joined(separator: ", ")
        return turkish ? "\(shown) ve \(items.count - limit) tane daha" : "\(shown) and \(items.count - limit) more"
    }

    /// A name (province, column header, yes/no word) folded for comparison: Turkish dotted and dotless i made one, case and
    /// diacritics ignored, spaces trimmed (so `İstanbul`, `ISTANBUL` and `istanbul` match).
    package static func foldedKey(_ name: String) -> String {
        let unified = name.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "İ", with: "i").replacingOccurrences(of: "I", with: "i")
            .replacingOccurrences(of: "ı", with: "i")
        return unified.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
