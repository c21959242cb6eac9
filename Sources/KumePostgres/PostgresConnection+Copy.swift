internal import CLibPQ

extension PostgresConnection {
    /// Runs `COPY … TO STDOUT` and hands each data row, as the server sent it, to `body` (`PQgetCopyData`).
    ///
    /// In text or CSV format a row is one line with its newline; in binary format, use ``copyOutBinary(_:_:)``.
    /// Rows stream: memory does not grow with the table. When `body` throws, the statement is cancelled on the
    /// server and the connection drained, ready for the next statement.
    /// - Parameters:
    ///   - sql: A `COPY table TO STDOUT …` or `COPY (SELECT …) TO STDOUT …` statement.
    ///   - body: Called once per row with the row's bytes.
    /// - Returns: The number of rows copied.
    /// - Throws: ``PostgresError`` from the server or for a statement that is not a `COPY … TO STDOUT`; what
    ///   `body` throws.
    @discardableResult
    public func copyOut(_ sql: String, _ body: ([UInt8]) throws -> Void) throws -> Int {
        try copyOutMessages(sql) { pointer, count in
            try body(Array(UnsafeBufferPointer(start: pointer, count: count)))
        }
    }

    /// Runs `COPY … TO STDOUT` and hands whole rows to `body` in blocks of about `blockBytes` (the last may be
    /// smaller): fewer, larger hand-overs than ``copyOut(_:_:)`` for streaming a table onward.
    ///
    /// - Returns: The number of rows copied.
    /// - Throws: ``PostgresError`` from the server or for a statement that is not a `COPY … TO STDOUT`; what
    ///   `body` throws (the statement is then cancelled).
    @discardableResult
    public func copyOut(_ sql: String, blockBytes: Int, _ body: ([UInt8]) throws -> Void) throws -> Int {
        var block: [UInt8] = []
        block.reserveCapacity(blockBytes + 4096)
        let rows = try copyOutMessages(sql) { pointer, count in
            block.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count))
            if block.count >= blockBytes {
                try body(block)
                block.removeAll(keepingCapacity: true)
            }
        }
        if !block.isEmpty { try body(block) }
        return rows
    }

    /// Runs a binary `COPY … TO STDOUT (FORMAT binary)` and hands each row, split into fields, to `body`.
    ///
    /// - Parameters:
    ///   - sql: A `COPY … TO STDOUT (FORMAT binary)` statement.
    ///   - body: Called once per row; the row is valid only during the call.
    /// - Returns: The number of rows copied.
    /// - Throws: ``PostgresError`` from the server or for data that is not binary COPY; what `body` throws.
    @discardableResult
    public func copyOutBinary(_ sql: String, _ body: (PostgresBinaryRow) throws -> Void) throws -> Int {
        let decoder = BinaryCopyDecoder()
        return try copyOutMessages(sql) { pointer, count in
            guard let row = try decoder.row(in: UnsafeRawPointer(pointer), count: count) else { return }
            try body(row)
        }
    }

    /// The message loop of a COPY TO STDOUT: each data message to `body` as a pointer and a byte count.
    func copyOutMessages(_ sql: String, _ body: (UnsafePointer<UInt8>, Int) throws -> Void) throws -> Int {
        let operation = "COPY TO STDOUT"
        try startCopy(sql, expecting: PGRES_COPY_OUT, operation: operation)
        var buffer: UnsafeMutablePointer<CChar>?
        while true {
            let count = PQgetCopyData(handle, &buffer, 0)
            if count == -1 { break }
            guard count > 0, let bytes = buffer else { throw lastError(operation) }
            do {
                try bytes.withMemoryRebound(to: UInt8.self, capacity: Int(count)) { try body($0, Int(count)) }
            } catch {
                PQfreemem(bytes)
                cancelAndDrain()
                throw error
            }
            PQfreemem(bytes)
        }
        return try finishCopy(operation: operation)
    }

    /// Runs `COPY … FROM STDIN` and sends what `body` writes (`PQputCopyData`, `PQputCopyEnd`).
    ///
    /// When `body` throws, the COPY is ended with an error so the server keeps none of its rows.
    /// - Parameters:
    ///   - sql: A `COPY table (columns) FROM STDIN …` statement.
    ///   - body: Writes the rows: text lines, or binary rows through the writer's `append` methods.
    /// - Returns: The number of rows the server stored.
    /// - Throws: ``PostgresError`` from the server (a bad value names its line and column); what `body` throws.
    @discardableResult
    public func copyIn(_ sql: String, _ body: (PostgresCopyWriter) throws -> Void) throws -> Int {
        let operation = "COPY FROM STDIN"
        try startCopy(sql, expecting: PGRES_COPY_IN, operation: operation)
        let writer = PostgresCopyWriter(connection: self)
        do {
            try body(writer)
            try writer.finish()
        } catch {
            _ = PQputCopyEnd(handle, "the client stopped the copy: \(error)")
            _ = try? finishCopy(operation: operation)
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw lastError(operation) }
        return try finishCopy(operation: operation)
    }

    /// Sends the COPY statement and checks that the server entered the expected COPY state.
    func startCopy(_ sql: String, expecting expected: ExecStatusType, operation: String) throws {
        guard let result = PQexecParams(handle, sql, 0, nil, nil, nil, nil, 0) else { throw lastError(operation) }
        let status = PQresultStatus(result)
        if status == expected {
            PQclear(result)
            return
        }
        if status == PGRES_COPY_IN || status == PGRES_COPY_OUT {
            PQclear(result)
            abandonCopy()
        } else if status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK {
            let error = serverError(result, operation: operation)
            PQclear(result)
            throw error
        } else {
            PQclear(result)
        }
        let direction = expected == PGRES_COPY_OUT ? "COPY … TO STDOUT" : "COPY … FROM STDIN"
        throw PostgresError(operation: operation, message: "the statement is not a \(direction)")
    }

    /// Reads the COPY's final result: the row count, or the server's error.
    func finishCopy(operation: String) throws -> Int {
        var rows = 0
        var failure: PostgresError?
        while let result = PQgetResult(handle) {
            if PQresultStatus(result) == PGRES_COMMAND_OK {
                rows = PQcmdTuples(result).flatMap { Int(String(cString: $0)) } ?? 0
            } else if failure == nil {
                failure = serverError(result, operation: operation)
            }
            PQclear(result)
        }
        if let failure { throw failure }
        return rows
    }

    /// Cancels the running statement on the server (`PQcancel`) and drains what is still coming.
    func cancelAndDrain() {
        if let cancel = PQgetCancel(handle) {
            var message = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel, &message, Int32(message.count))
            PQfreeCancel(cancel)
        }
        var buffer: UnsafeMutablePointer<CChar>?
        while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
        while let result = PQgetResult(handle) { PQclear(result) }
    }
}
