/// A key for texts up to 16 bytes, packed into two integers with the length.
struct ByteKey: Hashable {
    var low: UInt64, high: UInt64, length: Int
}

/// A small open-addressing table from ``ByteKey`` to a value, for the registry reader's caches of
/// province names (dozens of distinct keys looked up a million times). Cheaper than `Dictionary`, whose
/// seeded SipHash costs more than the lookup itself here. It stops caching when half full.
struct SmallByteKeyTable<Value> {
    private var keys: [ByteKey?] = Array(repeating: nil, count: 512)
    private var values: [Value?] = Array(repeating: nil, count: 512)
    private var count = 0

    @inline(__always)
    private static func slot(_ key: ByteKey) -> Int {
        let mixed = (key.low ^ (key.high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(key.length)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 55)  // 9 bits: 0..<512
    }

    /// The value stored for `key`, or `nil`.
    func value(for key: ByteKey) -> Value? {
        var slot = Self.slot(key)
        while let stored = keys[slot] {
            if stored == key { return values[slot] }
            slot = (slot + 1) & 511
        }
        return nil
    }

    /// Stores a value (ignored once the table is half full).
    mutating func insert(_ value: Value, for key: ByteKey) {
        guard count < 256 else { return }
        var slot = Self.slot(key)
        while let stored = keys[slot] {
            if stored == key { values[slot] = value; return }
            slot = (slot + 1) & 511
        }
        keys[slot] = key
        values[slot] = value
        count += 1
    }
}
