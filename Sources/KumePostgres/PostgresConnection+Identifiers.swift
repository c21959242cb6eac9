internal import CLibPQ

extension PostgresConnection {
    /// An identifier in double quotes, escaped for this connection's encoding (`PQescapeIdentifier`).
    ///
    /// `firms` becomes `"firms"`, `a"b` becomes `"a""b"`; case is kept (`"Firms"` is not `firms`).
    /// - Throws: ``PostgresError`` with libpq's message (invalid multibyte text).
    public func quoteIdentifier(_ name: String) throws -> String {
        let utf8 = Array(name.utf8)
        guard let escaped = utf8.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQescapeIdentifier(handle, $0.baseAddress, $0.count) }
        }) else {
            throw lastError("PQescapeIdentifier")
        }
        defer { PQfreemem(escaped) }
        return String(cString: escaped)
    }

    /// A table name, schema-qualified when `schema` is given, each part quoted: `"public"."firms"`.
    ///
    /// - Throws: ``PostgresError`` from ``quoteIdentifier(_:)``.
    public func quoteQualifiedName(schema: String?, name: String) throws -> String {
        let quoted = try quoteIdentifier(name)
        guard let schema else { return quoted }
        return try quoteIdentifier(schema) + "." + quoted
    }
}
