import KumeData
import KumeAnalytics
import Testing

@Suite("PointTable")
struct PointTableTests {
    @Test("Quoted fields may hold commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = "\u{FEFF}x,y,name\r\n1.5,2,\"Acme, \"\"Ltd\"\"\"\r\n3,4,\"two\nlines\"\n"
        let table = try PointTable(text: text, fileName: "p.csv")
        #expect(try table.numbers("x") == [1.5, 3])
        #expect(try table.strings("name") == ["Acme, \"Ltd\"", "two\nlines"])
        #expect(table.lines == [2, 3])
    }

    @Test("Every bad number is reported with its line and column")
    func badNumbers() throws {
        let table = try PointTable(text: "x,y\n1,2\nabc,3\n4,\n", fileName: "p.csv")
        let error = try #require(throws: InputError.self) { try table.numbers("x") }
        #expect(error.issues.map(\.description) == [
            "p.csv:3:1: 'abc' in column 'x' is not a number — write it as 1250 or 1250.5 ('.' marks decimals in a ','-separated file)",
        ])
        let yError = try #require(throws: InputError.self) { try table.numbers("Y") }
        #expect(yError.issues.first?.line == 4 && yError.issues.first?.column == 2)
    }

    @Test("A missing column names the columns present")
    func missingColumn() throws {
        let table = try PointTable(text: "east,north\n1,2\n", fileName: "p.csv")
        let error = try #require(throws: InputError.self) { try table.numbers("x") }
        #expect(error.description.contains("use one of: east, north"))
    }

    @Test("A point outside the window is an error for Ripley's K")
    func outside() async throws {
        let pattern = try PlanarPattern(xMetres: [1, 2, 12], yMetres: [1, 2, 3])
        let window = try PatternWindow.rectangle(xMin: 0, xMax: 10, yMin: 0, yMax: 10)
        await #expect(throws: DistanceMeasureError.pointOutsideWindow(index: 2, xMetres: 12, yMetres: 3)) {
            try await RipleyK.estimate(pattern, window: window, rMetres: [0, 1], correction: .none)
        }
    }
}
