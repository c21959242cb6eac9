/// Number reading straight from bytes, for the registry reader's hot loop.
enum FastNumber {
    /// Exact powers of ten (10^0 … 10^22 are exactly representable as `Double`).
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Whether the bytes are empty or only spaces.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Reads `[-+]digits[.digits]` (or `,` as the decimal mark when allowed) exactly as `Double(String)`
    /// would; returns `nil` for anything else (exponents, long mantissas), for the caller's slow path,
    /// ``NumberReader``. Only forms with one reading are taken here: one to three digits, a mark and exactly
    /// three digits (`12.500`, which may group thousands) go to the slow path, so both paths read every
    /// value alike.
    ///
    /// Correct rounding: the mantissa (≤ 2^53) and 10^k (k ≤ 22) are exact doubles, and one IEEE
    /// division of exact operands is correctly rounded, which is what `strtod` returns.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        var index = 0, end = bytes.count
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        guard index < end else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0
        var seenMark = false
        while index < end {
            let byte = bytes[index]
            if byte &- 48 < 10 {
                guard digits < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(byte &- 48)
                digits += 1
                if seenMark { fractionDigits += 1 }
            } else if byte == UInt8(ascii: ".") || (decimalComma && byte == UInt8(ascii: ",")) {
                guard !seenMark else { return nil }
                seenMark = true
            } else {
                return nil
            }
            index += 1
        }
        guard digits > 0, mantissa <= 1 << 53, fractionDigits <= 22 else { return nil }
        if seenMark, fractionDigits == 3, (1...3).contains(digits - 3) { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// Reads a non-negative whole number of up to 18 digits; `nil` for anything else.
    static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, end = bytes.count
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        guard index < end, end - index <= 18 else { return nil }
        var value = 0
        while index < end {
            let digit = bytes[index] &- 48
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
            index += 1
        }
        return value
    }
}
