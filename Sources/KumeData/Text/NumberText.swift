import Foundation

/// Numbers as people read them in messages and reports.
package enum NumberText {
    /// A number without a needless ".0" (`3` rather than `3.0`, `0.3` stays `0.3`).
    package static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

extension NumberText {
    /// A number with exactly `decimals` decimals (`12.30`); "–" when not finite.
    package static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
