internal import CGDAL

/// Thread-local GDAL configuration options set for the duration of one call.
struct ThreadConfiguration {
    /// The options to set.
    let options: [(key: String, value: String)]

    /// No options: ``apply(_:)`` only runs the body.
    static let none = ThreadConfiguration(options: [])

    /// Runs `body` with the options set on this thread, then puts back whatever was set before.
    func apply<T>(_ body: () throws -> T) rethrows -> T {
        if options.isEmpty { return try body() }
        let previous = options.map { option in
            CPLGetThreadLocalConfigOption(option.key, nil).map { String(cString: $0) }
        }
        for option in options { CPLSetThreadLocalConfigOption(option.key, option.value) }
        defer {
            for (option, value) in zip(options, previous) { CPLSetThreadLocalConfigOption(option.key, value) }
        }
        return try body()
    }
}
