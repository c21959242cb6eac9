/// The error thrown by the region-based measures and relatedness when their arguments do not fit.
public enum RegionalMeasureError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A value array's length does not match the labels.
    case shapeMismatch(expected: Int, got: Int)
    /// A region or sector label occurs twice.
    case duplicateLabel(String)
    /// A value is negative, NaN or infinite.
    case invalidValue(region: String, sector: String, value: Double)
    /// A per-region or per-sector argument has the wrong length.
    case lengthMismatch(argument: String, expected: Int, got: Int)
    /// A label that the matrix does not contain.
    case unknownLabel(String)
    /// A plant refers to a region index outside the matrix.
    case regionOutOfRange(index: Int, regionCount: Int)
    /// The computation needs a non-empty, non-zero input.
    case emptyInput(String)
    /// An eigenvector could not be found to the required precision.
    case noConvergence(String)

    /// What was wrong and what to do.
    public var description: String {
        switch self {
        case let .shapeMismatch(expected, got):
            "expected \(expected) values (regions × sectors) but got \(got) — give one value per region and sector"
        case let .duplicateLabel(label):
            "the label \"\(label)\" occurs twice — give each region and each sector once, or sum the rows first"
        case let .invalidValue(region, sector, value):
            "region \"\(region)\", sector \"\(sector)\" has value \(value) — values must be finite and ≥ 0"
        case let .lengthMismatch(argument, expected, got):
            "\(argument) has \(got) entries but \(expected) are needed — give one per region (or sector)"
        case let .unknownLabel(label):
            "\"\(label)\" is not a region or sector of the matrix — use one of the labels in the input"
        case let .regionOutOfRange(index, count):
            "plant region index \(index) is outside 0..<\(count) — give region indices of the matrix rows"
        case let .emptyInput(what):
            "\(what) — give a matrix with at least one non-zero value in every row and column used"
        case let .noConvergence(what):
            "\(what) did not converge — the matrix may be disconnected; check for isolated regions or sectors"
        }
    }
}
