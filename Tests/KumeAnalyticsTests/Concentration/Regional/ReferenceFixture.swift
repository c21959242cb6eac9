import Foundation
import Testing

/// Reads the reference tables under Tests/Fixtures/ (R `write.csv` and pandas `to_csv` output).
struct ReferenceFixture {
    let header: [String]
    let rows: [[String]]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Loads `Fixtures/<folder>/<name>`.
    static func load(_ folder: String, _ name: String) throws -> ReferenceFixture {
        let url = directory.appendingPathComponent(folder).appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let split: (String) -> [String] = { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        let header = try #require(lines.first.map(split))
        return ReferenceFixture(header: header, rows: lines.dropFirst().map(split))
    }

    /// The path of a fixture, for the readers under test.
    static func path(_ folder: String, _ name: String) -> String {
        directory.appendingPathComponent(folder).appendingPathComponent(name).path
    }

    /// Row labels (first column).
    var labels: [String] { rows.map { $0[0] } }

    /// A numeric column by its header name (R's `NA` becomes NaN).
    func column(_ name: String) throws -> [Double] {
        let index = try #require(header.firstIndex(of: name), "no column \(name)")
        return try rows.map { try Self.number($0[index]) }
    }

    /// A numeric column by position.
    func column(at index: Int) throws -> [Double] {
        try rows.map { try Self.number($0[index]) }
    }

    /// A wide matrix (first column labels, then one column per header name), row-major.
    func matrixValues() throws -> [Double] {
        try rows.flatMap { try $0.dropFirst().map(Self.number) }
    }

    static func number(_ text: String) throws -> Double {
        if text == "NA" || text == "NaN" { return .nan }
        return try #require(Double(text), "not a number: \(text)")
    }
}

/// Checks that `value`, rounded to `digits` decimals as R's `round` does (half to even), equals `reference`.
/// At an exact tie after scaling (within 1e-7) either neighbour is accepted, since R's own tie rule
/// depends on the binary representation.
func expectRounded(
    _ value: Double, _ reference: Double, digits: Int, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let scale = pow(10.0, Double(digits))
    let scaled = value * scale
    let rounded = scaled.rounded(.toNearestOrEven) / scale
    let nearTie = abs(abs(scaled - scaled.rounded(.down)) - 0.5) < 1e-7
    let ok = abs(rounded - reference) < 1e-9 || (nearTie && abs(value - reference) <= 0.5 / scale + 1e-9)
    #expect(ok, "\(what): \(value) rounds to \(rounded), reference \(reference)", sourceLocation: sourceLocation)
}

/// Checks agreement to a relative tolerance (absolute near zero).
func expectClose(
    _ value: Double, _ reference: Double, relative: Double = 1e-12, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let ok = abs(value - reference) <= relative * max(abs(reference), 1) || (value.isNaN && reference.isNaN)
    #expect(ok, "\(what): \(value) vs reference \(reference)", sourceLocation: sourceLocation)
}
