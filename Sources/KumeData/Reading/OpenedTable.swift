/// A table file opened for reading, told by its first bytes: a workbook or GIS file for GDAL, or text for
/// kume's own readers (UTF-16 already turned into UTF-8), its first bytes kept in front of the rest so a pipe
/// is read once, whole.
enum OpenedTable {
    /// A workbook or GIS file (the file itself is closed again: GDAL opens it by its path).
    case table(TableKind)
    /// Text, with its first (UTF-8) bytes for sniffing CSV against GeoJSON; the caller closes the source.
    case text(ByteSource, prefix: [UInt8])

    /// Opens the file at `path`.
    /// - Throws: ``InputError`` naming the file when it cannot be read, is a kind of file kume does not read
    ///   (``TableKind/of(_:file:)``), or is not valid UTF-16 although it looks like it.
    static func open(path: String) throws(InputError) -> OpenedTable {
        var rest = try ByteSource(path: path, displayName: path)
        var first: [UInt8] = []
        let kind: TableKind
        do {
            while first.count < 64, try rest.read(into: &first, upTo: 64 - first.count) > 0 {}
            kind = try TableKind.of(first[...], file: path)
        } catch {
            rest.close()
            throw error
        }
        guard kind == .text else {
            rest.close()
            return .table(kind)
        }
        var prefix: [UInt8] = []
        let source = try UTF16Text.source(first: first, rest: rest, displayName: path, prefix: &prefix)
        return .text(source, prefix: prefix)
    }
}
