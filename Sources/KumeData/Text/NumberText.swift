import Foundation

/// kume's one family of number formatters: every number a message, report, table or JSON writer prints
/// goes through one of these.
///
/// Written by hand rather than with `NumberFormatter` so that output does not depend on the machine's
/// locale data: English groups thousands with `,` and uses `.` for decimals; Turkish the reverse.
package enum NumberText {
    /// A number without a needless ".0" (`3` rather than `3.0`, `0.3` stays `0.3`).
    package static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// ``plain(_:)`` with the language's decimal mark (`0.3`, Turkish `0,3`).
    package static func plain(_ value: Double, turkish: Bool) -> String {
        turkish ? plain(value).replacingOccurrences(of: ".", with: ",") : plain(value)
    }

    /// A number with exactly `decimals` decimals (`12.30`); "–" when not finite.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// A finite number with at most `decimals` decimals and no trailing zeros (`12.3`, `5`); `nil` when
    /// not finite.
    package static func trimmed(_ value: Double, decimals: Int) -> String? {
        guard value.isFinite else { return nil }
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// `12.34 km` (English) or `12,34 km` (Turkish), rounded to 0.01 km.
    package static func kilometres(_ value: Double, turkish: Bool) -> String {
        decimal(Decimal(value), digits: 2, turkish: turkish, group: false) + " km"
    }

    /// `1,250,000.50 TL` (English) or `1.250.000,50 TL` (Turkish).
    package static func liras(_ value: Decimal, turkish: Bool) -> String {
        decimal(value, digits: 2, turkish: turkish, group: true) + " TL"
    }

    /// `44.09 %` (English) or `%44,09` (Turkish), rounded to 0.01; whole numbers without decimals.
    package static func percent(_ value: Decimal, turkish: Bool) -> String {
        let rounded = round(value, digits: 2)
        let text = decimal(rounded, digits: round(rounded, digits: 0) == rounded ? 0 : 2, turkish: turkish, group: false)
        return turkish ? "%\(text)" : "\(text) %"
    }

    /// `value` in TL with two decimals, or, when that would read the same as `other` though the two differ,
    /// exactly (up to ten decimals: `249,999.9975 TL` beside a support of `250,000.00 TL`).
    package static func liras(_ value: Decimal, distinctFrom other: Decimal, turkish: Bool) -> String {
        var digits = 2
        if value != other, round(value, digits: 2) == round(other, digits: 2) {
            while digits < 10, round(value, digits: digits) != value { digits += 1 }
        }
        return decimal(value, digits: digits, turkish: turkish, group: true) + " TL"
    }

    /// `value` as a percentage with as many decimals (up to ten) as it takes to tell it from `other` when the
    /// two differ (`75.00002 %` beside a limit of `75 %`), else as ``percent(_:turkish:)``.
    package static func percent(_ value: Decimal, distinctFrom other: Decimal, turkish: Bool) -> String {
        let digits = digits(toTell: value, from: other, atLeast: 0)
        guard digits > 2 else { return percent(value, turkish: turkish) }
        let text = decimal(value, digits: digits, turkish: turkish, group: false)
        return turkish ? "%\(text)" : "\(text) %"
    }

    /// The fewest decimals, from `atLeast` up to ten, at which `value` and `other` round apart (when they
    /// differ at all).
    private static func digits(toTell value: Decimal, from other: Decimal, atLeast minimum: Int) -> Int {
        guard value != other else { return minimum }
        var digits = minimum
        while digits < 10, round(value, digits: digits) == round(other, digits: digits) { digits += 1 }
        return digits
    }

    /// A decimal rounded half away from zero to `digits` places, with the language's separators.
    package static func decimal(_ value: Decimal, digits: Int, turkish: Bool, group: Bool) -> String {
        let rounded = round(value, digits: digits)
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

    /// `value` rounded half away from zero to `digits` decimal places.
    package static func round(_ value: Decimal, digits: Int) -> Decimal {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, digits, .plain)
        return rounded
    }
}
