import Foundation

/// Reads an amount of Turkish lira written the English way (`1,250,000.50`) or the Turkish way
/// (`1.250.000,50`), exactly, as a `Decimal`.
enum LiraAmount {
    /// Why an amount was refused, and what to write instead.
    struct Refusal: Error, Equatable {
        let problem: String
        let remedy: String
    }

    /// The amount, or why it is refused.
    ///
    /// With both `.` and `,`, the last one is the decimal mark and the other groups thousands; a separator
    /// that appears more than once groups thousands; a single separator followed by exactly three digits is
    /// ambiguous and refused; otherwise a single separator is the decimal mark. Groups after the first must
    /// have three digits. `TL`, `₺` and spaces are ignored. Negative amounts are refused.
    static func parse(_ raw: String) -> Result<Decimal, Refusal> {
        let remedy = "write the amount in TL as 1250000.50 or 1.250.000,50"
        var text = raw.replacingOccurrences(of: "TL", with: "").replacingOccurrences(of: "₺", with: "")
        text = text.filter { !$0.isWhitespace }
        guard !text.isEmpty else { return .failure(Refusal(problem: "the amount is empty", remedy: remedy)) }
        if text.hasPrefix("-") {
            return .failure(Refusal(problem: "the amount is negative", remedy: "costs and support are 0 or more TL"))
        }
        guard text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }) else {
            return .failure(Refusal(problem: "not a number", remedy: remedy))
        }
        let dots = text.filter { $0 == "." }.count
        let commas = text.filter { $0 == "," }.count
        var decimalMark: Character? = nil
        var groupMark: Character? = nil
        if dots > 0 && commas > 0 {
            guard let last = text.last(where: { $0 == "." || $0 == "," }) else { return .failure(Refusal(problem: "not a number", remedy: remedy)) }
            decimalMark = last
            groupMark = last == "." ? "," : "."
            if text.filter({ $0 == last }).count > 1 {
                return .failure(Refusal(problem: "the decimal mark '\(last)' appears more than once", remedy: remedy))
            }
        } else if dots + commas == 1 {
            let mark: Character = dots == 1 ? "." : ","
            let after = text.split(separator: mark, omittingEmptySubsequences: false).last?.count ?? 0
            if after == 3 {
                return .failure(Refusal(
                    problem: "ambiguous: '\(mark)' may group thousands or mark decimals",
                    remedy: "write 1250 or 1.250,00 (Turkish) or 1,250.00 (English)"))
            }
            decimalMark = mark
        } else if dots > 1 {
            groupMark = "."
        } else if commas > 1 {
            groupMark = ","
        }
        let integerAndFraction = decimalMark.map { mark in text.split(separator: mark, omittingEmptySubsequences: false).map(String.init) } ?? [text]
        let integerPart = integerAndFraction[0]
        let fractionPart = integerAndFraction.count > 1 ? integerAndFraction[1] : ""
        var digits = integerPart
        if let groupMark {
            let groups = integerPart.split(separator: groupMark, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .failure(Refusal(problem: "thousands are not grouped by three digits", remedy: remedy))
            }
            digits = groups.joined()
        }
        guard !digits.isEmpty || !fractionPart.isEmpty,
              digits.allSatisfy({ $0.isNumber }), fractionPart.allSatisfy({ $0.isNumber }) else {
            return .failure(Refusal(problem: "not a number", remedy: remedy))
        }
        let canonical = (digits.isEmpty ? "0" : digits) + (fractionPart.isEmpty ? "" : "." + fractionPart)
        guard let value = Decimal(string: canonical, locale: Locale(identifier: "en_US_POSIX")) else {
            return .failure(Refusal(problem: "not a number", remedy: remedy))
        }
        return .success(value)
    }
}
