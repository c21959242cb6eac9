import Foundation
import KumeData
import Testing

@Suite("SHA256")
struct SHA256Tests {
    // Expected digests: the examples of FIPS 180-4 (NIST's "SHA256.pdf" and "SHA2_Additional.pdf").
    @Test("The standard's examples give the standard's digests")
    func standardVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // 55 and 56 bytes: the padding fits in one block, then needs a second.
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 55))
                == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 56))
                == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    }

    @Test("A file's digest is its bytes' digest, read in blocks; a missing file is an input error")
    func file() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kume-sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }
        try Data(bytes).write(to: url)
        #expect(try SHA256.hex(ofFile: url.path) == SHA256.hex(bytes))
        #expect(throws: InputError.self) { try SHA256.hex(ofFile: url.path + ".missing") }
    }
}
