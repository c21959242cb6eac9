import KumeData

extension NaceTaxonomy {
    /// The sectors × sectors taxonomy relatedness matrix of a list of codes (diagonal 1).
    package static func matrix(_ codes: [NaceCode]) -> LabeledMatrix {
        let n = codes.count
        var values = [Double](repeating: 0, count: n * n)
        for i in 0..<n { for j in 0..<n { values[i * n + j] = relatedness(codes[i], codes[j]) } }
        let labels = codes.map(\.code)
        return LabeledMatrix(validatedRows: labels, columns: labels, values: values)
    }
}
