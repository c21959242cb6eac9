/// Finds, for a required column the header lacks, the header found that is nearest to one of its
/// accepted names, so the message can say which header was probably meant.
enum MissingColumn {
    /// The header nearest to an alias of `column` and that alias, when one is near enough: an edit
    /// distance (on ``HeaderKey``s) of at most a third of the alias's length, or a header that contains the
    /// alias or is contained in it ("Firma Ünvan Bilgisi" and "firma_unvani").
    static func nearestAlias(of column: MemberColumn, among headers: [String]) -> (header: String, alias: String)? {
        var best: (header: String, alias: String, distance: Int)?
        for header in headers {
            let key = HeaderKey.of(header)
            guard !key.isEmpty else { continue }
            for alias in column.aliases {
                let aliasKey = HeaderKey.of(alias)
                var distance = editDistance(key, aliasKey)
                if aliasKey.count >= 3, key.contains(aliasKey) || aliasKey.contains(key), key.count >= 3 {
                    distance = min(distance, 1)
                }
                guard distance <= max(1, aliasKey.count / 3) else { continue }
                if distance < (best?.distance ?? Int.max) { best = (header, alias, distance) }
            }
        }
        return best.map { ($0.header, $0.alias) }
    }

    /// Levenshtein distance between two texts, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
