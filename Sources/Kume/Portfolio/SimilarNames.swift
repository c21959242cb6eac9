import KumeData

/// Names that are probably the same entity written differently: one letter apart (a typo, a letter
/// left out or two swapped) or one the first words of the other ("Coşkunöz" and "Coşkunöz Metal Form").
///
/// Compared within a class: firms with firms, institutions with institutions of the same type and
/// province, on their identifying words (``EntityName``). Letter distance is checked only for keys of at
/// least ``minimumLettersForTypos`` letters, and a leading-words match only when the shorter key has at
/// least ``minimumLettersForPrefix`` letters, so that short names do not pair with everything.
///
/// Candidates come from the symmetric-delete method: every key and every key with one letter deleted is
/// hashed into one table, so two keys one edit apart share an entry, and the work grows with the number of
/// names times their length, never with the number of pairs. Hashes are polynomial over the letters, so
/// each deletion's hash comes from a prefix and a suffix hash without building the shortened text; every
/// candidate is then verified with the optimal string alignment distance, so a hash collision costs a
/// comparison, never a wrong pair.
enum SimilarNames {
    static let minimumLettersForTypos = 6
    static let minimumLettersForPrefix = 4

    /// One distinct key: its class, words, letters and first record.
    private struct Key {
        var classHash: UInt64
        var words: [String]
        var letters: [Unicode.Scalar]
        var record: Int
    }

    /// Pairs of records (the first record of each key) whose keys are similar, in a stable order; the
    /// letter and the leading-word comparisons run in parallel child tasks.
    static func pairs(records: [EntityRecord], names: [EntityName]) async -> [(Int, Int)] {
        let keys = distinctKeys(records: records, names: names)
        async let typos = typoPairs(keys)
        let prefixes = prefixPairs(keys)
        var found = Set<Int64>()
        var pairs: [(Int, Int)] = []
        for (low, high) in await typos + prefixes where found.insert(Int64(low) << 32 | Int64(high)).inserted {
            pairs.append((keys[low].record, keys[high].record))
        }
        return pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// The distinct keys per class, each with its first record (found by hash, confirmed by comparison).
    private static func distinctKeys(records: [EntityRecord], names: [EntityName]) -> [Key] {
        let firmClass = Hashing.text("firm")
        var distinct = HashChains(capacity: records.count)
        var keys: [Key] = []
        for (position, record) in records.enumerated() {
            let cls = record.type == .firm ? firmClass : Hashing.text("\(record.type.rawValue)|\(record.province ?? "")")
            let hash = Hashing.append(names[position].key, to: cls)
            var known = false
            distinct.forEach(hash) { other in
                if !known, keys[other].classHash == cls, keys[other].words == names[position].words { known = true }
            }
            guard !known else { continue }
            distinct.insert(hash, keys.count)
            var letters: [Unicode.Scalar] = []
            letters.reserveCapacity(names[position].key.utf8.count)
            for word in names[position].words { letters.append(contentsOf: word.unicodeScalars) }
            keys.append(Key(classHash: cls, words: names[position].words, letters: letters, record: position))
        }
        return keys
    }

    /// Pairs of keys (indices, lower first) one letter apart: keys sharing an entry of the table of keys and
    /// one-deletion variants, verified.
    private static func typoPairs(_ keys: [Key]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        func add(_ a: Int, _ b: Int) { pairs.append(a < b ? (a, b) : (b, a)) }
        var table = HashChains(capacity: keys.reduce(0) {
            $1.letters.count >= minimumLettersForTypos - 1 ? $0 + $1.letters.count + 1 : $0
        })
        var hashes: [UInt64] = []
        for (position, key) in keys.enumerated() where key.letters.count >= minimumLettersForTypos - 1 {
            Hashing.keyAndDeletions(key.letters, seed: key.classHash, into: &hashes)
            for hash in hashes {
                table.forEach(hash) { other in
                    guard other != position, key.letters.count >= minimumLettersForTypos
                        || keys[other].letters.count >= minimumLettersForTypos else { return }
                    if isAtMostOneEditApart(key.letters, keys[other].letters) { add(position, other) }
                }
                table.insert(hash, position)
            }
        }
        return pairs
    }

    /// Pairs of keys (indices, lower first) where the shorter key's words are the first words of the longer.
    private static func prefixPairs(_ keys: [Key]) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        func add(_ a: Int, _ b: Int) { pairs.append(a < b ? (a, b) : (b, a)) }
        var byLeadingWords = HashChains(capacity: keys.reduce(0) { $0 + max(0, $1.words.count - 1) })
        for (position, key) in keys.enumerated() where key.words.count > 1 {
            var hash = key.classHash
            for word in key.words.dropLast() {
                hash = Hashing.append(word, to: hash)
                byLeadingWords.insert(hash, position)
            }
        }
        for (position, key) in keys.enumerated() where key.letters.count >= minimumLettersForPrefix {
            let hash = key.words.reduce(key.classHash) { Hashing.append($1, to: $0) }
            byLeadingWords.forEach(hash) { other in
                if keys[other].words.starts(with: key.words) { add(position, other) }
            }
        }
        return pairs
    }

