internal import CLibPQ

/// A ``PostgresValue`` as `PQexecParams` takes it: a type OID (0: inferred by the server), the bytes (nil for
/// NULL) and the format (0 text, 1 binary).
struct EncodedParameter {
    let typeOID: UInt32
    let bytes: [UInt8]?
    let format: Int32

    init(_ value: PostgresValue) {
        switch value {
        case .null:
            (typeOID, bytes, format) = (0, nil, 0)
        case .bool(let flag):
            (typeOID, bytes, format) = (PostgresTypeOID.bool, [flag ? 1 : 0], 1)
        case .int(let number):
            (typeOID, bytes, format) = (PostgresTypeOID.int8, Self.bigEndian(UInt64(bitPattern: number)), 1)
        case .double(let number):
            (typeOID, bytes, format) = (PostgresTypeOID.float8, Self.bigEndian(number.bitPattern), 1)
        case .text(let string):
            // Text format with a terminating NUL, as libpq reads text parameters as C strings.
            (typeOID, bytes, format) = (0, Array(string.utf8) + [0], 0)
        case .bytes(let data):
            (typeOID, bytes, format) = (PostgresTypeOID.bytea, data, 1)
        case .geometry(let ewkb):
            (typeOID, bytes, format) = (0, ewkb.bytes, 1)
        }
    }

    /// A 64-bit value in network byte order.
    static func bigEndian(_ value: UInt64) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}

extension PostgresConnection {
    /// Calls `body` with the four parallel arrays `PQexecParams` takes, valid during the call.
    static func withParameterPointers<Result>(
        _ parameters: [EncodedParameter],
        _ body: (
            UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?
        ) -> Result
    ) -> Result {
        let types = parameters.map { Oid($0.typeOID) }
        let lengths = parameters.map { Int32($0.bytes?.count ?? 0) }
        let formats = parameters.map(\.format)
        // One buffer holding every value, each pointer into it; NULL for a NULL value.
        let storage = UnsafeMutableRawBufferPointer.allocate(
            byteCount: max(1, parameters.reduce(0) { $0 + ($1.bytes?.count ?? 0) }), alignment: 8)
        defer { storage.deallocate() }
        var pointers: [UnsafePointer<CChar>?] = []
        var offset = 0
        for parameter in parameters {
            guard let bytes = parameter.bytes else {
                pointers.append(nil)
                continue
            }
            let destination = storage.baseAddress! + offset
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress { destination.copyMemory(from: base, byteCount: source.count) }
            }
            pointers.append(UnsafePointer(destination.assumingMemoryBound(to: CChar.self)))
            offset += bytes.count
        }
        return types.withUnsafeBufferPointer { typePointer in
            pointers.withUnsafeBufferPointer { valuePointer in
                lengths.withUnsafeBufferPointer { lengthPointer in
                    formats.withUnsafeBufferPointer { formatPointer in
                        body(typePointer.baseAddress, valuePointer.baseAddress, lengthPointer.baseAddress,
                             formatPointer.baseAddress)
                    }
                }
            }
        }
    }
}
