extension String {
    /// The text without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        // Most cells neither start nor end with a space: told from the first and last UTF-8 bytes (a tab, a space,
        // the lead byte 0xC2 and the last byte 0xA0 of a no-break space), without walking the characters.
        if let head = utf8.first, let tail = utf8.last, head != 0x20, head != 0x09, head != 0xC2, tail != 0x20,
           tail != 0x09, tail != 0xA0 {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