    /// Whether the optimal string alignment distance of `a` and `b` is at most 1: equal, or one insertion,
    /// deletion, substitution or swap of neighbours apart. Everything before the first difference must match,
    /// and everything after the one edit, aligned from the end.
    static func isAtMostOneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count || i == b.count { return true }  // equal, or one longer by its last letter
        func sameTail(_ x: Int, _ y: Int) -> Bool {
            a.count - x == b.count - y && zip(a[x...], b[y...]).allSatisfy { $0 == $1 }
        }
        if a.count == b.count {
            if sameTail(i + 1, i + 1) { return true }  // a substitution
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && sameTail(i + 2, i + 2)  // a swap
        }
        return a.count > b.count ? sameTail(i + 1, i) : sameTail(i, i + 1)  // a deletion or an insertion
    }
}

/// A multimap from 64-bit hashes to indices: an open-addressing table of chain heads over flat arrays, sized
/// once for the number of insertions (no rehashing, one allocation per array rather than one per key).
/// The hashes are already mixed, so their low bits index the table directly.
struct HashChains {
    private var slotHash: [UInt64]
    private var slotHead: [Int32]
    private let mask: Int
    private var next: [Int32] = []
    private var value: [Int32] = []

    /// A table for up to `capacity` insertions.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slotHash = Array(repeating: 0, count: size)
        slotHead = Array(repeating: -1, count: size)
        mask = size - 1
        next.reserveCapacity(capacity)
        value.reserveCapacity(capacity)
    }

    /// The slot holding `hash`, or the empty slot where it would go.
    private func slot(_ hash: UInt64) -> Int {
        var position = Int(truncatingIfNeeded: hash) & mask
        while slotHead[position] >= 0, slotHash[position] != hash { position = (position + 1) & mask }
        return position
    }

    /// Adds `index` under `hash` (at most `capacity` insertions in all).
    mutating func insert(_ hash: UInt64, _ index: Int) {
        let position = slot(hash)
        next.append(slotHead[position])
        value.append(Int32(index))
        slotHash[position] = hash
        slotHead[position] = Int32(value.count - 1)
    }

    /// Calls `body` with each index inserted under `hash`, latest first.
    func forEach(_ hash: UInt64, _ body: (Int) -> Void) {
        var node = slotHead[slot(hash)]
        while node >= 0 {
            body(Int(value[Int(node)]))
            node = next[Int(node)]
        }
    }
}

/// Polynomial hashes of letter sequences (mod 2⁶⁴), finished with a bit mixer.
enum Hashing {
    static let base: UInt64 = 0x100000001B3

    /// The hash of a text's scalars, for class names.
    static func text(_ text: String) -> UInt64 {
        mix(text.unicodeScalars.reduce(0xcbf29ce484222325) { $0 &* base &+ UInt64($1.value) })
    }

    /// `hash` extended by a word and a separator.
    static func append(_ word: String, to hash: UInt64) -> UInt64 {
        var value = hash
        for scalar in word.unicodeScalars { value = value &* base &+ UInt64(scalar.value) }
        return mix(value &* base &+ 0x20)
    }

    /// The hash of `letters` and of each one-deletion variant, all seeded with `seed`.
    static func keyAndDeletions(_ letters: [Unicode.Scalar], seed: UInt64, into hashes: inout [UInt64]) {
        hashes.removeAll(keepingCapacity: true)
        let count = letters.count
        var prefix = [UInt64](repeating: 0, count: count + 1)  // prefix[i]: hash of letters[..<i]
        for i in 0..<count { prefix[i + 1] = prefix[i] &* base &+ UInt64(letters[i].value) }
        var power = [UInt64](repeating: 1, count: count + 1)  // power[k]: base^k
        for k in 0..<count { power[k + 1] = power[k] &* base }
        // suffix of letters[(i+1)...] = prefix[count] − prefix[i+1]·base^(count−i−1)
        hashes.append(finish(prefix[count], length: count, seed: seed))
        for i in 0..<count {
            let suffix = prefix[count] &- prefix[i + 1] &* power[count - i - 1]
            hashes.append(finish(prefix[i] &* power[count - i - 1] &+ suffix, length: count - 1, seed: seed))
        }
    }

    private static func finish(_ hash: UInt64, length: Int, seed: UInt64) -> UInt64 {
        mix(hash ^ seed &+ UInt64(length) &* 0x9E3779B97F4A7C15)
    }

    /// SplitMix64's finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E3779B97F4A7C15
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
