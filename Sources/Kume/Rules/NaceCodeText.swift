import Foundation

/// Turns the written forms of a NACE Rev.2 division, group or class into canonical codes.
///
/// Accepts `29`, `29.1`, `29.10`, the undotted `291` and `2910`, and Türkiye's 6-digit extension
/// (`29.10.01`, `291001`, read as class 29.10). Only the shape is checked here; whether the code exists in
/// NACE Rev.2 is for the classification table in the input layer.
enum NaceCodeText {
    /// The canonical code, or `nil` when the text is not a division, group or class code.
    static func canonical(_ raw: String) -> NaceCode? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let digits = text.filter { $0 != "." }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        // A dotted code must put its dots where NACE does: after the division, then after the class.
        if text.contains(".") {
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(\.count)
            let shapes: [[Int]] = [[2, 1], [2, 2], [2, 2, 2]]
            guard shapes.contains(parts) else { return nil }
        }
        switch digits.count {
        case 2: return NaceCode(canonical: digits)
        case 3: return NaceCode(canonical: "\(digits.prefix(2)).\(digits.suffix(1))")
        case 4, 6:
            let classDigits = digits.prefix(4)
            return NaceCode(canonical: "\(classDigits.prefix(2)).\(classDigits.suffix(2))")
        default: return nil
        }
    }
}
