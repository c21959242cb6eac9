/// The ids seen so far, for reporting duplicates as the rows arrive.
///
/// The ids' FNV-1a hashes (computed while parsing, in parallel parts) go into an open-addressing table
/// of row numbers, and bytes are compared on a hash match, so a collision never hides or invents a
/// duplicate. Filled block by block while the next block is being parsed, so the check costs no time
/// at the end of reading.
struct DuplicateIDIndex {
    /// Hash and row side by side, so a probe touches one cache line; row −1 marks a free slot.
    private var slots: [(hash: UInt64, row: Int32)]
    private var used = 0

    /// An index sized for about `expectedRows` ids (it grows past them).
    init(expectedRows: Int) {
        var capacity = 16
        while capacity < expectedRows * 2 { capacity <<= 1 }
        slots = [(hash: UInt64, row: Int32)](repeating: (0, -1), count: capacity)
    }

    /// Adds rows `rows` of `registry`, calling `duplicate(row, firstRow)` for each id seen before.
    mutating func add(_ registry: Registry, rows: Range<Int>, duplicate: (Int, Int) -> Void) {
        if (used + rows.count) * 2 > slots.count { grow(registry, toHold: used + rows.count) }
        let ids = registry.ids
        let mask = slots.count - 1
        ids.utf8.withUnsafeBufferPointer { bytes in
            ids.offsets.withUnsafeBufferPointer { offsets in
                slots.withUnsafeMutableBufferPointer { slots in
                    for row in rows {
                        let start = offsets[row], end = offsets[row + 1]
                        let hash = registry.idHashes[row]
                        var slot = DuplicateIDIndex.home(hash, mask: mask)
                        var seen = false
                        while slots[slot].row >= 0 {
                            let other = Int(slots[slot].row)
                            if slots[slot].hash == hash,
                               bytes[offsets[other]..<offsets[other + 1]].elementsEqual(bytes[start..<end]) {
                                duplicate(row, other)
                                seen = true
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                        if !seen {
                            slots[slot] = (hash, Int32(truncatingIfNeeded: row))
                            used += 1
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func home(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 29)) &* 0xbf58_476d_1ce4_e5b9 >> 20) & mask
    }

    /// Rehashes into a table at least four times `count`.
    private mutating func grow(_ registry: Registry, toHold count: Int) {
        var capacity = slots.count
        while capacity < count * 4 { capacity <<= 1 }
        let old = slots
        slots = [(hash: UInt64, row: Int32)](repeating: (0, -1), count: capacity)
        let mask = capacity - 1
        for entry in old where entry.row >= 0 {
            var slot = DuplicateIDIndex.home(entry.hash, mask: mask)
            while slots[slot].row >= 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
