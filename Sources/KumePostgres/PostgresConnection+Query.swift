internal import CLibPQ

extension PostgresConnection {
    /// Runs one statement with parameters `$1`, `$2`, … and returns its result (`PQexecParams`).
    ///
    /// Values travel separately from the SQL text (see ``PostgresValue`` for how each is sent); build SQL only from
    /// constant text and identifiers quoted with ``quoteIdentifier(_:)``. One statement per call: libpq refuses
    /// several in one parameterised call.
    /// - Parameters:
    ///   - sql: The statement.
    ///   - parameters: The values for `$1`, `$2`, ….
    /// - Throws: ``PostgresError`` with the server's message, SQLSTATE, detail and hint; also for a `COPY`, which
    ///   goes through ``copyOut(_:_:)`` and ``copyIn(_:_:)`` instead.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [PostgresValue] = []) throws -> PostgresResult {
        let geometryOID = try geometryTypeOID()
        let encoded = parameters.map(EncodedParameter.init)
        let result = Self.withParameterPointers(encoded) { types, values, lengths, formats in
            PQexecParams(handle, sql, Int32(encoded.count), types, values, lengths, formats, 0)
        }
        return try checked(result, operation: Self.operationName(sql), geometryOID: geometryOID)
    }

    /// Turns a result into a ``PostgresResult`` or a ``PostgresError``, leaving the connection ready for the next
    /// statement.
    func checked(_ result: OpaquePointer?, operation: String, geometryOID: UInt32) throws -> PostgresResult {
        guard let result else { throw lastError(operation) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PostgresResult(owning: result, geometryOID: geometryOID)
        case PGRES_COPY_OUT, PGRES_COPY_IN:
            PQclear(result)
            abandonCopy()
            throw PostgresError(
                operation: operation, message: "a COPY statement was given to execute; use copyOut or copyIn")
        default:
            let error = serverError(result, operation: operation)
            PQclear(result)
            throw error
        }
    }

    /// The error a failed result carries: the primary message, SQLSTATE, detail and hint (`PQresultErrorField`).
    func serverError(_ result: OpaquePointer, operation: String) -> PostgresError {
        func field(_ code: Character) -> String? {
            guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return scrubber.scrub(String(cString: value))
        }
        let primary = field("M") ?? scrubber.scrub(Self.trimmed(PQresultErrorMessage(result)))
        return PostgresError(
            operation: operation, message: primary.isEmpty ? lastError(operation).message : primary,
            sqlState: field("C"), detail: field("D"), hint: field("H"))
    }

    /// Ends a COPY that the caller did not expect, draining its results.
    func abandonCopy() {
        var buffer: UnsafeMutablePointer<CChar>?
        while true {
            guard let result = PQgetResult(handle) else { return }
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_COPY_IN {
                _ = PQputCopyEnd(handle, "COPY given to execute")
            } else if status == PGRES_COPY_OUT {
                while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
            }
        }
    }

    /// PostGIS's `geometry` type OID (0 when PostGIS is not installed), looked up once per connection.
    public func geometryTypeOID() throws -> UInt32 {
        if let cached = geometryOIDCache { return cached }
        let result = PQexecParams(handle, "SELECT to_regtype('geometry')::oid", 0, nil, nil, nil, nil, 0)
        let value: UInt32
        if case .int(let number) = try checked(result, operation: "SELECT to_regtype", geometryOID: 0)[0, 0] {
            value = UInt32(truncatingIfNeeded: number)
        } else {
            value = 0
        }
        geometryOIDCache = value
        return value
    }

    /// The statement's first word in capitals (`SELECT`, `INSERT`, …), naming it in errors without its text.
    static func operationName(_ sql: String) -> String {
        let word = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" }).first ?? "SQL"
        return String(word).uppercased()
    }
}
