/// A Turkish tax number: a 10-digit VKN (vergi kimlik numarası, for companies and institutions) or an
/// 11-digit TCKN (T.C. kimlik numarası, for sole proprietors), both with check digits.
package struct TaxNumber: Hashable, Sendable, CustomStringConvertible {
    /// Which kind of number.
    package enum Kind: String, Sendable {
        /// Vergi kimlik numarası: 10 digits, the last a check digit.
        case vkn
        /// T.C. kimlik numarası: 11 digits, the first not 0, the last two check digits.
        case tckn
    }

    /// The digits, as written without spaces.
    package let digits: String
    /// Which kind of number it is.
    package let kind: Kind

    package var description: String { digits }

    /// Why a text is not a tax number.
    package enum Problem: Error, Equatable, Sendable {
        /// Not 10 or 11 digits.
        case length(Int)
        /// Holds something other than digits.
        case notDigits
        /// A TCKN starting with 0.
        case leadingZero
        /// The check digits do not match.
        case checkDigits(Kind)
    }

    /// Validates a tax number (spaces ignored).
    /// - Throws: ``Problem`` saying why it is not one.
    package init(_ text: String) throws(Problem) {
        let digits = text.filter { $0 != " " && $0 != "\u{00A0}" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits }
        let values = digits.compactMap(\.wholeNumberValue)
        switch values.count {
        case 10:
            guard Self.vknCheckDigit(values) == values[9] else { throw .checkDigits(.vkn) }
            kind = .vkn
        case 11:
            guard values[0] != 0 else { throw .leadingZero }
            let (tenth, eleventh) = Self.tcknCheckDigits(values)
            guard tenth == values[9], eleventh == values[10] else { throw .checkDigits(.tckn) }
            kind = .tckn
        default:
            throw .length(values.count)
        }
        self.digits = digits
    }

    /// The VKN check digit of the first nine digits (Revenue Administration's algorithm): each digit
    /// d at position i (1-based) gives t = (d + 10 − i) mod 10; t = 9 counts 9, else (t · 2^(10−i)) mod 9;
    /// the check digit is (10 − sum mod 10) mod 10.
    static func vknCheckDigit(_ values: [Int]) -> Int {
        var sum = 0
        for i in 1...9 {
            let t = (values[i - 1] + 10 - i) % 10
            sum += t == 9 ? 9 : (t * (1 << (10 - i))) % 9
        }
        return (10 - sum % 10) % 10
    }

    /// The TCKN's tenth and eleventh digits from the first nine and ten: d10 = ((d1 + d3 + d5 + d7 + d9) · 7
    /// − (d2 + d4 + d6 + d8)) mod 10 and d11 = (d1 + … + d10) mod 10.
    static func tcknCheckDigits(_ values: [Int]) -> (Int, Int) {
        let odd = values[0] + values[2] + values[4] + values[6] + values[8]
        let even = values[1] + values[3] + values[5] + values[7]
        let tenth = ((odd * 7 - even) % 10 + 10) % 10
        let eleventh = (values[0..<9].reduce(0, +) + tenth) % 10
        return (tenth, eleventh)
    }
}
