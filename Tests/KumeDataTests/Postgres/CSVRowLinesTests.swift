@testable import KumeData
import Testing

@Suite("CSVRowLines")
struct CSVRowLinesTests {
    /// Scans `text` in pieces of `piece` bytes, as blocks arrive from a COPY.
    static func scanned(_ text: String, piece: Int) -> CSVRowLines {
        var lines = CSVRowLines()
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + piece)
            bytes[start..<end].withUnsafeBytes { lines.scan($0) }
            start = end
        }
        return lines
    }

    @Test("Lines map to rows past values holding line breaks and doubled quotes, whatever the block size",
          arguments: [1, 3, 7, 1000])
    func rowsOfLines(piece: Int) {
        // Line 1 header; row 1 on lines 2-4 (two breaks inside quotes); row 2 on line 5 (a "" inside quotes);
        // row 3 on lines 6-7; row 4 on line 8.
        let text = "id,name\nA1,\"Bir\nİki\nÜç\"\nA2,\"Sanayi \"\"A.Ş.\"\"\"\nA3,\"X\nY\"\nA4,Düz\n"
        let lines = Self.scanned(text, piece: piece)
        #expect(lines.row(ofLine: 1) == nil)
        #expect([2, 3, 4].map { lines.row(ofLine: $0) } == [1, 1, 1])
        #expect(lines.row(ofLine: 5) == 2)
        #expect([6, 7].map { lines.row(ofLine: $0) } == [3, 3])
        #expect(lines.row(ofLine: 8) == 4)
    }

    @Test("Without line breaks in values, line N is row N − 1")
    func plain() {
        let lines = Self.scanned("a,b\n1,2\n3,4\n", piece: 2)
        #expect([2, 3].map { lines.row(ofLine: $0) } == [1, 2])
    }
}
