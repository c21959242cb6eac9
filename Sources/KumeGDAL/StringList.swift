internal import CGDAL

/// A GDAL string list (`char **`, NULL-terminated): owns one list built with `CSLAddString`/`CSLSetNameValue`
/// and frees it with `CSLDestroy`. Used for allowed drivers and open, creation and layer creation options.
final class StringList {
    /// The `char **`; NULL for an empty list, which GDAL reads as "none given".
    private(set) var pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?

    /// A list of `values`, in order.
    init(_ values: [String] = []) {
        for value in values { pointer = CSLAddString(pointer, value) }
    }

    /// A list of `NAME=VALUE` pairs, in name order (so the list does not depend on dictionary order).
    init(options: [String: String]) {
        for (name, value) in options.sorted(by: { $0.key < $1.key }) {
            pointer = CSLSetNameValue(pointer, name, value)
        }
    }

    deinit {
        CSLDestroy(pointer)
    }

    /// The list as GDAL's `const char *const *` parameters take it.
    var constPointer: UnsafePointer<UnsafePointer<CChar>?>? {
        pointer.map { UnsafeRawPointer($0).assumingMemoryBound(to: UnsafePointer<CChar>?.self) }
    }
}
