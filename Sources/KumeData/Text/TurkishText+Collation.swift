extension TurkishText {
    /// The Turkish alphabet's order of letters (lower case), used to sort place names as Turks expect
    /// (Çorum after Ceyhan, İzmir after Iğdır, Şanlıurfa after Sivas).
    private static let alphabet: [Character: Int] = {
        let letters = Array("abcçdefgğhıijklmnoöprsştuüvyz")
        var order: [Character: Int] = [:]
        for (index, letter) in letters.enumerated() { order[letter] = index }
        return order
    }()

    /// Whether `lhs` sorts before `rhs` in Turkish alphabetical order, ignoring case; characters outside
    /// the alphabet (digits, spaces, q, w, x) sort by their Unicode value after the letters they follow.
    package static func lessThan(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lowercased(lhs))
        let b = Array(lowercased(rhs))
        for (x, y) in zip(a, b) where x != y {
            switch (alphabet[x], alphabet[y]) {
            case let (i?, j?): return i < j
            default: return String(x) < String(y)
            }
        }
        return a.count < b.count
    }
}
